# A background task counts with a sync.Atomic; the script waits for it
# through a queue, then reads the counter.
import scriptling.runtime as runtime
from scriptling.runtime import sync


def count(n, done):
    c = sync.Atomic("hits")
    for i in range(n):
        c.add()
    sync.Queue(done).put(c.get())


runtime.background("counter", count, 500, "counter-done")
print("task reported", sync.Queue("counter-done").get())
print("atomic reads", sync.Atomic("hits").get())
