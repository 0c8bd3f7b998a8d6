# Multiple inheritance and the C3 method resolution order.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
assert D().who() == ["D", "B", "C", "A"]
assert D.__mro__ == (D, B, C, A, object)
assert [k.__name__ for k in D.mro()] == ["D", "B", "C", "A", "object"]
# mixins
class JsonMixin:
    def to_dict(self):
        return dict(vars(self))
class ReprMixin:
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({items})"
class User(JsonMixin, ReprMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age
u = User("ann", 30)
assert u.to_dict() == {"name": "ann", "age": 30}
assert repr(u) == "User(name='ann', age=30)"
assert isinstance(u, JsonMixin) and isinstance(u, ReprMixin)
# cooperative __init__ with **kwargs
class Base:
    def __init__(self, **kw):
        self.base = True
class Left(Base):
    def __init__(self, left=None, **kw):
        super().__init__(**kw)
        self.left = left
class Right(Base):
    def __init__(self, right=None, **kw):
        super().__init__(**kw)
        self.right = right
class Both(Left, Right):
    pass
b = Both(left=1, right=2)
assert (b.left, b.right, b.base) == (1, 2, True)
assert [k.__name__ for k in Both.__mro__] == ["Both", "Left", "Right", "Base", "object"]
# attribute resolution follows the MRO
class X:
    val = "X"
class Y(X):
    pass
class Z(X):
    val = "Z"
class W(Y, Z):
    pass
assert W.val == "Z"
# inconsistent MRO is an error
class P:
    pass
class Q(P):
    pass
try:
    class Bad(P, Q):
        pass
    assert False
except TypeError as e:
    assert str(e) == "Cannot create a consistent method resolution\norder (MRO) for bases P, Q"
try:
    class Dup(P, P):
        pass
    assert False
except TypeError as e:
    assert str(e) == "duplicate base class P"
# diamond with data
class Root:
    def __init__(self):
        self.calls = ["Root"]
class L(Root):
    def __init__(self):
        super().__init__()
        self.calls.append("L")
class R(Root):
    def __init__(self):
        super().__init__()
        self.calls.append("R")
class Bottom(L, R):
    def __init__(self):
        super().__init__()
        self.calls.append("Bottom")
assert Bottom().calls == ["Root", "R", "L", "Bottom"]
assert issubclass(Bottom, Root) and issubclass(Bottom, R)
print(D().who(), repr(u), Both.__mro__[1].__name__, W.val, Bottom().calls)
