# Less common class machinery: __new__, __init_subclass__, __class_getitem__,
# type() with three arguments, __slots__, class attributes of type.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance
    def __init__(self, v):
        self.v = v
s1 = Singleton(1)
s2 = Singleton(2)
assert s1 is s2 and s1.v == 2 and s1.created == 2
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="bee"):
    pass
assert [c.plugin_name for c in Plugin.registry] == ["alpha", "bee"]
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
assert Box[int] == "Box[int]"
assert list[int] is not None and dict[str, int] is not None
Dyn = type("Dyn", (object,), {"x": 1, "double": lambda self: self.x * 2})
d = Dyn()
assert d.double() == 2 and Dyn.__name__ == "Dyn" and type(d) is Dyn
Sub = type("Sub", (Dyn,), {"x": 5})
assert Sub().double() == 10 and issubclass(Sub, Dyn)
assert type(5) is int and type("s").__name__ == "str"
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
sl = Slotted()
assert sl.a == 1
# __new__ returning another type skips __init__
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        raise AssertionError("not called")
assert Weird() == 42
# class-level attributes: __name__, __qualname__, __module__, __dict__, __doc__
class Doc:
    "doc string"
    attr = 1
assert Doc.__doc__ == "doc string"
assert "attr" in Doc.__dict__ and Doc.__dict__["attr"] == 1
assert Doc.__module__ == "__main__"
# instances get __class__, and __class__.__name__
assert Doc().__class__.__name__ == "Doc"
# object() instances are unique and have no attributes
o = object()
try:
    o.x = 1
    assert False
except AttributeError as e:
    assert str(e) == "'object' object has no attribute 'x'"
# the __eq__ fallback: when both sides return NotImplemented, identity decides
class NI:
    def __eq__(self, o):
        return NotImplemented
n1, n2 = NI(), NI()
assert n1 == n1 and not (n1 == n2) and n1 != n2
# __contains__ falls back to __iter__
class Evens:
    def __iter__(self):
        return iter(range(0, 10, 2))
assert 4 in Evens() and 5 not in Evens()
# __iter__ must return an iterator
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
    assert False
except TypeError as e:
    assert str(e) == "iter() returned non-iterator of type 'int'"
# classes are hashable and usable as dict keys
handlers = {int: "int", str: "str", Doc: "doc"}
assert handlers[type(1)] == "int" and handlers[Doc] == "doc"
# isinstance against a class created at runtime
assert isinstance(Sub(), Dyn) and not isinstance(Dyn(), Sub)
print(s1.v, [c.plugin_name for c in Plugin.registry], Box[str], Sub().double(), Weird(), 4 in Evens())
