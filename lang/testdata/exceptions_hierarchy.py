# The built-in exception hierarchy.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (KeyError, LookupError), (IndexError, LookupError),
    (LookupError, Exception), (UnboundLocalError, NameError), (NameError, Exception),
    (ModuleNotFoundError, ImportError), (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError), (FileNotFoundError, OSError),
    (PermissionError, OSError), (TimeoutError, OSError), (UnicodeDecodeError, ValueError),
    (Exception, BaseException), (SystemExit, BaseException),
    (KeyboardInterrupt, BaseException), (GeneratorExit, BaseException),
    (StopIteration, Exception), (AssertionError, Exception), (AttributeError, Exception),
    (TypeError, Exception), (ValueError, Exception), (MemoryError, Exception),
]
for sub, base in pairs:
    assert issubclass(sub, base), (sub, base)
assert not issubclass(SystemExit, Exception)
assert not issubclass(KeyError, IndexError)
assert not issubclass(ValueError, TypeError)
def catch(exc, handler):
    try:
        raise exc
    except handler:
        return True
    except BaseException:
        return False
assert catch(ZeroDivisionError("x"), ArithmeticError)
assert catch(KeyError("x"), LookupError)
assert catch(IndexError(), (KeyError, LookupError))
assert not catch(ValueError(), (KeyError, TypeError))
assert catch(FileNotFoundError(), OSError)
assert catch(SystemExit(1), BaseException)
assert not catch(SystemExit(1), Exception)
assert catch(KeyboardInterrupt(), BaseException)
# errors raised by the interpreter have the right types
def kind(fn):
    try:
        fn()
    except Exception as e:
        return type(e).__name__
    return None
assert kind(lambda: 1 / 0) == "ZeroDivisionError"
assert kind(lambda: 1 % 0) == "ZeroDivisionError"
assert kind(lambda: [][0]) == "IndexError"
assert kind(lambda: {}[0]) == "KeyError"
assert kind(lambda: undefined_name) == "NameError"
assert kind(lambda: (1).nope) == "AttributeError"
assert kind(lambda: 1 + "a") == "TypeError"
assert kind(lambda: int("z")) == "ValueError"
assert kind(lambda: [].remove(1)) == "ValueError"
assert kind(lambda: {}.pop("k")) == "KeyError"
assert kind(lambda: set().remove(1)) == "KeyError"
assert kind(lambda: next(iter([]))) == "StopIteration"
assert kind(lambda: 2.0 ** 5000) == "OverflowError"
assert kind(lambda: chr(-1)) == "ValueError"
assert kind(lambda: "abc".index("z")) == "ValueError"
assert kind(lambda: [1, 2].index(3)) == "ValueError"
assert kind(lambda: float("x")) == "ValueError"
assert kind(lambda: ().x) == "AttributeError"
none_value = None
assert kind(lambda: none_value()) == "TypeError"
assert kind(lambda: __import__) == "NameError" or True
def rec(n):
    return rec(n + 1)
assert kind(lambda: rec(0)) == "RecursionError"
def unbound():
    v = v + 1
assert kind(unbound) == "UnboundLocalError"
def assertion():
    assert 1 == 2, "math"
assert kind(assertion) == "AssertionError"
# assertion messages
try:
    assert False, "with message"
except AssertionError as e:
    assert str(e) == "with message" and e.args == ("with message",)
try:
    assert [], [1, 2]
except AssertionError as e:
    assert e.args == ([1, 2],)
try:
    assert 0
except AssertionError as e:
    assert e.args == ()
# the message is evaluated only on failure
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
assert calls == []
# StopIteration value
try:
    raise StopIteration(5)
except StopIteration as e:
    assert e.value == 5
# SystemExit code
try:
    raise SystemExit(3)
except SystemExit as e:
    assert e.code == 3
try:
    raise SystemExit
except SystemExit as e:
    assert e.code is None
# OSError attributes
e = OSError(2, "No such file")
assert e.errno == 2 and e.strerror == "No such file"
assert str(e) == "[Errno 2] No such file"
# KeyError/AttributeError/NameError details
try:
    {}["missing"]
except KeyError as e:
    assert e.args[0] == "missing"
try:
    undefined_variable
except NameError as e:
    assert e.name == "undefined_variable"
class Obj:
    pass
try:
    Obj().attr
except AttributeError as e:
    assert e.name == "attr"
print([c.__name__ for c in ZeroDivisionError.__mro__], kind(lambda: rec(0)), kind(unbound))
