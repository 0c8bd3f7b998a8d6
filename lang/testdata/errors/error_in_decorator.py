def ok(fn):
    return fn

def bad(cls):
    return cls.nope

@ok
@bad
@ok
class C:
    pass
