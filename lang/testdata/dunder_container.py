# Container protocol dunders: __len__, __getitem__, __setitem__, __delitem__,
# __contains__, __iter__, __next__, __reversed__, __missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} out of range")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
assert g[0, 0] == "#" and g[1, 1] == "."
assert len(g) == 6
assert "@" in g and "%" not in g
assert "".join(g) == "#....@"
assert list(g).count(".") == 4
del g[0, 0]
assert g[0, 0] == "."
try:
    g[5, 5]
    assert False
except IndexError as e:
    assert str(e) == "(5, 5) out of range"
try:
    del g[1, 1]
    assert False
except KeyError as e:
    assert str(e) == "(1, 1)"
assert bool(g) is True
assert bool(Grid(0, 5)) is False
# sequence protocol via __getitem__ alone (old-style iteration)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
assert list(Squares()) == [0, 1, 4, 9, 16]
assert 9 in Squares()
assert 7 not in Squares()
for i, v in enumerate(Squares()):
    assert v == i * i
# iterator protocol
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
assert list(Countdown(3)) == [3, 2, 1]
cd = Countdown(2)
assert next(cd) == 2 and next(cd) == 1
assert next(cd, "done") == "done"
try:
    next(cd)
    assert False
except StopIteration:
    pass
assert sum(Countdown(4)) == 10
assert sorted(Countdown(3)) == [1, 2, 3]
assert max(Countdown(5)) == 5
assert [x * 2 for x in Countdown(2)] == [4, 2]
assert dict(zip(Countdown(2), "ab")) == {2: "a", 1: "b"}
a, b, c = Countdown(3)
assert (a, b, c) == (3, 2, 1)
# __reversed__
class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __reversed__(self):
        return iter(["custom"])
assert list(reversed(Seq(1, 2))) == ["custom"]
class Plain:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
assert list(reversed(Plain())) == [2, 1, 0]
# slices are passed to __getitem__
class Slicer:
    def __getitem__(self, k):
        return k
s = Slicer()
assert s[1:2] == slice(1, 2, None)
assert s[::2] == slice(None, None, 2)
assert s[1, 2:3] == (1, slice(2, 3, None))
assert s["key"] == "key"
# __missing__ on a dict subclass-like mapping via __getitem__
class Defaulting:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        if k not in self.d:
            self.d[k] = []
        return self.d[k]
dd = Defaulting()
dd["a"].append(1)
dd["a"].append(2)
assert dd.d == {"a": [1, 2]}
# __len__ must return a non-negative int
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
    assert False
except ValueError as e:
    assert str(e) == "__len__() should return >= 0"
class NoLen:
    pass
try:
    len(NoLen())
    assert False
except TypeError as e:
    assert str(e) == "object of type 'NoLen' has no len()"
try:
    NoLen()[0]
    assert False
except TypeError as e:
    assert str(e) == "'NoLen' object is not subscriptable"
try:
    iter(NoLen())
    assert False
except TypeError as e:
    assert str(e) == "'NoLen' object is not iterable"
try:
    for _ in NoLen():
        pass
    assert False
except TypeError as e:
    assert str(e) == "'NoLen' object is not iterable"
print("".join(g), list(Squares()), list(Countdown(3)), list(reversed(Plain())), s[1:2], dd.d)
