# Values are copied into and out of the host: changing a value after set()
# or a value got from get() changes nothing stored.
import scriptling.runtime as runtime
import scriptling.runtime.kv as kv
from scriptling.runtime import sync

d = {"list": [1, 2], "nested": {"x": 1}}
kv.set("d", d)
d["list"].append(3)
d["nested"]["x"] = 99
got = kv.get("d")
print(got)
got["list"].append(4)
print(kv.get("d"), kv.get("d") is kv.get("d"))

sh = sync.Shared("config", {"mode": "a"})
c = sh.get()
c["mode"] = "changed locally"
print(sh.get(), sync.Shared("config", "ignored: it exists").get())
sh.set([1, 2])
print(sh.get())

q = sync.Queue("copies")
item = [1, [2]]
q.put(item)
item[1].append(3)
print(q.get())

# background task arguments are deep copies too
arg = {"n": [1]}


def task(a, expect):
    a["n"].append(2)
    sync.Queue("task-out").put([a, expect])


runtime.background("copier", task, arg, expect="kwarg")
arg["n"].append(99)
print(sync.Queue("task-out").get(), arg)
