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
print("ok")
