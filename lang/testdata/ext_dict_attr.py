# python: skip — Scriptling: d.key reads d["key"], and d.f(...) calls a callable stored at "f".
cfg = {"host": "localhost", "port": 8080, "tags": ["a"]}
assert cfg.host == "localhost" and cfg.port == 8080
cfg.tags.append("b")
assert cfg["tags"] == ["a", "b"]
ops = {"double": lambda x: x * 2, "name": "ops"}
assert ops.double(21) == 42 and ops.name == "ops"
# real dict methods win over keys of the same name
weird = {"keys": "value", "get": 1}
assert list(weird.keys()) == ["keys", "get"]
assert weird.get("get") == 1
# missing keys are still an AttributeError
try:
    cfg.missing
    assert False
except AttributeError as e:
    assert "missing" in str(e)
nested = {"db": {"user": {"name": "root"}}}
assert nested.db.user.name == "root"
print(cfg.host, cfg.port, ops.double(4), nested.db.user.name)
