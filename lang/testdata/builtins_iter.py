# Iteration builtins: enumerate, zip, map, filter, reversed, sorted, iter, next, any, all.
assert list(enumerate("ab")) == [(0, "a"), (1, "b")]
assert list(enumerate("ab", 1)) == [(1, "a"), (2, "b")]
assert list(enumerate("ab", start=-1)) == [(-1, "a"), (0, "b")]
assert list(zip([1, 2, 3], "ab")) == [(1, "a"), (2, "b")]
assert list(zip()) == []
assert list(zip([1, 2])) == [(1,), (2,)]
assert list(zip(*[(1, "a"), (2, "b")])) == [(1, 2), ("a", "b")]
assert dict(zip("abc", range(3))) == {"a": 0, "b": 1, "c": 2}
try:
    list(zip([1, 2], [1], strict=True))
    assert False
except ValueError as e:
    assert str(e) == "zip() argument 2 is shorter than argument 1"
assert list(map(str, [1, 2])) == ["1", "2"]
assert list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])) == [4, 10]
assert list(map(len, ["a", "bb"])) == [1, 2]
assert list(filter(None, [0, 1, "", "x", None, [], [0]])) == [1, "x", [0]]
assert list(filter(str.isdigit, "a1b2")) == ["1", "2"]
assert list(reversed([1, 2, 3])) == [3, 2, 1]
assert list(reversed("abc")) == ["c", "b", "a"]
assert list(reversed((1, 2))) == [2, 1]
assert list(reversed(range(3))) == [2, 1, 0]
assert list(reversed({"a": 1, "b": 2})) == ["b", "a"]
try:
    reversed({1, 2})
    assert False
except TypeError as e:
    assert str(e) == "'set' object is not reversible"
assert sorted([3, 1, 2]) == [1, 2, 3]
assert sorted([3, 1, 2], reverse=True) == [3, 2, 1]
assert sorted("bca") == ["a", "b", "c"]
assert sorted({"b": 1, "a": 2}) == ["a", "b"]
assert sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]) == [("b", 1), ("a", 2)]
assert sorted(["Banana", "apple", "cherry"], key=str.lower) == ["apple", "Banana", "cherry"]
assert sorted([(1, "b"), (1, "a"), (0, "z")]) == [(0, "z"), (1, "a"), (1, "b")]
assert sorted([-3, 2, -1], key=abs) == [-1, 2, -3]
records = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25)]
by_age = sorted(records, key=lambda r: r[1])
assert by_age == [("bob", 25), ("dee", 25), ("ann", 30), ("cid", 30)]  # stable
assert sorted(records, key=lambda r: (-r[1], r[0])) == [("ann", 30), ("cid", 30), ("bob", 25), ("dee", 25)]
lst = [5, 4]
s = sorted(lst)
assert s == [4, 5] and lst == [5, 4] and s is not lst
# iter/next
it = iter([1, 2])
assert next(it) == 1 and next(it) == 2 and next(it, "end") == "end"
try:
    next(it)
    assert False
except StopIteration:
    pass
try:
    next([1])
    assert False
except TypeError as e:
    assert str(e) == "'list' object is not an iterator"
# iter(callable, sentinel)
vals = [3, 2, 1, 0, 5]
assert list(iter(lambda: vals.pop(0), 0)) == [3, 2, 1]
assert vals == [5]
# iterators are exhausted once
m = map(abs, [-1, -2])
assert list(m) == [1, 2] and list(m) == []
z = zip("ab", "cd")
assert next(z) == ("a", "c")
assert list(z) == [("b", "d")]
e = enumerate("xy")
assert next(e) == (0, "x")
# any/all with various iterables
assert any([0, 0, 1]) and not any([0, ""]) and not any([])
assert all([1, "x"]) and not all([1, 0]) and all([])
assert any(c.isupper() for c in "abC")
assert all(isinstance(v, int) for v in range(3))
# len on iterables that support it
assert len(range(5)) == 5 and len("héllo") == 5 and len({1: 2}) == 1 and len(set()) == 0
try:
    len(iter([]))
    assert False
except TypeError as e:
    assert str(e) == "object of type 'list_iterator' has no len()"
# list/tuple/set/dict from iterators
assert list(iter("ab")) == ["a", "b"]
assert tuple(map(int, "12")) == (1, 2)
assert set(filter(None, [0, 1, 1])) == {1}
assert dict(enumerate("ab")) == {0: "a", 1: "b"}
print(list(enumerate("abc", 1)), list(zip("ab", [1, 2])), list(map(abs, [-1, 2])), sorted(records, key=lambda r: r[1]), list(reversed(range(4))))
