import scriptling.runtime as runtime
import scriptling.runtime.kv as kv

# the default store, through kv.default and the module shortcuts
kv.default.set("user:1", {"name": "Ada", "tags": ["a", "b"]})
print(kv.get("user:1"), kv.default.get("user:1") == kv.get("user:1"))
print(kv.get("missing"), kv.get("missing", "fallback"), kv.default.get("missing", default=0))
print(kv.exists("user:1"), kv.exists("missing"))
print(kv.incr("hits"), kv.incr("hits", 41), kv.incr("hits", -2))
print(kv.incr("big", 9223372036854775807), kv.incr("big"))
print(kv.ttl("user:1"), kv.ttl("missing"))
kv.set("session", "x", ttl=30)
print(0 < kv.ttl("session") <= 30)
kv.set("short", 1, ttl=0.5)
print(kv.ttl("short"))
print(kv.delete("user:1"), kv.delete("user:1"), kv.exists("user:1"))

# every transferable type round-trips
values = [None, True, False, 0, -7, 2**100, 1.5, "héllo", b"\x00\xff", [1, [2]], (1, "t"), {"k": {"n": None}}, {1, 2}]
for v in values:
    kv.set("v", v)
    got = kv.get("v")
    assert got == v and type(got) == type(v), (v, got)
print("round trips", len(values))

# named stores are separate; runtime.kv is the same module
s = kv.open("other")
s.set("user:1", "other store")
print(s.get("user:1"), kv.get("user:1"), runtime.kv.get("hits"))
m = kv.open(":memory:cache")
m.set("a", 1)
print(m.get("a"), kv.open(":memory:cache").get("a"), s.get("a"))
s.clear()
print(s.keys(), kv.exists("hits"))
s.close()
try:
    s.get("x")
except ValueError as e:
    print("ValueError:", e)
kv.default.close()  # no-op
print(kv.get("hits"))

# errors
for bad in [lambda: kv.incr("session"), lambda: kv.set(1, 2), lambda: kv.set("f", print),
            lambda: kv.set("t", 1, ttl=-1), lambda: kv.get("")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
