# Helper functions; imports a sibling module relatively.
from .consts import FACTOR, NAMES as names
from . import consts as c

calls = 0

def double(x):
    global calls
    calls += 1
    return x * FACTOR

def module_name():
    return __name__

def first_name():
    return names[0] + c.SUFFIX

class Greeter:
    def __init__(self, who):
        self.who = who

    def greet(self):
        return "hello " + self.who
