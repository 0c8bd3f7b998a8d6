# range objects: re-iterable, len, index, in, slicing, negative steps.
r = range(5)
assert list(r) == [0, 1, 2, 3, 4]
assert list(r) == [0, 1, 2, 3, 4]  # a second pass works
assert len(r) == 5
assert r[0] == 0 and r[-1] == 4
assert 3 in r and 5 not in r and -1 not in r
assert 2.0 in r
assert "a" not in r
assert list(range(2, 8, 2)) == [2, 4, 6]
assert list(range(10, 0, -3)) == [10, 7, 4, 1]
assert list(range(0)) == []
assert list(range(5, 2)) == []
assert list(range(-3, 3)) == [-3, -2, -1, 0, 1, 2]
assert len(range(0, 10, 3)) == 4
assert len(range(10, 0, -3)) == 4
assert len(range(1, 1)) == 0
assert range(0, 10, 2)[2] == 4
assert range(10)[2:5] == range(2, 5)
assert list(range(10)[::3]) == [0, 3, 6, 9]
assert list(range(10)[::-1]) == list(reversed(range(10)))
assert range(10).index(7) == 7
assert range(0, 20, 5).index(15) == 3
assert range(0, 10).count(3) == 1
assert range(3) == range(0, 3)
assert range(0) == range(5, 5)
assert range(0, 3, 2) == range(0, 4, 2)
assert repr(range(3)) == "range(0, 3)"
assert repr(range(1, 9, 2)) == "range(1, 9, 2)"
assert r.start == 0 and r.stop == 5 and r.step == 1
assert sum(range(101)) == 5050
assert max(range(7)) == 6
assert list(reversed(range(1, 4))) == [3, 2, 1]
assert bool(range(0)) is False and bool(range(1)) is True
big = range(10**12)
assert len(big) == 10**12
assert big[-1] == 10**12 - 1
assert 10**11 in big
try:
    range(1, 10, 0)
    assert False
except ValueError as e:
    assert str(e) == "range() arg 3 must not be zero"
try:
    range(5)[5]
    assert False
except IndexError as e:
    assert str(e) == "range object index out of range"
try:
    range(1.5)
    assert False
except TypeError as e:
    assert str(e) == "'float' object cannot be interpreted as an integer"
try:
    range(3).index(7)
    assert False
except ValueError as e:
    assert str(e) == "7 is not in range"
it = iter(range(3))
assert next(it) == 0
assert list(it) == [1, 2]
assert list(it) == []
total = 0
for i in range(3):
    for j in range(i):
        total += j
assert total == 1
assert [x * x for x in range(1, 4)] == [1, 4, 9]
assert list(zip(range(3), range(10, 13))) == [(0, 10), (1, 11), (2, 12)]
assert list(enumerate(range(5, 7))) == [(0, 5), (1, 6)]
assert list(range(True, 3)) == [1, 2]
print(r, list(r), range(2, 20, 3), list(range(2, 20, 3)), len(big))
