# Closing a queue wakes every waiter: getters get None, a blocked put
# fails; later puts fail, later gets drain then return None.
import scriptling.runtime as runtime
from scriptling.runtime import sync

q = sync.Queue("closing")
getters = [runtime.run(q.get) for i in range(5)]
full = sync.Queue("full", maxsize=1)
full.put("only")


def blocked_put():
    try:
        full.put("more")
        return "put"
    except RuntimeError as e:
        return "RuntimeError: " + str(e)


putter = runtime.run(blocked_put)
runtime.run(lambda: None).get()  # let them all block
q.close()
full.close()
print([g.get() for g in getters])
print(putter.get())
print(full.get(), full.get(), full.size())
try:
    q.put(1)
except RuntimeError as e:
    print("RuntimeError:", e)
q.close()  # closing twice is harmless
