# str methods: predicates, padding, zfill, expandtabs, translate, misc.
assert "123".isdigit() and not "12a".isdigit() and not "".isdigit()
assert "abc".isalpha() and not "ab1".isalpha()
assert "ab1".isalnum() and not "ab 1".isalnum()
assert " \t\n".isspace() and not "".isspace()
assert "ABC".isupper() and not "AbC".isupper() and not "123".isupper()
assert "abc".islower() and "a1".islower()
assert "Hello World".istitle() and not "Hello world".istitle()
assert "½".isnumeric() and not "½".isdigit()
assert "123".isdecimal()
assert "var_1".isidentifier() and not "1var".isidentifier()
assert "abc".isprintable() and not "a\nb".isprintable()
assert "abc".isascii() and not "é".isascii()
assert "ab".center(6) == "  ab  "
assert "ab".center(7, "*") == "***ab**"
assert "abc".center(2) == "abc"
assert "ab".ljust(5, ".") == "ab..."
assert "ab".rjust(5, ".") == "...ab"
assert "ab".ljust(1) == "ab"
try:
    "ab".center(5, "**")
    assert False
except TypeError as e:
    assert str(e) == "The fill character must be exactly one character long"
assert "42".zfill(5) == "00042"
assert "-42".zfill(5) == "-0042"
assert "+4".zfill(4) == "+004"
assert "abc".zfill(2) == "abc"
assert "a\tb".expandtabs() == "a       b"
assert "a\tb".expandtabs(4) == "a   b"
assert "ab\tc\td".expandtabs(4) == "ab  c   d"
table = str.maketrans("abc", "xyz")
assert "aabbcc".translate(table) == "xxyyzz"
assert "hello".translate(str.maketrans("", "", "l")) == "heo"
assert "abc".translate({ord("a"): "AA", ord("b"): None}) == "AAc"
assert str.maketrans({"a": "1"}) == {97: "1"}
assert "a{}b".format(1) == "a1b"
assert "%s" % "x" == "x"
# str() and repr() of strings
assert str("x") == "x"
assert repr("x") == "'x'"
assert repr("it's") == '"it\'s"'
assert repr('say "hi"') == "'say \"hi\"'"
assert repr("both ' and \"") == "'both \\' and \"'"
assert repr("\t\n\\") == "'\\t\\n\\\\'"
assert repr("é✓") == "'é✓'"
assert repr("\x1b") == "'\\x1b'"
assert repr("\u200b") == "'\\u200b'"
# indexing and iteration
s = "python"
assert s[0] == "p" and s[-1] == "n"
assert s[1:4] == "yth"
assert s[::2] == "pto"
try:
    s[10]
    assert False
except IndexError as e:
    assert str(e) == "string index out of range"
try:
    s[0] = "P"
    assert False
except TypeError as e:
    assert str(e) == "'str' object does not support item assignment"
assert "ab" * 3 == "ababab"
assert 0 * "ab" == ""
assert "a" < "b" < "ba"
assert "Z" < "a"
assert "abc" > "ab"
assert ord("a") == 97 and chr(97) == "a"
assert ord("€") == 8364 and chr(8364) == "€"
assert min("hello") == "e" and max("hello") == "o"
assert sorted("cba") == ["a", "b", "c"]
assert "".join(sorted("hello")) == "ehllo"
try:
    "a" + 1
    assert False
except TypeError as e:
    assert str(e) == 'can only concatenate str (not "int") to str'
try:
    "a" - "b"
    assert False
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for -: 'str' and 'str'"
try:
    "a" < 1
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'str' and 'int'"
print("ab".center(8, "="), "7".zfill(3), "a\tb".expandtabs(3), "hello".translate(table))
