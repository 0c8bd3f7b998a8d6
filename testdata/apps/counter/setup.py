# The example app: GET /counter counts requests; a background task
# reports the count. Serve it with ./build.sh serve testdata/apps/counter
import scriptling.runtime as runtime

runtime.http.get("/counter", "handlers.get_counter")
runtime.background("counter_task", "tasks.counter_task")
