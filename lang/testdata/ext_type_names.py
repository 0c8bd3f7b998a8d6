# python: skip — Scriptling extension: type(x) also equals its upper-case type name, isinstance with names.
assert type(1) == "INTEGER" and type(1) == int
assert type(1.5) == "FLOAT" and type("s") == "STRING" and type(True) == "BOOLEAN"
assert type(None) == "NULL"
assert type([]) == "LIST" and type(()) == "TUPLE" and type({}) == "DICT" and type(set()) == "SET"
assert type(b"x") == "BYTES"
def f():
    pass
assert type(f) == "FUNCTION" and type(lambda: 0) == "LAMBDA" and type(len) == "BUILTIN"
assert type(iter([])) == "ITERATOR"
assert type(slice(1)) == "SLICE"
assert type({}.keys()) == "DICT_KEYS" and type({}.values()) == "DICT_VALUES" and type({}.items()) == "DICT_ITEMS"
assert type(ValueError("x")) == "EXCEPTION" and type(ValueError("x")) == ValueError
class Point:
    pass
assert type(Point()) == "Point" and type(Point()) == Point
assert "INTEGER" == type(5)
assert type(1) != "FLOAT" and type(1) != float
assert isinstance(1, "int") and isinstance("s", "str") and isinstance([], "list")
assert isinstance({}, "dict") and isinstance((), "tuple") and isinstance(1.0, "float")
assert isinstance(True, "bool") and isinstance(set(), "set") and isinstance(None, "NoneType")
assert isinstance(Point(), "Point")
assert not isinstance(1, "str")
assert isinstance(1, ("str", "int"))
# x.type() on any value
assert (1).type() == "INTEGER" and "s".type() == "STRING" and [].type() == list and {}.type() == "DICT"
print(type(1), type("s"), type([]) == "LIST", isinstance(3, "int"))
