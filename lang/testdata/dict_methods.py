# Dict methods and views.
d = {"a": 1, "b": 2, "c": 3}
assert d.get("a") == 1
assert d.get("z") is None
assert d.get("z", 0) == 0
assert d.pop("a") == 1
assert "a" not in d
assert d.pop("z", "default") == "default"
try:
    d.pop("z")
    assert False
except KeyError as e:
    assert str(e) == "'z'"
assert d.setdefault("b", 99) == 2
assert d.setdefault("n") is None
assert d["n"] is None
assert d.setdefault("x", []) == []
d["x"].append(1)
assert d["x"] == [1]
d.update({"b": 20, "y": 5})
assert d["b"] == 20 and d["y"] == 5
d.update([("p", 1)], q=2)
assert d["p"] == 1 and d["q"] == 2
d.update(r=3)
assert d["r"] == 3
assert d.update() is None
c = d.copy()
c["b"] = 0
assert d["b"] == 20
d.clear()
assert d == {} and len(c) > 0
assert dict.fromkeys(["a", "b"]) == {"a": None, "b": None}
assert dict.fromkeys("xy", 0) == {"x": 0, "y": 0}
e = {"k1": 1, "k2": 2}
assert e.popitem() == ("k2", 2)
assert e == {"k1": 1}
try:
    {}.popitem()
    assert False
except KeyError as ex:
    assert str(ex) == "'popitem(): dictionary is empty'"
# views
v = {"a": 1, "b": 2}
ks = v.keys()
vs = v.values()
its = v.items()
assert list(ks) == ["a", "b"]
assert list(vs) == [1, 2]
assert list(its) == [("a", 1), ("b", 2)]
v["c"] = 3
assert list(ks) == ["a", "b", "c"]  # live
assert len(vs) == 3
assert ("c", 3) in its
assert ("c", 4) not in its
assert "a" in ks
assert 2 in vs
assert repr(ks) == "dict_keys(['a', 'b', 'c'])"
assert repr(vs) == "dict_values([1, 2, 3])"
assert repr(its) == "dict_items([('a', 1), ('b', 2), ('c', 3)])"
assert ks & {"a", "z"} == {"a"}
assert ks | {"z"} == {"a", "b", "c", "z"}
assert ks - {"a"} == {"b", "c"}
assert ks == {"a", "b", "c"}
assert sorted(v.items(), key=lambda kv: -kv[1]) == [("c", 3), ("b", 2), ("a", 1)]
for k, val in v.items():
    assert v[k] == val
total = 0
for val in v.values():
    total += val
assert total == 6
assert list(reversed(v)) == ["c", "b", "a"]
assert list(reversed(v.items()))[0] == ("c", 3)
assert dict(v.items()) == v
# get with unhashable key raises
try:
    v.get([1])
    assert False
except TypeError as ex:
    assert str(ex) == "unhashable type: 'list'"
# keys are compared by value
w = {}
w[(1, 2)] = "t"
w["1"] = "s"
w[1] = "i"
assert len(w) == 3 and w[1] == "i" and w["1"] == "s"
# dict comprehension and inversion
inv = {val: key for key, val in v.items()}
assert inv == {1: "a", 2: "b", 3: "c"}
print(v, list(ks), list(vs), list(its), inv, c)
