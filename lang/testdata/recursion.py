# Recursion: deep but bounded recursion works; unbounded recursion raises RecursionError.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
assert depth(500) == 500
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
assert mutual_even(300) and mutual_odd(301)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
    assert False
except RecursionError as e:
    assert str(e).startswith("maximum recursion depth exceeded")
# the interpreter is usable after a RecursionError
assert depth(100) == 100
# recursion through methods and __repr__
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for i in range(200):
    head = Node(i, head)
assert head.length() == 200
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
    assert False
except RecursionError:
    pass
# self-containing containers print with ...
a = [1]
a.append(a)
assert str(a) == "[1, [...]]"
d = {}
d["d"] = d
assert str(d) == "{'d': {...}}"
# comparing self-containing lists recurses without crashing
b = [1]
b.append(b)
try:
    result = a == b
except RecursionError:
    result = "recursion"
assert result in (True, "recursion")
# classic recursive algorithms
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
assert len(hanoi(10, "A", "C", "B", [])) == 1023
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
assert len(permutations([1, 2, 3, 4])) == 24
assert permutations([1, 2, 3])[3] == [2, 3, 1]
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
assert flatten([1, [2, [3, [4, [5]]]]]) == [1, 2, 3, 4, 5]
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
assert len(power_set([1, 2, 3, 4, 5])) == 32
# recursion in a generator
def walk(tree):
    yield tree[0]
    for child in tree[1:]:
        yield from walk(child)
assert list(walk([1, [2, [3]], [4]])) == [1, 2, 3, 4]
print(depth(500), len(hanoi(5, "A", "C", "B", [])), permutations([1, 2, 3]), flatten([1, [2, [3]]]), list(walk([1, [2], [3, [4]]])))
