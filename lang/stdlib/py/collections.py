"""Container datatypes: deque, defaultdict, OrderedDict, Counter, ChainMap,
namedtuple, UserDict, UserList, UserString.

The dict-like types wrap a real dict (self._d) and are ordinary classes, so
scripts can subclass them; deque is native (_collections)."""

import _collections

deque = _collections.deque
deque_appendleft = _collections.deque_appendleft
deque_popleft = _collections.deque_popleft
deque_extendleft = _collections.deque_extendleft
deque_rotate = _collections.deque_rotate
_count_elements = _collections._count_elements

_TYPE_NAMES = {"int": int, "float": float, "str": str, "list": list, "dict": dict,
               "set": set, "tuple": tuple, "bool": bool, "bytes": bytes}


class _DictBase:
    """Shared mapping behaviour of the dict-like collections."""

    def __class_getitem__(cls, item):
        return cls

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def __contains__(self, key):
        return key in self._d

    def __getitem__(self, key):
        d = self._d
        if key in d:
            return d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def pop(self, key, *default):
        if key in self._d:
            v = self._d[key]
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        if not self._d:
            raise KeyError("popitem(): dictionary is empty")
        return self._d.popitem()

    def setdefault(self, key, default=None):
        if key in self._d:
            return self._d[key]
        self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def clear(self):
        self._d.clear()

    def __eq__(self, other):
        if isinstance(other, _DictBase):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _DictBase)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _DictBase)):
            return NotImplemented
        new = self.__class__()
        new.update(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __copy__(self):
        return self.copy()


class OrderedDict(_DictBase):
    """Dictionary that remembers insertion order and can reorder it."""

    def __init__(self, other=(), /, **kwds):
        self._d = {}
        self.update(other, **kwds)

    def move_to_end(self, key, last=True):
        d = self._d
        v = d.pop(key)
        if last:
            d[key] = v
        else:
            rest = list(d.items())
            d.clear()
            d[key] = v
            for k, x in rest:
                d[k] = x

    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        if last:
            return self._d.popitem()
        key = next(iter(self._d))
        value = self._d.pop(key)
        return key, value

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._d == other._d and list(self._d) == list(other._d)
        return _DictBase.__eq__(self, other)

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for k in iterable:
            self[k] = value
        return self

    def __repr__(self):
        if not self._d:
            return "%s()" % (self.__class__.__name__,)
        return "%s(%r)" % (self.__class__.__name__, list(self._d.items()))


class defaultdict(_DictBase):
    """dict subclass that calls a factory function to supply missing values."""

    def __init__(self, default_factory=None, /, *args, **kwds):
        if isinstance(default_factory, str):
            default_factory = _TYPE_NAMES.get(default_factory, default_factory)
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._d = {}
        if args or kwds:
            self.update(*args, **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self)

    def __repr__(self):
        f = self.default_factory
        return "%s(%r, %r)" % (self.__class__.__name__, f, self._d)


DefaultDict = defaultdict


def _keep_positive(self):
    for k in [k for k, v in self._d.items() if not v > 0]:
        del self._d[k]
    return self


class Counter(_DictBase):
    """Dict subclass for counting hashable items (a multiset)."""

    def __init__(self, iterable=None, /, **kwds):
        self._d = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        if key in self._d:
            del self._d[key]

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        for elem, count in self._d.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictBase)) or hasattr(iterable, "keys"):
                d = self._d
                for elem in iterable.keys():
                    d[elem] = d.get(elem, 0) + iterable[elem]
            else:
                _count_elements(self._d, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            d = self._d
            if isinstance(iterable, (dict, _DictBase)) or hasattr(iterable, "keys"):
                for elem in iterable.keys():
                    d[elem] = d.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __repr__(self):
        if not self._d:
            return "%s()" % self.__class__.__name__
        try:
            parts = ["%r: %r" % kv for kv in self.most_common()]
            return "%s({%s})" % (self.__class__.__name__, ", ".join(parts))
        except TypeError:
            return "%s(%r)" % (self.__class__.__name__, self._d)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return _keep_positive(self)

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return _keep_positive(self)

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return _keep_positive(self)

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return _keep_positive(self)


def most_common(counter, n=None):
    """Scriptling: most_common(counter[, n]); counter may be a dict."""
    if isinstance(counter, Counter):
        return counter.most_common(n)
    items = sorted(dict(counter).items(), key=lambda kv: kv[1], reverse=True)
    if n is None:
        return items
    return items[:max(n, 0)]


class ChainMap(_DictBase):
    """A group of mappings viewed as a single updatable mapping."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    @property
    def _d(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        for k in d:
            d[k] = self[k]
        return d

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, ", ".join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        first = self.maps[0]
        return self.__class__(first.copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        if isinstance(other, (dict, _DictBase)):
            return self._d == dict(other.items())
        return NotImplemented

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _DictBase)):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m


class UserDict(_DictBase):
    """A dict-like class wrapping a real dict in self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    @property
    def _d(self):
        return self.data

    def __repr__(self):
        return repr(self.data)

    def copy(self):
        return self.__class__(self.data)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList:
    """A list-like class wrapping a real list in self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        return self.__class__(self.data + list(other))

    def __iadd__(self, other):
        self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    """A str-like class wrapping a real str in self.data."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __eq__(self, other):
        if isinstance(other, UserString):
            return self.data == other.data
        return self.data == other

    def __lt__(self, other):
        if isinstance(other, UserString):
            return self.data < other.data
        return self.data < other

    def __hash__(self):
        return hash(self.data)

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        return self.__class__(self.data + str(other))

    def __mul__(self, n):
        return self.__class__(self.data * n)

    def __iter__(self):
        return iter(self.data)

    def __getattr__(self, name):
        attr = getattr(self.data, name)
        if not callable(attr):
            return attr

        def method(*args, **kwargs):
            r = attr(*args, **kwargs)
            if isinstance(r, str):
                return self.__class__(r)
            return r
        return method


# ---- namedtuple ----

_KEYWORDS = frozenset(["False", "None", "True", "and", "as", "assert", "async", "await",
                       "break", "class", "continue", "def", "del", "elif", "else", "except",
                       "finally", "for", "from", "global", "if", "import", "in", "is",
                       "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
                       "while", "with", "yield"])


class _TupleBase:
    """Behaviour shared by the classes namedtuple creates: an immutable
    sequence stored in self._t, with the fields as read-only properties."""

    __slots__ = ()
    _fields = ()
    _field_defaults = {}

    def __class_getitem__(cls, item):
        return cls

    def __new__(cls, *args, **kwargs):
        fields = cls._fields
        n = len(fields)
        if len(args) > n:
            nd = len(cls._field_defaults)
            if nd:
                takes = "from %d to %d positional arguments" % (n - nd + 1, n + 1)
            else:
                takes = "%d positional argument%s" % (n + 1, "" if n == 0 else "s")
            raise TypeError("%s.__new__() takes %s but %d were given"
                            % (cls.__name__, takes, len(args) + 1))
        values = list(args)
        if kwargs or len(values) < n:
            for name in fields[len(values):]:
                if name in kwargs:
                    values.append(kwargs.pop(name))
                elif name in cls._field_defaults:
                    values.append(cls._field_defaults[name])
                else:
                    missing = [f for f in fields[len(values):]
                               if f not in kwargs and f not in cls._field_defaults]
                    if len(missing) == 1:
                        names = "'%s'" % missing[0]
                    elif len(missing) == 2:
                        names = "'%s' and '%s'" % (missing[0], missing[1])
                    else:
                        names = ", ".join("'%s'" % m for m in missing[:-1]) + ", and '%s'" % missing[-1]
                    raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                                    % (cls.__name__, len(missing), "" if len(missing) == 1 else "s", names))
            for name in kwargs:
                if name in fields:
                    raise TypeError("%s.__new__() got multiple values for argument '%s'"
                                    % (cls.__name__, name))
                raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                                % (cls.__name__, name))
        self = object.__new__(cls)
        object.__setattr__(self, "_t", tuple(values))
        return self

    @classmethod
    def _make(cls, iterable):
        t = tuple(iterable)
        if len(t) != len(cls._fields):
            raise TypeError("Expected %d arguments, got %d" % (len(cls._fields), len(t)))
        self = object.__new__(cls)
        object.__setattr__(self, "_t", t)
        return self

    def _replace(self, **kwds):
        values = []
        for name, v in zip(self._fields, self._t):
            values.append(kwds.pop(name) if name in kwds else v)
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return self._make(values)

    def _asdict(self):
        return dict(zip(self._fields, self._t))

    def __getnewargs__(self):
        return self._t

    def __repr__(self):
        return self.__class__.__name__ + "(" + ", ".join(
            "%s=%r" % (name, v) for name, v in zip(self._fields, self._t)) + ")"

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __reversed__(self):
        return reversed(self._t)

    def __contains__(self, x):
        return x in self._t

    def __getitem__(self, i):
        return self._t[i]

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        if isinstance(other, _TupleBase):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        o = _astuple(other)
        return NotImplemented if o is None else self._t < o

    def __le__(self, other):
        o = _astuple(other)
        return NotImplemented if o is None else self._t <= o

    def __gt__(self, other):
        o = _astuple(other)
        return NotImplemented if o is None else self._t > o

    def __ge__(self, other):
        o = _astuple(other)
        return NotImplemented if o is None else self._t >= o

    def __add__(self, other):
        o = _astuple(other)
        return NotImplemented if o is None else self._t + o

    def __radd__(self, other):
        o = _astuple(other)
        return NotImplemented if o is None else o + self._t

    def __mul__(self, n):
        return self._t * n

    __rmul__ = __mul__

    def __bool__(self):
        return len(self._t) > 0

    def count(self, x):
        return self._t.count(x)

    def index(self, x, *args):
        return self._t.index(x, *args)

    def __copy__(self):
        return self._make(self._t)

    def __deepcopy__(self, memo):
        import copy
        return self._make(copy.deepcopy(list(self._t), memo))


def _astuple(v):
    if isinstance(v, _TupleBase):
        return v._t
    if isinstance(v, tuple):
        return v
    return None


def _field_property(index, name):
    def get(self):
        return self._t[index]
    return property(get, doc="Alias for field number %d" % index)


def _setup_fields(cls, fields, defaults):
    """Gives a _TupleBase subclass its fields (shared with typing.NamedTuple)."""
    cls._fields = tuple(fields)
    cls._field_defaults = dict(defaults)
    cls.__match_args__ = tuple(fields)
    for index, name in enumerate(fields):
        setattr(cls, name, _field_property(index, name))
    return cls


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new tuple-like class with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    class _NamedTuple(_TupleBase):
        __slots__ = ()

    cls = _NamedTuple
    cls.__name__ = typename
    cls.__qualname__ = typename
    cls.__module__ = module if module is not None else "__main__"
    cls.__doc__ = "%s(%s)" % (typename, ", ".join(field_names))
    return _setup_fields(cls, field_names, field_defaults)
