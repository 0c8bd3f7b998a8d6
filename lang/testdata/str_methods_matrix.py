# str methods applied to tricky strings: the printed table must match CPython's.
strs = ["", " ", "a", "  a b  c  ", "a,b,,c,", ",", "\ta\n\nb\r\nc\x0b", "AbC dEf", "hello world", "ǅungla", "ß", "12_3", "٣", "x" * 3, "a\u2028b", "tab\tsep\tx"]
calls = [
    ("split", ()), ("split", (",",)), ("split", (None, 1)), ("rsplit", (None, 1)), ("split", (",", -1)), ("rsplit", (",", 2)),
    ("splitlines", ()), ("splitlines", (True,)), ("strip", ()), ("strip", ("a ",)), ("lstrip", ()), ("rstrip", ("\n",)),
    ("partition", (",",)), ("rpartition", (" ",)), ("title", ()), ("capitalize", ()), ("swapcase", ()), ("upper", ()), ("lower", ()),
    ("casefold", ()), ("isdigit", ()), ("isdecimal", ()), ("isnumeric", ()), ("isalpha", ()), ("isalnum", ()), ("isspace", ()),
    ("istitle", ()), ("isupper", ()), ("islower", ()), ("isidentifier", ()), ("isprintable", ()), ("count", ("a",)), ("count", ("",)),
    ("find", ("b",)), ("rfind", ("a", 1)), ("center", (9, "*")), ("ljust", (4,)), ("zfill", (5,)), ("expandtabs", (3,)),
    ("replace", ("a", "AA")), ("replace", ("", "-", 2)), ("startswith", ("a",)), ("endswith", (("c", ","),)), ("removeprefix", ("a",)),
]
for s in strs:
    out = []
    for name, args in calls:
        try:
            out.append(repr(getattr(s, name)(*args)))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(s), " ".join(out))
assert "ß".title() == "Ss" and "ß".capitalize() == "Ss" and "ß".swapcase() == "SS"
assert "ǅ".islower() is False and "ǅ".isupper() is False and "ǅ".istitle() is True
assert "日a".title() == "日A" and "1st place".title() == "1St Place"
assert "ﬁsh".upper() == "FISH" and "ﬁsh".title() == "Fish"
assert "hELLO wORLD".swapcase() == "Hello World"
