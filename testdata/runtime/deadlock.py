# Goroutines that wait only on each other: the entry's goroutine gets a
# RuntimeError instead of the instance hanging or crashing.
import scriptling.runtime as runtime


def a():
    return pb.get()


def b():
    return pa.get()


pa = runtime.run(a)
pb = runtime.run(b)
try:
    pa.get()
except RuntimeError as e:
    print("RuntimeError:", e)
# the main goroutine alone waiting on itself is also a deadlock
p = runtime.run(lambda: p.get())
try:
    p.get()
except RuntimeError as e:
    print("again:", str(e)[:8])
print("still running")
