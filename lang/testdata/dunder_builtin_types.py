# Special methods of built-in types, called directly or through the type.
assert (7).__add__(2) == 9 and (7).__radd__(2) == 9 and (7).__sub__(2) == 5 and (7).__rsub__(2) == -5
assert (7).__add__("a") is NotImplemented
assert (7).__mul__(2.0) is NotImplemented or (7).__mul__(2.0) == 14.0
assert (2.5).__mul__(2) == 5.0 and (2).__pow__(10) == 1024 and (2).__rpow__(10) == 100
assert (7).__floordiv__(2) == 3 and (7).__mod__(4) == 3 and (7).__truediv__(2) == 3.5
assert (6).__and__(3) == 2 and (6).__or__(3) == 7 and (6).__xor__(3) == 5 and (1).__lshift__(4) == 16
assert (3).__neg__() == -3 and (-3.5).__abs__() == 3.5 and (5).__invert__() == -6 and (2).__pos__() == 2
assert (1.9).__int__() == 1 and (3).__float__() == 3.0 and (7).__index__() == 7
assert (2.567).__round__(2) == 2.57 and (5).__bool__() is True and (0.0).__bool__() is False
assert (1).__eq__(1) is True and (1).__ne__(2) is True and (1).__lt__("a") is NotImplemented
assert (1).__eq__(1.0) is NotImplemented and (1.0).__eq__(1) is True
assert (5).__hash__() == hash(5) and "x".__hash__() == hash("x")
assert "x".__repr__() == "'x'" and (1.5).__str__() == "1.5" and [1].__repr__() == "[1]"
assert (12.5).__format__(".1f") == "12.5" and "ab".__format__(">4") == "  ab"
assert "ab".__add__("c") == "abc" and "a".__mul__(3) == "aaa" and "a".__rmul__(2) == "aa"
assert "%s!".__mod__("x") == "x!"
assert "ab".__len__() == 2 and "abc".__getitem__(1) == "b" and "abc".__contains__("bc")
assert [1, 2].__getitem__(-1) == 2 and [1].__contains__(1) and [1, 2].__len__() == 2
assert [1].__add__([2]) == [1, 2] and [0].__mul__(3) == [0, 0, 0]
assert {1: 2}.__getitem__(1) == 2 and {1: 2}.__contains__(1) and {1: 2}.__len__() == 1
assert {1}.__or__({2}) == {1, 2} and {1, 2}.__and__({2}) == {2} and {1, 2}.__sub__({1}) == {2}
assert (1, 2).__getitem__(0) == 1 and (1, 2).__len__() == 2 and (1,).__add__((2,)) == (1, 2)
assert b"ab".__len__() == 2 and b"ab".__getitem__(0) == 97
assert range(5).__len__() == 5 and range(5).__getitem__(2) == 2 and range(5).__contains__(3)
it = iter([1, 2])
assert it.__next__() == 1 and next(it) == 2
assert [5, 6].__iter__().__next__() == 5
lst = [3]
lst.__setitem__(0, 9)
lst.__delitem__(0) if False else None
assert lst == [9]
d = {}
d.__setitem__("k", 1)
d.__delitem__("k")
assert d == {}
# through the type
assert int.__add__(1, 2) == 3 and str.__len__("abc") == 3 and list.__getitem__([5, 6], -1) == 6
assert dict.__contains__({1: 1}, 1) and tuple.__len__((1, 2)) == 2 and float.__mul__(1.5, 2) == 3.0
assert str.__add__("a", "b") == "ab" and set.__len__({1, 2}) == 2
try:
    int.__add__("a", 1)
    assert False
except TypeError as e:
    assert str(e) == "descriptor '__add__' requires a 'int' object but received a 'str'"
# which types have which methods
assert hasattr(5, "__add__") and hasattr("s", "__getitem__") and not hasattr(5, "__getitem__")
assert hasattr(list, "__len__") and not hasattr(int, "__len__") and not hasattr(1.5, "__invert__")
assert not hasattr("s", "__sub__") and not hasattr([], "__and__")
# useful in higher-order code
from_pairs = list(map(int.__mul__, [1, 2, 3], [4, 5, 6]))
assert from_pairs == [4, 10, 18]
assert sorted(["bb", "a", "ccc"], key=str.__len__) == ["a", "bb", "ccc"]
assert list(filter(str.__len__, ["", "x", ""])) == ["x"]
assert sum(map((10).__rsub__, [1, 2])) == -17
print((7).__add__(2), "ab".__len__(), int.__add__(1, 2), from_pairs, {1}.__or__({2}))
