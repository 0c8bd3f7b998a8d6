# flags: --timeout 30s
# stderr: background task failed (task=flaky attempt=1 error=ValueError: attempt 1 fails restart_in=1s)
# stderr: background task failed (task=flaky attempt=2 error=ValueError: attempt 2 fails restart_in=2s)
# stderr: File "task_restart.py", line 14, in flaky
# A task that raises is logged with its traceback and restarted with a
# growing delay; a task that returns is done.
import scriptling.runtime as runtime
from scriptling.runtime import sync, kv


def flaky():
    n = kv.incr("attempts")
    if n < 3:
        raise ValueError("attempt %d fails" % n)
    sync.Queue("ok").put(n)


runtime.background("flaky", "flaky")
print("succeeded on attempt", sync.Queue("ok").get())
