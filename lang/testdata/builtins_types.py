# Type and introspection builtins: type, isinstance, issubclass, callable,
# hasattr/getattr/setattr/delattr, id, dir, str/repr, list/tuple/set/dict.
assert type(1) is int and type(1.0) is float and type("") is str
assert type(True) is bool and type(None).__name__ == "NoneType"
assert type([]) is list and type(()) is tuple and type({}) is dict
assert type(set()) is set and type(b"") is bytes and type(range(1)) is range
assert type(len).__name__ == "builtin_function_or_method"
assert type(lambda: 0).__name__ == "function"
assert type(type) is type and type(int) is type
assert isinstance(True, int) and isinstance(True, bool)
assert not isinstance(1, bool)
assert isinstance(1, (str, int)) and not isinstance(1, (str, float))
assert isinstance("s", str) and isinstance([], list) and isinstance({}, dict)
assert isinstance(None, type(None))
assert isinstance(1, object) and isinstance(int, object) and isinstance(int, type)
assert issubclass(bool, int) and issubclass(int, object)
assert not issubclass(int, bool)
assert issubclass(bool, (str, int))
try:
    isinstance(1, 1)
    assert False
except TypeError as e:
    assert str(e) == "isinstance() arg 2 must be a type, a tuple of types, or a union"
try:
    issubclass(1, int)
    assert False
except TypeError as e:
    assert str(e) == "issubclass() arg 1 must be a class"
assert callable(len) and callable(int) and callable(lambda: 0)
assert not callable(1) and not callable("s") and not callable(None)
class C:
    def m(self):
        pass
assert callable(C) and callable(C().m) and not callable(C())
# type() creating values
assert int() == 0 and float() == 0.0 and str() == "" and bool() is False
assert list() == [] and tuple() == () and dict() == {} and set() == set()
assert type("x")("abc") == "abc"
assert type(5)("7") == 7
# str of various values
assert str(None) == "None" and str(True) == "True" and str(-0.5) == "-0.5"
assert str([1, "a"]) == "[1, 'a']" and str((1,)) == "(1,)" and str({"a": None}) == "{'a': None}"
assert str(b"x") == "b'x'"
assert str(123456789012345678901234567890) == "123456789012345678901234567890"
assert str(b"abc", "utf-8") == "abc"
assert repr("a\nb") == "'a\\nb'"
# list/tuple/set/dict constructors
assert list((1, 2)) == [1, 2] and list({1: 2}) == [1]
assert tuple([1]) == (1,) and tuple("") == ()
assert set([1, 1, 2]) == {1, 2} and set("") == set()
assert dict(a=1) == {"a": 1} and dict([(1, 2)]) == {1: 2} and dict({1: 2}) == {1: 2}
try:
    list(5)
    assert False
except TypeError as e:
    assert str(e) == "'int' object is not iterable"
# id is stable and distinct for live objects
a, b = [], []
assert id(a) == id(a) and id(a) != id(b)
# dir lists attributes
class D:
    cls_attr = 1
    def method(self):
        pass
d = D()
d.inst = 2
names = dir(d)
assert "cls_attr" in names and "method" in names and "inst" in names
assert names == sorted(names)
assert "append" in dir([]) and "upper" in dir("")
# getattr with defaults, setattr/delattr on classes
assert getattr(D, "cls_attr") == 1
setattr(D, "new_attr", "x")
assert d.new_attr == "x"
delattr(D, "new_attr")
assert not hasattr(d, "new_attr")
assert getattr(d, "method").__name__ == "method"
assert getattr([1, 2], "count")(1) == 1
# attributes of built-in values are read-only
try:
    (5).real = 3
    assert False
except AttributeError as e:
    assert "attribute 'real' of 'int' objects is not writable" in str(e) or "object attribute 'real' is read-only" in str(e)
try:
    [].x = 1
    assert False
except AttributeError as e:
    assert str(e) == "'list' object has no attribute 'x'"
try:
    setattr(int, "x", 1)
    assert False
except TypeError as e:
    assert str(e) == "cannot set 'x' attribute of immutable type 'int'"
# __class__ and __name__ of built-in types
assert (1).__class__ is int and "".__class__.__name__ == "str"
assert [c.__name__ for c in (int, float, str, list, dict, tuple, set, bool, bytes)] == ["int", "float", "str", "list", "dict", "tuple", "set", "bool", "bytes"]
print(type(1), type("x"), type(None), type([]).__name__, isinstance(True, int), callable(print), sorted(n for n in dir(d) if not n.startswith("_")))
