# User-defined exception classes.
class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(f"{what} not found")
        self.what = what
        self.code = code
class Invalid(AppError):
    pass
class Detailed(Exception):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
        super().__init__(field, reason)
    def __str__(self):
        return f"{self.field}: {self.reason}"
try:
    raise NotFound("user")
except AppError as e:
    assert type(e) is NotFound
    assert str(e) == "user not found"
    assert e.args == ("user not found",)
    assert e.what == "user" and e.code == 404
    assert isinstance(e, Exception) and isinstance(e, NotFound)
    assert repr(e) == "NotFound('user not found')"
try:
    raise Invalid("bad input", 7)
except NotFound:
    assert False
except AppError as e:
    assert e.args == ("bad input", 7)
    assert str(e) == "('bad input', 7)"
try:
    raise Detailed("age", "must be positive")
except Detailed as e:
    assert str(e) == "age: must be positive"
    assert e.args == ("age", "must be positive")
    assert repr(e) == "Detailed('age', 'must be positive')"
assert issubclass(NotFound, AppError) and issubclass(NotFound, Exception)
assert NotFound.__mro__[:3] == (NotFound, AppError, Exception)
assert AppError.__doc__ == "Base for app errors."
# exception without calling super().__init__ keeps the args passed to it
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
assert e.x == 5 and e.args == (5,)
# custom attributes and methods
class HttpError(Exception):
    status = 500
    def describe(self):
        return f"{self.status}: {self}"
class BadRequest(HttpError):
    status = 400
assert BadRequest("oops").describe() == "400: oops"
assert HttpError("boom").describe() == "500: boom"
# catching by base, dispatching on attributes
def handle(exc):
    try:
        raise exc
    except HttpError as e:
        return e.status
    except AppError:
        return "app"
assert [handle(BadRequest()), handle(HttpError()), handle(Invalid())] == [400, 500, "app"]
# multiple inheritance with built-in exceptions
class MyKeyError(AppError, KeyError):
    pass
try:
    {}.get("x") or (_ for _ in ()).throw(MyKeyError("x"))
except LookupError as e:
    assert type(e) is MyKeyError and str(e) == "'x'"
# exceptions can be stored and raised later, and raised again
saved = []
for i in range(3):
    try:
        if i % 2:
            raise NotFound(f"item{i}")
    except NotFound as e:
        saved.append(e)
assert len(saved) == 1 and saved[0].what == "item1"
try:
    raise saved[0]
except NotFound as e:
    assert e is saved[0]
# with_traceback returns the exception itself
e = Invalid("x")
assert e.with_traceback(None) is e
# BaseException subclasses skip "except Exception"
class Abort(BaseException):
    pass
def guarded():
    try:
        raise Abort()
    except Exception:
        return "caught as Exception"
    except BaseException:
        return "caught as BaseException"
assert guarded() == "caught as BaseException"
# add_note (3.11)
e = ValueError("v")
e.add_note("note 1")
assert e.__notes__ == ["note 1"]
print(NotFound("page"), repr(Detailed("a", "b")), BadRequest("x").describe(), guarded(), e.__notes__)
