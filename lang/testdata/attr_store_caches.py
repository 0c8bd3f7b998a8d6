# Attribute stores go through inline caches: a store that adds a new
# attribute (self.x = x in __init__) and a store that updates one. Each
# case below runs the same store instruction many times, so the cached
# path is taken, and then changes what the cache relies on.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = [P(i, -i) for i in range(50)]
assert [p.x for p in ps[:3]] == [0, 1, 2]
assert ps[49].y == -49
assert list(ps[7].__dict__) == ["x", "y"]


# A store on an instance that already has the attribute (set before
# __init__ runs through the same instruction) updates it in place.
def make(obj, x):
    obj.x = x
    return obj


for i in range(20):
    q = make(P(0, 0), i)
    assert q.x == i and list(q.__dict__) == ["x", "y"]

class Empty:
    pass


for i in range(20):
    o = make(Empty() if i % 3 else P(1, 2), i)
    assert o.x == i and list(o.__dict__) == (["x", "y"] if i % 3 == 0 else ["x"])


# A property added to the class later takes over the store.
class Q:
    def __init__(self, v):
        self.v = v


qs = [Q(i) for i in range(10)]
log = []


def set_v(self, value):
    log.append(value)
    self.__dict__["_v"] = value


Q.v = property(lambda self: self.__dict__["_v"] * 10, set_v)
q = Q(4)
assert log == [4]
assert q.v == 40
assert "v" not in q.__dict__
assert qs[3].__dict__["v"] == 3


# __setattr__ added later also takes over.
class R:
    def __init__(self, a):
        self.a = a


rs = [R(i) for i in range(10)]
seen = []


def hook(self, name, value):
    seen.append((name, value))
    object.__setattr__(self, name, value + 100)


R.__setattr__ = hook
r = R(1)
assert seen == [("a", 1)]
assert r.a == 101


# A data descriptor (an instance with __set__) on the class.
class Upper:
    def __init__(self, name):
        self.name = "_" + name

    def __get__(self, obj, typ=None):
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, value.upper())


class S:
    def __init__(self, s):
        self.s = s


ss = [S("a") for _ in range(10)]
S.s = Upper("s")
t = S("hello")
assert t.s == "HELLO"
assert t.__dict__["_s"] == "HELLO"


# Deleting an attribute and setting it again, and attributes added in a
# different order on different instances.
class T:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 3
            self.a = 4


ts = [T(i % 2 == 0) for i in range(20)]
assert all((x.a, x.b) == ((1, 2) if i % 2 == 0 else (4, 3)) for i, x in enumerate(ts))
u = T(True)
del u.a
u.a = 9
assert list(u.__dict__) == ["b", "a"] and u.a == 9


def seta(obj, v):
    obj.a = v


for i in range(10):
    w = T(True)
    del w.a
    seta(w, i)
    assert w.a == i and list(w.__dict__) == ["b", "a"]


# The same store instruction on instances of one class whose tables have
# the same length, one holding the attribute already.
class V:
    pass


for i in range(10):
    v1 = V()
    v1.b = 0
    seta(v1, i)
    v2 = V()
    v2.a = -1
    seta(v2, i)
    assert v2.a == i and list(v2.__dict__) == ["a"]
    assert v1.a == i and list(v1.__dict__) == ["b", "a"]


# One load/store site that sees instances of several classes (a base
# class's __init__ and methods), then one of the classes changes.
class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def put(self, v):
        self.v = v


class Kid(Base):
    def __init__(self, v):
        super().__init__(v)
        self.k = 1


class Guarded(Base):
    pass


objs = []
for i in range(30):
    objs.append(Base(i) if i % 3 == 0 else Kid(i) if i % 3 == 1 else Guarded(i))
assert [o.get() for o in objs[:6]] == [0, 1, 2, 3, 4, 5]
for o in objs:
    o.put(o.get() + 1)
assert [o.v for o in objs[:3]] == [1, 2, 3]

Guarded.v = property(lambda self: "prop", lambda self, v: self.__dict__.__setitem__("w", v))
g = objs[2]
assert g.get() == "prop"
g.put(7)
assert g.__dict__["w"] == 7 and g.__dict__["v"] == 3
n = Guarded(5)
assert n.__dict__ == {"w": 5}
assert objs[0].get() == 1 and objs[1].get() == 2
objs[1].put(40)
assert objs[1].v == 40
print("ok")


# A class call caches which __init__ runs; replacing it (on the class or a
# base) takes effect at once.
class K:
    def __init__(self):
        self.tag = "first"


class KK(K):
    pass


assert [K().tag for _ in range(3)] == ["first"] * 3
assert KK().tag == "first"


def second(self):
    self.tag = "second"


K.__init__ = second
assert K().tag == "second" and KK().tag == "second"
KK.__init__ = lambda self: setattr(self, "tag", "own")
assert KK().tag == "own" and K().tag == "second"
del KK.__init__
assert KK().tag == "second"
