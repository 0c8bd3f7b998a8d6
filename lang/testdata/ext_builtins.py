# python: skip — Scriptling-only builtins and forms: copy(), keys()/values()/items()/append() as functions, bytes("text"), yield_now(), raise "message", leading-zero ints.
d = {"a": 1, "b": 2}
assert keys(d) == ["a", "b"]
assert values(d) == [1, 2]
assert items(d) == [("a", 1), ("b", 2)]
lst = [1]
r = append(lst, 2)
assert lst == [1, 2] and r == [1, 2]
c = copy(lst)
c.append(3)
assert lst == [1, 2] and c == [1, 2, 3]
dc = copy(d)
dc["z"] = 0
assert "z" not in d
class Box:
    def __init__(self, v):
        self.v = v
b1 = Box([1])
b2 = copy(b1)
assert b2.v is b1.v and b2 is not b1
assert bytes("text") == b"text"
assert bytes("é") == b"\xc3\xa9"
assert yield_now() is None
try:
    raise "plain message"
except Exception as e:
    assert str(e) == "plain message"
    assert type(e) == Exception
try:
    raise "caught by base"
except BaseException as e:
    assert str(e) == "caught by base"
assert 007 == 7 and 0010 == 10
def gen():
    for i in range(3):
        yield_now()
        yield i
assert list(gen()) == [0, 1, 2]
print(keys(d), values(d), items(d), lst, c, bytes("ok"))
