# Augmented assignment on names, attributes and subscripts.
n = 10
n += 5
n -= 3
n *= 2
assert n == 24
n /= 4
assert n == 6.0 and type(n) is float
n //= 4
assert n == 1.0
m = 7
m %= 4
m **= 3
assert m == 27
b = 0b1100
b &= 0b1010
b |= 0b0001
b ^= 0b1111
b <<= 2
b >>= 1
assert b == 0b1100
s = "ab"
s += "cd"
s *= 2
assert s == "abcdabcd"
t = (1,)
t2 = t
t += (2,)
assert t == (1, 2) and t2 == (1,)
l = [1]
l2 = l
l += [2]
l *= 2
assert l2 == [1, 2, 1, 2] and l is l2
class C:
    def __init__(self):
        self.v = 1
        self.items = []
c = C()
c.v += 10
c.items += ["x"]
assert c.v == 11 and c.items == ["x"]
d = {"k": 1, "lst": []}
d["k"] += 1
d["k"] *= 10
d["lst"] += [1]
assert d == {"k": 20, "lst": [1]}
grid = [[1, 2], [3, 4]]
grid[1][0] += 100
assert grid == [[1, 2], [103, 4]]
# the subscript expression is evaluated once
calls = []
def key():
    calls.append(1)
    return "k"
d[key()] += 5
assert calls == [1] and d["k"] == 25
def obj():
    calls.append(2)
    return c
obj().v -= 1
assert calls == [1, 2] and c.v == 10
# counters
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
assert counts == {"a": 3, "b": 2, "c": 1}
total = 0
for i in range(1, 11):
    total += i * i
assert total == 385
# augmented assignment to an undefined name fails
try:
    undefined_thing += 1
    assert False
except NameError as e:
    assert str(e) == "name 'undefined_thing' is not defined"
st = {1}
st |= {2}
st -= {1}
assert st == {2}
dd = {"a": 1}
dd |= {"b": 2}
assert dd == {"a": 1, "b": 2}
x = 2**62
x += x
assert x == 2**63
x *= x
assert x == 2**126
print(n, m, b, s, t, l, c.v, c.items, d, grid, counts, total, x)
