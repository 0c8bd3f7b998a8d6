# __str__, __repr__, __format__, __bool__, __len__ and how print/format use them.
class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
class ReprOnly:
    def __repr__(self):
        return "R()"
class StrOnly:
    def __str__(self):
        return "S!"
b, r, s = Both(), ReprOnly(), StrOnly()
assert str(b) == "str-form" and repr(b) == "repr-form"
assert str(r) == "R()"
assert repr(s).startswith("<__main__.StrOnly object at 0x")
assert f"{b}" == "str-form" and f"{b!r}" == "repr-form"
assert "%s %r" % (b, b) == "str-form repr-form"
assert "{} {!r}".format(b, b) == "str-form repr-form"
assert str([b, r]) == "[repr-form, R()]"
assert str((b,)) == "(repr-form,)"
assert str({"k": b}) == "{'k': repr-form}"
assert format(b) == "str-form"
assert format(b, "") == "str-form"
try:
    format(b, ">10")
    assert False
except TypeError as e:
    assert str(e) == "unsupported format string passed to Both.__format__"
class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"
assert f"{Fmt():abc}" == "<abc>"
assert format(Fmt(), "x") == "<x>"
assert "{0:yz}".format(Fmt()) == "<yz>"
# __str__ must return a str
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
    assert False
except TypeError as e:
    assert str(e) == "__str__ returned non-string (type int)"
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
    assert False
except TypeError as e:
    assert str(e) == "__repr__ returned non-string (type NoneType)"
# __bool__ and __len__ drive truthiness
class Falsy:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class BoolWins:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
assert not Falsy() and not Empty() and BoolWins()
assert (Falsy() or "alt") == "alt"
assert [x for x in [Falsy(), Empty(), BoolWins(), 1] if x][1] == 1
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
    assert False
except TypeError as e:
    assert str(e) == "__bool__ should return bool, returned int"
# repr of nested user objects in containers
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __repr__(self):
        return f"Node({self.v!r}, {self.kids!r})" if self.kids else f"Node({self.v!r})"
tree = Node("root", [Node(1), Node("x", [Node(2.5)])])
assert repr(tree) == "Node('root', [Node(1), Node('x', [Node(2.5)])])"
# __repr__ used by the interactive-style print of containers
print(b, r, s.__str__(), [b, r], {"t": tree})
print(f"{b!s:>12}|{r!r:<6}|")
# exceptions use __str__ of their args
class Msg:
    def __str__(self):
        return "custom message"
    def __repr__(self):
        return "Msg()"
e = ValueError(Msg())
assert str(e) == "custom message"
assert repr(e) == "ValueError(Msg())"
# default repr names the module and class
class Anon:
    pass
assert repr(Anon()).startswith("<__main__.Anon object at 0x")
assert repr(Anon) == "<class '__main__.Anon'>"
assert repr(int) == "<class 'int'>"
assert repr(ValueError) == "<class 'ValueError'>"
assert repr(len) == "<built-in function len>"
def fn():
    pass
assert repr(fn).startswith("<function fn at 0x")
assert repr(None) == "None" and repr(True) == "True"
assert repr(...) == "Ellipsis"
assert repr(NotImplemented) == "NotImplemented"
