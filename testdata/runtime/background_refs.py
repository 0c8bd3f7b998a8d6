# Task handlers: a "module.function" reference (the module is imported
# afresh in the task's instance), a bare name of this script (only its
# definitions run in the task: this top-level code does not run again), a
# function object, and re-registering a name, which replaces the task.
import scriptling.runtime as runtime
from scriptling.runtime import sync
from lib.tasks import helper

runs = sync.Atomic("main-runs")
runs.add()


def local(tag):
    # definitions (and imports) of this module are there; top-level code
    # is not re-run
    sync.Queue("out").put(tag + ":" + helper() + ":" + str(sync.Atomic("main-runs").get()))


runtime.background("echo", "lib.tasks.echo", "in", "out", prefix="> ")
runtime.background("local-by-name", "local", "by-name")
runtime.background("local-by-fn", local, "by-fn")
out = sync.Queue("out")
got = sorted([out.get(), out.get()])
print(got)
sync.Queue("in").put("hello")
print(out.get())
sync.Queue("in").close()



def idle(tag):
    sync.Queue("never-" + tag).get()  # blocks until the task is stopped


# registering the same name again replaces (stops) the first registration
runtime.background("replaced", idle, "first")
runtime.background("replaced", local, "second")
print(out.get())
