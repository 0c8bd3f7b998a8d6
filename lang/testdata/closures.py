# Closures, late binding, global and nonlocal.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
assert c1() == 1 and c1() == 2 and c1(10) == 12
assert c2() == 1
def adder(n):
    return lambda x: x + n
add5 = adder(5)
assert add5(1) == 6
assert adder(-1)(1) == 0
# late binding: the closure sees the variable, not its value at creation
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
assert late() == [2, 2, 2]
def later():
    x = 1
    def get():
        return x
    x = 2
    return get()
assert later() == 2
# nested three levels
def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        return inner
    fn = middle()
    r = fn()
    return a, r
assert outer() == (11, 33)
# nonlocal declared in a middle function binds to the outer one
def shadow():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "changed"
        inner()
        return v
    return mid(), v
assert shadow() == ("changed", "outer")
# global
g = 0
def set_g(v):
    global g
    g = v
set_g(5)
assert g == 5
def read_g():
    return g
assert read_g() == 5
def multi_global():
    global ga, gb
    ga, gb = 1, 2
multi_global()
assert ga + gb == 3
# a local assignment anywhere makes the name local for the whole function
x = "global"
def uses_local():
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
    x = "local"
assert uses_local() == "cannot access local variable 'x' where it is not associated with a value"
def reads_global():
    return x
assert reads_global() == "global"
# closures over loop variables in comprehensions
mults = [lambda v, k=k: v * k for k in range(1, 4)]
assert [m(2) for m in mults] == [2, 4, 6]
# closure cells shared between sibling functions
def pair():
    state = []
    def push(v):
        state.append(v)
    def size():
        return len(state)
    return push, size
push, size = pair()
push(1)
push(2)
assert size() == 2
# __closure__ contents
def mk():
    val = 42
    def f():
        return val
    return f
assert mk().__closure__[0].cell_contents == 42
# recursion through a closure
def make_fib():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
assert make_fib()(90) == 2880067194370816120
# class bodies do not create closures for methods
class K:
    attr = 5
    def get(self):
        try:
            return attr
        except NameError as e:
            return str(e)
assert K().get() == "name 'attr' is not defined"
print(c1(), c2(), add5(10), late(), outer(), shadow(), g, uses_local())
