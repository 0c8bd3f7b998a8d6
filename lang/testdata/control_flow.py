# if/elif/else, while/else, for/else, break, continue, pass.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
assert [classify(v) for v in (-5, 0, 5, 50)] == ["neg", "zero", "small", "big"]
# while with else
i = 0
while i < 3:
    i += 1
else:
    i += 100
assert i == 103
i = 0
while True:
    i += 1
    if i == 5:
        break
else:
    i = -1
assert i == 5
# for/else
def find(items, target):
    for idx, v in enumerate(items):
        if v == target:
            break
    else:
        return -1
    return idx
assert find([4, 5, 6], 6) == 2
assert find([4, 5, 6], 9) == -1
assert find([], 1) == -1
# continue
odds = []
for v in range(10):
    if v % 2 == 0:
        continue
    odds.append(v)
assert odds == [1, 3, 5, 7, 9]
# nested loops with break only exit the inner loop
pairs = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        pairs.append((a, b))
assert pairs == [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2)]
# pass
for _ in range(2):
    pass
class Empty:
    pass
def nothing():
    pass
assert nothing() is None
# loop variable persists after the loop
for k in range(4):
    pass
assert k == 3
# while with complex condition and else skipped by break
n = 27
steps = 0
while n != 1 and steps < 1000:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
assert steps == 111
# modifying a list while iterating over a copy
items = [1, 2, 3, 4]
for v in items[:]:
    if v % 2:
        items.remove(v)
assert items == [2, 4]
# iterating a list that grows
grow = [1]
for v in grow:
    if v < 5:
        grow.append(v + 1)
assert grow == [1, 2, 3, 4, 5]
# if with non-bool conditions
hits = []
for cond in [0, 1, "", "x", [], [0], None, {}, {1: 1}]:
    if cond:
        hits.append(cond)
assert hits == [1, "x", [0], {1: 1}]
# conditional expression chains
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
assert [grade(s) for s in (95, 85, 75, 10)] == ["A", "B", "C", "F"]
# break inside try/finally inside loop
log = []
for v in range(3):
    try:
        if v == 1:
            break
        log.append(v)
    finally:
        log.append("f")
assert log == [0, "f", "f"]
# continue inside try/finally
log = []
for v in range(3):
    try:
        if v == 1:
            continue
        log.append(v)
    finally:
        log.append("f%d" % v)
assert log == [0, "f0", "f1", 2, "f2"]
print(classify(3), find([1, 2], 2), odds, pairs, steps, grow, log)
