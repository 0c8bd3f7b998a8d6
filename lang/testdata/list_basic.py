# Lists: construction, indexing, concatenation, repetition, comparison, nesting.
a = [1, 2, 3]
assert len(a) == 3
assert a[0] == 1 and a[-1] == 3 and a[-3] == 1
assert a + [4] == [1, 2, 3, 4]
assert a * 2 == [1, 2, 3, 1, 2, 3]
assert 2 * a == [1, 2, 3, 1, 2, 3]
assert a * 0 == []
assert a * -1 == []
assert [] == []
assert [1, [2, 3]] == [1, [2, 3]]
assert [1, 2] != [2, 1]
assert [1, 2] < [1, 3]
assert [1, 2] < [1, 2, 0]
assert [2] > [1, 100]
assert not ([1, 2] < [1, 2])
assert [1, 2] <= [1, 2]
assert [1] == [1.0]
assert [True] == [1]
assert list() == []
assert list("abc") == ["a", "b", "c"]
assert list((1, 2)) == [1, 2]
assert list(range(3)) == [0, 1, 2]
assert list({"x": 1, "y": 2}) == ["x", "y"]
assert [[0] * 2 for _ in range(2)] == [[0, 0], [0, 0]]
# aliasing
b = a
b.append(4)
assert a == [1, 2, 3, 4]
c = a[:]
c.append(5)
assert a == [1, 2, 3, 4]
assert c is not a
# repetition shares inner lists
grid = [[0]] * 3
grid[0].append(1)
assert grid == [[0, 1], [0, 1], [0, 1]]
# item assignment
a[0] = 10
a[-1] = 40
assert a == [10, 2, 3, 40]
try:
    a[10] = 1
    assert False
except IndexError as e:
    assert str(e) == "list assignment index out of range"
try:
    a[10]
    assert False
except IndexError as e:
    assert str(e) == "list index out of range"
try:
    a["x"]
    assert False
except TypeError as e:
    assert str(e) == "list indices must be integers or slices, not str"
assert a[True] == 2
# membership, count, nested
assert 3 in a
assert 99 not in a
assert [2, 3] in [[1], [2, 3]]
assert len([[], [], []]) == 3
# self-referencing repr
r = [1]
r.append(r)
assert repr(r) == "[1, [...]]"
assert str(["a", 'b"c', 1.5, None, True]) == "['a', 'b\"c', 1.5, None, True]"
assert repr(["it's"]) == '["it\'s"]'
# += extends in place; + creates a new list
x = [1]
y = x
x += [2]
assert y == [1, 2] and x is y
x = x + [3]
assert y == [1, 2] and x == [1, 2, 3]
x += (4, 5)
assert x == [1, 2, 3, 4, 5]
x += "ab"
assert x[-2:] == ["a", "b"]
x *= 2
assert len(x) == 14
try:
    [1] + (2,)
    assert False
except TypeError as e:
    assert str(e) == 'can only concatenate list (not "tuple") to list'
# unhashable
try:
    {[1]: 2}
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'list'"
print(a, b, c, grid, r)
print([1, 2, 3] * 2, [[1, 2], [3]], list("hey"))
