# stderr: runtime.run: exception in lost() was never retrieved with get():
# stderr: KeyError: 'never seen'
import scriptling.runtime as runtime


def boom(x):
    raise ValueError("bad %d" % x)


p = runtime.run(boom, 3)
try:
    p.get()
except ValueError as e:
    print("re-raised ValueError:", e)
try:
    p.get()  # again: same exception
except ValueError as e:
    print("again:", e)
print(p.wait())  # wait() discards the outcome


def lost():
    raise KeyError("never seen")


runtime.run(lost).wait()  # an uncaught error nobody get()s does not crash
try:
    runtime.run(42)
except TypeError as e:
    print("TypeError:", e)
try:
    runtime.run()
except TypeError as e:
    print("TypeError:", e)

# goroutines still running when the script ends are cancelled
from scriptling.runtime import sync
runtime.run(sync.Queue("never").get)
runtime.run(lambda: sync.Queue("never").get())
runtime.run(lambda: None).get()  # both are waiting now
print("end")
