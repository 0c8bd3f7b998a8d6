# Integer literals and int()
assert 0 == 0
assert 0x1F == 31
assert 0X1f == 31
assert 0o17 == 15
assert 0O17 == 15
assert 0b1010 == 10
assert 0B1010 == 10
assert 1_000_000 == 1000000
assert 0x_ff == 255
assert 0b_1_0 == 2
assert 00 == 0
big = 123456789012345678901234567890
assert big > 2**63
assert str(big) == "123456789012345678901234567890"
assert 0xFFFFFFFFFFFFFFFFFFFF == 2**80 - 1
assert -9223372036854775808 == -(2**63)
assert 9223372036854775807 == 2**63 - 1
assert 9223372036854775808 == 2**63
assert +5 == 5
assert -(-5) == 5
assert --5 == 5
assert -+-5 == 5
assert ~5 == -6
assert ~-1 == 0
# int() conversions
assert int("42") == 42
assert int("  -42  ") == -42
assert int("+7") == 7
assert int("1_000") == 1000
assert int("ff", 16) == 255
assert int("FF", 16) == 255
assert int("0xff", 16) == 255
assert int("0xff", 0) == 255
assert int("0o17", 0) == 15
assert int("0b101", 0) == 5
assert int("101", 2) == 5
assert int("z", 36) == 35
assert int("10", 8) == 8
assert int(3.99) == 3
assert int(-3.99) == -3
assert int(True) == 1
assert int(False) == 0
assert int() == 0
assert int(1e20) == 100000000000000000000
assert int("123456789012345678901234567890") == 123456789012345678901234567890
try:
    int("abc")
    assert False
except ValueError as e:
    assert str(e) == "invalid literal for int() with base 10: 'abc'"
try:
    int("12", 2)
    assert False
except ValueError as e:
    assert str(e) == "invalid literal for int() with base 2: '12'"
try:
    int(float("inf"))
    assert False
except OverflowError as e:
    assert str(e) == "cannot convert float infinity to integer"
try:
    int(float("nan"))
    assert False
except ValueError as e:
    assert str(e) == "cannot convert float NaN to integer"
try:
    int("")
    assert False
except ValueError as e:
    assert str(e) == "invalid literal for int() with base 10: ''"
try:
    int(None)
    assert False
except TypeError as e:
    assert str(e) == "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"
print(0x10, 0o10, 0b10, 1_0, big, -big)
print(int("-0"), int("0"), int("  12\n"))
