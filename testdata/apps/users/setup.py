# A small JSON API: token auth in middleware, path parameters, the KV store.
#
#   curl -H 'Authorization: Bearer demo-token' localhost:8080/users
#   curl -H 'Authorization: Bearer demo-token' -d '{"name": "Ada"}' localhost:8080/users
import scriptling.runtime as runtime

http = runtime.http
http.middleware("auth.require_token")
http.get("/users", "users.list_users")
http.post("/users", "users.create_user")
http.get("/users/:id", "users.get_user")
http.put("/users/:id", "users.update_user")
http.delete("/users/:id", "users.delete_user")
http.not_found("users.not_found")
