# Float arithmetic, mixing with ints, floor division and modulo, rounding.
assert 7 / 2 == 3.5
assert 6 / 3 == 2.0
assert type(6 / 3) is float
assert 7.0 // 2 == 3.0
assert type(7.0 // 2) is float
assert -7.0 // 2 == -4.0
assert 7.5 % 2 == 1.5
assert -7.5 % 2 == 0.5
assert 7.5 % -2 == -0.5
assert 5 % 2.5 == 0.0
assert 1 + 2.0 == 3.0
assert type(1 + 2.0) is float
assert 3 * 1.5 == 4.5
assert 2 ** -1 == 0.5
assert 2.0 ** 3 == 8.0
assert 4 ** 0.5 == 2.0
assert abs(-2.5) == 2.5
assert divmod(7.5, 2) == (3.0, 1.5)
assert divmod(-7.5, 2) == (-4.0, 0.5)
assert round(2.5) == 2
assert round(3.5) == 4
assert round(-2.5) == -2
assert round(0.5) == 0
assert round(1.5) == 2
assert type(round(2.7)) is int
assert round(2.675, 2) == 2.67
assert round(1.2345, 3) == 1.234 or round(1.2345, 3) == 1.235
assert round(123.456, -1) == 120.0
assert type(round(123.456, -1)) is float
assert round(123.456, 0) == 123.0
assert type(round(123.456, 0)) is float
assert round(-0.5) == 0
assert round(12345, -2) == 12300
assert round(12350, -2) == 12400
assert round(12250, -2) == 12200
assert type(round(5)) is int
assert 0.1 + 0.2 != 0.3
assert abs(0.1 + 0.2 - 0.3) < 1e-9
assert 1e308 * 10 == float("inf")
assert -1e308 * 10 == float("-inf")
try:
    1.0 / 0
    assert False
except ZeroDivisionError as e:
    assert str(e) == "float division by zero"
try:
    1.0 // 0.0
    assert False
except ZeroDivisionError as e:
    assert str(e) == "float floor division by zero"
try:
    1.5 % 0
    assert False
except ZeroDivisionError as e:
    assert str(e) == "float modulo"
try:
    2.0 ** 10000
    assert False
except OverflowError as e:
    assert str(e) == "(34, 'Numerical result out of range')"
try:
    0.0 ** -1
    assert False
except ZeroDivisionError as e:
    assert str(e) == "0.0 cannot be raised to a negative power"
assert 3.0 == 3
assert 3.0 == 3.0
assert hash(3.0) == hash(3)
assert 1.5 < 2 < 2.5
assert max(1, 2.5, 2) == 2.5
assert min(1.0, 1) == 1.0
assert sum([0.1] * 10) != 1.0
assert int(2.9) + int(-2.9) == 0
assert float(10**20) == 1e20
assert 10**20 == 1e20
assert 2**53 + 1 != float(2**53 + 1)
assert 0.0 == -0.0
assert float("-0.0") == 0
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 % 2)
print(round(2.5), round(3.5), round(2.675, 2), round(-1.5), round(1234.5678, 2), round(1234.5678, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.0, 5))
