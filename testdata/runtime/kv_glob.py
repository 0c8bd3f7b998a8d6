import scriptling.runtime.kv as kv

s = kv.open(":memory:glob")
for k in ["user:1", "user:2", "user:10", "user:", "users", "a*b", "a?b", "a[b", "a\\b", "x", "héllo", "h?llo"]:
    s.set(k, 1)
for p in ["*", "user:*", "user:?", "user:??", "user:[12]", "user:[!1]*", "user:[^1]*", "user:[0-9]", "a\\*b",
          "a?b", "a\\?b", "a[[]b", "a\\\\b", "h?llo", "h*llo", "[", "nomatch*", "*:*"]:
    print(repr(p), s.keys(p))
print(s.keys() == s.keys("*"))
