# Float repr and str: shortest round-trip, Python's exponent rules.
assert repr(1.0) == "1.0"
assert str(1.0) == "1.0"
assert repr(0.1) == "0.1"
assert repr(0.1 + 0.2) == "0.30000000000000004"
assert repr(1/3) == "0.3333333333333333"
assert repr(2/3) == "0.6666666666666666"
assert repr(-0.0) == "-0.0"
assert repr(1e16) == "1e+16"
assert repr(1e15) == "1000000000000000.0"
assert repr(123456789012345678.0) == "1.2345678901234568e+17"
assert repr(1e-4) == "0.0001"
assert repr(1e-5) == "1e-05"
assert repr(0.00012345) == "0.00012345"
assert repr(1.5e-10) == "1.5e-10"
assert repr(1e100) == "1e+100"
assert repr(1.7976931348623157e308) == "1.7976931348623157e+308"
assert repr(5e-324) == "5e-324"
assert repr(float("inf")) == "inf"
assert repr(float("-inf")) == "-inf"
assert repr(float("nan")) == "nan"
assert repr(float("Infinity")) == "inf"
assert repr(float(" -iNF ")) == "-inf"
assert repr(2.0**63) == "9.223372036854776e+18"
assert repr(100.0) == "100.0"
assert repr(12345.678) == "12345.678"
assert repr(1.25) == "1.25"
assert str(3.0 * 1.1) == "3.3000000000000003"
assert str(10.0 / 4) == "2.5"
assert str(7 / 7) == "1.0"
assert str([1.0, 2.5, -0.5]) == "[1.0, 2.5, -0.5]"
assert str((0.1,)) == "(0.1,)"
assert str({1.5: 2.0}) == "{1.5: 2.0}"
# float() parsing
assert float("1.5") == 1.5
assert float("  2.5\n") == 2.5
assert float("1e3") == 1000.0
assert float("-1E-3") == -0.001
assert float(".5") == 0.5
assert float("5.") == 5.0
assert float("1_000.5") == 1000.5
assert float(3) == 3.0
assert float(True) == 1.0
assert float() == 0.0
assert float("+1.25") == 1.25
try:
    float("abc")
    assert False
except ValueError as e:
    assert str(e) == "could not convert string to float: 'abc'"
# float literals
assert 1. == 1.0
assert .5 == 0.5
assert 1e3 == 1000.0
assert 2.5E-3 == 0.0025
assert 1_0.0_1 == 10.01
nan = float("nan")
assert nan != nan
assert not (nan == nan)
assert not (nan < 1) and not (nan > 1)
inf = float("inf")
assert inf > 10**300
assert -inf < -10**300
assert inf == inf
assert inf - inf != inf - inf
assert (1.5).is_integer() is False
assert (2.0).is_integer() is True
assert (0.5).as_integer_ratio() == (1, 2)
assert (2.5).hex() == "0x1.4000000000000p+1"
print(1.0, 0.1, 1e16, 1e15, 1e-5, 1e-4, -0.0, 1/3, float("inf"), float("nan"))
print([0.1 * i for i in range(5)])
print(2**0.5, 10 ** -2, 1.0e308 * 10)
