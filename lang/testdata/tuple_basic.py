# Tuples: packing, singleton, immutability, methods, hashing, comparison.
t = 1, 2, 3
assert t == (1, 2, 3)
assert type(t) is tuple
single = (1,)
assert len(single) == 1
assert (1) == 1
assert () == tuple()
assert len(()) == 0
assert tuple([1, 2]) == (1, 2)
assert tuple("ab") == ("a", "b")
assert tuple(range(3)) == (0, 1, 2)
assert t[0] == 1 and t[-1] == 3
assert t[1:] == (2, 3)
assert t[::-1] == (3, 2, 1)
assert t + (4,) == (1, 2, 3, 4)
assert t * 2 == (1, 2, 3, 1, 2, 3)
assert (1, 2) < (1, 3)
assert (1, 2) < (1, 2, 3)
assert (2,) > (1, 9)
assert (1, "a") == (1, "a")
assert (1, 2) != [1, 2]
assert 2 in t
assert t.count(2) == 1
assert (1, 1, 2).count(1) == 2
assert t.index(3) == 2
try:
    t.index(9)
    assert False
except ValueError as e:
    assert str(e) == "tuple.index(x): x not in tuple"
try:
    t[0] = 5
    assert False
except TypeError as e:
    assert str(e) == "'tuple' object does not support item assignment"
try:
    t[5]
    assert False
except IndexError as e:
    assert str(e) == "tuple index out of range"
try:
    del t[0]
    assert False
except TypeError as e:
    assert str(e) == "'tuple' object doesn't support item deletion"
assert repr((1,)) == "(1,)"
assert repr(()) == "()"
assert repr((1, "a", None)) == "(1, 'a', None)"
assert str(((1, 2), (3,))) == "((1, 2), (3,))"
# hashing: tuples of hashables are keys
d = {(1, 2): "a", (1, (2, 3)): "b"}
assert d[(1, 2)] == "a"
assert d[1, 2] == "a"
assert d[(1, (2, 3))] == "b"
assert hash((1, 2)) == hash((1, 2))
assert hash((1, 2.0)) == hash((1.0, 2))
try:
    hash((1, [2]))
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'list'"
s = {(0, 0), (0, 1), (0, 0)}
assert len(s) == 2
# mutable elements inside tuples can change
inner = ([1],)
inner[0].append(2)
assert inner == ([1, 2],)
# tuple unpacking
a, b, c = t
assert (a, b, c) == (1, 2, 3)
(x, y), z = (1, 2), 3
assert x + y + z == 6
# return packs a tuple
def f():
    return 1, "two"
r = f()
assert r == (1, "two") and type(r) is tuple
assert sorted([(2, "b"), (1, "z"), (2, "a")]) == [(1, "z"), (2, "a"), (2, "b")]
assert max([(1, 2), (1, 3), (0, 9)]) == (1, 3)
assert len((1, 2) + ()) == 2
print(t, single, (), r, d, sorted(s))
