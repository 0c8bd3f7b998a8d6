import scriptling.runtime.http as http

TOKEN = "demo-token"


def require_token(request):
    if request.headers.get("authorization", "") != "Bearer " + TOKEN:
        return http.json(401, {"error": "missing or wrong bearer token"})
    return None
