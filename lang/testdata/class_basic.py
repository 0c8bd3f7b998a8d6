# Classes: attributes, methods, class variables, instance dicts, identity.
class Point:
    """A 2D point."""
    dims = 2
    count = 0
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
assert p.x == 3 and p.y == 4
assert p.norm2() == 25
assert p.moved(1, 1).norm2() == 41
assert Point.dims == 2 and p.dims == 2
assert Point.count == 2
assert Point.__name__ == "Point"
assert Point.__doc__ == "A 2D point."
assert type(p) is Point
assert type(p).__name__ == "Point"
assert p.__class__ is Point
assert isinstance(p, Point) and isinstance(p, object)
assert repr(p) == "Point(3, 4)"
assert str(p) == "Point(3, 4)"
assert str([p]) == "[Point(3, 4)]"
# instance attributes shadow class attributes
p.dims = 3
assert p.dims == 3 and Point.dims == 2
del p.dims
assert p.dims == 2
# class attribute mutation is shared
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
assert Shared.items == [1, 2]
# methods are bound
m = p.norm2
assert m() == 25
assert Point.norm2(p) == 25
assert m.__self__ is p
assert m.__func__ is Point.norm2
# __dict__ and vars
q = Point(1, 2)
assert q.__dict__ == {"x": 1, "y": 2}
assert vars(q) == {"x": 1, "y": 2}
q.z = 3
assert sorted(vars(q)) == ["x", "y", "z"]
# dynamic attributes
setattr(q, "w", 9)
assert getattr(q, "w") == 9
assert getattr(q, "missing", "dflt") == "dflt"
assert hasattr(q, "x") and not hasattr(q, "nope")
delattr(q, "w")
assert not hasattr(q, "w")
try:
    q.nope
    assert False
except AttributeError as e:
    assert str(e) == "'Point' object has no attribute 'nope'"
try:
    del q.nope
    assert False
except AttributeError as e:
    assert str(e) == "'Point' object has no attribute 'nope'"
try:
    Point.nope
    assert False
except AttributeError as e:
    assert str(e) == "type object 'Point' has no attribute 'nope'"
# default object behaviour
class Plain:
    pass
a, b = Plain(), Plain()
assert a != b and a == a
assert a is not b
assert hash(a) != hash(b) or a is b
assert str(a).startswith("<__main__.Plain object at 0x")
assert repr(Plain).startswith("<class '__main__.Plain'>")
# class defined inside a function
def make_class(base_value):
    class Local:
        value = base_value
        def get(self):
            return self.value
    return Local
L1, L2 = make_class(1), make_class(2)
assert L1().get() == 1 and L2().get() == 2
assert L1 is not L2
assert L1.__qualname__ == "make_class.<locals>.Local"
# class body is a scope that runs once, in order
trace = []
class Ordered:
    trace.append("start")
    a = 1
    b = a + 1
    trace.append("end")
assert trace == ["start", "end"] and Ordered.b == 2
# nested classes
class Outer:
    class Inner:
        def hi(self):
            return "inner"
    def make(self):
        return self.Inner()
assert Outer().make().hi() == "inner"
assert Outer.Inner.__qualname__ == "Outer.Inner"
# methods can be added after creation
def describe(self):
    return f"({self.x}, {self.y})"
Point.describe = describe
assert p.describe() == "(3, 4)"
# constructor errors
try:
    Point(1, 2, 3)
    assert False
except TypeError as e:
    assert str(e) == "Point.__init__() takes from 1 to 3 positional arguments but 4 were given"
try:
    Plain(1)
    assert False
except TypeError as e:
    assert str(e) == "Plain() takes no arguments"
print(p, Point.count, q.__dict__, Point.__doc__, Ordered.b, L1.__qualname__, Shared.items)
