# Tests for enum: each assert's expected value is what CPython 3.11 gives.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return self.name.lower()
    @classmethod
    def default(cls):
        return cls.GREEN
class Num(IntEnum):
    ONE = 1
    TWO = 2
class Auto(Enum):
    X = auto()
    Y = auto()
    Z = auto()
class Perm(Flag):
    R = 4
    W = 2
    X = 1
class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = 'sq'
assert (str(Color.RED)) == 'Color.RED'
assert (repr(Color.GREEN)) == '<Color.GREEN: 2>'
assert (Color(2) is Color.GREEN) is True
assert (Color['BLUE'] is Color.BLUE) is True
assert (Color.CRIMSON is Color.RED) is True
assert ([c.name for c in Color]) == ['RED', 'GREEN', 'BLUE']
assert (len(Color)) == 3
assert (Color.RED in Color) is True
assert (Color.RED.name) == 'RED'
assert (Color.RED.value) == 1
assert (Color.BLUE.describe()) == 'blue'
assert (Color.default() is Color.GREEN) is True
assert (isinstance(Color.RED, Color)) is True
assert (Color.RED == Color.RED) is True
assert (Color.RED == 1) is False
assert (Color.RED != Color.BLUE) is True
assert (f'{Color.RED}') == 'Color.RED'
assert (list(Color.__members__)) == ['RED', 'GREEN', 'BLUE', 'CRIMSON']
assert (Color.__members__['CRIMSON'] is Color.RED) is True
assert ({Color.RED: 'r'}[Color.CRIMSON]) == 'r'
assert (sorted(Color, key=lambda c: -c.value)[0].name) == 'BLUE'
assert (Num.ONE == 1) is True
assert (Num.TWO + 1) == 3
assert (Num.ONE < Num.TWO) is True
assert (str(Num.ONE)) == '1'
assert (repr(Num.TWO)) == '<Num.TWO: 2>'
assert ([n.name for n in sorted([Num.TWO, Num.ONE])]) == ['ONE', 'TWO']
assert (int(Num.TWO)) == 2
assert (f'{Num.TWO}') == '2'
assert (Num(1) is Num.ONE) is True
assert ([1, 2, 3][Num.ONE]) == 2
assert ([a.value for a in Auto]) == [1, 2, 3]
assert (repr(Perm.R | Perm.W)) == '<Perm.R|W: 6>'
assert (str(Perm.R | Perm.W)) == 'Perm.R|W'
assert (Perm.R in (Perm.R | Perm.W)) is True
assert (Perm.X in (Perm.R | Perm.W)) is False
assert (bool(Perm.R & Perm.X)) is False
assert (repr(~Perm.R)) == '<Perm.W|X: 3>'
assert ([p.name for p in (Perm.R | Perm.X)]) == ['R', 'X']
assert (repr(Perm(7))) == '<Perm.R|W|X: 7>'
assert (Perm(6) == Perm.R | Perm.W) is True
assert ((Bits.A | Bits.C).value) == 5
assert (Bits.B == 2) is True
assert ([b.value for b in Bits]) == [1, 2, 4]
assert (Planet.EARTH.mass) == 5.976e+24
assert (Planet.MARS.radius) == 3397200.0
assert (Planet((6.421e+23, 3.3972e6)) is Planet.MARS) is True
assert (Planet.EARTH.value) == (5.976e+24, 6378140.0)
assert (str(Shape.CIRCLE)) == 'circle'
assert (Shape.SQUARE == 'sq') is True
assert (Shape.CIRCLE.upper()) == 'CIRCLE'
assert (repr(Shape.SQUARE)) == "<Shape.SQUARE: 'sq'>"
try:
    Color(9)
except ValueError as e:
    print(e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
try:
    @unique
    class Dup(Enum):
        a = 1
        b = 1
except ValueError as e:
    print(e)
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
for c in Color:
    print(c, c.value)
