# A test package: its __init__ runs once, on first import.
LOADED = []
LOADED.append("pkg")
VERSION = "1.2"
from .helpers import double
from . import consts

def pkg_name():
    return __name__
