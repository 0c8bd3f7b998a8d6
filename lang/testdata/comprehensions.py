# List, set, dict comprehensions and generator expressions.
assert [x * x for x in range(5)] == [0, 1, 4, 9, 16]
assert [x for x in range(10) if x % 3 == 0] == [0, 3, 6, 9]
assert [(x, y) for x in range(3) for y in range(x)] == [(1, 0), (2, 0), (2, 1)]
assert [x for x in range(20) if x % 2 if x % 3] == [1, 5, 7, 11, 13, 17, 19]
assert [y for x in [[1, 2], [3]] for y in x] == [1, 2, 3]
assert [[c for c in w] for w in ["ab", "c"]] == [["a", "b"], ["c"]]
assert [x if x > 0 else 0 for x in [-1, 2, -3]] == [0, 2, 0]
assert {x % 3 for x in range(10)} == {0, 1, 2}
assert {k: v for k, v in [("a", 1), ("b", 2)]} == {"a": 1, "b": 2}
assert {w: len(w) for w in "the cat sat".split()} == {"the": 3, "cat": 3, "sat": 3}
assert {v: k for k, v in {"x": 1, "y": 2}.items()} == {1: "x", 2: "y"}
assert [i for i, c in enumerate("banana") if c == "a"] == [1, 3, 5]
matrix = [[1, 2, 3], [4, 5, 6]]
assert [[row[i] for row in matrix] for i in range(3)] == [[1, 4], [2, 5], [3, 6]]
assert [n for row in matrix for n in row if n % 2] == [1, 3, 5]
# loop variables do not leak
x = "outer"
_ = [x for x in range(3)]
assert x == "outer"
# comprehension scopes see enclosing function variables
def scale(items, k):
    return [i * k for i in items]
assert scale([1, 2], 3) == [3, 6]
def nested_scope():
    base = 10
    return [[base + i + j for j in range(2)] for i in range(2)]
assert nested_scope() == [[10, 11], [11, 12]]
# class bodies: the first iterable is evaluated in the class scope
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
assert K.doubled == [2, 4, 6]
# walrus inside comprehensions binds in the enclosing scope
data = [1, 5, 10, 3]
big = [y for v in data if (y := v * 2) > 5]
assert big == [10, 20, 6] and y == 6
# generator expressions are lazy
log = []
def noisy(v):
    log.append(v)
    return v
ge = (noisy(v) for v in range(3))
assert log == []
assert next(ge) == 0 and log == [0]
assert list(ge) == [1, 2] and log == [0, 1, 2]
assert sum(x * x for x in range(4)) == 14
assert max(len(w) for w in ["a", "abc", "ab"]) == 3
assert ",".join(str(i) for i in range(3)) == "0,1,2"
assert any(v > 2 for v in [1, 2, 3]) and not all(v > 2 for v in [1, 2, 3])
assert sorted((v for v in [3, 1, 2]), reverse=True) == [3, 2, 1]
assert dict((k, k * 2) for k in "ab") == {"a": "aa", "b": "bb"}
assert set(c.upper() for c in "aab") == {"A", "B"}
assert tuple(i for i in range(3)) == (0, 1, 2)
# the first iterable is evaluated immediately, the rest lazily
try:
    gen = (v for v in 5)
    assert False
except TypeError as e:
    assert str(e) == "'int' object is not iterable"
gen = (a + b for a in [1] for b in undefined_later)
try:
    next(gen)
    assert False
except NameError:
    pass
# a generator expression can be consumed only once
once = (i for i in range(2))
assert list(once) == [0, 1] and list(once) == []
# nested comprehension closures capture per-iteration values via defaults
fns = [(lambda v=v: v) for v in range(3)]
assert [f() for f in fns] == [0, 1, 2]
# comprehension over dict, set and string sources
assert sorted(k for k in {"b": 1, "a": 2}) == ["a", "b"]
assert [c * 2 for c in "hi"] == ["hh", "ii"]
assert len({(i, j) for i in range(3) for j in range(3) if i != j}) == 6
# primes with a nested comprehension
primes = [n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
assert primes == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
print([x * x for x in range(5)], {x % 3 for x in range(10)}, {w: len(w) for w in ["ab", "c"]}, primes, big)
