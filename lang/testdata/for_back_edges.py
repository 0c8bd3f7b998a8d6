# The back edge of a for loop (its end, and continue) runs the loop head
# itself for ranges and lists. Every kind of iterator, exhaustion, else
# clauses, continue and break must behave as without that shortcut.


def count(it):
    n = 0
    for x in it:
        if x % 2:
            continue
        n += 1
    else:
        n += 100
    return n


assert count(range(10)) == 105
assert count(range(0)) == 100
assert count(range(10, 0, -3)) == 102  # 10 4 (7 1 odd)
assert count([1, 2, 3, 4]) == 102
assert count([]) == 100
assert count(x for x in range(6)) == 103
assert count({2: "a", 3: "b"}) == 101
assert count((4, 5, 6)) == 102


def shrinking():
    items = [1, 2, 3, 4, 5, 6]
    seen = []
    for x in items:
        seen.append(x)
        if x == 2:
            items.pop()
            continue
        if len(seen) > 10:
            break
    return seen


assert shrinking() == [1, 2, 3, 4, 5]


def growing():
    items = [1]
    for x in items:
        if x < 5:
            items.append(x + 1)
    return items


assert growing() == [1, 2, 3, 4, 5]


def nested():
    out = []
    for i in range(3):
        for j in [10, 20, 30]:
            if j == 20:
                continue
            if i == 2:
                break
            out.append(i + j)
        else:
            out.append(-i)
    return out


assert nested() == [10, 30, 0, 11, 31, -1]


def after_exhaustion():
    it = iter([1, 2])
    total = 0
    for x in it:
        total += x
    for x in it:
        total += 100
    r = range(3)
    for x in r:
        total += x
    for x in r:
        total += x
    return total


assert after_exhaustion() == 9

total = 0
for k in range(5):
    if k == 3:
        continue
    total += k
assert total == 7
print("ok")
