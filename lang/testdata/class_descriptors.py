# The descriptor protocol: __get__, __set__, __delete__, __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be an int, not {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        delattr(obj, self.name)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
assert (p.x, p.y) == (1, 2) and p._x == 1
assert isinstance(Point.x, Typed) and Point.x.name == "_x" and Point.x.owner == "Point"
try:
    p.x = "one"
    assert False
except TypeError as e:
    assert str(e) == "x must be an int, not str"
p.__dict__["x"] = "shadow"
assert p.x == 1  # data descriptors win over the instance dict
del p.x
assert p.x is None and not hasattr(p, "_x")
for i in range(3):
    p.y = i
    assert p.y == i
# non-data descriptors lose to the instance dict: a cached property
class cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Report:
    runs = 0
    @cached_property
    def data(self):
        Report.runs += 1
        return [1, 2, 3]
r = Report()
assert r.data == [1, 2, 3] and r.data is r.data and Report.runs == 1
assert Report().data == [1, 2, 3] and Report.runs == 2
assert isinstance(Report.data, cached_property)
# a descriptor seen from the class gets obj=None
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner):
        return (self.v, obj is None, owner.__name__)
class Holder:
    c = Const(7)
assert Holder.c == (7, True, "Holder") and Holder().c == (7, False, "Holder")
# functions stored in instances are not bound; descriptors in instances are not invoked
h = Holder()
h.d = Const(1)
assert isinstance(h.d, Const)
# object.__setattr__ goes through data descriptors too
class Via:
    v = Typed()
    def __init__(self):
        object.__setattr__(self, "v", 5)
assert Via().v == 5
print(p.y, r.data, Report.runs, Holder.c, Point.y.name)
