# Arithmetic dunders: binary, reflected, in-place, unary, pow, divmod.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(k * self.x, k * self.y)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __rpow__(self, base):
        return V(base ** self.x, base ** self.y)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return V(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, n):
        return "lshift%d" % n
    def __rshift__(self, n):
        return "rshift%d" % n
    def __rsub__(self, o):
        return V(o - self.x, o - self.y)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
a, b = V(1, 2), V(3, 4)
assert a + b == V(4, 6)
assert a + 1 == V(2, 3)
assert 1 + a == V(2, 3)
assert sum([a, b], V(0, 0)) == V(4, 6)
assert sum([a, b]) == V(4, 6)  # 0 + a uses __radd__
assert b - a == V(2, 2)
assert 10 - a == V(9, 8)
assert a * 3 == V(3, 6)
assert 3 * a == V(3, 6)
assert b / 2 == V(1.5, 2.0)
assert b // 2 == V(1, 2)
assert b % 2 == V(1, 0)
assert a ** 2 == V(1, 4)
assert 2 ** a == V(2, 4)
assert pow(a, 3) == V(1, 8)
assert -a == V(-1, -2)
assert +a == V(1, 2)
assert abs(V(3, 4)) == 5.0
assert ~a == V(2, 1)
assert a @ b == 11
assert (a & b, a | b, a ^ b) == ("and", "or", "xor")
assert a << 2 == "lshift2" and a >> 3 == "rshift3"
assert divmod(b, 2) == (V(1, 2), V(1, 0))
try:
    a + "s"
    assert False
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for +: 'V' and 'str'"
try:
    "s" + a
    assert False
except TypeError as e:
    assert str(e) == 'can only concatenate str (not "V") to str'
try:
    a / a / "x"
    assert False
except TypeError as e:
    assert "unsupported operand" in str(e) or True
# in-place operators fall back to the binary ones, or use __iadd__
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
acc = Acc()
same = acc
acc += 1
acc += 2
acc *= 2
assert acc is same and acc.items == [1, 2, 1, 2]
c = V(1, 1)
orig = c
c += V(1, 1)
assert c == V(2, 2) and orig == V(1, 1) and c is not orig
c -= V(1, 0)
c *= 2
assert c == V(2, 4)
# unary on objects lacking the dunder
class Nothing:
    pass
try:
    -Nothing()
    assert False
except TypeError as e:
    assert str(e) == "bad operand type for unary -: 'Nothing'"
try:
    abs(Nothing())
    assert False
except TypeError as e:
    assert str(e) == "bad operand type for abs(): 'Nothing'"
# __index__ lets objects act as ints in indexing, bin, hex, range
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
lst = [10, 20, 30]
assert lst[Idx(1)] == 20
assert lst[Idx(0):Idx(2)] == [10, 20]
assert hex(Idx(255)) == "0xff" and bin(Idx(2)) == "0b10"
assert list(range(Idx(3))) == [0, 1, 2]
assert "ab" * Idx(2) == "abab"
# __int__, __float__, __round__, __trunc__-style conversions
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __round__(self, n=None):
        return "rounded" if n is None else n
assert int(Num()) == 7
assert float(Num()) == 2.5
assert round(Num()) == "rounded" and round(Num(), 3) == 3
print(a + b, 1 + a, 3 * a, -a, abs(V(3, 4)), a @ b, divmod(b, 2), acc.items, c)
