"""Data classes: @dataclass generates __init__, __repr__, __eq__ (and with
order=True the comparisons, with frozen=True immutability, a __hash__ by
CPython's rules) from the class's annotated fields. Also field, fields,
asdict, astuple, replace, is_dataclass, make_dataclass, InitVar, KW_ONLY."""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return "MISSING"


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__ only."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        t = self.type
        name = t.__name__ if isinstance(t, type) else repr(t)
        return "dataclasses.InitVar[%s]" % name


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    """A dataclass field (see field())."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)" % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                    self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: default or default_factory, and whether it is
    part of __init__, __repr__, comparisons and the hash."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    return getattr(tp, "_name", None) == "ClassVar" and hasattr(tp, "__args__")


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith("InitVar") or tp.startswith("dataclasses.InitVar")
    return tp is InitVar or isinstance(tp, InitVar)


def _is_kw_only(tp):
    return tp is KW_ONLY or (isinstance(tp, str) and tp in ("KW_ONLY", "dataclasses.KW_ONLY"))


def _get_field(cls, name, tp, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and type(f.default) in (list, dict, set):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _plural(n):
    return "" if n == 1 else "s"


def _names(missing):
    quoted = ["'%s'" % m for m in missing]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, all_fields, frozen, has_post_init):
    init_fields = [f for f in all_fields if f.init and f._field_type in (_FIELD, _FIELD_INITVAR)]
    positional = [f for f in init_fields if not f.kw_only]
    kw_only = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '%s' follows default argument" % f.name)
    qualname = cls.__qualname__ + ".__init__"
    other_fields = [f for f in all_fields if not f.init and f._field_type is _FIELD]

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            most = len(positional) + 1
            least = 1 + len([f for f in positional
                             if f.default is MISSING and f.default_factory is MISSING])
            if least == most:
                takes = "%d positional argument%s" % (most, _plural(most))
            else:
                takes = "from %d to %d positional arguments" % (least, most)
            raise TypeError("%s() takes %s but %d were given" % (qualname, takes, len(args) + 1))
        values = {}
        for f, v in zip(positional, args):
            values[f.name] = v
        for k, v in kwargs.items():
            known = False
            for f in init_fields:
                if f.name == k:
                    known = True
            if not known:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, k))
            if k in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, k))
            values[k] = v
        missing_pos = []
        missing_kw = []
        for f in init_fields:
            if f.name in values:
                continue
            if f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            elif f.kw_only:
                missing_kw.append(f.name)
            else:
                missing_pos.append(f.name)
        if missing_pos:
            raise TypeError("%s() missing %d required positional argument%s: %s"
                            % (qualname, len(missing_pos), _plural(len(missing_pos)), _names(missing_pos)))
        if missing_kw:
            raise TypeError("%s() missing %d required keyword-only argument%s: %s"
                            % (qualname, len(missing_kw), _plural(len(missing_kw)), _names(missing_kw)))
        for f in init_fields:
            if f._field_type is _FIELD:
                object.__setattr__(self, f.name, values[f.name])
        for f in other_fields:
            if f.default is not MISSING:
                object.__setattr__(self, f.name, f.default)
            elif f.default_factory is not MISSING:
                object.__setattr__(self, f.name, f.default_factory())
        if has_post_init:
            initvars = [values[f.name] for f in init_fields if f._field_type is _FIELD_INITVAR]
            self.__post_init__(*initvars)
    __init__.__qualname__ = qualname
    return __init__


def _tuple_of(fields):
    def get(self):
        return tuple(getattr(self, f.name) for f in fields)
    return get


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    for b in reversed(cls.__mro__[1:]):
        base_fields = b.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    default_kw_only = kw_only
    for name, tp in annotations.items():
        if _is_kw_only(tp):
            default_kw_only = True
            continue
        f = _get_field(cls, name, tp, default_kw_only)
        all_fields[name] = f
        if isinstance(cls.__dict__.get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = dict(init=init, repr=repr, eq=eq, order=order,
                                    unsafe_hash=unsafe_hash, frozen=frozen)
    flist = list(all_fields.values())
    data_fields = [f for f in flist if f._field_type is _FIELD]
    own = cls.__dict__
    if init and "__init__" not in own:
        cls.__init__ = _make_init(cls, flist, frozen, hasattr(cls, "__post_init__"))
    if repr and "__repr__" not in own:
        repr_fields = [f for f in data_fields if f.repr]

        def __repr__(self):
            return self.__class__.__qualname__ + "(" + ", ".join(
                "%s=%r" % (f.name, getattr(self, f.name)) for f in repr_fields) + ")"
        __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
        cls.__repr__ = __repr__
    cmp_fields = [f for f in data_fields if f.compare]
    as_tuple = _tuple_of(cmp_fields)
    if eq and "__eq__" not in own:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) == as_tuple(other)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        def make(op):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    a, b = as_tuple(self), as_tuple(other)
                    if op == "<":
                        return a < b
                    if op == "<=":
                        return a <= b
                    if op == ">":
                        return a > b
                    return a >= b
                return NotImplemented
            return compare
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in own:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
            setattr(cls, name, make(op))
    if frozen:
        names = set(f.name for f in data_fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError("cannot assign to field %r" % (name,))
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError("cannot delete field %r" % (name,))
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hash_fields = [f for f in data_fields if (f.compare if f.hash is None else f.hash)]
    has_own_hash = "__hash__" in own and own["__hash__"] is not None and "__eq__" in own
    if unsafe_hash or (eq and frozen):
        if unsafe_hash and "__hash__" in own and own["__hash__"] is not None:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        hash_tuple = _tuple_of(hash_fields)

        def __hash__(self):
            return hash(hash_tuple(self))
        cls.__hash__ = __hash__
    elif eq and not frozen and not has_own_hash:
        cls.__hash__ = None
    if match_args and "__match_args__" not in own:
        cls.__match_args__ = tuple(f.name for f in flist if f.init and not f.kw_only
                                   and f._field_type is _FIELD)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
              weakref_slot=False):
    """Add generated special methods to a class with annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or instance, as a tuple of Field."""
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return not isinstance(obj, type) and hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if hasattr(obj, "_fields") and hasattr(obj, "_make"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if hasattr(obj, "_fields") and hasattr(obj, "_make"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, module=None):
    """Create a dataclass from a list of field names or (name, type[,
    Field]) tuples."""
    bases = tuple(bases)
    if len(bases) == 0:
        class _Made:
            pass
    elif len(bases) == 1:
        class _Made(bases[0]):
            pass
    elif len(bases) == 2:
        class _Made(bases[0], bases[1]):
            pass
    else:
        raise TypeError("make_dataclass() supports at most two bases here")
    _Made.__name__ = cls_name
    _Made.__qualname__ = cls_name
    if module is not None:
        _Made.__module__ = module
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            setattr(_Made, name, spec)
        annotations[name] = tp
    for k, v in (namespace or {}).items():
        setattr(_Made, k, v)
    _Made.__annotations__ = annotations
    return dataclass(_Made, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only)
