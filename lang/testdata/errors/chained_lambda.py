def a():
    b()

def b():
    c = lambda: [][0]
    c()

try:
    a()
except IndexError as e:
    raise ValueError("wrapped") from e
