# Operator precedence follows Python.
assert 2 + 3 * 4 == 14
assert (2 + 3) * 4 == 20
assert 2 * 3 ** 2 == 18
assert -2 ** 2 == -4
assert (-2) ** 2 == 4
assert 2 ** -1 == 0.5
assert 2 ** 3 ** 2 == 512
assert 10 - 4 - 3 == 3
assert 100 / 10 / 5 == 2.0
assert 7 // 2 * 2 == 6
assert 7 % 4 * 2 == 6
assert 1 + 2 << 3 == 24
assert 1 << 2 + 3 == 32
assert 6 & 3 | 8 == 10
assert 6 | 3 & 1 == 7
assert 6 ^ 3 & 1 == 7
assert 1 | 2 ^ 3 == 1
assert 5 & 3 ^ 1 == 0
assert not 1 == 2
assert (not 1) == False
assert not (1 == 2)
assert (not True == False) is True
assert True or False and False
assert (True or False) and False is False
assert not True or True
assert 1 < 2 == 2
assert 3 > 2 > 1
assert (1 if False else 2) + 1 == 3
assert 1 if True else 2 + 100 == 1
assert (lambda: 1 + 2)() == 3
x = 5
assert -x ** 2 == -25
assert ~x + 1 == -x
assert - - x == 5
assert 2 * -x == -10
assert 3 - -x == 8
assert x * 2 > 9 and x * 2 < 11
assert [1, 2] + [3] * 2 == [1, 2, 3, 3]
assert "a" + "b" * 2 == "abb"
assert "x" in "xyz" and "q" not in "xyz"
assert (1, 2) == (1, 2) != (2, 1)
assert 1 + 2 == 3 and 2 + 2 == 4
assert 0 or "" or None or "last" == "last"
a = [1, 2, 3]
assert a[1] ** 2 == 4
assert -a[0] == -1
assert not a[0] - 1
assert 2 ** a[2] == 8
d = {"k": [1, 2]}
assert d["k"][1] * 3 == 6
assert len("abc") * 2 + 1 == 7
y = 3 if x > 3 else 4 if x > 1 else 5
assert y == 3
z = 1 if x < 0 else 2 if x < 3 else 3
assert z == 3
assert (x > 3) + (x > 4) + (x > 5) == 2
assert (x == 5) is not None
assert 2 * 3 % 4 == 2
assert 2 * (3 % 4) == 6
assert -7 // 2 ** 1 == -4
assert 1 - 2 - 3 * 4 // 5 == -3
assert 1.5 * 2 ** 2 == 6.0
print(2 + 3 * 4, 2 ** 3 ** 2, -2 ** 2, 1 + 2 << 3, 6 & 3 | 8, not 1 == 2, 10 - 4 - 3, 7 // 2 * 2)
print(1 if x > 10 else 2 if x > 3 else 3, 0 or [] or "x", 1 and 2 and 3, 1 and 0 and 3)
