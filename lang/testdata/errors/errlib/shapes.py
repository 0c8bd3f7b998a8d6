class Greeter:
    def __init__(self, who):
        self.who = who

    def greet(self):
        return "hello " + self.who


def check(value):
    if value > 10:
        raise ValueError(f"{value} is over the limit")
    return value


class LimitError(Exception):
    pass


def enforce(value):
    if value > 10:
        raise LimitError(f"{value} > 10")
