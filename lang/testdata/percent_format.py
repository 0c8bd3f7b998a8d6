# printf-style formatting with %.
assert "%s" % "x" == "x"
assert "%s %s" % ("a", 1) == "a 1"
assert "%d" % 42 == "42"
assert "%i" % -7 == "-7"
assert "%5d|%-5d|%05d" % (42, 42, 42) == "   42|42   |00042"
assert "%+d %+d" % (5, -5) == "+5 -5"
assert "% d" % 5 == " 5"
assert "%.2f" % 3.14159 == "3.14"
assert "%8.3f" % 3.14159 == "   3.142"
assert "%-8.1f|" % 2.25 == "2.2     |"
assert "%e" % 12345.678 == "1.234568e+04"
assert "%.2E" % 0.000123 == "1.23E-04"
assert "%g" % 0.0001 == "0.0001"
assert "%g" % 1234567.0 == "1.23457e+06"
assert "%x %X %o" % (255, 255, 8) == "ff FF 10"
assert "%#x %#o" % (255, 8) == "0xff 0o10"
assert "%c%c" % (72, "i") == "Hi"
assert "%r" % "q" == "'q'"
assert "%s" % [1, 2] == "[1, 2]"
assert "%s" % ((1, 2),) == "(1, 2)"
assert "%%" % () == "%"
assert "100%%" % () == "100%"
assert "%d%%" % 50 == "50%"
assert "%(name)s is %(age)d" % {"name": "bob", "age": 30} == "bob is 30"
assert "%(x)s %(x)s" % {"x": 1} == "1 1"
assert "%*d" % (5, 42) == "   42"
assert "%-*d|" % (4, 1) == "1   |"
assert "%.*f" % (1, 2.26) == "2.3"
assert "%d" % 3.99 == "3"
assert "%s" % None == "None"
assert "%s" % True == "True"
assert "%d" % True == "1"
assert "%.3s" % "abcdef" == "abc"
assert "%5s|%-5s|" % ("ab", "cd") == "   ab|cd   |"
assert "%d" % (2**70) == "1180591620717411303424"
assert "%x" % -255 == "-ff"
assert "%s" % 1.0 == "1.0"
assert "%r" % 1.5 == "1.5"
assert "%.0f" % 2.5 == "2"
assert "%.0f" % 3.5 == "4"
assert "%10.4s|" % "abcdefg" == "      abcd|"
assert "%-+6d|" % 3 == "+3    |"
assert "%06.2f" % -1.5 == "-01.50"
try:
    "%d %d" % (1,)
    assert False
except TypeError as e:
    assert str(e) == "not enough arguments for format string"
try:
    "%d" % (1, 2)
    assert False
except TypeError as e:
    assert str(e) == "not all arguments converted during string formatting"
try:
    "%d" % "x"
    assert False
except TypeError as e:
    assert str(e) == "%d format: a real number is required, not str"
try:
    "%(k)s" % {}
    assert False
except KeyError as e:
    assert str(e) == "'k'"
try:
    "%z" % 1
    assert False
except ValueError as e:
    assert str(e) == "unsupported format character 'z' (0x7a) at index 1"
try:
    "%s %s" % "ab"
    assert False
except TypeError as e:
    assert str(e) == "not enough arguments for format string"
# a single non-tuple argument
assert "%s" % {"a": 1} == "{'a': 1}"
assert "[%s]" % "x" == "[x]"
# objects use __str__ and __repr__
class O:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
assert "%s %r" % (O(), O()) == "S R"
report = "%-8s%6.1f%%" % ("cpu", 93.456)
assert report == "cpu       93.5%"
print(report, "%05.1f|%x|%r|%c" % (2.345, 3054, "s", 65), "%(a)s-%(b)s" % {"a": 1, "b": 2})
# more cases, printed for comparison with CPython
cases = [("%(a)s %s", {"a": 1}), ("%s %(a)s", (1,)), ("%(a)s", (1,)), ("%", ()), ("%5", (1,)), ("%.*f", (2,)), ("%*.*f", (8, 2, 3.14159)), ("%c", 1114112), ("%c", "ab"), ("%d", 2.5), ("%x", 2.5), ("%i", "3"), ("%s", ()), ("%r", ()), ("%(a)s", {}), ("%a", "é"), ("%-05d", 3), ("%+ d", 3), ("% +d", 3), ("%#o", 0), ("%#x", 0), ("%.0e", 12345), ("%10.3e|", -0.00012345), ("%g", 1e-5), ("%G", 1e20), ("%.15g", 0.1), ("%s %s", [1, 2]), ("%d items", True)]
for f, a in cases:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
