# Default values are evaluated once, at definition time.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
assert append_to(1) == [1]
assert append_to(2) == [1, 2]
assert append_to(3, []) == [3]
assert append_to(4) == [1, 2, 4]
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
assert safe_append(1) == [1]
assert safe_append(2) == [2]
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(id=next_id()):
    return id
assert make() == 1 and make() == 1
assert counter == 1
limit = 10
def capped(v, hi=limit):
    return min(v, hi)
limit = 100
assert capped(50) == 10
# defaults can reference earlier names
def scale(v, factor=2, offset=factor_base if False else 1):
    return v * factor + offset
assert scale(3) == 7
# keyword defaults
def kw(*, sep=", ", end="."):
    return sep.join(["a", "b"]) + end
assert kw() == "a, b."
assert kw(sep="-") == "a-b."
assert kw(end="!", sep="") == "ab!"
# __defaults__ and __kwdefaults__
def d(a, b=1, c="x"):
    pass
assert d.__defaults__ == (1, "x")
def e(a, *, k=5):
    pass
assert e.__kwdefaults__ == {"k": 5}
assert e.__defaults__ is None
# default dicts are shared too
def memo(n, cache={}):
    if n in cache:
        return cache[n]
    r = n if n < 2 else memo(n - 1) + memo(n - 2)
    cache[n] = r
    return r
assert memo(80) == 23416728348467685
assert len(memo.__defaults__[0]) == 81
# lambdas with defaults capture values at definition
fns = [lambda x, i=i: x + i for i in range(3)]
assert [fn(10) for fn in fns] == [10, 11, 12]
late = [lambda x: x + i for i in range(3)]
assert [fn(10) for fn in late] == [12, 12, 12]
print(append_to(5), make(), capped(50), kw(), memo(30), [fn(0) for fn in fns])
