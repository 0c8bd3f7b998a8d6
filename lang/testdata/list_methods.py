# List methods.
a = [3, 1, 2]
a.append(4)
assert a == [3, 1, 2, 4]
a.extend([5, 6])
assert a == [3, 1, 2, 4, 5, 6]
a.extend(range(7, 9))
assert a[-2:] == [7, 8]
a.insert(0, 0)
assert a[0] == 0
a.insert(100, 99)
assert a[-1] == 99
a.insert(-1, 98)
assert a[-2:] == [98, 99]
a.insert(-100, -1)
assert a[0] == -1
assert a.pop() == 99
assert a.pop(0) == -1
assert a.pop(-1) == 98
assert a == [0, 3, 1, 2, 4, 5, 6, 7, 8]
a.remove(3)
assert a == [0, 1, 2, 4, 5, 6, 7, 8]
try:
    a.remove(42)
    assert False
except ValueError as e:
    assert str(e) == "list.remove(x): x not in list"
try:
    [].pop()
    assert False
except IndexError as e:
    assert str(e) == "pop from empty list"
try:
    [1].pop(5)
    assert False
except IndexError as e:
    assert str(e) == "pop index out of range"
assert a.index(4) == 3
assert a.index(6, 2) == 5
assert a.index(6, 2, 6) == 5
try:
    a.index(6, 0, 3)
    assert False
except ValueError as e:
    assert str(e) == "6 is not in list"
assert [1, 2, 1, 1].count(1) == 3
assert [1, 2].count(3) == 0
assert [1, 1.0, True].count(1) == 3
b = a.copy()
assert b == a and b is not a
b.clear()
assert b == [] and len(a) == 8
a.reverse()
assert a == [8, 7, 6, 5, 4, 2, 1, 0]
assert a.reverse() is None
assert a.append(1) is None
# sort
s = [5, 2, 9, 1]
assert s.sort() is None
assert s == [1, 2, 5, 9]
s.sort(reverse=True)
assert s == [9, 5, 2, 1]
words = ["banana", "Apple", "cherry", "date"]
words.sort()
assert words == ["Apple", "banana", "cherry", "date"]
words.sort(key=str.lower)
assert words == ["Apple", "banana", "cherry", "date"]
words.sort(key=len)
assert words == ["date", "Apple", "banana", "cherry"]
words.sort(key=len, reverse=True)
assert words == ["banana", "cherry", "Apple", "date"]
# stability
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 2)]
pairs.sort(key=lambda p: p[1])
assert pairs == [("c", 1), ("d", 1), ("b", 2), ("a", 2), ("e", 2)]
pairs.sort(key=lambda p: p[1], reverse=True)
assert pairs == [("b", 2), ("a", 2), ("e", 2), ("c", 1), ("d", 1)]
nested = [[3, "c"], [1, "a"], [2, "b"], [1, "0"]]
nested.sort()
assert nested == [[1, "0"], [1, "a"], [2, "b"], [3, "c"]]
mixed = [3, 1.5, True, -2]
mixed.sort()
assert mixed == [-2, True, 1.5, 3]
try:
    [1, "a"].sort()
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'str' and 'int'"
try:
    [None, None].sort()
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'NoneType' and 'NoneType'"
try:
    a.sort(lambda x: x)
    assert False
except TypeError as e:
    assert str(e) == "sort() takes no positional arguments"
# methods through the type
lst = []
list.append(lst, 1)
assert lst == [1]
assert list.__name__ == "list"
m = lst.append
m(2)
assert lst == [1, 2]
print(a, s, words, pairs, nested)
