# Task handlers referenced as "lib.tasks.NAME".
from scriptling.runtime import sync

STARTED = "module level code runs in the task's instance"


def echo(queue_in, queue_out, prefix=""):
    qi = sync.Queue(queue_in)
    qo = sync.Queue(queue_out)
    while True:
        item = qi.get()
        if item is None:
            return
        qo.put(prefix + item + " / " + STARTED)


def helper():
    return "helper"
