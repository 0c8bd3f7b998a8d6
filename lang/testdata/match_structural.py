# match/case: sequence, star, mapping, class and nested patterns.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last]:
            return f"first {first} last {last} middle {middle}"
assert seq([]) == "empty"
assert seq([1]) == "one 1"
assert seq((1, 2)) == "two 1 2"
assert seq([1, 2, 3, 4]) == "first 1 last 4 middle [2, 3]"
assert seq("ab") is None  # strings are not sequences for match
assert seq(range(3)) == "first 0 last 2 middle [1]"
def star(v):
    match v:
        case [*_, 0]:
            return "ends with zero"
        case [0, *rest]:
            return f"starts with zero, {len(rest)} more"
        case [*all_items]:
            return f"{len(all_items)} items"
    return "not a sequence"
assert star([1, 0]) == "ends with zero"
assert star([0, 1, 2]) == "starts with zero, 2 more"
assert star([5]) == "1 items"
assert star(5) == "not a sequence"
assert star({1: 2}) == "not a sequence"
# mapping patterns
def cmd(msg):
    match msg:
        case {"action": "move", "x": x, "y": y}:
            return ("move", x, y)
        case {"action": "say", "text": str(text)}:
            return ("say", text)
        case {"action": "quit", **rest}:
            return ("quit", rest)
        case {"action": action}:
            return ("unknown", action)
        case {}:
            return "empty mapping"
    return "no match"
assert cmd({"action": "move", "x": 1, "y": 2, "extra": 0}) == ("move", 1, 2)
assert cmd({"action": "say", "text": "hi"}) == ("say", "hi")
assert cmd({"action": "say", "text": 5}) == ("unknown", "say")
assert cmd({"action": "quit", "code": 0, "why": "done"}) == ("quit", {"code": 0, "why": "done"})
assert cmd({"action": "jump"}) == ("unknown", "jump")
assert cmd({"other": 1}) == "empty mapping"
assert cmd([("action", "move")]) == "no match"
# class patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r
def shape(s):
    match s:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(center=Point(x=cx, y=cy), r=r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(r=r):
            return f"circle r={r}"
        case Point():
            return "some point"
        case int() | float():
            return "number"
        case str(s2):
            return "string " + s2
        case list([int(), *_]):
            return "list of ints"
        case dict():
            return "dict"
        case _:
            return "unknown"
assert shape(Point(0, 0)) == "origin"
assert shape(Point(0, 5)) == "on y axis at 5"
assert shape(Point(3, 0)) == "on x axis at 3"
assert shape(Point(1, 1)) == "some point"
assert shape(Circle(Point(1, 2), 20)) == "big circle at 1,2"
assert shape(Circle(Point(1, 2), 2)) == "circle r=2"
assert shape(7) == "number" and shape(7.5) == "number"
assert shape("s") == "string s"
assert shape([1, "a"]) == "list of ints"
assert shape({}) == "dict"
assert shape(None) == "unknown"
try:
    match Circle(Point(0, 0), 1):
        case Circle(1, 2):
            pass
    assert False
except TypeError as e:
    assert str(e) == "Circle() accepts 0 positional sub-patterns (2 given)"
# nested patterns and tuples of mixed kinds
def event(e):
    match e:
        case ("click", (x, y)) if x < 0 or y < 0:
            return "offscreen click"
        case ("click", (x, y)):
            return f"click {x},{y}"
        case ("key", str(k)) if len(k) == 1:
            return "key " + k
        case ("key", _):
            return "special key"
        case (kind, *_):
            return "other " + str(kind)
assert event(("click", (1, 2))) == "click 1,2"
assert event(("click", [-1, 2])) == "offscreen click"
assert event(["key", "a"]) == "key a"
assert event(("key", "Enter")) == "special key"
assert event(("scroll", 1, 2)) == "other scroll"
# a JSON-like walker
def total(node):
    match node:
        case int(n) | float(n):
            return n
        case [*items]:
            return sum(total(i) for i in items)
        case {"value": v, **kids}:
            return total(v) + sum(total(k) for k in kids.values())
        case _:
            return 0
assert total([1, [2, 3], {"value": 4, "a": [5], "b": {"value": 6}}, "x"]) == 21
print(seq([1, 2, 3, 4]), cmd({"action": "move", "x": 1, "y": 2}), shape(Point(0, 5)), event(("click", (3, 4))), total([1, [2]]))
