# Slicing of lists, strings, tuples: bounds, steps, negatives, slice objects.
a = list(range(10))
assert a[2:5] == [2, 3, 4]
assert a[:3] == [0, 1, 2]
assert a[7:] == [7, 8, 9]
assert a[:] == a and a[:] is not a
assert a[-3:] == [7, 8, 9]
assert a[:-7] == [0, 1, 2]
assert a[-5:-2] == [5, 6, 7]
assert a[::2] == [0, 2, 4, 6, 8]
assert a[1::2] == [1, 3, 5, 7, 9]
assert a[::-1] == [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
assert a[::-3] == [9, 6, 3, 0]
assert a[7:2:-1] == [7, 6, 5, 4, 3]
assert a[7:2:-2] == [7, 5, 3]
assert a[2:7:-1] == []
assert a[5:5] == []
assert a[8:100] == [8, 9]
assert a[100:] == []
assert a[-100:2] == [0, 1]
assert a[-100:-50] == []
assert a[None:3] == [0, 1, 2]
assert a[3:None] == a[3:]
assert a[::None] == a
assert a[-1:-11:-1] == a[::-1]
assert a[-1::-1] == a[::-1]
assert a[:-11:-1] == a[::-1]
try:
    a[::0]
    assert False
except ValueError as e:
    assert str(e) == "slice step cannot be zero"
try:
    a[1.5:]
    assert False
except TypeError as e:
    assert str(e) == "slice indices must be integers or None or have an __index__ method"
s = "Hello, World"
assert s[7:] == "World"
assert s[:5] == "Hello"
assert s[::-1] == "dlroW ,olleH"
assert s[-5:-1] == "Worl"
assert s[::3] == "Hl r"
assert s[100:] == ""
t = (0, 1, 2, 3, 4)
assert t[1:3] == (1, 2)
assert t[::-2] == (4, 2, 0)
assert type(t[1:]) is tuple
# slice objects
sl = slice(1, 8, 3)
assert a[sl] == [1, 4, 7]
assert sl.start == 1 and sl.stop == 8 and sl.step == 3
assert slice(5).stop == 5 and slice(5).start is None
assert s[slice(0, 5)] == "Hello"
assert repr(slice(1, 2)) == "slice(1, 2, None)"
assert slice(1, 10, 2).indices(5) == (1, 5, 2)
assert slice(None, None, -1).indices(4) == (3, -1, -1)
# big ints and bools as indices
assert a[True] == 1
assert a[-2**70:2**70] == a
# unicode slicing
u = "αβγδε"
assert u[1:3] == "βγ"
assert u[::-1] == "εδγβα"
# copying via slice, nested
m = [[1, 2], [3, 4]]
c = m[:]
c[0].append(9)
assert m[0] == [1, 2, 9]
# slice in expressions
def middle(x):
    return x[1:-1]
assert middle("[abc]") == "abc"
assert middle([1, 2, 3]) == [2]
assert middle("ab") == ""
print(a[2:5], a[::-3], s[7:], s[::-1], t[::-2], a[sl], u[1:3])
