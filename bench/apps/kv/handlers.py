import scriptling.runtime.http as http
import scriptling.runtime.kv as kv


def kv_route(request):
    n = kv.default.incr("hits")
    kv.default.set("last", {"n": n})
    return http.json(200, {"hits": n, "last": kv.default.get("last")})
