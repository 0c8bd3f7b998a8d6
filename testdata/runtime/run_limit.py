# At most 64 run() goroutines may be alive in one environment (the
# default Limits.MaxRun); finished ones do not count.
import scriptling.runtime as runtime
from scriptling.runtime import sync

gate = sync.Queue("gate")
alive = [runtime.run(gate.get) for i in range(64)]
try:
    runtime.run(gate.get)
except RuntimeError as e:
    print("RuntimeError:", e)
gate.close()
print(len([p.get() for p in alive]))
print(runtime.run(lambda: "room again").get())
