import scriptling.runtime as runtime


def worker(a, b):
    return a + b


p = runtime.run(worker, 5, 10)
assert p.get() == 15
print(p.get())

# kwargs, closures and shared globals
total = []


def add(x, scale=1):
    total.append(x * scale)
    return len(total)


p1 = runtime.run(add, 2, scale=10)
p2 = runtime.run(lambda: add(3))
print(sorted([p1.get(), p2.get()]), sorted(total))
print(runtime.run(worker, "a", "b").wait())
