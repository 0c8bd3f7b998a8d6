# An LRU cache built on dict ordering, used as a decorator, with stats.
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def keys(self):
        return list(self.data)
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
assert c.keys() == ["a", "b", "c"]
assert c.get("a") == "A"
assert c.keys() == ["b", "c", "a"]
c.put("d", "D")
assert "b" not in c and c.keys() == ["c", "a", "d"]
c.put("c", "C2")
assert c.keys() == ["a", "d", "c"] and c.get("c") == "C2"
assert c.get("zz", 0) == 0
assert (c.hits, c.misses) == (2, 1)
assert len(c) == 3
def lru_cache(capacity):
    def deco(fn):
        cache = LRU(capacity)
        def wrapper(*args):
            sentinel = object()
            r = cache.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco
@lru_cache(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
assert fib(80) == 23416728348467685
assert fib.cache.misses == 81
@lru_cache(2)
def square(x):
    square.calls += 1
    return x * x
square.calls = 0
for x in [1, 2, 1, 3, 1, 2]:
    square(x)
assert square.calls == 4
assert square.cache.keys() == [(1,), (2,)]
print(c.keys(), fib(50), square.calls, square.cache.keys())
