# Sets and frozensets.
s = {3, 1, 2, 3, 1}
assert len(s) == 3
assert s == {1, 2, 3}
assert 2 in s and 5 not in s
assert set() == set([])
assert type({}) is dict
assert set("aab") == {"a", "b"}
assert set([1, 1.0, True]) == {1}
assert len({1, 1.0, True, 2}) == 2
a = {1, 2, 3, 4}
b = {3, 4, 5}
assert a | b == {1, 2, 3, 4, 5}
assert a & b == {3, 4}
assert a - b == {1, 2}
assert b - a == {5}
assert a ^ b == {1, 2, 5}
assert {1, 2} <= {1, 2, 3}
assert {1, 2} < {1, 2, 3}
assert not ({1, 2} < {1, 2})
assert {1, 2, 3} >= {1}
assert {1, 2, 3} > {3}
assert {1, 2} != {1, 3}
assert not ({1} < {2}) and not ({1} > {2})
s.add(10)
assert 10 in s
s.add(10)
assert len(s) == 4
s.remove(10)
assert 10 not in s
try:
    s.remove(10)
    assert False
except KeyError as e:
    assert str(e) == "10"
s.discard(10)
s.discard(1)
assert s == {2, 3}
p = s.pop()
assert p in (2, 3) and len(s) == 1
s.clear()
assert s == set() and not s
try:
    set().pop()
    assert False
except KeyError as e:
    assert str(e) == "'pop from an empty set'"
try:
    {[1, 2]}
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'list'"
try:
    set().add({})
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'dict'"
try:
    {1} + {2}
    assert False
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for +: 'set' and 'set'"
assert repr(set()) == "set()"
assert repr({1}) == "{1}"
assert repr(frozenset()) == "frozenset()"
assert repr(frozenset([1])) == "frozenset({1})"
# frozenset is hashable and equal to a set with the same elements
f = frozenset([1, 2])
assert f == {1, 2}
assert {f: "x"}[frozenset([2, 1])] == "x"
assert {frozenset([1]), frozenset([1])} == {frozenset([1])}
assert hash(f) == hash(frozenset([2, 1]))
try:
    f.add(3)
    assert False
except AttributeError as e:
    assert str(e) == "'frozenset' object has no attribute 'add'"
assert type(f | {3}) is frozenset
assert type({3} | f) is set
# in-place operators
x = {1, 2}
y = x
x |= {3}
assert y == {1, 2, 3}
x &= {2, 3, 4}
assert y == {2, 3}
x -= {2}
assert y == {3}
x ^= {3, 4}
assert y == {4}
# iteration order of small ints is sorted in CPython; check contents only
assert sorted({5, 3, 9, 1}) == [1, 3, 5, 9]
assert sum({1, 2, 3}) == 6
# sets of tuples and strings
seen = set()
for pair in [(1, 2), (2, 1), (1, 2)]:
    seen.add(pair)
assert len(seen) == 2
words = set("the quick brown the lazy quick".split())
assert words == {"the", "quick", "brown", "lazy"}
assert {c for c in "hello"} == {"h", "e", "l", "o"}
print(sorted(a | b), sorted(a & b), sorted(a ^ b), sorted(words), set(), sorted(f))
