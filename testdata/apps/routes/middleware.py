import scriptling.runtime.http as http


def guard(request):
    # Short-circuit: answer without running the handler.
    if request.path == "/members-only" and request.headers.get("x-member") != "yes":
        return http.json(403, {"error": "members only"})
    if request.query.get("stop") == "1":
        return "stopped by middleware"
    return None


def tag(request):
    # Middleware may annotate the request for the handler.
    request.tag = "tagged"
    return None
