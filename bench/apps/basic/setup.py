import scriptling.runtime.http as http

http.get("/hello", "handlers.hello")
http.get("/json", "handlers.json_route")
