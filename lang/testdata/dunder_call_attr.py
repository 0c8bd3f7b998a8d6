# __call__, __getattr__, __setattr__, __delattr__, __getattribute__.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale
m = Multiplier(3)
assert m(2) == 6
assert m(2, 1, 1) == 8
assert m(2, scale=10) == 60
assert callable(m) and not callable(3)
assert list(map(m, [1, 2])) == [3, 6]
assert sorted([3, 1, 2], key=Multiplier(-1)) == [3, 2, 1]
class NotCallable:
    pass
try:
    NotCallable()()
    assert False
except TypeError as e:
    assert str(e) == "'NotCallable' object is not callable"
try:
    int_five = 5
    int_five()
    assert False
except TypeError as e:
    assert str(e) == "'int' object is not callable"
# __getattr__ is only called for missing attributes
class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0
    def __getattr__(self, name):
        self.hits += 1
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
assert p._target == [1, 2, 3]
assert p.count(2) == 1
assert p.hits == 2
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"no {name}")
d = Dyn()
assert d.get_color() == "color"
assert hasattr(d, "get_x") and not hasattr(d, "other")
try:
    d.other
    assert False
except AttributeError as e:
    assert str(e) == "no other"
assert getattr(d, "other", "fallback") == "fallback"
# __setattr__ and __delattr__
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
f = Frozen(a=1)
assert f.a == 1
try:
    f.a = 2
    assert False
except AttributeError as e:
    assert str(e) == "cannot set a"
try:
    del f.a
    assert False
except AttributeError as e:
    assert str(e) == "cannot delete a"
class Recorder:
    def __init__(self):
        self.__dict__["log"] = []
    def __setattr__(self, name, value):
        self.log.append(name)
        super().__setattr__(name, value)
r = Recorder()
r.x = 1
r.y = 2
r.x = 3
assert r.log == ["x", "y", "x"] and r.x == 3
# attribute dict access
class Record:
    def __init__(self, **kw):
        self.__dict__.update(kw)
rec = Record(a=1, b="two")
assert rec.a == 1 and rec.b == "two"
# __getattribute__ intercepts everything
class Loud:
    def __init__(self):
        self.v = 5
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
lo = Loud()
assert lo.v == 5 and lo.secret == "intercepted"
# callable classes and functions stored as attributes
class Holder:
    def __init__(self, fn):
        self.fn = fn
h = Holder(lambda x: x + 1)
assert h.fn(1) == 2  # instance attribute: not bound
class WithStatic:
    fn = staticmethod(lambda x: x * 2)
assert WithStatic().fn(4) == 8
# getattr/setattr with computed names
class Cfg:
    pass
cfg = Cfg()
for i, name in enumerate(["alpha", "beta"]):
    setattr(cfg, name, i)
assert [getattr(cfg, n) for n in ["alpha", "beta"]] == [0, 1]
assert sorted(vars(cfg)) == ["alpha", "beta"]
try:
    getattr(cfg, "gamma")
    assert False
except AttributeError as e:
    assert str(e) == "'Cfg' object has no attribute 'gamma'"
try:
    getattr(cfg, 5)
    assert False
except TypeError as e:
    assert str(e) == "attribute name must be string, not 'int'"
print(m(2), p._target, d.get_size(), r.log, rec.b, lo.secret, h.fn(41))
