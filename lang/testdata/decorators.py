# Function and class decorators, stacked, with arguments, preserving metadata.
log = []
def trace(fn):
    def wrapper(*args, **kwargs):
        log.append(("call", fn.__name__, args))
        result = fn(*args, **kwargs)
        log.append(("ret", fn.__name__, result))
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b):
    return a + b
assert add(2, 3) == 5
assert log == [("call", "add", (2, 3)), ("ret", "add", 5)]
assert add.__name__ == "add"
assert add.__wrapped__(1, 1) == 2
# decorator with arguments
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
assert hello("bob") == ["hi bob"] * 3
# stacked decorators apply bottom-up
order = []
def tag(label):
    def deco(fn):
        order.append(label)
        def wrapper():
            return label + "(" + fn() + ")"
        return wrapper
    return deco
@tag("a")
@tag("b")
@tag("c")
def core():
    return "x"
assert order == ["c", "b", "a"]
assert core() == "a(b(c(x)))"
# decorators can return something that isn't a function
def const(fn):
    return 42
@const
def gone():
    pass
assert gone == 42
# registry pattern
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def double(x):
    return x * 2
@register("neg")
def neg(x):
    return -x
assert registry["double"](4) == 8 and registry["neg"](4) == -4
assert double(5) == 10
# class decorators
def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@add_greeting
class Person:
    pass
assert Person().greet() == "hello from Person"
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v=0):
        self.v = v
assert Config(1) is Config(2)
assert Config().v == 1
# decorator expressions can be any expression (PEP 614)
decos = [trace]
@decos[0]
def sub(a, b):
    return a - b
assert sub(5, 3) == 2
@(lambda fn: lambda *a: fn(*a) * 10)
def times(a):
    return a
assert times(4) == 40
# memoizing decorator with state
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
assert fib(60) == 1548008755920
assert len(fib.cache) == 61
# method decorators
def upper_result(fn):
    def wrapper(self, *a):
        return fn(self, *a).upper()
    return wrapper
class Greeter:
    def __init__(self, name):
        self.name = name
    @upper_result
    def greet(self, greeting="hello"):
        return greeting + " " + self.name
assert Greeter("ann").greet() == "HELLO ANN"
assert Greeter("ann").greet("bye") == "BYE ANN"
print(add(1, 2), hello("x"), core(), sorted(registry), Person().greet(), fib(30), Greeter("z").greet())
