# staticmethod, classmethod, and alternate constructors.
class Temp:
    scale = "C"
    instances = 0
    def __init__(self, deg):
        self.deg = deg
        Temp.instances += 1
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
t = Temp.from_f(212)
assert t.deg == 100.0
assert Temp.c_to_f(0) == 32.0
assert t.c_to_f(100) == 212.0
assert Temp.describe() == "Temp in C"
assert t.describe() == "Temp in C"
class Kelvin(Temp):
    scale = "K"
k = Kelvin.from_f(32)
assert type(k) is Kelvin and k.deg == 0.0
assert Kelvin.describe() == "Kelvin in K"
assert Temp.instances == 2
# staticmethod/classmethod objects
sm = Temp.__dict__["c_to_f"]
assert isinstance(sm, staticmethod)
cm = Temp.__dict__["from_f"]
assert isinstance(cm, classmethod)
assert sm.__func__(10) == 50.0
# functional forms
class Util:
    def _double(x):
        return x * 2
    double = staticmethod(_double)
    def _name(cls):
        return cls.__name__
    name = classmethod(_name)
assert Util.double(4) == 8
assert Util().double(5) == 10
assert Util.name() == "Util"
# classmethod counts instances per class
class Tracked:
    registry = None
    @classmethod
    def register(cls, item):
        if cls.registry is None:
            cls.registry = []
        cls.registry.append(item)
        return len(cls.registry)
class TrackedA(Tracked):
    pass
class TrackedB(Tracked):
    pass
TrackedA.register(1)
TrackedA.register(2)
TrackedB.register(3)
assert TrackedA.registry == [1, 2] and TrackedB.registry == [3]
assert Tracked.registry is None
# static methods calling each other via the class
class MathUtil:
    @staticmethod
    def sq(x):
        return x * x
    @staticmethod
    def sum_sq(*xs):
        return sum(MathUtil.sq(x) for x in xs)
assert MathUtil.sum_sq(1, 2, 3) == 14
# bound method identity and equality
class M:
    def f(self):
        return 1
mm = M()
assert mm.f == mm.f
assert mm.f is not mm.f
assert M.f is M.f
print(t.deg, k.deg, Temp.describe(), Kelvin.describe(), Util.double(21), TrackedA.registry, MathUtil.sum_sq(4, 5))
# static and class methods called through instances, repeatedly (a loop
# reuses the instruction's lookup cache)
calls = []
for i in range(3):
    calls.append((t.c_to_f(i), t.describe(), Temp.c_to_f(i)))
assert calls == [(32.0, "Temp in C", 32.0), (33.8, "Temp in C", 33.8), (35.6, "Temp in C", 35.6)]
# built-in functions stored in a class are not bound; methods of built-in
# types taken from the type check their receiver
class Tools:
    size = len
    upper = str.upper
assert Tools().size([1, 2]) == 2 and Tools.size("abc") == 3
assert Tools.upper("x") == "X"
assert sorted(["b", "A", "c"], key=str.lower) == ["A", "b", "c"]
for bad in (lambda: str.lower(5), lambda: list.append(5, 1), lambda: [0].sort(key=str.lower)):
    try:
        bad()
        assert False
    except TypeError as e:
        assert "descriptor" in str(e) and "doesn't apply to a 'int' object" in str(e)
