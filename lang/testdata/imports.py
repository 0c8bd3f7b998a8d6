# import statements: plain, dotted, aliases, from-imports, packages, relative.
import pkg.counter
import pkg.counter as mc
from pkg.counter import bump
assert mc is pkg.counter
assert bump() == 1 and pkg.counter.count == 1
assert mc.bump() == 2 and pkg.counter.count == 2
import pkg
assert pkg.VERSION == "1.2"
assert pkg.LOADED == ["pkg"]
assert pkg.pkg_name() == "pkg"
assert pkg.double(4) == 8
assert pkg.consts.FACTOR == 2
import pkg  # a second import does not re-run the package
assert pkg.LOADED == ["pkg"]
import pkg.helpers
assert pkg.helpers.module_name() == "pkg.helpers"
assert pkg.helpers.first_name() == "ann!"
import pkg.sub.deep as deep
assert deep.WHERE == "pkg.sub.deep"
assert deep.scaled(1) == 40
assert deep.make("x").greet() == "hello x"
import pkg.sub
assert pkg.sub.SUB_FACTOR == 20
assert pkg.sub.deep is deep
from pkg.helpers import Greeter, double as dbl
assert Greeter("y").greet() == "hello y"
assert dbl(5) == 10
before = pkg.helpers.calls
dbl(1)
assert pkg.helpers.calls == before + 1
from pkg import consts, helpers
assert consts.NAMES == ["ann", "bob"]
assert helpers is pkg.helpers
from pkg.sub import deep as deep2
assert deep2 is deep
from pkg.consts import (
    FACTOR,
    SUFFIX,
)
assert FACTOR == 2 and SUFFIX == "!"
# module attributes
assert pkg.helpers.__name__ == "pkg.helpers"
assert mc.__name__ == "pkg.counter"
assert __name__ == "__main__"
assert pkg.consts._private == "hidden"
# errors
try:
    import no_such_module_xyz
    assert False
except ImportError as e:
    assert type(e).__name__ == "ModuleNotFoundError"
    assert str(e) == "No module named 'no_such_module_xyz'"
try:
    from pkg.consts import missing_name
    assert False
except ImportError as e:
    assert str(e).startswith("cannot import name 'missing_name' from 'pkg.consts'")
try:
    pkg.nothing_here
    assert False
except AttributeError as e:
    assert str(e) == "module 'pkg' has no attribute 'nothing_here'"
# imports inside functions bind locally
def local_import():
    import pkg.counter as m
    return m.bump()
assert local_import() == 3
try:
    m
    assert False
except NameError:
    pass
# modules are objects that can be passed around
def call_bump(module):
    return module.bump()
assert call_bump(mc) == 4
import pkg.counter as again, pkg.consts as pc
assert again is mc and pc.FACTOR == 2
print(pkg.counter.count, pkg.VERSION, deep.WHERE, pkg.sub.SUB_FACTOR, Greeter("z").greet(), __name__)
