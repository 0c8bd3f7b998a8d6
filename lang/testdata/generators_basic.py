# Generators: yield, laziness, state, return values, exhaustion.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
assert type(g).__name__ == "generator"
assert next(g) == 0 and next(g) == 1 and next(g) == 2
try:
    next(g)
    assert False
except StopIteration:
    pass
assert next(g, "done") == "done"
assert list(count_up(4)) == [0, 1, 2, 3]
assert sum(count_up(101)) == 5050
# laziness: nothing runs until the first next
log = []
def traced():
    log.append("start")
    yield 1
    log.append("middle")
    yield 2
    log.append("end")
t = traced()
assert log == []
assert next(t) == 1 and log == ["start"]
assert next(t) == 2 and log == ["start", "middle"]
assert list(t) == [] and log == ["start", "middle", "end"]
# infinite generators with manual limits
def naturals():
    n = 0
    while True:
        yield n
        n += 1
firsts = []
for v in naturals():
    if v >= 5:
        break
    firsts.append(v)
assert firsts == [0, 1, 2, 3, 4]
def take(n, it):
    out = []
    for v in it:
        if len(out) == n:
            break
        out.append(v)
    return out
assert take(3, (x * x for x in naturals())) == [0, 1, 4]
# return value becomes StopIteration.value
def with_return():
    yield 1
    return "result"
w = with_return()
next(w)
try:
    next(w)
except StopIteration as e:
    assert e.value == "result"
# generators are iterators
gen = count_up(2)
assert iter(gen) is gen
# generator functions with arguments and closures
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
assert take(10, fib()) == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
assert list(chunks([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]
assert list(chunks("abcdef", 4)) == ["abcd", "ef"]
# independent generator instances
g1, g2 = count_up(3), count_up(3)
assert next(g1) == 0 and next(g1) == 1 and next(g2) == 0
# yield inside try/finally runs finally on exhaustion
fin = []
def guarded():
    try:
        yield 1
        yield 2
    finally:
        fin.append("cleanup")
assert list(guarded()) == [1, 2] and fin == ["cleanup"]
# yield as an expression without send gives None
def echo():
    got = yield "first"
    yield got
e = echo()
assert next(e) == "first" and next(e) is None
# generators in data pipelines
def read_lines(text):
    for line in text.splitlines():
        yield line
def non_empty(lines):
    for l in lines:
        if l.strip():
            yield l.strip()
def numbers(lines):
    for l in lines:
        yield int(l)
text = "1\n\n 2 \n3\n"
assert sum(numbers(non_empty(read_lines(text)))) == 6
# generator objects in containers and unpacking
a, b, c = count_up(3)
assert (a, b, c) == (0, 1, 2)
assert [*count_up(2), *count_up(2)] == [0, 1, 0, 1]
assert dict(zip(count_up(2), "xy")) == {0: "x", 1: "y"}
# a generator that raises
def failing():
    yield 1
    raise ValueError("gen failed")
fg = failing()
next(fg)
try:
    next(fg)
except ValueError as e:
    assert str(e) == "gen failed"
assert next(fg, "exhausted") == "exhausted"
# running a generator inside itself is an error
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    assert str(e) == "generator already executing"
# generator attributes
assert count_up.__name__ == "count_up"
gg = count_up(1)
assert gg.__name__ == "count_up"
print(list(count_up(5)), take(8, fib()), list(chunks("abcdefg", 3)), firsts)

# An exception raised inside a generator reaches the for loop that drives
# it, in a function (the loop variable a local) and at module level.
def failing_gen():
    yield 1
    raise ValueError("boom")

def drive():
    got = []
    for x in failing_gen():
        got.append(x)
    return got

try:
    drive()
    assert False, "no exception"
except ValueError as e:
    assert str(e) == "boom"

seen = []
try:
    for y in failing_gen():
        seen.append(y)
except ValueError as e:
    assert str(e) == "boom" and seen == [1]
