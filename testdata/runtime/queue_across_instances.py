# A handler and a worker in different instances share queues: the worker
# is a background task (its own instance) answering requests.
import scriptling.runtime as runtime
from scriptling.runtime import sync


def serve(requests, replies):
    q = sync.Queue(requests)
    out = sync.Queue(replies)
    while True:
        req = q.get()
        if req is None:
            out.put("bye")
            return
        out.put({"id": req["id"], "square": req["n"] * req["n"]})


runtime.background("squarer", serve, "requests", "replies")
reqs = sync.Queue("requests")
reps = sync.Queue("replies")
total = 0
for i in range(20):
    reqs.put({"id": i, "n": i})
    r = reps.get()
    assert r["id"] == i
    total += r["square"]
reqs.close()
print(total, reps.get())
