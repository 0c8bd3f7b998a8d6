# Tests for abc: each assert's expected value is what CPython 3.11 gives.
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import (Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Sized, Callable,
                             Hashable, Set, MutableSet, Container, Collection, Generator, Reversible)
import collections
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
class Half(Shape):
    def area(self):
        return 1
class Meta(metaclass=ABCMeta):
    pass
class MyIt:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class Frozen(Mapping):
    def __init__(self, d):
        self._d = dict(d)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
class Store(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
class Tens(Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
class Bag(MutableSet):
    def __init__(self, items=()):
        self.items = list(items)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
fm = Frozen({'a': 1, 'b': 2})
assert (Square(3).area()) == 9
assert (Square(2).describe()) == 'Square with area 4'
assert (isinstance(Square(1), Shape)) is True
assert (isinstance(Meta(), Meta)) is True
assert (isinstance([], Iterable)) is True
assert (isinstance(5, Iterable)) is False
assert (isinstance('s', Iterable)) is True
assert (isinstance({}, Mapping)) is True
assert (isinstance({}, MutableMapping)) is True
assert (isinstance([], Mapping)) is False
assert (isinstance('s', Sequence)) is True
assert (isinstance([], MutableSequence)) is True
assert (isinstance((), MutableSequence)) is False
assert (isinstance(iter([]), Iterator)) is True
assert (isinstance([], Iterator)) is False
assert (isinstance((x for x in []), Generator)) is True
assert (isinstance(len, Callable)) is True
assert (isinstance(lambda: 0, Callable)) is True
assert (isinstance(3, Callable)) is False
assert (isinstance(Square, Callable)) is True
assert (isinstance(3, Hashable)) is True
assert (isinstance([], Hashable)) is False
assert (isinstance({1}, Set)) is True
assert (isinstance(frozenset(), MutableSet)) is False
assert (isinstance({}, Sized)) is True
assert (isinstance(range(3), Reversible)) is True
assert (isinstance(collections.deque(), MutableSequence)) is True
assert (isinstance({}.keys(), Set)) is True
assert (isinstance('x', Container)) is True
assert (isinstance({}, Collection)) is True
assert (isinstance(MyIt(), Iterable)) is True
assert (isinstance(MyIt(), Iterator)) is True
assert (issubclass(MyIt, Iterable)) is True
assert (isinstance(MyIt(), Sized)) is False
assert (issubclass(list, Sequence)) is True
assert (issubclass(dict, Sequence)) is False
assert (fm['a']) == 1
assert (fm.get('z', 0)) == 0
assert ('a' in fm) is True
assert ('z' in fm) is False
assert (list(fm.keys())) == ['a', 'b']
assert (list(fm.items())) == [('a', 1), ('b', 2)]
assert (list(fm.values())) == [1, 2]
assert (fm == {'a': 1, 'b': 2}) is True
assert (isinstance(fm, Mapping)) is True
assert (isinstance({}, Frozen)) is False
assert (dict(fm)) == {'a': 1, 'b': 2}
assert (len(fm)) == 2
assert (list(Tens())) == [0, 10, 20]
assert (20 in Tens()) is True
assert (Tens().index(20)) == 2
assert (Tens().count(10)) == 1
assert (list(reversed(Tens()))) == [20, 10, 0]
assert (sorted(Bag([3, 1, 2]) | Bag([4]))) == [1, 2, 3, 4]
assert (sorted(Bag([1, 2, 3]) & Bag([2, 3, 4]))) == [2, 3]
assert (sorted(Bag([1, 2, 3]) - Bag([2]))) == [1, 3]
assert (Bag([1, 2]) <= Bag([1, 2, 3])) is True
assert (Bag([1]).isdisjoint([2])) is True
st = Store()
st.update(a=1, b=2)
st.setdefault('c', 3)
assert st.pop('a') == 1
assert st.d == {'b': 2, 'c': 3}
assert st.popitem() == ('b', 2)
assert len(st) == 1
st.clear()
assert len(st) == 0
bg = Bag([1])
bg.add(2)
bg.remove(1)
assert list(bg) == [2]
for cls in (Shape, Half, Mapping, Iterable):
    try:
        cls()
        assert False
    except TypeError as e:
        print(e)
print(Square(5).describe())
