# Iterator protocol details and hand-written itertools-style helpers.
def count(start=0, step=1):
    while True:
        yield start
        start += step
def islice(it, n):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def chain(*its):
    for it in its:
        yield from it
def pairwise(it):
    it = iter(it)
    try:
        prev = next(it)
    except StopIteration:
        return
    for cur in it:
        yield prev, cur
        prev = cur
def groupby(items, key):
    out = []
    for item in items:
        k = key(item)
        if out and out[-1][0] == k:
            out[-1][1].append(item)
        else:
            out.append((k, [item]))
    return out
def accumulate(it):
    total = 0
    for v in it:
        total += v
        yield total
def cycle(seq):
    while True:
        yield from seq
assert list(islice(count(10, 5), 4)) == [10, 15, 20, 25]
assert list(chain([1], (2, 3), "ab", range(2))) == [1, 2, 3, "a", "b", 0, 1]
assert list(pairwise("abcd")) == [("a", "b"), ("b", "c"), ("c", "d")]
assert list(pairwise([])) == []
assert groupby("aabccc", lambda c: c) == [("a", ["a", "a"]), ("b", ["b"]), ("c", ["c", "c", "c"])]
assert list(accumulate([1, 2, 3, 4])) == [1, 3, 6, 10]
assert list(islice(cycle("ab"), 5)) == ["a", "b", "a", "b", "a"]
# a shared iterator consumed by two loops
it = iter(range(10))
firsts = [next(it) for _ in range(3)]
rest = list(it)
assert firsts == [0, 1, 2] and rest == list(range(3, 10))
# zip with the same iterator twice groups items
it = iter(range(6))
assert list(zip(it, it)) == [(0, 1), (2, 3), (4, 5)]
# enumerate and zip are lazy
def noisy():
    for i in range(3):
        log.append(i)
        yield i
log = []
e = enumerate(noisy())
assert log == []
next(e)
assert log == [0]
# for-loop over an iterator that raises StopIteration explicitly
class Three:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
assert [v for v in Three()] == [1, 2, 3]
assert list(map(lambda a, b: a + b, Three(), Three())) == [2, 4, 6]
# iterators over dict views track live changes until size changes
d = {"a": 1, "b": 2}
vals = iter(d.values())
d["a"] = 10
assert next(vals) == 10
# dict iteration after deletion of the current key raises
try:
    for k in d:
        del d[k]
    assert False
except RuntimeError as ex:
    assert str(ex) == "dictionary changed size during iteration"
# sets too
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
    assert False
except RuntimeError as ex:
    assert str(ex) == "Set changed size during iteration"
# sum/min/max/sorted/any/all accept any iterable
assert sum(Three()) == 6 and max(Three()) == 3 and sorted(Three(), reverse=True) == [3, 2, 1]
assert all(v > 0 for v in Three())
# unpacking an infinite generator's head
a, b, *_ = islice(count(), 5)
assert (a, b, _) == (0, 1, [2, 3, 4])
print(list(islice(count(1, 3), 5)), list(pairwise(range(4))), groupby([1, 1, 2, 3, 3], lambda v: v % 2), list(accumulate(range(5))))
