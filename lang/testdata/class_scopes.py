# super() and __class__ in nested scopes; names in class bodies seen from inner scopes.
class A:
    def m(self):
        def inner():
            return super().__class__.__name__
        try:
            return inner()
        except (RuntimeError, TypeError) as e:
            return type(e).__name__ + ": " + str(e)
print(A().m())
def outer():
    x = 1
    class Inner:
        y = x + 1
        def get(self):
            return x + self.y
    return Inner().get()
print(outer())
class C:
    items = [1, 2, 3]
    total = sum(i for i in items)
print(C.total)
try:
    class D:
        n = 2
        vals = [n * i for i in range(3)]
except NameError as e:
    print("NameError", e)
x = 10
class E:
    x = 5
    y = [x for _ in range(2)]
print(E.y)
def f():
    return __class__
try:
    f()
except NameError as e:
    print(e)
class F:
    def who(self):
        return __class__.__name__
print(F().who())
assert A().m() == "RuntimeError: super(): no arguments"
assert F().who() == "F"
class G(F):
    def who(self):
        return __class__.__name__ + ">" + super().who()
assert G().who() == "G>F"
