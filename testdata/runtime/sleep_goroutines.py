# time.sleep parks only the goroutine that sleeps: the others run, and
# sleeps of several goroutines overlap.
import time
import scriptling.runtime as runtime
from scriptling.runtime import sync

order = []
def napper(name, secs):
    time.sleep(secs)
    order.append(name)
    return name

start = time.monotonic()
ps = [runtime.run(napper, "n%d" % i, 0.5 - i * 0.05) for i in range(5)]  # 1.75s in a row
print([p.get() for p in ps], order)
elapsed = time.monotonic() - start
print("the sleeps overlapped:", elapsed < 1.2)

# a sleeping main lets a run() goroutine work
c = sync.Atomic("ticks")
def ticker():
    for i in range(5):
        c.add()
        time.sleep(0.01)
runtime.run(ticker)
time.sleep(0.3)
print(c.get())
