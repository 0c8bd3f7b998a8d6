# Classes derived from built-in types: list, dict, set, str, int, float, tuple.
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
    def total(self):
        return sum(self)
s = Stack([1, 2])
s.push(3).push(4)
assert s == [1, 2, 3, 4] and len(s) == 4 and s.peek() == 4 and s.total() == 10
assert isinstance(s, list) and isinstance(s, Stack) and type(s) is Stack
assert s[1:3] == [2, 3] and type(s[1:3]) is list
assert list(reversed(s)) == [4, 3, 2, 1] and sorted(s, reverse=True)[0] == 4
assert s.pop() == 4 and s == [1, 2, 3]
assert repr(s) == "[1, 2, 3]" and str(s) == "[1, 2, 3]"
assert s + [9] == [1, 2, 3, 9] and type(s + [9]) is list
alias = s
s += [5]
assert s is alias and type(s) is Stack and s == [1, 2, 3, 5]
s[0] = 10
del s[1]
assert s == [10, 3, 5] and 3 in s and 99 not in s
assert bool(Stack()) is False and bool(s) is True
assert [x * 2 for x in s] == [20, 6, 10]
s.attr = "instances have attributes too"
assert s.attr.startswith("instances")
empty = Stack()
assert empty == [] and len(empty) == 0
class Stack2(Stack):
    def __init__(self, *items):
        super().__init__(items)
        self.created = True
s2 = Stack2(7, 8)
assert s2 == [7, 8] and s2.created and s2.total() == 15
# dict subclasses: __missing__, attribute access, super() calls
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] += 1
c = Counter()
for w in "a b a c a".split():
    c.add(w)
assert c == {"a": 3, "b": 1, "c": 1} and c["zzz"] == 0 and "zzz" not in c
assert sorted(c.items()) == [("a", 3), ("b", 1), ("c", 1)]
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(host="h", port=1)
ad.user = "root"
assert ad.host == "h" and ad["user"] == "root" and ad == {"host": "h", "port": 1, "user": "root"}
assert hasattr(ad, "port") and not hasattr(ad, "nope")
class Logged(dict):
    def __init__(self, *a, **kw):
        self.log = []
        super().__init__(*a, **kw)
    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
lg = Logged({"x": 1})
lg["y"] = 2
assert lg.log == ["y"] and lg["y"] == 20 and lg.get("y") == 2 and dict(lg) == {"x": 1, "y": 2}
# str subclasses
class Name(str):
    def shout(self):
        return self.upper() + "!"
    @property
    def initial(self):
        return self[0]
n = Name("ada")
assert n == "ada" and n.shout() == "ADA!" and n.initial == "a" and len(n) == 3
assert n + "x" == "adax" and "x" + n == "xada" and f"{n}" == "ada" and f"{n:>5}" == "  ada"
assert {n: 1}["ada"] == 1 and hash(n) == hash("ada") and str(n) == "ada" and repr(n) == "'ada'"
assert n.split("d") == ["a", "a"] and isinstance(n, str) and "%s" % n == "ada"
assert sorted([Name("b"), Name("a")]) == ["a", "b"] and Name("a") < "b"
# int and float subclasses
class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, round(cents))
    def __str__(self):
        return f"${self / 100:.2f}"
m = Money(1234.4)
assert m == 1234 and m + 1 == 1235 and type(m + 1) is int and str(m) == "$12.34"
assert isinstance(m, int) and int(m) == 1234 and m * 2 == 2468 and -m == -1234 and m > 1000
assert [10, 20, 30][Money(1)] == 20 and hex(Money(255)) == "0xff"
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
assert Celsius(100).to_f() == 212.0 and Celsius(1.5) + 1 == 2.5 and float(Celsius(2)) == 2.0
assert round(Celsius(2.567), 1) == 2.6 and f"{Celsius(3.14159):.2f}" == "3.14"
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
assert p == (1, 2) and p.first == 1 and len(p) == 2 and hash(p) == hash((1, 2))
a, b = p
assert (a, b) == (1, 2)
class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
tg = Tags(["x"])
tg.add_all("y", "z")
assert tg == {"x", "y", "z"} and len(tg & {"x", "q"}) == 1
# errors
try:
    class Bad(bool):
        pass
    assert False
except TypeError as e:
    assert str(e) == "type 'bool' is not an acceptable base type"
try:
    class Mixed(list, dict):
        pass
    assert False
except TypeError as e:
    assert str(e) == "multiple bases have instance lay-out conflict"
print(s, c, ad, n.shout(), m, Celsius(20).to_f(), p, sorted(tg))
