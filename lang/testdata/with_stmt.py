# The with statement: __enter__/__exit__, exceptions inside, suppression.
log = []
class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        log.append(("exit", self.name, exc_type.__name__ if exc_type else None, str(exc) if exc else None))
        return self.suppress
with Res("a") as v:
    log.append("body " + v)
assert log == ["enter a", "body A", ("exit", "a", None, None)]
log.clear()
try:
    with Res("b"):
        raise ValueError("boom")
    assert False
except ValueError as e:
    assert str(e) == "boom"
assert log == ["enter b", ("exit", "b", "ValueError", "boom")]
log.clear()
with Res("c", suppress=True):
    raise KeyError("hidden")
assert log == ["enter c", ("exit", "c", "KeyError", "'hidden'")]
log.clear()
# multiple managers: entered left to right, exited right to left
with Res("x") as x, Res("y") as y:
    log.append(x + y)
assert log == ["enter x", "enter y", "XY", ("exit", "y", None, None), ("exit", "x", None, None)]
log.clear()
# parenthesised managers (3.10+)
with (
    Res("p") as p,
    Res("q"),
):
    pass
assert [e for e in log if isinstance(e, str)] == ["enter p", "enter q"]
log.clear()
# __exit__ runs on return, break, continue
def early():
    with Res("r"):
        return "returned"
assert early() == "returned"
assert log[-1] == ("exit", "r", None, None)
log.clear()
for i in range(3):
    with Res(str(i)):
        if i == 0:
            continue
        if i == 1:
            break
assert log == ["enter 0", ("exit", "0", None, None), "enter 1", ("exit", "1", None, None)]
log.clear()
# an exception in __enter__ skips the body and __exit__
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        log.append("exit called")
try:
    with BadEnter():
        log.append("body")
except RuntimeError as e:
    assert str(e) == "enter failed"
assert log == []
# exception in __exit__ replaces the body's
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except TypeError as e:
    assert str(e) == "exit failed"
    assert type(e.__context__) is ValueError
# objects without the protocol
class NoCM:
    pass
try:
    with NoCM():
        pass
except TypeError as e:
    assert "context manager" in str(e)
# suppression only for truthy return values
class Sup:
    def __init__(self, rv):
        self.rv = rv
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return self.rv
for rv, suppressed in [(1, True), ("yes", True), (0, False), (None, False), ([], False)]:
    try:
        with Sup(rv):
            raise ValueError()
        result = True
    except ValueError:
        result = False
    assert result == suppressed
# a lock-like context manager counting depth
class Counter:
    def __init__(self):
        self.depth = 0
        self.max = 0
    def __enter__(self):
        self.depth += 1
        self.max = max(self.max, self.depth)
        return self
    def __exit__(self, *exc):
        self.depth -= 1
        return False
c = Counter()
with c:
    with c:
        with c:
            pass
assert c.depth == 0 and c.max == 3
# the as target can be any assignment target
holder = {}
with Res("t") as holder["k"]:
    pass
assert holder == {"k": "T"}
with Res("u") as (first, *rest):
    pass
assert first == "U" and rest == []
print(early(), c.max, holder, log[-1])
