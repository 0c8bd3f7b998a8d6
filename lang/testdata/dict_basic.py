# Dicts: literals, insertion order, key equality, errors, nesting, comparison.
d = {"b": 2, "a": 1}
d["c"] = 3
assert list(d) == ["b", "a", "c"]
assert d["a"] == 1
d["b"] = 20
assert list(d) == ["b", "a", "c"]  # updating keeps position
del d["b"]
d["b"] = 200
assert list(d) == ["a", "c", "b"]
assert len(d) == 3
assert "a" in d and "z" not in d
assert 1 not in d
try:
    d["missing"]
    assert False
except KeyError as e:
    assert str(e) == "'missing'"
    assert e.args == ("missing",)
try:
    del d["missing"]
    assert False
except KeyError as e:
    assert repr(e) == "KeyError('missing')"
try:
    {}[(1, 2)]
    assert False
except KeyError as e:
    assert str(e) == "(1, 2)"
# numeric keys unify
n = {1: "int"}
n[1.0] = "float"
n[True] = "bool"
assert n == {1: "bool"}
assert list(n.keys())[0] is not True
assert type(list(n)[0]) is int
assert {0: "a"}[False] == "a"
assert {2.0: "x"}[2] == "x"
# keys of many kinds
k = {None: 0, "s": 1, 2: 2, (3, 4): 3, 2.5: 4, b"by": 5, frozenset([1]): 6}
assert k[None] == 0 and k[(3, 4)] == 3 and k[2.5] == 4 and k[b"by"] == 5
assert k[frozenset({1})] == 6
try:
    k[[1]] = 1
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'list'"
try:
    k[{}] = 1
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'dict'"
try:
    {1: 2}[{3}]
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'set'"
# equality ignores order
assert {"x": 1, "y": 2} == {"y": 2, "x": 1}
assert {"x": 1} != {"x": 1.5}
assert {"x": [1]} == {"x": [1]}
assert {} == dict()
# dict() forms
assert dict(a=1, b=2) == {"a": 1, "b": 2}
assert dict([("a", 1), ("b", 2)]) == {"a": 1, "b": 2}
assert dict({"a": 1}, b=2) == {"a": 1, "b": 2}
assert dict(zip("ab", [1, 2])) == {"a": 1, "b": 2}
assert dict([["k", "v"]]) == {"k": "v"}
try:
    dict([(1, 2, 3)])
    assert False
except ValueError as e:
    assert str(e) == "dictionary update sequence element #0 has length 3; 2 is required"
# repr
assert repr({"a": 1, 2: "b"}) == "{'a': 1, 2: 'b'}"
assert repr({}) == "{}"
rec = {}
rec["self"] = rec
assert repr(rec) == "{'self': {...}}"
# nested structures
cfg = {"db": {"host": "h", "ports": [1, 2]}}
cfg["db"]["ports"].append(3)
assert cfg["db"]["ports"] == [1, 2, 3]
cfg.setdefault("cache", {})["size"] = 10
assert cfg["cache"] == {"size": 10}
# iteration order after many changes
big = {}
for i in range(100):
    big[i] = i * i
for i in range(0, 100, 2):
    del big[i]
assert list(big)[:5] == [1, 3, 5, 7, 9]
big[0] = 0
assert list(big)[-1] == 0
assert sum(big.values()) == sum(i * i for i in range(1, 100, 2))
# mutation during iteration
try:
    for key in big:
        big[key + 1000] = 1
    assert False
except RuntimeError as e:
    assert str(e) == "dictionary changed size during iteration"
# | and |=
m = {"a": 1} | {"b": 2, "a": 3}
assert m == {"a": 3, "b": 2}
m |= {"c": 4}
assert list(m) == ["a", "b", "c"]
# dict as counter
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
assert counts == {"m": 1, "i": 4, "s": 4, "p": 2}
print(d, n, counts, m, cfg)
