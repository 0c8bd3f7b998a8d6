# send(), throw(), close() and yield from.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
assert next(acc) == 0
assert acc.send(5) == 5
assert acc.send(10) == 15
try:
    acc.send(None)
    assert False
except StopIteration:
    pass
g = accumulator()
try:
    g.send(1)
    assert False
except TypeError as e:
    assert str(e) == "can't send non-None value to a just-started generator"
assert g.send(None) == 0
# throw raises inside the generator at the paused yield
def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"recovered from {e}"
r = resilient()
assert next(r) == "ok"
assert r.throw(ValueError("bad")) == "recovered from bad"
assert next(r) == "ok"
try:
    r.throw(KeyError("k"))
    assert False
except KeyError:
    pass
# throw into a not-started generator raises immediately
def never():
    yield 1
n = never()
try:
    n.throw(RuntimeError("early"))
    assert False
except RuntimeError as e:
    assert str(e) == "early"
assert next(n, "closed") == "closed"
# close raises GeneratorExit inside; finally blocks run
log = []
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        log.append("exit")
        raise
    finally:
        log.append("finally")
c = closable()
next(c)
c.close()
assert log == ["exit", "finally"]
c.close()  # closing twice is fine
assert next(c, None) is None
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
    assert False
except RuntimeError as e:
    assert str(e) == "generator ignored GeneratorExit"
# yield from delegates values, send and return value
def inner():
    x = yield "inner1"
    y = yield f"inner got {x}"
    return f"inner done {y}"
def outer():
    result = yield from inner()
    yield result
    yield from [10, 20]
    yield from range(2)
o = outer()
assert next(o) == "inner1"
assert o.send("A") == "inner got A"
assert o.send("B") == "inner done B"
assert list(o) == [10, 20, 0, 1]
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
assert list(flatten([1, [2, [3, [4]], 5], [[6]]])) == [1, 2, 3, 4, 5, 6]
# throw is forwarded through yield from
def sub():
    try:
        yield 1
    except KeyError:
        yield "sub caught"
def delegator():
    yield from sub()
    yield "after"
d = delegator()
next(d)
assert d.throw(KeyError()) == "sub caught"
assert next(d) == "after"
# generator-based coroutine pipeline
def printer(out):
    while True:
        item = yield
        out.append(item)
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
collected = []
p = printer(collected)
next(p)
f = filt(lambda v: v % 2 == 0, p)
next(f)
for v in range(7):
    f.send(v)
assert collected == [0, 2, 4, 6]
# StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("oops")
lk = leaky()
next(lk)
try:
    next(lk)
    assert False
except RuntimeError as e:
    assert str(e) == "generator raised StopIteration"
print(acc, list(flatten([1, [2, [3]]])), collected, log) if False else print(list(flatten([1, [2, [3]]])), collected, log)
