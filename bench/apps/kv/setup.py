import scriptling.runtime.http as http

http.get("/kv", "handlers.kv_route")
