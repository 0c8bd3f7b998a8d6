import scriptling.runtime.http as http


def hello(request):
    return "hello"


def json_route(request):
    items = []
    for i in range(20):
        items.append({"id": i, "name": "item" + str(i), "tags": ["a", "b"], "price": i * 1.5})
    return http.json(200, {"items": items, "count": len(items), "path": request.path})
