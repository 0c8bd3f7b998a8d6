# Tests for operator: each assert's expected value is what CPython 3.11 gives.
import operator
from operator import itemgetter, attrgetter, methodcaller
class Obj:
    def __init__(self):
        self.a = 1
        self.child = self
        self.name = 'obj'
    def greet(self, who, punct='!'):
        return 'hi ' + who + punct
assert (operator.add(2, 3)) == 5
assert (operator.add('a', 'b')) == 'ab'
assert (operator.sub(10, 4)) == 6
assert (operator.mul(3, 4)) == 12
assert (operator.mul([0], 3)) == [0, 0, 0]
assert (operator.truediv(7, 2)) == 3.5
assert (operator.floordiv(7, 2)) == 3
assert (operator.floordiv(-7, 2)) == -4
assert (operator.mod(-7, 3)) == 2
assert (operator.pow(2, 10)) == 1024
assert (operator.neg(5)) == -5
assert (operator.pos(-5)) == -5
assert (operator.abs(-2.5)) == 2.5
assert (operator.invert(5)) == -6
assert (operator.inv(0)) == -1
assert (operator.lshift(1, 4)) == 16
assert (operator.rshift(256, 3)) == 32
assert (operator.and_(12, 10)) == 8
assert (operator.or_(12, 10)) == 14
assert (operator.xor(12, 10)) == 6
assert (operator.not_([])) is True
assert (operator.truth('x')) is True
assert (operator.lt(1, 2)) is True
assert (operator.le(2, 2)) is True
assert (operator.eq('a', 'a')) is True
assert (operator.ne(1, 1)) is False
assert (operator.gt(3, 2)) is True
assert (operator.ge(1, 2)) is False
assert (operator.is_(None, None)) is True
assert (operator.is_not(1, None)) is True
assert (operator.contains([1, 2, 3], 2)) is True
assert (operator.contains('abc', 'bc')) is True
assert (operator.countOf([1, 2, 1, 1], 1)) == 3
assert (operator.indexOf('hello', 'l')) == 2
assert (operator.getitem([10, 20, 30], 1)) == 20
assert (operator.getitem({'k': 'v'}, 'k')) == 'v'
assert (operator.getitem('abcdef', slice(1, 4))) == 'bcd'
assert (operator.concat([1], [2])) == [1, 2]
assert (operator.index(7)) == 7
assert (operator.length_hint([1, 2, 3])) == 3
assert (operator.__add__(1, 1)) == 2
assert (operator.iadd(1, 2)) == 3
lst = [1]
assert (operator.iadd(lst, [2]) is lst) is True
assert (lst) == [1, 2]
d = {}
operator.setitem(d, 'x', 1)
assert (d) == {'x': 1}
operator.delitem(d, 'x')
assert (d) == {}
assert (itemgetter(1)('abc')) == 'b'
assert (itemgetter(0, 2)([5, 6, 7])) == (5, 7)
assert (itemgetter('b')({'a': 1, 'b': 2})) == 2
assert (itemgetter(slice(1, None))([1, 2, 3])) == [2, 3]
assert (repr(itemgetter(1, 'a'))) == "operator.itemgetter(1, 'a')"
assert (sorted([('b', 2), ('a', 3), ('c', 1)], key=itemgetter(1))) == [('c', 1), ('b', 2), ('a', 3)]
assert (sorted([('b', 2), ('a', 2), ('c', 1)], key=itemgetter(1, 0))) == [('c', 1), ('a', 2), ('b', 2)]
assert (list(map(itemgetter(0), [(1, 2), (3, 4)]))) == [1, 3]
assert (attrgetter('a')(Obj())) == 1
assert (attrgetter('child.child.name')(Obj())) == 'obj'
assert (attrgetter('a', 'name')(Obj())) == (1, 'obj')
assert (repr(attrgetter('x.y'))) == "operator.attrgetter('x.y')"
assert (methodcaller('upper')('abc')) == 'ABC'
assert (methodcaller('split', '-')('a-b-c')) == ['a', 'b', 'c']
assert (methodcaller('replace', 'a', 'o', 1)('banana')) == 'bonana'
assert (methodcaller('greet', 'bob', punct='?')(Obj())) == 'hi bob?'
assert (repr(methodcaller('greet', 'x', punct='.'))) == "operator.methodcaller('greet', 'x', punct='.')"
assert (max(['aa', 'b', 'ccc'], key=len)) == 'ccc'
try:
    attrgetter('missing')(Obj())
except AttributeError as e:
    print(e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print(e)
try:
    operator.indexOf([1], 2)
except ValueError as e:
    print(e)
try:
    operator.add(1, 'a')
except TypeError as e:
    print(e)
print(itemgetter(0), attrgetter('a', 'b'), methodcaller('f', 1, k=2))
