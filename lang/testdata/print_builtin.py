# print(): separators, end, multiple args, objects, file=.
print()
print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" <- same line")
print(1, 2.0, None, True, [1, "x"], (1,), {"k": "v"}, {1}, b"b")
print("x", "y", sep="")
print("multi", "sep", sep=", ", end="!\n")
print(*range(5))
print(*"abc", sep="|")
print("tab\tand\nnewline")
print(sep="ignored")
print("", end="")
print("é✓😀")
print(-0.0, 1e16, 1e-7, 2**64, 10**20 / 3)
class Obj:
    def __str__(self):
        return "Obj!"
print(Obj(), [Obj()] == [], str(Obj()))
print("a", None, sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(e)
assert print() is None
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("to", "file", file=c)
print("again", end="?", file=c)
assert "".join(c.parts) == "to file\nagain?"
print("".join(c.parts).replace("\n", "/"))
print("flushed", flush=True)
