# Rich comparison dunders, reflection, NotImplemented, total ordering by hand.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
v1, v2, v3 = Version("1.2"), Version("1.10"), Version("1.2")
assert v1 < v2 and not v2 < v1
assert v1 == v3 and v1 != v2
assert v1 <= v3 and v1 <= v2
assert v2 > v1  # reflected __lt__
assert v2 >= v1  # reflected __le__
assert not (v1 == "1.2")
assert v1 != "1.2"
assert sorted([v2, v1, Version("0.9")]) == [Version("0.9"), v1, v2]
assert max(v1, v2) is v2
assert {v1: "a"}[v3] == "a"
assert v1 in [v2, v3]
try:
    v1 < "x"
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'Version' and 'str'"
# __ne__ is derived from __eq__
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and self.v == o.v
assert Eq(1) != Eq(2)
assert not (Eq(1) != Eq(1))
# defining __eq__ without __hash__ makes instances unhashable
try:
    hash(Eq(1))
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'Eq'"
# comparisons returning non-bools
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __eq__(self, o):
        return [a == b for a, b in zip(self.xs, o.xs)]
    def __gt__(self, o):
        return "gt-called"
assert (Vec(1, 2) == Vec(1, 3)) == [True, False]
assert (Vec(1) > Vec(2)) == "gt-called"
assert (Vec(1) < Vec(2)) == "gt-called"  # reflected
# reflected comparison with a built-in on the left
class Any:
    def __eq__(self, o):
        return True
    def __gt__(self, o):
        return True
assert 5 == Any()
assert "x" == Any()
assert 5 < Any()
assert [1, 2] == [1, Any()]
# identity shortcut in containers
class Never:
    def __eq__(self, o):
        return False
n = Never()
assert n in [n]
assert [n] == [n]
assert n != n
# comparison chains with objects
assert Version("1.0") < Version("1.1") < Version("2.0")
# __bool__ and comparisons of results
class Weird:
    def __lt__(self, o):
        return 0
assert not (Weird() < 1)
print(sorted([v2, v1, Version("0.1")]), v1 == v3, v2 > v1, Eq(1) != Eq(2), 5 == Any())
