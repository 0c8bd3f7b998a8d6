# Set methods.
a = {1, 2, 3}
b = [3, 4]
assert a.union(b) == {1, 2, 3, 4}
assert a.union(b, (5,)) == {1, 2, 3, 4, 5}
assert a.union() == a and a.union() is not a
assert a.intersection(b) == {3}
assert a.intersection([1, 2], {2}) == {2}
assert a.difference(b) == {1, 2}
assert a.difference([1], [2]) == {3}
assert a.symmetric_difference(b) == {1, 2, 4}
assert a.issubset([1, 2, 3, 4])
assert not a.issubset([1])
assert a.issuperset([1, 2])
assert not a.issuperset([9])
assert a.isdisjoint([7, 8])
assert not a.isdisjoint({3})
c = a.copy()
c.update([10], {11})
assert c == {1, 2, 3, 10, 11} and a == {1, 2, 3}
c.intersection_update({1, 10, 99})
assert c == {1, 10}
c.difference_update([10])
assert c == {1}
c.symmetric_difference_update({1, 2})
assert c == {2}
try:
    a | [4]
    assert False
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for |: 'set' and 'list'"
fz = frozenset("abc")
assert fz.union("d") == frozenset("abcd")
assert type(fz.union("d")) is frozenset
assert fz.issuperset("ab")
assert fz.copy() == fz
assert set.union({1}, {2}) == {1, 2}
assert len(set(range(1000)) - set(range(10, 1000))) == 10
# set with instances that define __hash__ and __eq__
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
pts = {Pt(1, 2), Pt(1, 2), Pt(2, 1)}
assert len(pts) == 2
assert Pt(2, 1) in pts
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'NoHash'"
class Plain:
    pass
p1, p2 = Plain(), Plain()
assert len({p1, p2, p1}) == 2
print(sorted(a.union(b)), sorted(a.symmetric_difference(b)), sorted(fz), len(pts))
