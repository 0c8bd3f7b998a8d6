# Less common syntax: annotations, starred for-targets, walrus in while, parenthesised targets.
print(__debug__ if "__debug__" in dir(__builtins__) or True else 0)
for *a, b in [(1, 2, 3), (4, 5)]:
    print(a, b)
x: int = 5
y: list[int]
def f(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: dict) -> None:
    return a, b, c
print(f(1))
class P:
    x: int
    y: int = 2
print(P.y, hasattr(P, "x"))
print([i for i in range(3) if i if i > 0])
print({k: v for k, v in zip("ab", "cd") if k != "b"})
lam = lambda *a, k=1, **kw: (a, k, kw)
print(lam(1, 2, k=3, z=4))
print((lambda: (yield))) if False else print("gen lambda skipped")
a = [1, 2, 3]
a[1:2] = a[::-1]
print(a)
b = c = d = 0
b += 1
print(b, c, d)
(e) = 5
[f1, (g1, h1)] = [1, [2, 3]]
print(e, f1, g1, h1)
print(1 if True else 2, (1, 2)[True], "ab"[-True])
s = "abc"
print(s[-1::-1], s[:-1], s[-100:100])
print(*(x * 2 for x in range(3)))
def kw_only(*, a): return a
print(kw_only(a=1))
print(type(...), ... is Ellipsis)
n = 10
while n := n - 3:
    if n < 0: break
print(n)
if (m := 3) > 2: print("walrus in if", m)
print(f"{n!r:>5}{'|'}{m:03}")
print(0 if not [] else 1, not not [1])
print(sorted(set("hello")) == sorted({"h", "e", "l", "o"}))
try:
    raise ValueError("a") from None
except ValueError as err:
    print(err.__suppress_context__, err.__cause__)
def g():
    try:
        return 1
    finally:
        print("cleanup")
print(g())
print("%s-%s" % tuple("ab"), "{0}{0}{1}".format(*"ab"))
print(int.from_bytes(b"\x00\x10", "big"), (16).to_bytes(2, "little"))
print(round(5.5), round(6.5), round(-5.5))
assert __debug__ is True
for *head, tail in [(1, 2, 3)]:
    assert head == [1, 2] and tail == 3
z: int
try:
    z
    assert False
except NameError:
    pass
def annotated(a: int = 1) -> int:
    return a
assert annotated() == 1
assert [i for i in range(6) if i % 2 if i > 1] == [3, 5]
