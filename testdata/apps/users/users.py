import scriptling.runtime.http as http
import scriptling.runtime.kv as kv

def _key(user_id):
    return "user:" + user_id


def _validate(data, partial):
    if not isinstance(data, dict):
        return "the body must be a JSON object"
    for field in ("name", "email"):
        if field in data and not isinstance(data[field], str):
            return field + " must be a string"
    if not partial and not data.get("name"):
        return "name is required"
    return None


def list_users(request):
    users = []
    for key in kv.default.keys("user:*"):
        user = kv.default.get(key)
        if user is not None:
            users.append(user)
    users.sort(key=lambda u: u["id"])
    return {"users": users, "count": len(users)}


def create_user(request):
    data = request.json()
    problem = _validate(data, False)
    if problem:
        return http.json(400, {"error": problem})
    user_id = kv.default.incr("next_user_id")
    user = {"id": user_id, "name": data["name"], "email": data.get("email", "")}
    kv.default.set(_key(str(user_id)), user)
    return http.json(201, user)


def get_user(request):
    user = kv.default.get(_key(request.params["id"]))
    if user is None:
        return http.json(404, {"error": "no such user"})
    return user


def update_user(request):
    key = _key(request.params["id"])
    user = kv.default.get(key)
    if user is None:
        return http.json(404, {"error": "no such user"})
    data = request.json()
    problem = _validate(data, True)
    if problem:
        return http.json(400, {"error": problem})
    for field in ("name", "email"):
        if field in data:
            user[field] = data[field]
    kv.default.set(key, user)
    return user


def delete_user(request):
    key = _key(request.params["id"])
    if not kv.default.exists(key):
        return http.json(404, {"error": "no such user"})
    kv.default.delete(key)
    return http.json(200, {"deleted": int(request.params["id"])})


def not_found(request):
    return http.json(404, {"error": "no route for " + request.method + " " + request.path})
