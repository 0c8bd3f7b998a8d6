# Sorting algorithms written out by hand, checked against sorted().
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
def mergesort(xs, key=lambda v: v):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    a, b = mergesort(xs[:mid], key), mergesort(xs[mid:], key)
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if key(b[j]) < key(a[i]):
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out
def insertion(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        cur = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > cur:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = cur
    return xs
def heapsort(xs):
    xs = xs[:]
    n = len(xs)
    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and xs[child] < xs[child + 1]:
                child += 1
            if xs[root] < xs[child]:
                xs[root], xs[child] = xs[child], xs[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n)
    for end in range(n - 1, 0, -1):
        xs[0], xs[end] = xs[end], xs[0]
        sift(0, end)
    return xs
def counting(xs):
    if not xs:
        return []
    lo, hi = min(xs), max(xs)
    counts = [0] * (hi - lo + 1)
    for x in xs:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
data = [rand() % 1000 - 500 for _ in range(300)]
expected = sorted(data)
for algo in (quicksort, mergesort, insertion, heapsort, counting):
    assert algo(data) == expected, algo.__name__
    assert algo([]) == []
    assert algo([1]) == [1]
    assert algo([2, 1]) == [1, 2]
assert data != expected
assert expected[0] == min(data) and expected[-1] == max(data)
# stability of mergesort by key
people = [("ann", 3), ("bob", 1), ("cid", 3), ("dan", 2), ("eve", 1)]
assert mergesort(people, key=lambda p: p[1]) == sorted(people, key=lambda p: p[1])
assert [p[0] for p in mergesort(people, key=lambda p: p[1])] == ["bob", "eve", "dan", "ann", "cid"]
# binary search on the sorted data
def bsearch(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
for probe in (expected[0], expected[150], expected[-1]):
    i = bsearch(expected, probe)
    assert expected[i] == probe and (i == 0 or expected[i - 1] < probe)
assert bsearch(expected, 10**9) == len(expected)
# sort strings, tuples and with reverse
words = "delta Alpha charlie bravo Echo".split()
assert sorted(words) == ["Alpha", "Echo", "bravo", "charlie", "delta"]
assert sorted(words, key=str.lower) == ["Alpha", "bravo", "charlie", "delta", "Echo"]
assert quicksort(words) == sorted(words)
assert heapsort([(2, "b"), (1, "z"), (2, "a")]) == [(1, "z"), (2, "a"), (2, "b")]
assert sorted(data, reverse=True) == expected[::-1]
print(expected[:10], expected[-5:], mergesort(people, key=lambda p: p[1]))
