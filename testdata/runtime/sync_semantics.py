from scriptling.runtime import sync

a = sync.Atomic("a", 10)
print(a.add(), a.add(5), a.add(-16), a.get())
print(sync.Atomic("a", 999).get())  # the initial value only applies on creation
a.set(2**63 - 1)
try:
    a.add()
except OverflowError as e:
    print("OverflowError:", e)
print(a.get())
for bad in [lambda: a.set("x"), lambda: a.add(1.5), lambda: sync.Atomic("b", 2**70), lambda: sync.Atomic("")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = sync.Shared("s", [1])
print(s.get(), sync.Shared("s").get(), sync.Shared("fresh").get())

wg = sync.WaitGroup("wg")
wg.add(2)
wg.done()
wg.done()
wg.wait()
try:
    wg.done()
except ValueError as e:
    print("ValueError:", e)

q = sync.Queue("q")
for i in range(3):
    q.put(i)
print(q.size(), q.get(), q.size(), sync.Queue("q", maxsize=1).size())

# kinds have separate names
print(sync.Atomic("same").get(), sync.Shared("same", "shared").get(), sync.Queue("same").size())
print(repr(a), repr(q))
