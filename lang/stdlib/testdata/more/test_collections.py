# Tests for collections: each assert's expected value is what CPython 3.11 gives.
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple, ChainMap, UserDict, UserList, UserString
# deque
d = deque([1, 2, 3])
assert (len(d)) == 3
assert (d[0]) == 1
assert (d[-1]) == 3
assert (list(d)) == [1, 2, 3]
assert (repr(d)) == 'deque([1, 2, 3])'
d.append(4)
d.appendleft(0)
assert (list(d)) == [0, 1, 2, 3, 4]
assert (d.pop()) == 4
assert (d.popleft()) == 0
assert (list(d)) == [1, 2, 3]
d.extend([4, 5])
d.extendleft([0, -1])
assert (list(d)) == [-1, 0, 1, 2, 3, 4, 5]
d.rotate(2)
assert (list(d)) == [4, 5, -1, 0, 1, 2, 3]
d.rotate(-3)
assert (list(d)) == [0, 1, 2, 3, 4, 5, -1]
assert (d.count(2)) == 1
assert (d.index(3)) == 3
assert (3 in d) is True
assert (9 in d) is False
assert (list(reversed(d))) == [-1, 5, 4, 3, 2, 1, 0]
d.remove(3)
assert (list(d)) == [0, 1, 2, 4, 5, -1]
d.insert(1, 'x')
assert (list(d)) == [0, 'x', 1, 2, 4, 5, -1]
d.reverse()
assert (list(d)) == [-1, 5, 4, 2, 1, 'x', 0]
d2 = d.copy()
assert (d2 == d) is True
assert (d2 is d) is False
m = deque(range(10), maxlen=3)
assert (list(m)) == [7, 8, 9]
assert (m.maxlen) == 3
assert (repr(m)) == 'deque([7, 8, 9], maxlen=3)'
m.append(10)
assert (list(m)) == [8, 9, 10]
m.appendleft(-1)
assert (list(m)) == [-1, 8, 9]
m.extend([20, 21])
assert (list(m)) == [9, 20, 21]
assert (deque().maxlen) is None
assert (bool(deque())) is False
assert (bool(deque([0]))) is True
assert (deque('abc') == deque('abc')) is True
assert (deque([1]) == [1]) is False
d[0] = 'first'
assert (d[0]) == 'first'
del d[0]
assert (len(d)) == 6
assert (repr(deque([], maxlen=0))) == 'deque([], maxlen=0)'
z = deque(maxlen=0)
z.append(1)
assert (list(z)) == []
d.clear()
assert (list(d)) == []
# Counter
c = Counter('abracadabra')
assert (c['a']) == 5
assert (c['z']) == 0
assert (c.most_common(2)) == [('a', 5), ('b', 2)]
assert (c.most_common()) == [('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)]
assert (sorted(c.elements())) == ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'd', 'r', 'r']
assert (c.total()) == 11
assert (repr(c)) == "Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})"
assert (repr(Counter())) == 'Counter()'
assert (dict(Counter(a=2, b=1))) == {'a': 2, 'b': 1}
c.update('aaz')
assert (c['a']) == 7
assert (c['z']) == 1
c.subtract({'a': 10})
assert (c['a']) == -3
assert (repr(c)) == "Counter({'b': 2, 'r': 2, 'c': 1, 'd': 1, 'z': 1, 'a': -3})"
c1 = Counter(a=3, b=1)
c2 = Counter(a=1, b=2, c=0)
assert (repr(c1 + c2)) == "Counter({'a': 4, 'b': 3})"
assert (repr(c1 - c2)) == "Counter({'a': 2})"
assert (repr(c1 | c2)) == "Counter({'a': 3, 'b': 2})"
assert (repr(c1 & c2)) == "Counter({'a': 1, 'b': 1})"
assert (repr(+Counter(a=1, b=-1))) == "Counter({'a': 1})"
assert (repr(-Counter(a=1, b=-1))) == "Counter({'b': 1})"
assert (Counter(a=1) == Counter(a=1, b=0)) is True
assert (Counter(a=1) <= Counter(a=2)) is True
assert (Counter(a=3) < Counter(a=2)) is False
assert (len(Counter('hello'))) == 4
assert ('l' in Counter('hello')) is True
assert (list(Counter('hello').keys())) == ['h', 'e', 'l', 'o']
assert (Counter(['x', 'y', 'x']).most_common(1)) == [('x', 2)]
del c['a']
assert ('a' in c) is False
del c['never']
c3 = Counter({'x': 5})
c3 += Counter(x=-10, y=1)
assert (repr(c3)) == "Counter({'y': 1})"
assert (Counter('aab').most_common(0)) == []
# defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['b']
assert (dict(dd)) == {'a': [1], 'b': []}
assert ('c' in dd) is False
assert (len(dd)) == 2
assert (repr(dd)) == "defaultdict(<class 'list'>, {'a': [1], 'b': []})"
assert (dd.default_factory is list) is True
di = defaultdict(int)
for w in 'the cat the hat the'.split(): di[w] += 1
assert (dict(di)) == {'the': 3, 'cat': 1, 'hat': 1}
assert (di.get('missing')) is None
assert ('missing' in di) is False
dl = defaultdict(lambda: 'N/A')
assert (dl['x']) == 'N/A'
assert (repr(defaultdict(None))) == 'defaultdict(None, {})'
dn = defaultdict(None)
assert (repr(dd.copy())) == "defaultdict(<class 'list'>, {'a': [1], 'b': []})"
# OrderedDict
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
assert (list(od)) == ['a', 'b', 'c']
assert (repr(od)) == "OrderedDict([('a', 1), ('b', 2), ('c', 3)])"
od.move_to_end('a')
assert (list(od)) == ['b', 'c', 'a']
od.move_to_end('c', last=False)
assert (list(od.items())) == [('c', 3), ('b', 2), ('a', 1)]
assert (od.popitem()) == ('a', 1)
assert (od.popitem(last=False)) == ('c', 3)
assert (repr(od)) == "OrderedDict([('b', 2)])"
assert (repr(OrderedDict())) == 'OrderedDict()'
assert (OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1)) is False
assert (OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}) is True
assert (list(OrderedDict.fromkeys('xyz', 0).items())) == [('x', 0), ('y', 0), ('z', 0)]
assert (od.get('b')) == 2
assert (od.setdefault('q', 7)) == 7
assert (list(od.keys())) == ['b', 'q']
assert (list(od.values())) == [2, 7]
assert (od.pop('q')) == 7
assert (len(od)) == 1
# namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
assert (repr(p)) == 'Point(x=1, y=2)'
assert (p.x + p.y) == 3
assert (p[0]) == 1
assert (p[-1]) == 2
assert (p[:1]) == (1,)
assert (tuple(p)) == (1, 2)
assert (list(p)) == [1, 2]
assert (len(p)) == 2
assert (p == (1, 2)) is True
assert (p == Point(1, 2)) is True
assert (p != Point(2, 1)) is True
assert (Point._fields) == ('x', 'y')
assert (p._asdict()) == {'x': 1, 'y': 2}
assert (repr(p._replace(x=10))) == 'Point(x=10, y=2)'
assert (repr(Point._make([5, 6]))) == 'Point(x=5, y=6)'
assert (Point.__name__) == 'Point'
assert (p.index(2)) == 1
assert (p.count(1)) == 1
assert (2 in p) is True
x, y = p
assert ((x, y)) == (1, 2)
assert (p < Point(1, 3)) is True
assert (sorted([Point(2, 0), Point(1, 5)])[0].x) == 1
assert (p + (3,)) == (1, 2, 3)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
assert (repr(P3(1))) == 'P3(a=1, b=0, c=9)'
assert (P3._field_defaults) == {'b': 0, 'c': 9}
R = namedtuple('R', 'a, def, a, _x', rename=True)
assert (R._fields) == ('a', '_1', '_2', '_3')
assert (hash(Point(1, 2)) == hash(Point(1, 2))) is True
assert ({Point(1, 2): 'v'}[Point(1, 2)]) == 'v'
assert (str(p)) == 'Point(x=1, y=2)'
# ChainMap
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
assert (cm['a']) == 1
assert (cm['b']) == 3
assert (len(cm)) == 2
assert (sorted(cm)) == ['a', 'b']
assert ('b' in cm) is True
assert (cm.get('z', 0)) == 0
assert (repr(cm)) == "ChainMap({'a': 1}, {'a': 2, 'b': 3})"
cm['c'] = 5
assert (cm.maps[0]) == {'a': 1, 'c': 5}
assert (repr(cm.new_child({'d': 4}))) == "ChainMap({'d': 4}, {'a': 1, 'c': 5}, {'a': 2, 'b': 3})"
assert (repr(cm.parents)) == "ChainMap({'a': 2, 'b': 3})"
assert (dict(cm)) == {'a': 1, 'b': 3, 'c': 5}
# UserDict / UserList / UserString
ud = UserDict({'a': 1})
ud['b'] = 2
assert (ud.data) == {'a': 1, 'b': 2}
assert (len(ud)) == 2
assert (repr(ud)) == "{'a': 1, 'b': 2}"
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
assert (ul.data) == [0, 1, 2, 3]
assert (ul[0]) == 0
assert (len(ul + [5])) == 5
assert (str(UserString('abc').upper())) == 'ABC'
assert (UserString('abc') == 'abc') is True
# Subclassing the source-defined types.
class LRU(OrderedDict):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        self.move_to_end(k)
        if len(self) > self.n:
            self.popitem(last=False)


lru = LRU(2)
lru['a'] = 1
lru['b'] = 2
lru['a'] = 3
lru['c'] = 4
assert list(lru.items()) == [('a', 3), ('c', 4)]
print(list(lru.items()))


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)


v = Vec(3, 4) + Vec(1, 1)
assert v.norm2() == 41
print(v, v.norm2())


class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]


assert Tally('mississippi').top() in ('i', 's')
for bad in (lambda: namedtuple('T', 'a a'), lambda: namedtuple('T', 'for'), lambda: namedtuple('T', '_x')):
    try:
        bad()
        assert False
    except ValueError as e:
        print("ValueError:", e)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print(e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(None)['x']
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({}, {'a': 1}).pop('a')
except KeyError as e:
    print("KeyError", e)
dq = deque([1, 2])
try:
    for item in dq:
        dq.append(3)
except RuntimeError as e:
    print(e)
print(deque([[1], 'a', None], maxlen=5))
print(Counter('banana'))
print(defaultdict(int, {'k': 1}))
