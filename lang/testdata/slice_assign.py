# Slice assignment and deletion on lists.
a = list(range(6))
a[1:3] = ["a", "b", "c"]
assert a == [0, "a", "b", "c", 3, 4, 5]
a[1:4] = []
assert a == [0, 3, 4, 5]
a[:0] = [-2, -1]
assert a == [-2, -1, 0, 3, 4, 5]
a[len(a):] = [6, 7]
assert a == [-2, -1, 0, 3, 4, 5, 6, 7]
a[3:3] = [1, 2]
assert a == [-2, -1, 0, 1, 2, 3, 4, 5, 6, 7]
a[:] = "xyz"
assert a == ["x", "y", "z"]
a[1:2] = range(3)
assert a == ["x", 0, 1, 2, "z"]
a[-1:] = (9,)
assert a == ["x", 0, 1, 2, 9]
# extended slices need the same length
b = list(range(8))
b[::2] = ["e0", "e2", "e4", "e6"]
assert b == ["e0", 1, "e2", 3, "e4", 5, "e6", 7]
b[::-2] = [70, 50, 30, 10]
assert b == ["e0", 10, "e2", 30, "e4", 50, "e6", 70]
try:
    b[::2] = [1, 2]
    assert False
except ValueError as e:
    assert str(e) == "attempt to assign sequence of size 2 to extended slice of size 4"
try:
    b[1:2] = 5
    assert False
except TypeError as e:
    assert str(e) == "can only assign an iterable"
# deletion
c = list(range(10))
del c[2:4]
assert c == [0, 1, 4, 5, 6, 7, 8, 9]
del c[::2]
assert c == [1, 5, 7, 9]
del c[-1]
assert c == [1, 5, 7]
del c[:]
assert c == []
d = list(range(10))
del d[::-3]
assert d == [1, 2, 4, 5, 7, 8]
# self-assignment through a slice
ee = [1, 2, 3]
ee[1:] = ee
assert ee == [1, 1, 2, 3]
# aliases see slice assignment
f = [1, 2, 3]
g = f
f[:] = [7]
assert g == [7]
# strings and tuples do not support it
try:
    s = "abc"
    s[0:1] = "x"
    assert False
except TypeError as e:
    assert str(e) == "'str' object does not support item assignment"
try:
    tup = (1, 2)
    tup[0:1] = (5,)
    assert False
except TypeError as e:
    assert str(e) == "'tuple' object does not support item assignment"
# a grid row replacement
grid = [[0] * 3 for _ in range(3)]
grid[1][:] = [1, 1, 1]
grid[2][::2] = [2, 2]
assert grid == [[0, 0, 0], [1, 1, 1], [2, 0, 2]]
print(a, b, c, d, ee, grid)
