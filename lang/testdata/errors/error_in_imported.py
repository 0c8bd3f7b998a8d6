from errlib.shapes import Greeter, check

check(3)
g = Greeter(None)
print(g.greet())
