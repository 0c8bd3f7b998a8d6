# Ten run() workers and a WaitGroup in one environment.
import scriptling.runtime as runtime
from scriptling.runtime import sync

wg = sync.WaitGroup("ten")
results = {}


def worker(i):
    results[i] = i * i
    wg.done()


wg.add(10)
for i in range(10):
    runtime.run(worker, i)
wg.wait()
print(len(results), sum(results.values()))
wg.wait()  # the counter is zero: returns at once
print("done")
