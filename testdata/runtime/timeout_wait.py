# flags: --timeout 1s
# exit: 3
# stderr: line 13, in <module>
# stderr: TimeoutError: execution did not finish after 1s
# A blocking wait with nothing to wake it ends at the deadline with a
# TimeoutError (which the script may see) and the run fails as timed out.
import scriptling.runtime as runtime
from scriptling.runtime import sync

runtime.run(sync.Queue("nobody").get)
wg = sync.WaitGroup("never")
wg.add()
wg.wait()
