# Comparisons: chaining, short-circuiting, single evaluation, mixed types.
calls = []
def v(x):
    calls.append(x)
    return x
assert v(1) < v(2) < v(3)
assert calls == [1, 2, 3]
calls.clear()
assert not (v(1) < v(0) < v(3))
assert calls == [1, 0]  # stops early, third never evaluated
calls.clear()
assert v(1) < v(5) > v(2)
assert calls == [1, 5, 2]
calls.clear()
assert (v(2) == v(2) == v(2)) and calls == [2, 2, 2]
x = 5
assert 1 < x < 10
assert not (1 < x < 3)
assert 1 <= 1 <= 1
assert 1 < 2 <= 2 < 3 != 4
assert 5 > x - 1 >= 4
assert 0 < x != 3
assert (1 < 2) == True
a = b = c = 3
assert a == b == c
assert [] == [] != [1]
assert 1 in [1, 2] in [[1, 2]]
assert 3 == 3.0 == True + 2
# mixed numeric comparisons
assert 1 < 1.5 < 2
assert 2**64 > 1.5
assert -(2**64) < -1e10
assert 1e20 < 10**21
assert 10**21 > 1e20
assert float("inf") > 10**400
assert not (float("nan") < 10**400)
assert True > False
assert True == 1 and False == 0
assert 0.1 + 0.2 > 0.3
assert "abc" < "abd" < "b"
assert (1, 2) < (1, 2, 0) < (1, 3)
assert [1, "a"] < [2, "a"]
assert [1, "a"] != [1, 2]
assert None == None
assert not (None != None)
assert None != 0
assert [] != ()
assert {} != []
assert {1: 2} == {1: 2.0}
try:
    None < 1
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'NoneType' and 'int'"
try:
    [1] < (1,)
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'list' and 'tuple'"
try:
    {1} < [1]
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'set' and 'list'"
try:
    {} < {}
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'dict' and 'dict'"
try:
    1 >= "1"
    assert False
except TypeError as e:
    assert str(e) == "'>=' not supported between instances of 'int' and 'str'"
try:
    [1, 2] < [1, "x"]
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'int' and 'str'"
# == never raises for mismatched types
assert (1 == "1") is False
assert ([1] == (1,)) is False
# comparisons evaluate middle operand once
calls.clear()
def mid():
    calls.append("m")
    return 5
assert 1 < mid() < 10
assert calls == ["m"]
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, (1, 2) < (1, 3), "a" < "B")
