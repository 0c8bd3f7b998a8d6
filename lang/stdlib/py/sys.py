"""System-specific parameters of the sandbox. Nothing here describes the
host machine: no path, environment or executable location."""

import _sys


class _StructSeq:
    """A read-only tuple with named fields (like CPython's struct sequences)."""

    def __init__(self, name, fields, values):
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_fields", fields)
        object.__setattr__(self, "_t", tuple(values))
        for f, v in zip(fields, values):
            object.__setattr__(self, f, v)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return "%s(%s)" % (self._name, ", ".join(
            "%s=%r" % (f, v) for f, v in zip(self._fields, self._t)))

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __getitem__(self, i):
        return self._t[i]

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        return self._t == _astuple(other)

    def __ne__(self, other):
        return self._t != _astuple(other)

    def __lt__(self, other):
        return self._t < _astuple(other)

    def __le__(self, other):
        return self._t <= _astuple(other)

    def __gt__(self, other):
        return self._t > _astuple(other)

    def __ge__(self, other):
        return self._t >= _astuple(other)


def _astuple(v):
    if isinstance(v, _StructSeq):
        return v._t
    return v


argv = _sys.argv
stdout = _sys.stdout
stderr = _sys.stderr
__stdout__ = stdout
__stderr__ = stderr
modules = _sys.modules
getrecursionlimit = _sys.getrecursionlimit
setrecursionlimit = _sys.setrecursionlimit
exc_info = _sys.exc_info
exception = _sys.exception

version_info = _StructSeq("sys.version_info",
                          ("major", "minor", "micro", "releaselevel", "serial"),
                          (3, 11, 0, "final", 0))
version = "3.11.0 (scriptling)"
hexversion = 0x030B00F0
api_version = 1013
platform = "wasi"
byteorder = "little"
maxsize = 9223372036854775807
maxunicode = 1114111
path = []
executable = ""
prefix = ""
copyright = "Scriptling"
dont_write_bytecode = True
float_repr_style = "short"
implementation = _StructSeq("sys.implementation", ("name", "version", "cache_tag"),
                            ("scriptling", version_info, None))
float_info = _StructSeq(
    "sys.float_info",
    ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
     "mant_dig", "epsilon", "radix", "rounds"),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15,
     53, 2.220446049250313e-16, 2, 1))
int_info = _StructSeq(
    "sys.int_info",
    ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"),
    (30, 4, 4300, 640))


def exit(status=None, /):
    """Exit the script by raising SystemExit(status)."""
    if status is None:
        raise SystemExit
    raise SystemExit(status)


def getdefaultencoding():
    return "utf-8"


def getfilesystemencoding():
    return "utf-8"


def intern(string, /):
    if type(string) is not str:
        raise TypeError("intern() argument must be str, not %s" % type(string).__name__)
    return string


def getsizeof(obj, default=None):
    raise TypeError("getsizeof() is not available in the sandbox")
