# global augmented assignment: the fused path and its fallbacks
n = 0
for _ in range(5):
    n += 2
assert n == 10
n = 2**62
n += 2**62          # overflows int64: the general path
assert n == 2**63
s = "a"
for _ in range(3):
    s += 1 if False else "b"   # not the small-int pattern
assert s == "abbb"
f = 1.5
f += 1
assert f == 2.5
def g():
    global counter
    counter += 1
counter = 0
for _ in range(4):
    g()
assert counter == 4
try:
    missing += 1
except NameError as e:
    assert "missing" in str(e)
x = 5
x -= 7
x ^= 3
x &= 6
x |= 8
assert x == (((5 - 7) ^ 3) & 6) | 8
# global op= global (one fused instruction while both are ints).
total = 0
for k in range(10):
    step = k
    total += step
assert total == 45
h = 2.5
for k in range(2):
    total += h
assert total == 50.0
total = 10
word = "x"
try:
    total += word
except TypeError:
    pass
else:
    assert False
acc = 1
for k in range(5):
    acc += acc
assert acc == 32
big = 2 ** 61
for k in range(3):
    big += big
assert big == 2 ** 64
neg = -(2 ** 62)
for k in range(3):
    neg -= big
assert neg == -(2 ** 62) - 3 * 2 ** 64
bits = 0
for k in range(8):
    mask = 1 << k
    bits |= mask
    bits ^= mask
    bits |= mask
assert bits == 255
lst = []
for k in range(3):
    more = [k]
    lst += more
assert lst == [0, 1, 2]
del step
try:
    total += step
except NameError as e:
    assert "step" in str(e)
# Module-level comparisons of a global with a constant (one fused
# instruction while the global is cached).
n = 0
while n < 10:
    n += 1
assert n == 10
fl = 0.5
hits = 0
while fl < 3:
    fl += 1
    hits += 1
assert hits == 3 and fl == 3.5
name = "b"
assert not name < "a" and name == "b"
flag = None
if flag is None and name != "c":
    hits += 1
assert hits == 4
try:
    if undefined_global > 3:
        pass
except NameError as e:
    assert "undefined_global" in str(e)
later = 5
if later >= 5:
    hits += 1
del later
try:
    if later >= 5:
        hits += 1
except NameError:
    hits += 10
assert hits == 15
print("ok")
