# str methods: find, index, count, startswith, endswith, in.
s = "hello world, hello"
assert s.find("hello") == 0
assert s.find("hello", 1) == 13
assert s.find("hello", 1, 10) == -1
assert s.find("xyz") == -1
assert s.find("") == 0
assert s.find("", 5) == 5
assert s.rfind("hello") == 13
assert s.rfind("o", 0, 10) == 7
assert s.rfind("xyz") == -1
assert s.index("world") == 6
assert s.rindex("l") == 16
try:
    s.index("xyz")
    assert False
except ValueError as e:
    assert str(e) == "substring not found"
try:
    s.rindex("xyz")
    assert False
except ValueError as e:
    assert str(e) == "substring not found"
assert s.count("l") == 5
assert s.count("hello") == 2
assert s.count("l", 10) == 2
assert s.count("") == len(s) + 1
assert "aaaa".count("aa") == 2
assert s.startswith("hello")
assert not s.startswith("world")
assert s.startswith("world", 6)
assert s.startswith(("x", "hell"))
assert s.endswith("hello")
assert s.endswith(("x", "lo"))
assert s.endswith("world", 0, 11)
assert not "".startswith("a")
assert "".startswith("")
assert "world" in s
assert "World" not in s
assert "" in s
try:
    1 in "abc"
    assert False
except TypeError as e:
    assert str(e) == "'in <string>' requires string as left operand, not int"
assert s.find("o", -5) == 17
assert s[s.find(","):] == ", hello"
# negative and out-of-range indices
assert "abc".find("c", -1) == 2
assert "abc".find("a", 10) == -1
# unicode positions are code points
u = "naïve café"
assert u.find("café") == 6
assert u.index("ï") == 2
assert u.count("a") == 2
def positions(text, sub):
    out = []
    i = text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out
assert positions("abracadabra", "a") == [0, 3, 5, 7, 10]
assert positions("abracadabra", "abra") == [0, 7]
print(s.find("world"), s.rfind("l"), s.count("o"), positions("mississippi", "ss"))
