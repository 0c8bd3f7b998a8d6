# Tests for sys: each assert's expected value is what CPython 3.11 gives.
import sys
assert (sys.version_info >= (3, 8)) is True
assert (sys.version_info < (4,)) is True
assert (sys.version_info.major) == 3
assert (sys.version_info[0]) == 3
assert (sys.version_info[:2] >= (3, 0)) is True
assert (len(sys.version_info)) == 5
assert (isinstance(sys.version, str)) is True
assert (sys.maxsize) == 9223372036854775807
assert (sys.maxsize == 2 ** 63 - 1) is True
assert (sys.byteorder) == 'little'
assert (sys.float_info.epsilon) == 2.220446049250313e-16
assert (sys.float_info.max) == 1.7976931348623157e+308
assert (sys.float_info.min) == 2.2250738585072014e-308
assert (sys.float_info.dig) == 15
assert (sys.float_info.mant_dig) == 53
assert (sys.int_info.bits_per_digit) == 30
assert (sys.maxunicode) == 1114111
assert (isinstance(sys.argv, list)) is True
assert (isinstance(sys.argv[0], str)) is True
assert ('sys' in sys.modules) is True
assert ('no_such_module_xyz' in sys.modules) is False
assert (sys.getrecursionlimit() > 100) is True
assert (sys.getdefaultencoding()) == 'utf-8'
assert (sys.intern('abc')) == 'abc'
assert (sys.exc_info()) == (None, None, None)
assert (callable(sys.stdout.write)) is True
sys.stdout.write('written\n')
sys.stdout.flush()
print('to stderr', file=sys.stderr)
try:
    sys.exit(3)
except SystemExit as e:
    assert e.code == 3
    print('exit code', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    assert e.code == 'message'
try:
    sys.exit()
except SystemExit as e:
    assert e.code is None
try:
    raise KeyError('k')
except KeyError:
    et, ev, tb = sys.exc_info()
    assert et is KeyError
    assert ev.args == ('k',)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
assert sys.getrecursionlimit() == 200
sys.setrecursionlimit(old)
assert sys.getrecursionlimit() == old
import collections
assert 'collections' in sys.modules
assert sys.modules['collections'] is collections
