# A goroutine that never blocks still lets the others run: the
# interpreter's periodic checks hand it over now and then.
import scriptling.runtime as runtime
from scriptling.runtime import sync

flag = sync.Shared("flag", False)


def spin():
    n = 0
    while not flag.get():
        n += 1
    return n > 0


def stop():
    flag.set(True)
    return "stopped"


spinner = runtime.run(spin)
stopper = runtime.run(stop)
print(stopper.get(), spinner.get())
