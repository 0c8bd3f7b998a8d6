# names, literals, operators
x
None; True; False; ...
42; 0x1F; 007; 9223372036854775808; 1.5; .5; 1e3
"s"; b"b"; 'a' "b" '''c'''
b"x" b"y"
-x; +x; ~x; not x
a + b - c
a * b / c // d % e @ f
a << b >> c
a & b ^ c | d
a or b and not c
a < b <= c == d != e > f >= g
a in b not in c is d is not e
-2 ** 2
2 ** 3 ** 2
2 ** -1
-a.b ** -c[0]
a if b else c if d else e
lambda: 0
lambda a, b=1, *c, d, e=2, **f: a
lambda a, /, b, *, c: a
lambda *a, **k: a
(y := 10)
f(a, *b, c=1, **d)
f(x for x in y)
f(*a, *b, **c, **d)
a.b.c(d)[e].f
a[1]; a[1:2]; a[::2]; a[1:2, 3]; a[:, None]; a[x:=1]; a[*b]; a[1:2:3,]
(); (1,); (1, 2); [1, *a]; {1, *a}; {}; {1: 2, **d, 3: 4}
[x for x in y]
[x * y for x in a if x for y in b if y if x > y]
{k: v for k, v in d.items()}
{x for x in y}
(x for x in y)
[(a, b) for a, *b in c]
x, y = 1, 2
*a, b = c
[a, (b, c)] = d
a = b = c
a.b = c[d] = 1
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1
x @= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
a.b += 1; a[0] -= 1
x: int
x: int = 1
a.b: list[int] = []
print(*args, sep="", end="\n")
obj.class_; obj.if_
1 if x else 2
not a == b
a | b and c
