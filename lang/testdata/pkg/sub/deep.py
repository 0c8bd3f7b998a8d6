# Relative imports two levels up and within the subpackage.
from .. import helpers
from ..helpers import Greeter
from . import SUB_FACTOR

def scaled(v):
    return helpers.double(v) * SUB_FACTOR

def make(who):
    return Greeter(who)

WHERE = __name__
