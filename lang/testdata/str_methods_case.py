# str methods: case, strip, split, join, replace.
s = "Hello, World"
assert s.upper() == "HELLO, WORLD"
assert s.lower() == "hello, world"
assert s.swapcase() == "hELLO, wORLD"
assert "hello world".capitalize() == "Hello world"
assert "hELLO".capitalize() == "Hello"
assert "hello world".title() == "Hello World"
assert "they're bill's".title() == "They'Re Bill'S"
assert "ß".casefold() == "ss"
assert "ÉCOLE".lower() == "école"
assert "straße".upper() == "STRASSE"
assert "  pad  ".strip() == "pad"
assert "  pad  ".lstrip() == "pad  "
assert "  pad  ".rstrip() == "  pad"
assert "xxpadxx".strip("x") == "pad"
assert "abcpadcba".strip("abc") == "pad"
assert "\t\n pad \r\n".strip() == "pad"
assert "www.example.com".lstrip("w.") == "example.com"
assert "a,b,,c".split(",") == ["a", "b", "", "c"]
assert "a b  c".split() == ["a", "b", "c"]
assert "  a b  ".split() == ["a", "b"]
assert "a b c".split(" ", 1) == ["a", "b c"]
assert "a b c".split(maxsplit=1) == ["a", "b c"]
assert "a,b,c".split(",", maxsplit=-1) == ["a", "b", "c"]
assert "".split() == []
assert "".split(",") == [""]
assert "a,b,c".rsplit(",", 1) == ["a,b", "c"]
assert "a b c".rsplit(None, 1) == ["a b", "c"]
assert "  a  b  ".rsplit() == ["a", "b"]
try:
    "a".split("")
    assert False
except ValueError as e:
    assert str(e) == "empty separator"
assert "l1\nl2\r\nl3".splitlines() == ["l1", "l2", "l3"]
assert "l1\nl2\n".splitlines() == ["l1", "l2"]
assert "l1\nl2\n".splitlines(True) == ["l1\n", "l2\n"]
assert "l1\nl2".splitlines(keepends=True) == ["l1\n", "l2"]
assert "".splitlines() == []
assert "-".join(["a", "b", "c"]) == "a-b-c"
assert "".join([]) == ""
assert ", ".join("abc") == "a, b, c"
assert "".join(str(i) for i in range(4)) == "0123"
try:
    ",".join([1, 2])
    assert False
except TypeError as e:
    assert str(e) == "sequence item 0: expected str instance, int found"
assert "aaa".replace("a", "b") == "bbb"
assert "aaa".replace("a", "b", 2) == "bba"
assert "abc".replace("", "-") == "-a-b-c-"
assert "abc".replace("x", "y") == "abc"
assert "a.b.c".replace(".", "") == "abc"
assert "hello".removeprefix("he") == "llo"
assert "hello".removeprefix("x") == "hello"
assert "hello".removesuffix("lo") == "hel"
assert "hello".removesuffix("") == "hello"
assert "ab".partition(",") == ("ab", "", "")
assert "a,b,c".partition(",") == ("a", ",", "b,c")
assert "a,b,c".rpartition(",") == ("a,b", ",", "c")
assert "abc".rpartition(",") == ("", "", "abc")
text = "The quick brown fox"
words = text.split()
assert len(words) == 4
assert " ".join(w[::-1] for w in words) == "ehT kciuq nworb xof"
assert "_".join(w.lower() for w in words) == "the_quick_brown_fox"
print(s.upper(), s.lower(), s.swapcase(), "a b  c".split(), "a,b,,c".split(","))
print("x".join("123"), "  hi  ".strip() + "|", "one two three".title())
