# flags: --timeout 1s
# exit: 3
# stderr: TimeoutError: execution did not finish after 1s
# A long sleep with run() goroutines alive ends at the deadline.
import time
import scriptling.runtime as runtime

runtime.run(time.sleep, 100)
time.sleep(100)
