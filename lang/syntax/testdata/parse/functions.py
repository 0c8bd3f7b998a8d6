@decorator
@decorator.attr(1)
def f(a, b: int = 1, *args: str, c, d=2, **kwargs: dict) -> None:
    """Docstring."""
    global g
    def inner():
        nonlocal a
        return a
    return inner

def g(a, /, b, *, c):
    yield
    yield a
    yield a, b
    yield from b
    x = yield a
    x = yield
    x += yield
    (yield)
    return

def h(*, a, b=1): pass
def k(a, b=1, /, c=2): pass
def m(**kw): pass

@dataclass
class Point(Base, metaclass=Meta, **extra):
    '''A point.'''
    x: int = 0
    def __init__(self):
        super().__init__()
    class Inner:
        pass

class Empty:
    ...

lam = lambda: (yield)
