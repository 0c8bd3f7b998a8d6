# Hashing and equality rules: numbers, strings, tuples, frozensets, instances.
assert hash(1) == hash(1.0) == hash(True)
assert hash(0) == hash(0.0) == hash(False) == hash(-0.0)
assert hash("abc") == hash("ab" + "c")
assert hash((1, "a")) == hash((1.0, "a"))
assert hash(frozenset({1, 2})) == hash(frozenset({2, 1}))
assert hash(None) == hash(None)
assert hash(-1) == -2  # CPython reserves -1
assert hash(2**61 - 1) == 0
assert hash(1.5) == 1152921504606846977
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
assert d == {1: "c"} and len(d) == 1
s = {0, 0.0, False, -0.0}
assert len(s) == 1
assert {(1, 2): 1}[(1.0, 2.0)] == 1
# unhashable built-ins
for v in ([], {}, set(), [1, (2,)]):
    try:
        hash(v)
        assert False
    except TypeError as e:
        assert str(e).startswith("unhashable type: ")
try:
    hash(([],))
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'list'"
# default instances hash by identity and compare by identity
class Obj:
    pass
o1, o2 = Obj(), Obj()
assert hash(o1) == hash(o1)
assert o1 == o1 and o1 != o2
assert {o1: 1, o2: 2}[o1] == 1
# __eq__ + __hash__ make value objects
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
m = {Key("Name"): 1}
assert m[Key("NAME")] == 1
assert Key("a") in {Key("A")}
assert len({Key("x"), Key("X"), Key("y")}) == 2
# __hash__ = None makes a class unhashable explicitly
class Unhash:
    __hash__ = None
try:
    {Unhash()}
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'Unhash'"
# a subclass that overrides __eq__ loses the inherited __hash__
class Parent:
    def __hash__(self):
        return 7
class Child(Parent):
    def __eq__(self, o):
        return True
assert hash(Parent()) == 7
try:
    hash(Child())
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'Child'"
# __hash__ results are reduced like ints
class BigHash:
    def __hash__(self):
        return 2**70
assert hash(BigHash()) == hash(2**70)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
    assert False
except TypeError as e:
    assert str(e) == "__hash__ method should return an integer"
# equality across containers
assert [1, 2.0] == [1.0, 2]
assert (1, [2]) == (1, [2.0])
assert {"a": [1]} == {"a": [1.0]}
assert {1, 2} == frozenset([2.0, 1.0])
assert [1] != [1, 1]
assert "1" != 1
assert b"a" != "a"
assert 1 in [1.0] and 1.0 in {1} and True in {1: 0}
assert float("nan") not in [float("nan")]
print(hash(1), hash(1.5), hash(-1), hash((1, 2)) == hash((1.0, 2.0)), len(s), m[Key("name")])
