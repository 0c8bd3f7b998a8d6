def gen():
    yield 1
    raise KeyError("in gen")

g = gen()
next(g)
next(g)
