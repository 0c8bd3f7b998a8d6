# Tests for typing: each assert's expected value is what CPython 3.11 gives.
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator, Sequence, Mapping,
                    TypeVar, Generic, Protocol, NamedTuple, TypedDict, ClassVar, Final, Literal, cast, overload,
                    TYPE_CHECKING, NewType, get_type_hints, DefaultDict, Deque, Type, runtime_checkable, AnyStr)
import typing
T = TypeVar('T')
K = TypeVar('K', bound=str)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
class Employee(NamedTuple):
    name: str
    id: int = 3
class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    x: int
UserId = NewType('UserId', int)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
def greet(name: Optional[str] = None, times: int = 1) -> List[str]:
    return ['hi ' + (name or 'you')] * times
def apply(f: Callable[[int], int], xs: Iterable[int]) -> Dict[str, Any]:
    return {'r': [f(x) for x in xs]}
class Annotated:
    a: int
    b: 'Stack[int]'
    c: ClassVar[int] = 3
assert (greet()) == ['hi you']
assert (greet('bob', 2)) == ['hi bob', 'hi bob']
assert (apply(lambda x: x * 2, [1, 2])) == {'r': [2, 4]}
assert (repr(T)) == '~T'
assert (T.__name__) == 'T'
assert (repr(Optional[int])) == 'typing.Optional[int]'
assert (repr(Union[int, str])) == 'typing.Union[int, str]'
assert (repr(Any)) == 'typing.Any'
assert (repr(Literal['a', 'b'])) == "typing.Literal['a', 'b']"
assert (typing.get_args(Union[int, str]) == (int, str)) is True
assert (typing.get_origin(Union[int, str]) is Union) is True
assert (cast(int, '5')) == '5'
assert (TYPE_CHECKING) is False
assert (UserId(7)) == 7
assert (Employee('a')) == Employee(name='a', id=3)
assert (Employee('a').id) == 3
assert (Employee('b', 9)._asdict()) == {'name': 'b', 'id': 9}
assert (Employee._fields) == ('name', 'id')
assert (Employee._field_defaults) == {'id': 3}
assert (tuple(Employee('x', 1))) == ('x', 1)
assert (repr(Employee('x', 1)._replace(id=2))) == "Employee(name='x', id=2)"
assert (Movie(title='x', year=1)) == {'title': 'x', 'year': 1}
assert (type(Movie(title='x', year=1)) is dict) is True
assert (Partial.__total__) is False
assert (Movie.__total__) is True
assert (get_type_hints(Movie) == {'title': str, 'year': int}) is True
assert (List[int] is not None) is True
assert (Dict[str, int] is not None) is True
assert (isinstance([], List)) is True
assert (isinstance({}, Dict)) is True
assert (isinstance(None, type(None))) is True
assert (DefaultDict[str, int] is not None) is True
assert (Annotated.__annotations__['a'] is int) is True
assert (Annotated.__annotations__['b'] == 'Stack[int]') is True
assert (Annotated.c) == 3
s = Stack[int]()
s.push(1)
s.push(2)
assert s.pop() == 2
assert isinstance(s, Stack)
E2 = NamedTuple('E2', [('n', str), ('k', int)])
assert E2('x', 1).k == 1
print(E2('x', 1))


@overload
def f(x: int) -> int: ...


@overload
def f(x: str) -> str: ...


def f(x):
    return x


assert f(3) == 3
print(Employee('z'))
