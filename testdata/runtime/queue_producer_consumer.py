# A bounded queue between a producer and two consumers, all run()
# goroutines of one environment: put blocks while the queue is full.
import scriptling.runtime as runtime
from scriptling.runtime import sync

q = sync.Queue("jobs", maxsize=2)
seen = []


def producer(n):
    for i in range(n):
        q.put({"job": i})
        assert q.size() <= 2
    q.close()
    return n


def consumer(name):
    got = 0
    while True:
        item = q.get()
        if item is None:
            return got
        seen.append(item["job"])
        got += 1


consumers = [runtime.run(consumer, "c%d" % i) for i in range(2)]
produced = runtime.run(producer, 50).get()
counts = [c.get() for c in consumers]
print(produced, sum(counts), sorted(seen) == list(range(50)))
print(q.get(), q.size())
