# Function parameters: defaults, *args, keyword-only, **kwargs, positional-only.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
assert f(1, c=3) == (1, 2, (), 3, 4, {})
assert f(1, 5, 6, 7, c=3, e=8) == (1, 5, (6, 7), 3, 4, {"e": 8})
assert f(a=1, c=0) == (1, 2, (), 0, 4, {})
assert f(1, d=9, c=8, z=0) == (1, 2, (), 8, 9, {"z": 0})
def g(*args):
    return args
assert g() == () and type(g()) is tuple
assert g(1, 2) == (1, 2)
def h(**kw):
    return kw
assert h() == {}
assert h(x=1, y=2) == {"x": 1, "y": 2}
assert list(h(b=1, a=2)) == ["b", "a"]
def kwonly(*, key, default=None):
    return key, default
assert kwonly(key=1) == (1, None)
def posonly(a, b, /, c):
    return a, b, c
assert posonly(1, 2, 3) == (1, 2, 3)
assert posonly(1, 2, c=3) == (1, 2, 3)
def posdef(a, b=10, /):
    return a + b
assert posdef(1) == 11
def posname(a, /, **kw):
    return a, kw
assert posname(1, a=2) == (1, {"a": 2})
# error messages
def two(a, b):
    return a + b
try:
    two(1)
    assert False
except TypeError as e:
    assert str(e) == "two() missing 1 required positional argument: 'b'"
try:
    two()
    assert False
except TypeError as e:
    assert str(e) == "two() missing 2 required positional arguments: 'a' and 'b'"
try:
    two(1, 2, 3)
    assert False
except TypeError as e:
    assert str(e) == "two() takes 2 positional arguments but 3 were given"
try:
    two(1, b=2, c=3)
    assert False
except TypeError as e:
    assert str(e) == "two() got an unexpected keyword argument 'c'"
try:
    two(1, a=1)
    assert False
except TypeError as e:
    assert str(e) == "two() got multiple values for argument 'a'"
try:
    kwonly()
    assert False
except TypeError as e:
    assert str(e) == "kwonly() missing 1 required keyword-only argument: 'key'"
try:
    kwonly(1)
    assert False
except TypeError as e:
    assert str(e) == "kwonly() takes 0 positional arguments but 1 was given"
try:
    posonly(1, b=2, c=3)
    assert False
except TypeError as e:
    assert str(e) == "posonly() got some positional-only arguments passed as keyword arguments: 'b'"
def three(a, b, c):
    pass
try:
    three()
    assert False
except TypeError as e:
    assert str(e) == "three() missing 3 required positional arguments: 'a', 'b', and 'c'"
def opt(a, b=1):
    pass
try:
    opt(1, 2, 3)
    assert False
except TypeError as e:
    assert str(e) == "opt() takes from 1 to 2 positional arguments but 3 were given"
def noargs():
    return "none"
try:
    noargs(1)
    assert False
except TypeError as e:
    assert str(e) == "noargs() takes 0 positional arguments but 1 was given"
# arguments are evaluated left to right
order = []
def rec(v):
    order.append(v)
    return v
f(rec(1), rec(2), rec(3), c=rec(4), z=rec(5))
assert order == [1, 2, 3, 4, 5]
# keyword arguments in any order
def point(x, y, z=0):
    return (x, y, z)
assert point(y=2, x=1) == (1, 2, 0)
assert point(1, z=3, y=2) == (1, 2, 3)
# **kwargs receives a fresh dict
base = {"x": 1, "y": 2}
def take(**kw):
    kw["x"] = 100
    return kw
take(**base)
assert base["x"] == 1
# functions are first-class
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
assert ops["mul"](3, 4) == 12
def apply(fn, *a, **k):
    return fn(*a, **k)
assert apply(point, 1, 2, z=9) == (1, 2, 9)
assert point.__name__ == "point"
assert apply.__name__ == "apply"
# recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
assert fact(20) == 2432902008176640000
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
assert ackermann(2, 3) == 9
# implicit None return
def noret():
    x = 1
assert noret() is None
def early(x):
    if x:
        return
    return "late"
assert early(True) is None and early(False) == "late"
print(f(1, 5, 6, c=3, e=8), g(1, 2), h(x=1), kwonly(key=1), posonly(1, 2, c=3), fact(20))
# duplicate keywords through ** are named with the callee's module and qualname
def dup(**kw):
    return kw
try:
    dup(**{"a": 1}, a=2)
    assert False
except TypeError as e:
    assert str(e) == "__main__.dup() got multiple values for keyword argument 'a'"
try:
    dict(**{"a": 1}, **{"a": 2})
    assert False
except TypeError as e:
    assert str(e) == "dict() got multiple values for keyword argument 'a'"
try:
    dup(**[1])
    assert False
except TypeError as e:
    assert str(e) == "__main__.dup() argument after ** must be a mapping, not list"
try:
    dup(**{1: 2})
    assert False
except TypeError as e:
    assert str(e) == "keywords must be strings"
