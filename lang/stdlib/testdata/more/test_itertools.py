# Tests for itertools: each assert's expected value is what CPython 3.11 gives.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, pairwise, starmap, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement)
import operator
assert (list(islice(count(), 5))) == [0, 1, 2, 3, 4]
assert (list(islice(count(10, 3), 4))) == [10, 13, 16, 19]
assert (list(islice(count(1.5, 0.5), 3))) == [1.5, 2.0, 2.5]
assert (list(islice(count(-1, -1), 3))) == [-1, -2, -3]
assert (repr(count(5))) == 'count(5)'
assert (repr(count(0, 2))) == 'count(0, 2)'
assert (repr(count(1.5))) == 'count(1.5)'
assert (list(islice(cycle('abc'), 7))) == ['a', 'b', 'c', 'a', 'b', 'c', 'a']
assert (list(islice(cycle([]), 3))) == []
assert (list(repeat('x', 3))) == ['x', 'x', 'x']
assert (list(repeat(None, 0))) == []
assert (list(repeat(1, -5))) == []
assert (repr(repeat('a', 2))) == "repeat('a', 2)"
assert (list(islice(repeat(7), 4))) == [7, 7, 7, 7]
assert (list(map(pow, range(5), repeat(2)))) == [0, 1, 4, 9, 16]
assert (list(accumulate([1, 2, 3, 4, 5]))) == [1, 3, 6, 10, 15]
assert (list(accumulate([1, 2, 3, 4], operator.mul))) == [1, 2, 6, 24]
assert (list(accumulate([3, 1, 4, 1, 5], max))) == [3, 3, 4, 4, 5]
assert (list(accumulate([1, 2, 3], initial=100))) == [100, 101, 103, 106]
assert (list(accumulate([]))) == []
assert (list(accumulate([], initial=0))) == [0]
assert (list(accumulate('abc'))) == ['a', 'ab', 'abc']
assert (list(chain('ab', [1, 2], (3,)))) == ['a', 'b', 1, 2, 3]
assert (list(chain())) == []
assert (list(chain.from_iterable(['ab', 'cd']))) == ['a', 'b', 'c', 'd']
assert (list(chain.from_iterable([[1], [], [2, 3]]))) == [1, 2, 3]
assert (list(compress('ABCDEF', [1, 0, 1, 0, 1, 1]))) == ['A', 'C', 'E', 'F']
assert (list(compress(range(10), [True, False] * 2))) == [0, 2]
assert (list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]))) == [6, 4, 1]
assert (list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))) == [1, 4]
assert (list(filterfalse(lambda x: x % 2, range(10)))) == [0, 2, 4, 6, 8]
assert (list(filterfalse(None, [0, 1, '', 'a', None, [], [0]]))) == [0, '', None, []]
assert ([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')]) == [('A', ['A', 'A', 'A', 'A']), ('B', ['B', 'B', 'B']), ('C', ['C', 'C']), ('D', ['D']), ('A', ['A', 'A']), ('B', ['B', 'B', 'B'])]
assert ([k for k, g in groupby('AAAABBBCCD')]) == ['A', 'B', 'C', 'D']
assert ([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])]) == [(1, 2), (2, 1), (3, 3)]
assert ([(k, list(g)) for k, g in groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda s: s[0])]) == [('a', ['apple', 'avocado']), ('b', ['banana', 'blueberry']), ('c', ['cherry'])]
assert ([(k, list(g)) for k, g in groupby([])]) == []
assert (list(islice('ABCDEFG', 2))) == ['A', 'B']
assert (list(islice('ABCDEFG', 2, 4))) == ['C', 'D']
assert (list(islice('ABCDEFG', 2, None))) == ['C', 'D', 'E', 'F', 'G']
assert (list(islice('ABCDEFG', 0, None, 2))) == ['A', 'C', 'E', 'G']
assert (list(islice(range(100), 10, 20, 3))) == [10, 13, 16, 19]
assert (list(islice([1, 2, 3], 5))) == [1, 2, 3]
assert (list(islice(count(), 3, 6))) == [3, 4, 5]
assert (list(pairwise('ABCDEFG'))) == [('A', 'B'), ('B', 'C'), ('C', 'D'), ('D', 'E'), ('E', 'F'), ('F', 'G')]
assert (list(pairwise([1]))) == []
assert (list(starmap(pow, [(2, 5), (3, 2), (10, 3)]))) == [32, 9, 1000]
assert (list(starmap(lambda *a: sum(a), [(1, 2, 3), ()]))) == [6, 0]
assert ([list(t) for t in tee([1, 2, 3], 3)]) == [[1, 2, 3], [1, 2, 3], [1, 2, 3]]
assert (len(tee('ab'))) == 2
assert (list(zip_longest('ABCD', 'xy', fillvalue='-'))) == [('A', 'x'), ('B', 'y'), ('C', '-'), ('D', '-')]
assert (list(zip_longest([1, 2], [3]))) == [(1, 3), (2, None)]
assert (list(zip_longest())) == []
assert (list(product('AB', 'xy'))) == [('A', 'x'), ('A', 'y'), ('B', 'x'), ('B', 'y')]
assert (list(product(range(2), repeat=3))) == [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)]
assert (list(product())) == [()]
assert (list(product('ab', []))) == []
assert (list(permutations('ABC', 2))) == [('A', 'B'), ('A', 'C'), ('B', 'A'), ('B', 'C'), ('C', 'A'), ('C', 'B')]
assert (list(permutations(range(3)))) == [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]
assert (list(permutations([]))) == [()]
assert (list(permutations('AB', 3))) == []
assert (list(combinations('ABCD', 2))) == [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')]
assert (list(combinations(range(4), 3))) == [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]
assert (list(combinations('AB', 0))) == [()]
assert (list(combinations('AB', 3))) == []
assert (list(combinations_with_replacement('ABC', 2))) == [('A', 'A'), ('A', 'B'), ('A', 'C'), ('B', 'B'), ('B', 'C'), ('C', 'C')]
assert (list(combinations_with_replacement([], 2))) == []
assert (len(list(permutations(range(5))))) == 120
assert (len(list(combinations(range(10), 4)))) == 210
assert (sum(1 for _ in product(range(4), repeat=4))) == 256
assert (next(count(7))) == 7
assert (type(count()).__name__) == 'count'
assert (type(chain()).__name__) == 'chain'
assert (sorted(set(islice(cycle([1, 2]), 100)))) == [1, 2]
# Infinite iterators stay lazy.
c = count(1)
total = 0
for n in c:
    total += n
    if n == 100:
        break
assert total == 5050
assert next(c) == 101
cy = cycle([1, 2, 3])
assert [next(cy) for _ in range(5)] == [1, 2, 3, 1, 2]
g = groupby('aabbc')
k1, g1 = next(g)
k2, g2 = next(g)
assert (k1, list(g1)) == ('a', [])
assert (k2, list(g2)) == ('b', ['b', 'b'])


def gen():
    yield 1
    yield 2
    raise RuntimeError("stop here")


it = islice(gen(), 2)
assert list(it) == [1, 2]
a, b = tee(x * x for x in range(4))
assert next(a) == 0
assert list(b) == [0, 1, 4, 9]
assert list(a) == [1, 4, 9]
for bad in (lambda: islice([], -1), lambda: islice([], 0, 1, 0), lambda: list(combinations('ab', -1))):
    try:
        bad()
        assert False
    except ValueError as e:
        print(e)
try:
    count('a')
except TypeError as e:
    print(e)
print(count(3), repeat('z', 2))
