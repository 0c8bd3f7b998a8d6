# Tests for contextlib: each assert's expected value is what CPython 3.11 gives.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, AbstractContextManager, ContextDecorator
log = []
@contextmanager
def tag(name):
    log.append('<%s>' % name)
    try:
        yield name.upper()
    finally:
        log.append('</%s>' % name)
@contextmanager
def handler():
    try:
        yield 'h'
    except ValueError as e:
        log.append('handled ' + str(e))
class Resource:
    def __init__(self):
        self.closed = False
    def close(self):
        self.closed = True

with tag('a') as t:
    log.append(t)
assert log == ['<a>', 'A', '</a>']
log.clear()
with handler() as h:
    assert h == 'h'
    raise ValueError('oops')
assert log == ['handled oops']
log.clear()
try:
    with tag('b'):
        raise KeyError('k')
except KeyError as e:
    log.append('outer ' + repr(e))
assert log == ['<b>', '</b>', "outer KeyError('k')"]
with suppress(ZeroDivisionError):
    1 / 0
with suppress(KeyError, IndexError):
    [][0]
with suppress(LookupError):
    {}['x']
try:
    with suppress(KeyError):
        1 / 0
    assert False
except ZeroDivisionError:
    pass
with suppress():
    pass
r = Resource()
with closing(r) as rr:
    assert rr is r
    assert not r.closed
assert r.closed
with nullcontext(42) as v:
    assert v == 42
with nullcontext() as v:
    assert v is None
log.clear()
with ExitStack() as stack:
    stack.callback(log.append, 'cb1')
    x = stack.enter_context(tag('s'))
    stack.callback(log.append, 'cb2')
    log.append(x)
assert log == ['<s>', 'S', 'cb2', '</s>', 'cb1']
log.clear()
with ExitStack() as stack:
    stack.enter_context(suppress(ValueError))
    raise ValueError('swallowed')
log.clear()
with ExitStack() as stack:
    stack.callback(log.append, 'later')
    moved = stack.pop_all()
assert log == []
moved.close()
assert log == ['later']


@tag('deco')
def decorated():
    log.append('body')
    return 7


log.clear()
assert decorated() == 7
assert log == ['<deco>', 'body', '</deco>']


class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        log.append('exit')


log.clear()
with Managed() as m:
    assert isinstance(m, Managed)
assert log == ['exit']


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)
print('done')
