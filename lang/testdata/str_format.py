# str.format and format_map: positional, keyword, attribute/index fields, specs.
assert "{} {}".format(1, 2) == "1 2"
assert "{1} {0} {1}".format("a", "b") == "b a b"
assert "{name} is {age}".format(name="ann", age=5) == "ann is 5"
assert "{0[1]} {0[0]}".format(["x", "y"]) == "y x"
assert "{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}) == "v zero"
class P:
    x = 3
    y = [4, 5]
assert "{p.x} {p.y[1]}".format(p=P()) == "3 5"
assert "{:>5}|{:<5}|{:^5}".format("a", "b", "c") == "    a|b    |  c  "
assert "{:08.3f}".format(3.14159) == "0003.142"
assert "{0:{1}}".format("x", 4) == "x   "
assert "{:{w}.{p}f}".format(2.5, w=7, p=2) == "   2.50"
assert "{!r} {!s}".format("q", "q") == "'q' q"
assert "{0!r:>6}".format("q") == "   'q'"
assert "{{}} {}".format(1) == "{} 1"
assert "{:,}".format(1234567) == "1,234,567"
assert "{:x} {:o} {:b}".format(255, 8, 5) == "ff 10 101"
assert "{:%}".format(0.25) == "25.000000%"
assert "{:e}".format(0.000123) == "1.230000e-04"
assert "{:+d}".format(5) == "+5"
assert "{0}{0}".format("ab") == "abab"
assert "{}".format(None) == "None"
assert "{}".format([1, "a"]) == "[1, 'a']"
assert "{:>10}".format(str([1])) == "       [1]"
assert "{:.2}".format("abc") == "ab"
assert "{:c}".format(97) == "a"
assert "{:#x}".format(255) == "0xff"
assert "{:_b}".format(255) == "1111_1111"
assert "{0:^{1}}".format("mid", 9) == "   mid   "
assert "{:*^9}".format("mid") == "***mid***"
assert "{a}-{b}".format_map({"a": 1, "b": 2}) == "1-2"
assert "{0.real}".format(5) == "5"
try:
    "{} {}".format(1)
    assert False
except IndexError as e:
    assert str(e) == "Replacement index 1 out of range for positional args tuple"
try:
    "{missing}".format()
    assert False
except KeyError as e:
    assert str(e) == "'missing'"
try:
    "{0} {}".format(1, 2)
    assert False
except ValueError as e:
    assert str(e) == "cannot switch from manual field specification to automatic field numbering"
try:
    "{".format()
    assert False
except ValueError as e:
    assert str(e) == "Single '{' encountered in format string"
try:
    "}".format()
    assert False
except ValueError as e:
    assert str(e) == "Single '}' encountered in format string"
try:
    "{:d}".format("s")
    assert False
except ValueError as e:
    assert str(e) == "Unknown format code 'd' for object of type 'str'"
try:
    "{:s}".format(5)
    assert False
except ValueError as e:
    assert str(e) == "Unknown format code 's' for object of type 'int'"
# building a table with format
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
lines = ["{:<10} {:>6.2f} {:>3d}".format(*r) for r in rows]
assert lines[0] == "apple        1.50   3"
assert lines[2] == "watermelon   3.00   1"
header = "{:=^21}".format(" fruit ")
assert header == "======= fruit ======="
for line in [header] + lines:
    print(line)
print("{0:>8} {1:08.2f} {2!r} {k:x}".format("r", -3.14159, "s", k=3054))
