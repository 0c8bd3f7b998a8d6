"""Abstract base classes for containers (collections.abc), with their mixin
methods. isinstance(x, Iterable) and friends work for the built-in types
and for classes that define the needed methods (__subclasshook__)."""

from abc import ABC, abstractmethod
import _collections

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]

_deque = _collections.deque
_dict_keys = type({}.keys())
_dict_values = type({}.values())
_dict_items = type({}.items())
_list_iterator = type(iter([]))


def _gen():
    yield


_generator = type(_gen())


def _f():
    pass


_function = type(_f)
_lambda = type(lambda: 0)
_builtin = type(len)
_views = (_dict_keys, _dict_values, _dict_items)


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        found = False
        for B in mro:
            if B is object:
                continue
            d = B.__dict__
            if method in d:
                if d[method] is None:
                    return NotImplemented
                found = True
                break
        if not found:
            return NotImplemented
    return True


class _ABC(ABC):
    """Base of the container ABCs: built-in members, register() and the
    structural check of the methods an ABC needs."""
    _builtins = ()

    def __init_subclass__(cls, **kwargs):
        d = cls.__dict__
        cls._registry = []
        cls._own_builtins = d.get("_builtins", ())
        cls._own_methods = d.get("_methods")

    @classmethod
    def register(cls, subclass):
        cls._registry.append(subclass)
        return subclass

    @classmethod
    def __subclasshook__(cls, C):
        for b in cls._own_builtins:
            if issubclass(C, b):
                return True
        for r in cls._registry:
            if issubclass(C, r):
                return True
        methods = cls._own_methods
        if not methods or C.__module__ == "builtins":
            return NotImplemented
        return _check_methods(C, *methods)


class Hashable(_ABC):
    _builtins = (int, float, bool, str, bytes, tuple, frozenset, type(None), type, range)

    @abstractmethod
    def __hash__(self):
        return 0

    _methods = ("__hash__",)


class Awaitable(_ABC):
    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    pass


class AsyncIterable(_ABC):
    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    pass


class AsyncGenerator(AsyncIterator):
    pass


class Iterable(_ABC):
    _builtins = (list, tuple, str, bytes, dict, set, frozenset, range, _list_iterator,
                 _generator, _deque) + _views

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    _methods = ("__iter__",)


class Iterator(Iterable):
    _builtins = (_list_iterator, _generator)

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    _methods = ("__iter__", "__next__",)


class Reversible(Iterable):
    _builtins = (list, tuple, str, bytes, range, dict, _deque) + _views

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    _methods = ("__reversed__", "__iter__",)


class Generator(Iterator):
    _builtins = (_generator,)

    def send(self, value):
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        raise typ

    def close(self):
        pass

    _methods = ("__iter__", "__next__", "send", "throw", "close",)


class Sized(_ABC):
    _builtins = (list, tuple, str, bytes, dict, set, frozenset, range, _deque) + _views

    @abstractmethod
    def __len__(self):
        return 0

    _methods = ("__len__",)


class Container(_ABC):
    _builtins = (list, tuple, str, bytes, dict, set, frozenset, range, _deque) + _views

    @abstractmethod
    def __contains__(self, x):
        return False

    _methods = ("__contains__",)


class Collection(Sized, Iterable, Container):
    _builtins = (list, tuple, str, bytes, dict, set, frozenset, range, _deque) + _views

    _methods = ("__len__", "__iter__", "__contains__",)


class Callable(_ABC):
    _builtins = (_function, _lambda, _builtin, type, type(print), type(_ABC.register))

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    _methods = ("__call__",)


class Set(Collection):
    """A set is a finite, iterable container with set operations."""
    _builtins = (set, frozenset, _dict_keys, _dict_items)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = [e for s in (self, other) for e in s]
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __hash__ = None


class MutableSet(Set):
    _builtins = (set,)

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in [v for v in self if v not in it]:
            self.discard(value)
        return self

    def __isub__(self, it):
        for value in it:
            self.discard(value)
        return self


class Mapping(Collection):
    """A read-only mapping: define __getitem__, __iter__ and __len__."""
    _builtins = (dict,)

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None
    __hash__ = None


class MappingView(Sized):
    _builtins = _views

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(MappingView, Set):
    _builtins = (_dict_keys,)

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    _builtins = (_dict_items,)

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    _builtins = (_dict_values,)

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """A mutable mapping: also define __setitem__ and __delitem__."""
    _builtins = (dict,)

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    """A read-only sequence: define __getitem__ and __len__."""
    _builtins = (list, tuple, str, bytes, range, _deque)

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    _builtins = (bytes,)


class MutableSequence(Sequence):
    _builtins = (list, _deque)

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self
