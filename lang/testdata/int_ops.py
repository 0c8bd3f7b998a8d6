# Integer arithmetic: floor division and modulo, powers, bitwise operators, shifts.
assert 7 // 2 == 3
assert -7 // 2 == -4
assert 7 // -2 == -4
assert -7 // -2 == 3
assert 7 % 3 == 1
assert -7 % 3 == 2
assert 7 % -3 == -2
assert -7 % -3 == -1
assert 0 % 5 == 0
assert divmod(-7, 2) == (-4, 1)
assert 2 ** 10 == 1024
assert 2 ** 0 == 1
assert 0 ** 0 == 1
assert (-3) ** 3 == -27
assert -3 ** 2 == -9
assert 2 ** 3 ** 2 == 512
assert 2 ** -2 == 0.25
assert pow(2, 10) == 1024
assert pow(2, 10, 1000) == 24
assert pow(-2, 3, 5) == 2
assert pow(3, -1, 7) == 5
assert 6 & 3 == 2
assert 6 | 3 == 7
assert 6 ^ 3 == 5
assert ~0 == -1
assert -6 & 0xFF == 250
assert -1 & -2 == -2
assert -5 | 2 == -5
assert -5 ^ 3 == -8
assert 1 << 10 == 1024
assert 1024 >> 3 == 128
assert -16 >> 2 == -4
assert -1 >> 10 == -1
assert 5 >> 100 == 0
assert 0 << 1000 == 0
assert abs(-7) == 7
assert abs(7) == 7
assert +(-7) == -7
try:
    1 // 0
    assert False
except ZeroDivisionError as e:
    assert str(e) == "integer division or modulo by zero"
try:
    1 % 0
    assert False
except ZeroDivisionError as e:
    assert str(e) == "integer modulo by zero"
try:
    1 / 0
    assert False
except ZeroDivisionError as e:
    assert str(e) == "division by zero"
try:
    1 << -1
    assert False
except ValueError as e:
    assert str(e) == "negative shift count"
try:
    divmod(1, 0)
    assert False
except ZeroDivisionError as e:
    assert str(e) == "integer division or modulo by zero"
try:
    pow(2, 3, 0)
    assert False
except ValueError as e:
    assert str(e) == "pow() 3rd argument cannot be 0"
try:
    0 ** -1
    assert False
except ZeroDivisionError as e:
    assert str(e) == "0.0 cannot be raised to a negative power"
# bools are ints
assert True + True == 2
assert True * 10 == 10
assert False - 1 == -1
assert True / 2 == 0.5
assert True << 3 == 8
assert -True == -1
assert ~True == -2
assert True & 3 == 1
assert (True | False) is True
assert (True & False) is False
assert (True ^ True) is False
assert type(True + 0) is int
assert (5).bit_count() == 2 if hasattr(5, "bit_count") else True
assert (255).to_bytes(2, "big") == b"\x00\xff"
assert int.from_bytes(b"\x01\x00", "big") == 256
assert int.from_bytes(b"\x01\x00", "little") == 1
x = 10
x //= 3
assert x == 3
x **= 3
assert x == 27
x %= 5
assert x == 2
x <<= 4
assert x == 32
x >>= 1
assert x == 16
x |= 1
assert x == 17
x &= 0b10001
assert x == 17
x ^= 0b1
assert x == 16
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, ~7, -16 >> 2, 1 << 70)
print([i % 4 for i in range(-5, 6)], [i // 3 for i in range(-5, 6)])
