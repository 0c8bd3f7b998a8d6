import scriptling.runtime as runtime
import scriptling.runtime.sync as sync


def get_counter(request):
    # Every request runs in its own sandbox: shared state lives in the
    # host, behind a named sync primitive.
    count = sync.Atomic("request_counter").add(1)
    return runtime.http.json(200, {"count": count})
