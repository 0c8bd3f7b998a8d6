# Tests for copy: each assert's expected value is what CPython 3.11 gives.
import copy
from collections import Counter, OrderedDict, deque, namedtuple, defaultdict
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children if children is not None else []
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        c = Custom()
        c.log = self.log + ['copied']
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.log = copy.deepcopy(self.log, memo) + ['deep']
        return c
class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = 'big'
    def __getstate__(self):
        return {'a': self.a}
    def __setstate__(self, state):
        self.__dict__.update(state) if False else setattr(self, 'a', state['a'])
        self.restored = True
Pair = namedtuple('Pair', 'l r')
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
assert (b == a) is True
assert (b is a) is False
assert (b[1] is a[1]) is True
assert (c[1] is a[1]) is False
assert (c[2]['k'] is a[2]['k']) is False
assert (c == a) is True
a[1].append(99)
assert (b[1]) == [2, 3, 99]
assert (c[1]) == [2, 3]
assert (copy.copy(5)) == 5
assert (copy.copy('s') == 's') is True
t = (1, 2, (3,))
assert (copy.copy(t) is t) is True
assert (copy.deepcopy(t) is t) is True
tl = (1, [2])
assert (copy.deepcopy(tl) == tl) is True
assert (copy.deepcopy(tl) is tl) is False
assert (copy.deepcopy(tl)[1] is tl[1]) is False
s = {1, 2}
assert (copy.copy(s) == s) is True
assert (copy.copy(s) is s) is False
fz = frozenset([1])
assert (copy.copy(fz) is fz) is True
dct = {'x': [1], 'y': {'z': 2}}
dc = copy.deepcopy(dct)
assert (dc == dct) is True
assert (dc['x'] is dct['x']) is False
assert (copy.copy(dct)['x'] is dct['x']) is True
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
assert (cc[1] is cc) is True
assert (cc is cyc) is False
assert (cc[0]) == 1
n = Node(1, [Node(2), Node(3)])
n2 = copy.deepcopy(n)
assert (n2.value) == 1
assert ([ch.value for ch in n2.children]) == [2, 3]
assert (n2.children[0] is n.children[0]) is False
assert (type(n2).__name__) == 'Node'
n3 = copy.copy(n)
assert (n3.children is n.children) is True
assert (copy.copy(Custom()).log) == ['copied']
assert (copy.deepcopy(Custom()).log) == ['deep']
assert (copy.deepcopy([Custom()])[0].log) == ['deep']
st = copy.copy(Stateful())
assert (st.a) == 1
assert (st.restored) is True
assert (hasattr(st, 'cache')) is False
cnt = Counter('hello')
cnt2 = copy.deepcopy(cnt)
assert (cnt2 == cnt) is True
assert (cnt2 is cnt) is False
cnt2['h'] = 100
assert (cnt['h']) == 1
od = OrderedDict(a=[1])
assert (list(copy.deepcopy(od).items())) == [('a', [1])]
assert (copy.deepcopy(od)['a'] is od['a']) is False
dq = deque([[1], [2]], maxlen=4)
dq2 = copy.deepcopy(dq)
assert (list(dq2)) == [[1], [2]]
assert (dq2.maxlen) == 4
assert (dq2[0] is dq[0]) is False
assert (copy.copy(dq)[0] is dq[0]) is True
pr = Pair([1], 2)
assert (copy.deepcopy(pr) == pr) is True
assert (copy.deepcopy(pr).l is pr.l) is False
assert (copy.copy(pr).l is pr.l) is True
dd = defaultdict(list, {'a': [1]})
dd2 = copy.deepcopy(dd)
assert (dd2['b']) == []
assert ('b' in dd) is False
assert (dd2['a'] is dd['a']) is False
shared = [0]
both = [shared, shared]
bc = copy.deepcopy(both)
assert (bc[0] is bc[1]) is True
assert (bc[0] is shared) is False
assert (copy.copy(len) is len) is True
assert (copy.deepcopy(Node) is Node) is True
memo = {}
x = [1]
assert (copy.deepcopy(x, memo) == [1]) is True
assert (id(x) in memo) is True
class Err(Exception):
    pass


e = copy.deepcopy(Err('boom', 2))
assert type(e) is Err
assert e.args == ('boom', 2)
print(repr(copy.copy(ValueError('v'))))
