"""Type hints: the names of the typing module, so that annotated scripts
import and run. Nothing is checked; subscripting works (List[int],
Optional[str], Callable[[int], str]), Generic and Protocol can be base
classes, and NamedTuple and TypedDict build real classes."""

import collections
import collections.abc as _abc

TYPE_CHECKING = False


class _Form:
    """A special form (Any, Union, Optional...) or a generic alias."""

    def __init__(self, name, origin=None, args=()):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if not self.__args__:
            return "typing." + self._name
        if self._name == "Optional":
            return "typing.Optional[%s]" % _type_repr(self.__args__[0])
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in self.__args__))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            return _Form("Optional", Union, params + (type(None),))
        return _Form(self._name, self.__origin__ or self, params)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, type):
            return origin(*args, **kwargs)
        raise TypeError("Cannot instantiate typing.%s" % self._name)

    def __or__(self, other):
        return _Form("Union", Union, (self, other))

    def __ror__(self, other):
        return _Form("Union", Union, (other, self))

    def __eq__(self, other):
        if not isinstance(other, _Form):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError("typing.%s cannot be used with isinstance()" % self._name)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    return repr(obj)


Any = _Form("Any")
NoReturn = _Form("NoReturn")
Never = _Form("Never")
Self = _Form("Self")
LiteralString = _Form("LiteralString")
TypeAlias = _Form("TypeAlias")
ClassVar = _Form("ClassVar")
Final = _Form("Final")
Union = _Form("Union")
Optional = _Form("Optional")
Literal = _Form("Literal")
Annotated = _Form("Annotated")
Concatenate = _Form("Concatenate")
TypeGuard = _Form("TypeGuard")
Required = _Form("Required")
NotRequired = _Form("NotRequired")
Unpack = _Form("Unpack")
Callable = _Form("Callable", _abc.Callable)
Awaitable = _Form("Awaitable", _abc.Awaitable)
Coroutine = _Form("Coroutine", _abc.Coroutine)
AsyncIterable = _Form("AsyncIterable", _abc.AsyncIterable)
AsyncIterator = _Form("AsyncIterator", _abc.AsyncIterator)
AsyncGenerator = _Form("AsyncGenerator", _abc.AsyncGenerator)

# Aliases of real classes: subscripting them returns the class itself.
List = list
Dict = dict
Set = set
FrozenSet = frozenset
Tuple = tuple
Type = type
Text = str
Deque = collections.deque
DefaultDict = collections.defaultdict
OrderedDict = collections.OrderedDict
Counter = collections.Counter
ChainMap = collections.ChainMap
Iterable = _abc.Iterable
Iterator = _abc.Iterator
Generator = _abc.Generator
Reversible = _abc.Reversible
Container = _abc.Container
Collection = _abc.Collection
Sized = _abc.Sized
Hashable = _abc.Hashable
Sequence = _abc.Sequence
MutableSequence = _abc.MutableSequence
Mapping = _abc.Mapping
MutableMapping = _abc.MutableMapping
AbstractSet = _abc.Set
MutableSet = _abc.MutableSet
MappingView = _abc.MappingView
KeysView = _abc.KeysView
ItemsView = _abc.ItemsView
ValuesView = _abc.ValuesView
ByteString = _abc.ByteString


def _class_getitem(cls, params):
    return cls


for _c in (_abc.Iterable, _abc.Iterator, _abc.Generator, _abc.Reversible, _abc.Container,
           _abc.Collection, _abc.Sized, _abc.Hashable, _abc.Sequence, _abc.MutableSequence,
           _abc.Mapping, _abc.MutableMapping, _abc.Set, _abc.MutableSet, _abc.MappingView,
           _abc.KeysView, _abc.ItemsView, _abc.ValuesView, _abc.ByteString, _abc.Callable,
           _abc.Awaitable, _abc.Coroutine, _abc.AsyncIterable, _abc.AsyncIterator,
           _abc.AsyncGenerator):
    _c.__class_getitem__ = classmethod(_class_getitem)


class TypeVar:
    """Type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    @property
    def args(self):
        return Any

    @property
    def kwargs(self):
        return Any


class TypeVarTuple(TypeVar):
    pass


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Base class for generic classes: class Stack(Generic[T])."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class for protocol classes (structural types; not checked)."""
    __slots__ = ()


class NamedTuple(collections._TupleBase):
    """Typed version of namedtuple: class P(NamedTuple): x: int; y: int = 0,
    or NamedTuple('P', [('x', int), ('y', int)])."""

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            typename = args[0]
            fields = args[1] if len(args) > 1 else list(kwargs.items())
            nt = collections.namedtuple(typename, [f for f, _ in fields])
            nt.__annotations__ = dict(fields)
            return nt
        return collections._TupleBase.__new__(cls, *args, **kwargs)

    def __init_subclass__(cls, **kwargs):
        if NamedTuple not in cls.__bases__:
            return
        d = cls.__dict__
        annotations = d.get("__annotations__", {})
        fields = list(annotations)
        defaults = {}
        for name in fields:
            if name in d:
                defaults[name] = d[name]
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, "s" if len(defaults) > 1 else "", ", ".join(defaults)))
        collections._setup_fields(cls, fields, defaults)


class TypedDict:
    """A dict with typed keys: class Movie(TypedDict): name: str.
    Calling the class returns a plain dict."""

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            typename = args[0]
            fields = args[1] if len(args) > 1 else kwargs

            class _TD(TypedDict):
                pass
            _TD.__name__ = typename
            _TD.__qualname__ = typename
            _TD.__annotations__ = dict(fields)
            return _TD
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        cls.__total__ = total


def NewType(name, tp):
    """NewType('UserId', int): a callable returning its argument."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    """Return val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def reveal_type(obj, /):
    return obj


def overload(func):
    return func


def get_overloads(func):
    return []


def final(f):
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def runtime_checkable(cls):
    return cls


def dataclass_transform(**kwargs):
    return lambda cls: cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (and its bases) or function."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
        return hints
    return dict(getattr(obj, "__annotations__", None) or {})


def get_origin(tp):
    if isinstance(tp, _Form):
        return tp.__origin__
    return None


def get_args(tp):
    if isinstance(tp, _Form):
        return tp.__args__
    return ()


def is_typeddict(tp):
    return isinstance(tp, type) and issubclass(tp, TypedDict)


class SupportsInt(Protocol):
    pass


class SupportsFloat(Protocol):
    pass


class SupportsIndex(Protocol):
    pass


class SupportsAbs(Protocol):
    pass


class SupportsRound(Protocol):
    pass


class SupportsBytes(Protocol):
    pass


class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


ContextManager = _Form("ContextManager")
AsyncContextManager = _Form("AsyncContextManager")
Pattern = _Form("Pattern")
Match = _Form("Match")
