"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

Members are created when the class body finishes (__init_subclass__);
iterating, len() and `in` on the class work, Color(1) and Color['RED']
look members up."""

__all__ = ['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique',
           'EnumMeta', 'EnumType']


class auto:
    """Instances are replaced with an appropriate value for the member."""
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto()"


def _is_descriptor(v):
    return (callable(v) or isinstance(v, (property, classmethod, staticmethod))
            or type(v).__name__ in ("function", "builtin_function_or_method"))


class _MembersView:
    """Read-only mapping of member names to members (Enum.__members__)."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, k):
        return k in self._d

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, k, default=None):
        return self._d.get(k, default)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)


class Enum:
    """Generic enumeration. Subclass it: class Color(Enum): RED = 1"""

    def __init_subclass__(cls, **kwargs):
        members = {}
        value_map = {}
        canonical = []
        own = cls.__dict__
        if "_member_init_" not in own:
            init = own.get("__init__")
            if init is not None:
                cls._member_init_ = init

                def __init__(self, *args, **kwds):
                    pass
                cls.__init__ = __init__
        member_init = getattr(cls, "_member_init_", None)
        new_member = cls.__dict__.get("__new__")
        last_values = []
        for base in cls.__mro__[1:]:
            if getattr(base, "_member_map_", None):
                raise TypeError("%s: cannot extend enumeration %r" % (cls.__name__, base.__name__))
        names = [k for k in own if not (k.startswith("_") and k.endswith("_")) and not k.startswith("__")]
        for name in names:
            value = own[name]
            if _is_descriptor(value) and not isinstance(value, auto):
                continue
            if name.startswith("_"):
                continue
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, len(last_values), list(last_values))
            last_values.append(value)
            if value in value_map:
                member = value_map[value]
                members[name] = member
                setattr(cls, name, member)
                continue
            member = object.__new__(cls)
            member._name_ = name
            member._value_ = value
            member._sort_order_ = len(canonical)
            if member_init is not None:
                args = value if isinstance(value, tuple) else (value,)
                member_init(member, *args)
            members[name] = member
            canonical.append(member)
            try:
                value_map[value] = member
            except TypeError:
                pass
            setattr(cls, name, member)
        cls._member_map_ = members
        cls._member_names_ = [m._name_ for m in canonical]
        cls._value2member_map_ = value_map
        cls._canonical_ = canonical
        cls.__members__ = _MembersView(members)

    def __new__(cls, value=None, *args, **kwargs):
        if not cls.__dict__.get("_canonical_") and not getattr(cls, "_canonical_", None):
            raise TypeError("%s has no members" % cls.__name__)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for m in cls._canonical_:
                if m._value_ == value:
                    return m
        r = cls._missing_(value)
        if isinstance(r, cls):
            return r
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @classmethod
    def __class_iter__(cls):
        return iter(getattr(cls, "_canonical_", []))

    @classmethod
    def __class_len__(cls):
        return len(getattr(cls, "_canonical_", []))

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        return self is other

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


EnumMeta = type
EnumType = type


class ReprEnum(Enum):
    pass


class IntEnum(ReprEnum):
    """Enum whose members are also (behave as) ints."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __eq__(self, other):
        if isinstance(other, Enum):
            return self is other or self._value_ == other._value_
        return self._value_ == other

    def __hash__(self):
        return hash(self._value_)

    def __lt__(self, other):
        return self._value_ < _val(other)

    def __le__(self, other):
        return self._value_ <= _val(other)

    def __gt__(self, other):
        return self._value_ > _val(other)

    def __ge__(self, other):
        return self._value_ >= _val(other)

    def __add__(self, other):
        return self._value_ + _val(other)

    def __radd__(self, other):
        return _val(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _val(other)

    def __rsub__(self, other):
        return _val(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _val(other)

    def __rmul__(self, other):
        return _val(other) * self._value_

    def __truediv__(self, other):
        return self._value_ / _val(other)

    def __floordiv__(self, other):
        return self._value_ // _val(other)

    def __mod__(self, other):
        return self._value_ % _val(other)

    def __neg__(self):
        return -self._value_

    def __bool__(self):
        return bool(self._value_)


def _val(v):
    return v._value_ if isinstance(v, Enum) else v


class StrEnum(ReprEnum):
    """Enum whose members are also (behave as) strings."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        if isinstance(other, Enum):
            return self is other
        return self._value_ == other

    def __hash__(self):
        return hash(self._value_)

    def __lt__(self, other):
        return self._value_ < _val(other)

    def __add__(self, other):
        return self._value_ + _val(other)

    def __radd__(self, other):
        return _val(other) + self._value_

    def __len__(self):
        return len(self._value_)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._value_, name)


class Flag(Enum):
    """Enum whose members can be combined with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        all_bits = 0
        for m in cls._canonical_:
            all_bits |= m._value_
        if value & ~all_bits:
            return None
        pseudo = object.__new__(cls)
        names = [m._name_ for m in cls._canonical_ if m._value_ and m._value_ & value == m._value_
                 and _is_single_bit(m._value_)]
        pseudo._name_ = "|".join(names) if names else None
        pseudo._value_ = value
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self is other or (isinstance(other, self.__class__) and self._value_ == other._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in self.__class__._canonical_
                     if _is_single_bit(m._value_) and m._value_ & self._value_ == m._value_])

    def __len__(self):
        return len(list(self.__iter__()))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__._canonical_:
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)


def _is_single_bit(v):
    return v > 0 and v & (v - 1) == 0


class IntFlag(Flag):
    """Flag whose members are also (behave as) ints."""

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        return self._value_ == _val(other)

    def __hash__(self):
        return hash(self._value_)

    def __or__(self, other):
        return self.__class__(self._value_ | _val(other))

    __ror__ = __or__

    def __and__(self, other):
        return self.__class__(self._value_ & _val(other))

    __rand__ = __and__


def unique(enumeration):
    """Class decorator: no two members may have the same value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in <enum '%s'>: %s" % (enumeration.__name__, alias_details))
    return enumeration
