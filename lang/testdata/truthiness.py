# Truth values of every kind of object, and where truthiness is used.
falsy = [None, False, 0, 0.0, -0.0, "", [], (), {}, set(), frozenset(), range(0), b""]
truthy = [True, 1, -1, 0.1, float("nan"), float("inf"), " ", "0", "False", [0], (None,), {0: 0}, {0}, range(1), b"\x00", object(), len, int]
for v in falsy:
    assert not v, v
    assert bool(v) is False
for v in truthy:
    assert v, v
    assert bool(v) is True
assert not {}.keys() and {1: 1}.keys()
assert not {}.values() and not {}.items()
assert bool(2**100) and not bool(2**100 - 2**100)
class Default:
    pass
assert bool(Default())
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
assert not Sized(0) and Sized(3)
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
assert Flag(True) and not Flag(False)
# truthiness in conditions, while, comprehensions, and/or/not, filter, any/all
out = []
for v in [0, 1, "", "a", None, [1]]:
    if v:
        out.append(v)
    elif not v:
        out.append("-")
assert out == ["-", 1, "-", "a", "-", [1]]
stack = [1, 2, 3]
popped = []
while stack:
    popped.append(stack.pop())
assert popped == [3, 2, 1]
assert [v for v in [0, 2, None, 3] if v] == [2, 3]
assert list(filter(None, [Sized(0), Sized(1)]))[0].n == 1
assert (Sized(0) or "empty") == "empty"
assert (Flag(True) and "yes") == "yes"
assert any([Sized(0), Flag(True)]) and not all([Sized(0), Flag(True)])
assert (not Sized(0)) is True
assert ("yes" if Sized(2) else "no") == "yes"
# ternaries pick by truthiness
label = lambda v: "truthy" if v else "falsy"
assert [label(v) for v in (0, [], [[]], 1)] == ["falsy", "falsy", "truthy", "truthy"]
# assert uses truthiness
assert [0]
assert "0"
# conversions by comparison are not truthiness
assert (0 == False) and ("" != False) and ([] != False)
assert (None == False) is False
print([bool(v) for v in falsy], [bool(v) for v in truthy[:8]], out, popped)
