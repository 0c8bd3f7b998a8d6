# Tests for functools: each assert's expected value is what CPython 3.11 gives.
import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering, update_wrapper, singledispatch, cached_property
import operator
def f3(a, b, c=3, *, d=4):
    return (a, b, c, d)
fib_calls = []
@lru_cache(maxsize=None)
def fib(n):
    fib_calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
assert (reduce(operator.add, [1, 2, 3, 4])) == 10
assert (reduce(lambda a, b: a * b, range(1, 6))) == 120
assert (reduce(operator.add, [], 10)) == 10
assert (reduce(lambda acc, s: acc + s.upper(), ['a', 'b'], '')) == 'AB'
assert (reduce(max, [3, 9, 2])) == 9
p = partial(f3, 1)
assert (p(2)) == (1, 2, 3, 4)
assert (p(2, 5, d=6)) == (1, 2, 5, 6)
assert (p.args) == (1,)
assert (p.keywords) == {}
assert (p.func is f3) is True
q = partial(f3, 1, 2, d=0)
assert (q()) == (1, 2, 3, 0)
assert (q(c=9)) == (1, 2, 9, 0)
assert (q(d=1)) == (1, 2, 3, 1)
pp = partial(q, 7)
assert (pp()) == (1, 2, 7, 0)
assert (pp.args) == (1, 2, 7)
assert (pp.func is f3) is True
assert (partial(int, base=2)('1010')) == 10
assert (partial(max, key=len)(['a', 'abc', 'ab'])) == 'abc'
assert (callable(p)) is True
assert (fib(30)) == 832040
assert (len(fib_calls)) == 31
assert (fib.cache_info().hits) == 28
assert (fib.cache_info().misses) == 31
assert (fib.cache_info().currsize) == 31
assert (fib.cache_info().maxsize) is None
assert (tuple(fib.cache_info())) == (28, 31, None, 31)
fib.cache_clear()
assert (fib.cache_info().currsize) == 0
assert (fib.cache_parameters()) == {'maxsize': None, 'typed': False}
assert (sorted([5, 1, 4], key=cmp_to_key(lambda a, b: a - b))) == [1, 4, 5]
assert (sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a)))) == ['ccc', 'bb', 'a']
assert (sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=cmp_to_key(lambda x, y: (x > y) - (x < y)))) == [(0, 'z'), (1, 'a'), (1, 'b')]
@lru_cache(maxsize=2)
def square(x):
    return x * x


square(1)
square(2)
square(1)
square(3)
square(2)
info = square.cache_info()
assert (info.hits, info.misses, info.currsize) == (1, 4, 2)
print(info)


@cache
def add(a, b=0):
    return a + b


assert add(1, b=2) == 3
assert add(1, b=2) == 3
assert add.cache_info().hits == 1


def deco(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        return fn(*args, **kwargs) * 2
    return inner


@deco
def double_me(x):
    "Doc of double_me."
    return x


assert double_me(4) == 8
assert double_me.__name__ == 'double_me'
assert double_me.__doc__ == 'Doc of double_me.'
assert double_me.__wrapped__(4) == 4


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts


assert Version(1, 2) <= Version(1, 3)
assert Version(2) > Version(1, 9)
assert Version(1) >= Version(1)
assert not (Version(1) > Version(1))
assert sorted([Version(3), Version(1), Version(2)])[0].parts == (1,)


@singledispatch
def describe(x):
    return 'object'


@describe.register(int)
def _(x):
    return 'int %d' % x


@describe.register(list)
def _(x):
    return 'list of %d' % len(x)


assert describe(3) == 'int 3'
assert describe([1, 2]) == 'list of 2'
assert describe('s') == 'object'
assert describe(True) == 'int 1'


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
assert c.area == 12
assert c.area == 12
assert c.computed == 1


class Calc:
    @lru_cache(maxsize=None)
    def twice(self, x):
        return 2 * x


assert Calc().twice(21) == 42
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
try:
    partial()
except TypeError as e:
    print("TypeError")
try:
    partial(1)
except TypeError as e:
    print(e)
print(reduce(lambda a, b: a + b, ['x', 'y', 'z']))
