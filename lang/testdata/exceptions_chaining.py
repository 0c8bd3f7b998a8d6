# raise ... from, __cause__, __context__, __suppress_context__.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e
try:
    load("x")
    assert False
except ConfigError as e:
    assert str(e) == "bad value 'x'"
    assert isinstance(e.__cause__, ValueError)
    assert e.__context__ is e.__cause__
    assert e.__suppress_context__ is True
# from None suppresses the context
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}") from None
try:
    lookup({}, "a")
except LookupError as e:
    assert e.__cause__ is None
    assert isinstance(e.__context__, KeyError)
    assert e.__suppress_context__ is True
# implicit context
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    assert type(e.__context__) is ZeroDivisionError
    assert e.__cause__ is None
    assert e.__suppress_context__ is False
# from with a class instantiates it
try:
    raise RuntimeError("outer") from KeyError
except RuntimeError as e:
    assert type(e.__cause__) is KeyError
# setting __cause__ by hand
e = ValueError("v")
e.__cause__ = TypeError("t")
assert type(e.__cause__) is TypeError
# chains several levels deep
def level(n):
    if n == 0:
        raise KeyError("root")
    try:
        level(n - 1)
    except Exception as exc:
        raise RuntimeError(f"level {n}") from exc
try:
    level(3)
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(str(cur))
        cur = cur.__cause__
    assert chain == ["level 3", "level 2", "level 1", "'root'"]
# an exception handled inside a finally keeps the outer one
def cleanup():
    try:
        raise ValueError("main")
    finally:
        try:
            raise KeyError("cleanup")
        except KeyError:
            pass
try:
    cleanup()
except ValueError as e:
    assert str(e) == "main"
# raise from a non-exception is a TypeError
try:
    raise ValueError("x") from 5
except TypeError as e:
    assert str(e) == "exception causes must derive from BaseException"
# context is not set to itself when re-raising
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    assert e.__context__ is None
print(chain)
