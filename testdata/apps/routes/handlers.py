import scriptling.runtime.http as http
from lib.util import shout

seen = []


def hello(request):
    return "hello"


def echo(request):
    data = request.json()
    return {"echo": data, "type": request.headers.get("content-type")}


def put_item(request):
    return http.json(200, {"put": request.params["id"], "body": request.body})


def delete_item(request):
    return http.json(200, {"deleted": request.params["id"]})


def method(request):
    return http.text(200, request.method)


def params(request):
    return request.params


def plain_dict(request):
    return {"a": 1, "b": [True, None, 2.5], "c": {"nested": "yes"}}


def plain_list(request):
    return [1, "two", 3.0]


def plain_bytes(request):
    return b"\x00\x01raw"


def nothing(request):
    return None


def json_helper(request):
    return http.json(202, {"ok": True, "unicode": "h\u00e9llo"})


def html_helper(request):
    return http.html(200, "<h1>" + shout("hi") + "</h1>")


def text_helper(request):
    return http.text(418, "teapot")


def redirect_helper(request):
    return http.redirect("/hello")


def custom(request):
    return {"status": 409, "headers": {"X-Custom": "1", "Set-Cookie": ["a=1", "b=2"]}, "body": "conflict"}


def query(request):
    return {"query": request.query, "parsed": http.parse_query("a=1&b=x%20y&a=2&flag")}


def describe(request):
    return {
        "method": request.method,
        "path": request.path,
        "headers": request.headers,
        "query": request.query,
        "params": request.params,
        "remote_addr": request.remote_addr,
        "body": request.body,
    }


def boom(request):
    secret = "do-not-leak"
    return 1 / 0


def forever(request):
    n = 0
    while True:
        n += 1


def spin(request):
    n = int(request.params["n"])
    i = 0
    while i < n:
        i += 1
    return {"spun": i}


def isolation(request):
    # Module state starts from the snapshot for every request.
    seen.append(request.params["id"])
    return {"id": request.params["id"], "seen": len(seen)}


def bad_response(request):
    return {"status": "nope"}


def not_found(request):
    return http.json(404, {"missing": request.path})
