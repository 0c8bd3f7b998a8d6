"""Shared by the generated test_*.py scripts (see specs/gen.py), which
import it from their folder under both Scriptling and CPython."""

inf = float("inf")


def raises(exc, fn):
    """Calls fn, which must raise exc, and returns the message."""
    try:
        fn()
    except exc as e:
        return str(e)
    raise AssertionError("no exception")
