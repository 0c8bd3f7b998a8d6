# try/except/else/finally, raise, re-raise, exception attributes.
log = []
def run(action):
    log.clear()
    try:
        log.append("try")
        result = action()
        log.append("after")
    except ZeroDivisionError as e:
        log.append("zde:" + str(e))
        return "handled"
    except (KeyError, IndexError) as e:
        log.append("lookup:" + type(e).__name__)
        return "lookup"
    except Exception:
        log.append("other")
        raise
    else:
        log.append("else")
        return result
    finally:
        log.append("finally")
assert run(lambda: 1 / 0) == "handled"
assert log == ["try", "zde:division by zero", "finally"]
assert run(lambda: {}["k"]) == "lookup"
assert log == ["try", "lookup:KeyError", "finally"]
assert run(lambda: [][1]) == "lookup"
assert run(lambda: 42) == 42
assert log == ["try", "after", "else", "finally"]
try:
    run(lambda: int("x"))
    assert False
except ValueError as e:
    assert log == ["try", "other", "finally"]
    assert str(e) == "invalid literal for int() with base 10: 'x'"
# the exception variable is cleared after the handler
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
    assert False
except NameError as e:
    assert str(e) == "name 'err' is not defined"
# args and str/repr
e = ValueError("bad", 42)
assert e.args == ("bad", 42)
assert str(e) == "('bad', 42)"
assert repr(e) == "ValueError('bad', 42)"
e = KeyError("k")
assert str(e) == "'k'" and e.args == ("k",)
e = Exception()
assert str(e) == "" and e.args == () and repr(e) == "Exception()"
e = RuntimeError("only")
assert str(e) == "only" and repr(e) == "RuntimeError('only')"
# raise a class: it is instantiated
try:
    raise IndexError
except IndexError as e:
    assert e.args == ()
# finally runs on return, break and continue; return in finally wins
def f1():
    try:
        return "try"
    finally:
        log.append("f1-finally")
log.clear()
assert f1() == "try" and log == ["f1-finally"]
def f2():
    try:
        return "try"
    finally:
        return "finally"
assert f2() == "finally"
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
assert f3() == "swallowed"
def f4():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            if i == 2:
                log.append("f4")
log.clear()
assert f4() == 2 and log == ["f4"]
# nested try blocks
def nested():
    out = []
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            out.append("wrong")
        finally:
            out.append("inner-finally")
    except KeyError as e:
        out.append("outer:" + e.args[0])
    return out
assert nested() == ["inner-finally", "outer:inner"]
# exception raised in except replaces the original (context kept)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    assert str(e) == "second"
    assert isinstance(e.__context__, ValueError)
    assert str(e.__context__) == "first"
    assert e.__cause__ is None
# bare raise re-raises the current exception
def reraiser():
    try:
        {}["x"]
    except KeyError:
        raise
try:
    reraiser()
    assert False
except KeyError as e:
    assert e.args == ("x",)
try:
    raise
except RuntimeError as e:
    assert str(e) == "No active exception to reraise"
# raising non-exceptions
try:
    raise 5
except TypeError as e:
    assert str(e) == "exceptions must derive from BaseException"
# except with a tuple of classes from a variable
errors = (ValueError, TypeError)
try:
    len(5)
except errors as e:
    assert type(e) is TypeError
    assert str(e) == "object of type 'int' has no len()"
# exception objects are ordinary values
errs = [ValueError("a"), KeyError("b")]
caught = []
for ex in errs:
    try:
        raise ex
    except LookupError as e:
        caught.append("lookup")
    except Exception as e:
        caught.append("exc")
assert caught == ["exc", "lookup"]
# try/except in a loop with continue
results = []
for v in ["1", "x", "3"]:
    try:
        n = int(v)
    except ValueError:
        continue
    results.append(n)
assert results == [1, 3]
print(run(lambda: 1 / 0), log, nested(), f2(), f3(), results)
