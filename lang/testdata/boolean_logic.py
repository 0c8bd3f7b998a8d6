# and/or/not: short-circuit and return an operand.
assert (1 and 2) == 2
assert (0 and 2) == 0
assert (1 or 2) == 1
assert (0 or 2) == 2
assert ("" or "default") == "default"
assert ([] or [1]) == [1]
assert (None or 0) == 0
assert (None and 1) is None
assert ("a" and "b" and "c") == "c"
assert ("a" and "" and "c") == ""
assert (0 or "" or None) is None
assert (not 0) is True
assert not [] and not {} and not "" and not None and not 0.0
assert (not "x") is False
hits = []
def t(x):
    hits.append(x)
    return x
assert (t(0) and t(1)) == 0
assert hits == [0]
hits.clear()
assert t(1) or t(2)
assert hits == [1]
hits.clear()
r = t(0) or t(0) or t(3) or t(4)
assert r == 3 and hits == [0, 0, 3]
hits.clear()
r = t(1) and t(2) and t(0) and t(4)
assert r == 0 and hits == [1, 2, 0]
# precedence: not > and > or
assert (True or False and False) is True
assert (not False and False) is False
assert (not (False and False)) is True
assert (False or not False) is True
# in conditions
x = None
name = x or "anonymous"
assert name == "anonymous"
cfg = {}
port = cfg.get("port") or 8080
assert port == 8080
def first_truthy(*vals):
    for v in vals:
        if v:
            return v
    return None
assert first_truthy(0, "", [], "x", 1) == "x"
# any/all short-circuit on generators
seen = []
def check(v):
    seen.append(v)
    return v > 2
assert any(check(v) for v in [1, 2, 3, 4, 5])
assert seen == [1, 2, 3]
seen.clear()
assert not all(check(v) for v in [3, 4, 1, 5])
assert seen == [3, 4, 1]
assert all([]) is True and any([]) is False
# bool() of values
assert bool(0) is False and bool(1) is True and bool(-1) is True
assert bool(0.0) is False and bool(0.1) is True
assert bool("") is False and bool(" ") is True
assert bool([]) is False and bool([0]) is True
assert bool(()) is False and bool((0,)) is True
assert bool({}) is False and bool({0: 0}) is True
assert bool(set()) is False and bool({0}) is True
assert bool(None) is False
assert bool(range(0)) is False
assert bool() is False
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", not 0, not "x", [] or {} or "end")
