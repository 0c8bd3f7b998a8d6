# @property with getter, setter and deleter; read-only properties.
class Circle:
    def __init__(self, r):
        self._r = r
        self.log = []
    @property
    def radius(self):
        """The radius."""
        self.log.append("get")
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("negative radius")
        self.log.append("set")
        self._r = v
    @radius.deleter
    def radius(self):
        self.log.append("del")
        self._r = 0
    @property
    def area(self):
        return 3 * self._r ** 2
c = Circle(2)
assert c.radius == 2
c.radius = 5
assert c.radius == 5
assert c.area == 75
del c.radius
assert c._r == 0
assert c.log == ["get", "set", "get", "del"]
try:
    c.radius = -1
    assert False
except ValueError as e:
    assert str(e) == "negative radius"
try:
    c.area = 10
    assert False
except AttributeError as e:
    assert str(e) == "property 'area' of 'Circle' object has no setter"
try:
    del c.area
    assert False
except AttributeError as e:
    assert str(e) == "property 'area' of 'Circle' object has no deleter"
assert isinstance(Circle.radius, property)
assert Circle.radius.__doc__ == "The radius."
assert Circle.radius.fget(c) == 0
# property() called directly
class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last
    def _get_full(self):
        return f"{self.first} {self.last}"
    def _set_full(self, v):
        self.first, self.last = v.split(" ", 1)
    full = property(_get_full, _set_full, doc="Full name")
p = Person("Ada", "Lovelace")
assert p.full == "Ada Lovelace"
p.full = "Grace Hopper"
assert p.first == "Grace" and p.last == "Hopper"
assert Person.full.__doc__ == "Full name"
# properties are inherited and can be overridden
class Base:
    @property
    def kind(self):
        return "base"
    @property
    def tag(self):
        return "<" + self.kind + ">"
class Derived(Base):
    @property
    def kind(self):
        return "derived"
assert Base().tag == "<base>" and Derived().tag == "<derived>"
# a property shadows an instance attribute of the same name
class Shadow:
    @property
    def v(self):
        return "prop"
s = Shadow()
s.__dict__["v"] = "inst"
assert s.v == "prop"
# computed and cached properties
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        if not hasattr(self, "_value"):
            self.computed += 1
            self._value = 42
        return self._value
lz = Lazy()
assert lz.value == 42 and lz.value == 42 and lz.computed == 1
# property errors raised inside the getter propagate
class Broken:
    @property
    def bad(self):
        return {}["missing"]
try:
    Broken().bad
    assert False
except KeyError as e:
    assert str(e) == "'missing'"
print(c.log, p.full, Base().tag, Derived().tag, s.v, lz.value)
