# Scoping subtleties: class scopes, comprehensions, globals, closures, shadowing builtins.
x = "module"
class A:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    z = [x for _ in range(1)]
assert A.y == "class!"
assert A().method() == "module"
assert A.z == ["module"]
# the first iterable of a class-body comprehension is evaluated in the class scope
class B:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    pairs = {k: v for k, v in zip(items, doubled)}
assert B.pairs == {1: 2, 2: 4, 3: 6}
# shadowing builtins locally and globally
def shadow_len():
    len = lambda v: -1
    return len([1, 2])
assert shadow_len() == -1 and len([1, 2]) == 2
list_ = list
def uses_builtin():
    return list_("ab")
assert uses_builtin() == ["a", "b"]
# a global defined after the function is visible at call time
def later_global():
    return defined_later
defined_later = 42
assert later_global() == 42
# nested functions see enclosing variables assigned after their definition
def outer():
    def inner():
        return value
    value = "late"
    return inner()
assert outer() == "late"
# loop variables in closures
def make():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
assert make() == [0, 1, 2]
# global statement inside nested function
counter = 0
def outer_inc():
    def inc():
        global counter
        counter += 1
    inc()
    inc()
outer_inc()
assert counter == 2
# nonlocal reaching through a scope that doesn't use the variable
def a():
    v = 1
    def b():
        def c():
            nonlocal v
            v += 1
        c()
    b()
    return v
assert a() == 2
# class attributes are not visible as bare names inside methods or nested classes
class Outer:
    secret = 5
    class Inner:
        def get(self):
            try:
                return secret
            except NameError:
                return "hidden"
assert Outer.Inner().get() == "hidden"
# names bound by except are local to the function
def exc_scope():
    try:
        raise ValueError()
    except ValueError as err:
        pass
    return "err" in dir()
assert exc_scope() is False
# del makes a name unbound again
def unbind():
    v = 1
    del v
    v = 2
    return v
assert unbind() == 2
# function attributes and recursion by global name
def rec(n):
    return 0 if n == 0 else rec(n - 1) + 1
alias = rec
assert alias(5) == 5
# lambdas close over loop variable (late binding) vs default capture
fs = [lambda: k for k in range(3)]
assert [f() for f in fs] == [2, 2, 2]
# comprehension variables do not leak, but the walrus target does
res = [w for w in range(3)]
try:
    w
    assert False
except NameError:
    pass
# global declared in a function, assigned for the first time there
def create():
    global created_here
    created_here = "yes"
create()
assert created_here == "yes"
# locals of generator functions persist across yields
def gen_scope():
    total = 0
    for v in range(4):
        total += v
        yield total
assert list(gen_scope()) == [0, 1, 3, 6]
print(A.y, A().method(), B.pairs, outer(), make(), counter, a(), Outer.Inner().get())
