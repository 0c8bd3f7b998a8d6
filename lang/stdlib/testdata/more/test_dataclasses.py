# Tests for dataclasses: each assert's expected value is what CPython 3.11 gives.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError, make_dataclass, MISSING, InitVar
from typing import List, Optional, ClassVar, Dict
@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
@dataclass
class Tree:
    name: str
    children: list = field(default_factory=list)
    meta: Optional[Dict[str, int]] = None
@dataclass
class WithPost:
    a: int
    b: int = 2
    total: int = field(init=False)
    def __post_init__(self):
        self.total = self.a + self.b
@dataclass
class Base:
    x: int
    y: str = 'base'
@dataclass
class Child(Base):
    z: float = 1.5
    y: str = 'child'
@dataclass(eq=False)
class NoEq:
    v: int
@dataclass(unsafe_hash=True)
class Hashy:
    k: str
    n: int = field(default=0, hash=False)
@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 1
    def __post_init__(self, factor):
        self.value *= factor
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
@dataclass
class Inv:
    qty: int
    price: float
    def total(self):
        return self.qty * self.price
p = Point(1)
q = Point(1, 2, ['a'])
assert (repr(p)) == 'Point(x=1, y=0, tags=[])'
assert (repr(q)) == "Point(x=1, y=2, tags=['a'])"
assert (p == Point(1)) is True
assert (p == q) is False
assert (p != q) is True
assert (p.tags is Point(1).tags) is False
assert (asdict(q)) == {'x': 1, 'y': 2, 'tags': ['a']}
assert (astuple(q)) == (1, 2, ['a'])
assert (repr(replace(p, y=5))) == 'Point(x=1, y=5, tags=[])'
assert ([f.name for f in fields(Point)]) == ['x', 'y', 'tags']
assert ([f.name for f in fields(p)]) == ['x', 'y', 'tags']
assert (is_dataclass(p)) is True
assert (is_dataclass(Point)) is True
assert (is_dataclass(5)) is False
assert (Point.count) == 0
assert (Point.y) == 0
assert (hasattr(Point, 'x')) is False
assert (fields(Point)[1].default) == 0
assert (fields(Point)[2].default_factory is list) is True
assert (fields(Point)[0].default is MISSING) is True
assert (Point.__match_args__) == ('x', 'y', 'tags')
assert (repr(Version(1, 2, 'beta'))) == "Version(major=1, minor=2, label='beta')"
assert (Version(1, 2) < Version(1, 3)) is True
assert (Version(2) > Version(1, 9)) is True
assert (Version(1, 2, 'x') == Version(1, 2, 'y')) is True
assert (sorted([Version(3), Version(1, 5), Version(1, 2)])) == [Version(major=1, minor=2, label=''), Version(major=1, minor=5, label=''), Version(major=3, minor=0, label='')]
assert (hash(Version(1, 2)) == hash(Version(1, 2, 'other'))) is True
assert ({Version(1): 'one'}[Version(1)]) == 'one'
assert (repr(Tree('root', [Tree('leaf')]))) == "Tree(name='root', children=[Tree(name='leaf', children=[], meta=None)], meta=None)"
assert (asdict(Tree('root', [Tree('leaf', meta={'a': 1})]))) == {'name': 'root', 'children': [{'name': 'leaf', 'children': [], 'meta': {'a': 1}}], 'meta': None}
assert (astuple(Tree('r', [Tree('l')]))) == ('r', [('l', [], None)], None)
assert (WithPost(1).total) == 3
assert (WithPost(1, 5).total) == 6
assert (repr(WithPost(3))) == 'WithPost(a=3, b=2, total=5)'
assert (repr(Child(1))) == "Child(x=1, y='child', z=1.5)"
assert (repr(Child(1, 'y', 2.5))) == "Child(x=1, y='y', z=2.5)"
assert ([f.name for f in fields(Child)]) == ['x', 'y', 'z']
assert (Child(1) == Base(1)) is False
assert (NoEq(1) == NoEq(1)) is False
assert (hash(Hashy('a', 1)) == hash(Hashy('a', 2))) is True
assert (Hashy('a', 1) == Hashy('a', 2)) is False
assert (Scaled(3, 4).value) == 12
assert (Scaled(3).value) == 3
assert ([f.name for f in fields(Scaled)]) == ['value']
assert (repr(Opts(level=3))) == 'Opts(verbose=False, level=3)'
assert (Opts(level=1, verbose=True).verbose) is True
assert (Inv(3, 1.5).total()) == 4.5
assert (Point.__hash__ is None) is True
assert (repr(make_dataclass('M', [('a', int), ('b', int, field(default=2))])(1))) == 'M(a=1, b=2)'
assert (repr(make_dataclass('N', ['x', 'y'])(1, 2))) == 'N(x=1, y=2)'
for bad in (lambda: Point(), lambda: Point(1, 2, [], 4), lambda: Point(1, z=3), lambda: Point(1, x=2), lambda: Opts()):
    try:
        bad()
        assert False
    except TypeError as e:
        print(e)
v = Version(1)
try:
    v.major = 2
except FrozenInstanceError as e:
    print('frozen:', e)
assert isinstance(FrozenInstanceError(), AttributeError)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    replace(WithPost(1), total=3)
except ValueError as e:
    print(e)
try:
    asdict(5)
except TypeError as e:
    print(e)
print(Point(7, 8), Version(1, 0, 'rc'))
