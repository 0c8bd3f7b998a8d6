# Every kind of registration the http library has; used by the serve
# end-to-end tests.
import scriptling.runtime as runtime
import scriptling.runtime.http as http
import handlers

http.get("/hello", "handlers.hello")
http.post("/echo", "handlers.echo")
http.put("/items/:id", "handlers.put_item")
http.delete("/items/:id", "handlers.delete_item")
http.route("/any", "handlers.method", methods=["GET", "POST", "PUT", "DELETE"])
http.route("/default-methods", "handlers.method")
http.get("/users/:id/posts/:post", "handlers.params")
http.get("/files/*rest", "handlers.params")
http.get("/object", handlers.plain_dict)
http.get("/list", "handlers.plain_list")
http.get("/bytes", "handlers.plain_bytes")
http.get("/none", "handlers.nothing")
http.get("/json", "handlers.json_helper")
http.get("/html", "handlers.html_helper")
http.get("/text", "handlers.text_helper")
http.get("/redirect", "handlers.redirect_helper")
http.get("/custom", "handlers.custom")
http.get("/query", "handlers.query")
http.get("/request", "handlers.describe")
http.get("/boom", "handlers.boom")
http.get("/forever", "handlers.forever")
http.get("/spin/:n", "handlers.spin")
http.get("/isolation/:id", "handlers.isolation")
http.get("/bad-response", "handlers.bad_response")
http.get("/members-only", "handlers.hello")
http.middleware("middleware.guard")
http.middleware("middleware.tag")
http.not_found("handlers.not_found")
http.static("/static", "public")


@http.get("/decorated")
def decorated(request):
    return {"decorated": True, "tag": request.tag}


@runtime.http.route("/decorated-route", methods=["POST"])
def decorated_route(request):
    return "posted " + request.body
