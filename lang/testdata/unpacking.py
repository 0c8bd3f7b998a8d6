# Unpacking in assignments, for loops, calls and literals.
a, b = 1, 2
assert (a, b) == (1, 2)
a, b = b, a
assert (a, b) == (2, 1)
x, y, z = "xyz"
assert x + y + z == "xyz"
(p, q), r = [1, 2], 3
assert (p, q, r) == (1, 2, 3)
[m, n] = (5, 6)
assert m == 5 and n == 6
first, *rest = [1, 2, 3, 4]
assert first == 1 and rest == [2, 3, 4]
*init, last = range(4)
assert init == [0, 1, 2] and last == 3
h, *mid, t = "abcde"
assert h == "a" and mid == ["b", "c", "d"] and t == "e"
h, *mid, t = [1, 2]
assert mid == []
(a, *b), c = [1, 2, 3], 4
assert a == 1 and b == [2, 3] and c == 4
a, (b, (c, d)) = 1, (2, (3, 4))
assert a + b + c + d == 10
it = iter([7, 8])
u, v = it
assert (u, v) == (7, 8)
k1, k2 = {"one": 1, "two": 2}
assert (k1, k2) == ("one", "two")
s1, s2 = {"only"}, 0
assert s1 == {"only"}
try:
    a, b = [1, 2, 3]
    assert False
except ValueError as e:
    assert str(e) == "too many values to unpack (expected 2)"
try:
    a, b, c = [1, 2]
    assert False
except ValueError as e:
    assert str(e) == "not enough values to unpack (expected 3, got 2)"
try:
    a, *b, c = [1]
    assert False
except ValueError as e:
    assert str(e) == "not enough values to unpack (expected at least 2, got 1)"
try:
    a, b = 5
    assert False
except TypeError as e:
    assert str(e) == "cannot unpack non-iterable int object"
# targets can be attributes and subscripts
class Box:
    pass
box = Box()
lst = [0, 0]
box.x, lst[1] = 10, 20
assert box.x == 10 and lst == [0, 20]
d = {}
d["a"], d["b"] = "A", "B"
assert d == {"a": "A", "b": "B"}
lst[0], lst[1] = lst[1], lst[0]
assert lst == [20, 0]
# chained assignment with unpacking
a = b, c = 1, 2
assert a == (1, 2) and b == 1 and c == 2
# for-loop targets
pairs = [(1, "a"), (2, "b")]
out = []
for num, ch in pairs:
    out.append(ch * num)
assert out == ["a", "bb"]
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    assert x + y == 3 + 4 * i
for first, *others in [[1, 2, 3], [4]]:
    assert isinstance(others, list)
total = 0
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    total += a * b * c
assert total == 6 + 120
# starred in calls and literals
def f(a, b, c, d=0):
    return a * 1000 + b * 100 + c * 10 + d
args = [1, 2]
assert f(*args, 3) == 1230
assert f(*args, *[3, 4]) == 1234
assert f(*"", *(1, 2, 3)) == 1230
kw = {"c": 5, "d": 6}
assert f(1, 2, **kw) == 1256
assert f(**{"a": 1, "b": 1, "c": 1}) == 1110
assert f(*[1], **{"b": 2}, c=3) == 1230
assert [*range(3), *"ab"] == [0, 1, 2, "a", "b"]
assert (*[1], 2) == (1, 2)
assert {*[1, 2], *[2, 3]} == {1, 2, 3}
assert {**{"a": 1}, "b": 2, **{"a": 3}} == {"a": 3, "b": 2}
merged = {**d, **{"c": "C"}}
assert merged == {"a": "A", "b": "B", "c": "C"}
print(first, rest, init, last, h, mid, t, out, [*range(3), *"ab"], merged)
