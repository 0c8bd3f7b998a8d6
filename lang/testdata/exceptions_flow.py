# Control flow through try/except/finally: returns, breaks, loops, generators.
trace = []
def f(kind):
    trace.clear()
    for i in range(3):
        try:
            trace.append(f"try{i}")
            if kind == "break" and i == 1:
                break
            if kind == "continue" and i == 0:
                continue
            if kind == "return" and i == 1:
                return "ret"
            if kind == "raise" and i == 2:
                raise KeyError(i)
        except KeyError:
            trace.append("except")
            return "handled"
        else:
            trace.append(f"else{i}")
        finally:
            trace.append(f"finally{i}")
    return "end"
assert f("break") == "end"
assert trace == ["try0", "else0", "finally0", "try1", "finally1"]
assert f("continue") == "end"
assert trace == ["try0", "finally0", "try1", "else1", "finally1", "try2", "else2", "finally2"]
assert f("return") == "ret"
assert trace == ["try0", "else0", "finally0", "try1", "finally1"]
assert f("raise") == "handled"
assert trace[-3:] == ["try2", "except", "finally2"]
# finally overriding with break inside a loop
def swallow():
    for _ in range(1):
        try:
            raise ValueError("lost")
        finally:
            break
    return "swallowed"
assert swallow() == "swallowed"
# return value computed before finally runs
def order():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
assert order() == [1, 2]
def shadow():
    v = "try"
    try:
        return v
    finally:
        v = "finally"
assert shadow() == "try"
# nested finally blocks run innermost first
log = []
def nested():
    try:
        try:
            try:
                raise RuntimeError("deep")
            finally:
                log.append(1)
        finally:
            log.append(2)
    except RuntimeError:
        log.append("caught")
    finally:
        log.append(3)
nested()
assert log == [1, 2, "caught", 3]
# exception inside else is not caught by the same try's handlers
def else_raises():
    try:
        pass
    except ValueError:
        return "wrong"
    else:
        raise ValueError("from else")
try:
    else_raises()
    assert False
except ValueError as e:
    assert str(e) == "from else"
# exception in finally replaces the in-flight one
try:
    try:
        raise KeyError("first")
    finally:
        raise IndexError("second")
except IndexError as e:
    assert type(e.__context__) is KeyError
# handlers are tried in order; the first match wins
def which(exc):
    try:
        raise exc
    except LookupError:
        return "lookup"
    except KeyError:
        return "key (unreachable)"
    except Exception:
        return "exception"
assert which(KeyError()) == "lookup" and which(ValueError()) == "exception"
# generators: finally runs when the loop breaks early and the generator is closed
closed = []
def gen():
    try:
        yield 1
        yield 2
    finally:
        closed.append(True)
g = gen()
for v in g:
    break
g.close()
assert closed == [True]
# try/except inside while with else
attempts = 0
while attempts < 5:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry")
    except ConnectionError:
        continue
    break
else:
    attempts = -1
assert attempts == 3
# the exception variable does not leak, but a saved reference keeps it
saved = None
try:
    1 / 0
except ZeroDivisionError as err:
    saved = err
assert isinstance(saved, ZeroDivisionError)
print(f("raise"), trace, order(), shadow(), log, attempts)
