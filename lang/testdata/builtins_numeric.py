# Numeric builtins: abs, round, pow, divmod, sum, min, max, int/float/bool conversions.
assert abs(-5) == 5 and abs(5) == 5 and abs(-2.5) == 2.5 and abs(True) == 1
assert abs(-0.0) == 0.0 and str(abs(-0.0)) == "0.0"
assert abs(-(2**70)) == 2**70
assert sum([1, 2, 3]) == 6
assert sum([1, 2, 3], 10) == 16
assert sum([0.5, 0.25]) == 0.75
assert sum([]) == 0
assert sum([[1], [2]], []) == [1, 2]
assert sum(((1,), (2,)), ()) == (1, 2)
assert sum(range(10), start=5) == 50
assert sum([True, True, False]) == 2
try:
    sum(["a", "b"], "")
    assert False
except TypeError as e:
    assert str(e) == "sum() can't sum strings [use ''.join(seq) instead]"
try:
    sum(["a"])
    assert False
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for +: 'int' and 'str'"
assert min(3, 1, 2) == 1 and max(3, 1, 2) == 3
assert min([3, 1, 2]) == 1 and max([3, 1, 2]) == 3
assert min("bca") == "a" and max("bca") == "c"
assert max([1, 5, 3], key=lambda v: -v) == 1
assert min(["bb", "a", "ccc"], key=len) == "a"
assert max(["bb", "aa"], key=len) == "bb"  # first of equal maxima
assert min([], default="empty") == "empty"
assert max([], default=None) is None
assert max([1, 2], default=0) == 2
assert max((1, "a"), (1, "b")) == (1, "b")
assert min({3: "x", 1: "y"}) == 1
assert max(range(5), key=lambda v: v % 3) == 2
try:
    min([])
    assert False
except ValueError as e:
    assert str(e) == "min() arg is an empty sequence"
try:
    max()
    assert False
except TypeError as e:
    assert str(e) == "max expected at least 1 argument, got 0"
try:
    max(1, "a")
    assert False
except TypeError as e:
    assert str(e) == "'>' not supported between instances of 'str' and 'int'"
try:
    max(5)
    assert False
except TypeError as e:
    assert str(e) == "'int' object is not iterable"
assert divmod(7, 2) == (3, 1) and divmod(-7, 2) == (-4, 1)
assert divmod(7.0, 2) == (3.0, 1.0)
assert pow(2, 8) == 256 and pow(2, -1) == 0.5 and pow(2.0, 2) == 4.0
assert pow(7, 2, 5) == 4
assert pow(base=2, exp=5) == 32
try:
    pow(2.0, 2, 5)
    assert False
except TypeError as e:
    assert str(e) == "pow() 3rd argument not allowed unless all arguments are integers"
assert round(3.14159, 2) == 3.14
assert round(-3.5) == -4 and round(4.5) == 4 and round(5.5) == 6
assert round(1234, -2) == 1200
assert round(0.125, 2) == 0.12
assert round(0.375, 2) == 0.38
assert round(2.5, None) == 2
assert str(round(1e20)) == "100000000000000000000"
try:
    round(float("inf"))
    assert False
except OverflowError as e:
    assert str(e) == "cannot convert float infinity to integer"
# int/float/bool/complex-free conversions
assert int("10", base=2) == 2
assert int(" 0x1F ", 16) == 31
assert int(-7.9) == -7
assert float("  -3.5e2 ") == -350.0
assert float("nan") != float("nan")
assert bool([]) is False and bool([[]]) is True
assert int(float("1e18")) == 10**18
assert str(int("0" * 50 + "1")) == "1"
# hex/oct/bin
assert hex(255) == "0xff" and hex(-255) == "-0xff" and hex(0) == "0x0"
assert oct(8) == "0o10" and oct(-8) == "-0o10"
assert bin(5) == "0b101" and bin(-5) == "-0b101" and bin(0) == "0b0"
try:
    hex(1.5)
    assert False
except TypeError as e:
    assert str(e) == "'float' object cannot be interpreted as an integer"
# chr/ord
assert chr(65) == "A" and chr(0x1F600) == "😀" and ord("😀") == 0x1F600
try:
    ord("ab")
    assert False
except TypeError as e:
    assert str(e) == "ord() expected a character, but string of length 2 found"
try:
    chr(0x110000)
    assert False
except ValueError as e:
    assert str(e) == "chr() arg not in range(0x110000)"
# numbers' methods
assert (10).bit_length() == 4
assert (3.5).is_integer() is False
assert (255).to_bytes(1, "little") == b"\xff"
assert int.from_bytes(b"\xff\xff", "big", signed=True) == -1
assert (7).conjugate() == 7
assert (6).real == 6 and (6).imag == 0
assert (2.5).real == 2.5
assert (3).numerator == 3 and (3).denominator == 1
print(abs(-3), sum([1.5, 2.5]), min(4, 2, 8), max("hello"), divmod(-7, 3), pow(3, 4, 5), round(2.675, 2), hex(4096), bin(10), oct(64))
