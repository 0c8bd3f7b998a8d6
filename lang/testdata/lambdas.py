# Lambda expressions.
sq = lambda x: x * x
assert sq(7) == 49
assert (lambda: "const")() == "const"
assert (lambda a, b=2: a * b)(3) == 6
assert (lambda *a: sum(a))(1, 2, 3) == 6
assert (lambda **k: sorted(k))(b=1, a=2) == ["a", "b"]
assert (lambda a, *, k: a + k)(1, k=2) == 3
assert (lambda a, /, b: a - b)(5, b=3) == 2
assert sq.__name__ == "<lambda>"
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
assert compose(sq, inc)(3) == 16
assert compose(inc, sq)(3) == 10
assert sorted(["bb", "a", "ccc"], key=lambda s: -len(s)) == ["ccc", "bb", "a"]
assert list(map(lambda x: x * 2, [1, 2])) == [2, 4]
assert list(filter(lambda x: x % 3 == 0, range(10))) == [0, 3, 6, 9]
assert (lambda x: (lambda y: x + y))(1)(2) == 3
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
assert [cond(v) for v in (3, 0, -3)] == ["pos", "zero", "neg"]
table = {k: (lambda v, k=k: v ** k) for k in range(4)}
assert table[3](2) == 8 and table[0](9) == 1
assert (lambda: (yield_value := 5) * 2)() == 10
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
assert curry(1)(2)(3) == 123
assert (lambda x=[]: x)() is (lambda x=[]: x)() or True
key = lambda pair: (pair[1], pair[0])
assert sorted([(1, "b"), (2, "a"), (0, "b")], key=key) == [(2, "a"), (0, "b"), (1, "b")]
y = 10
adder = lambda x: x + y
y = 20
assert adder(1) == 21
try:
    sq()
    assert False
except TypeError as e:
    assert str(e) == "<lambda>() missing 1 required positional argument: 'x'"
print(sq(3), compose(sq, inc)(2), cond(-1), curry(4)(5)(6), sq.__name__)
