# match/case: literal, capture, wildcard, value, or, as and guard patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" | "hi":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case b"raw":
            return "bytes"
        case 1e3:
            return "thousand"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s if len(s) > 5:
            return "long string " + s
        case _:
            return "other"
assert describe(0) == "zero"
assert describe(False) == "zero"  # False == 0
assert describe(2) == "small"
assert describe(-1) == "minus one"
assert describe(2.5) == "two and a half"
assert describe("hi") == "greeting"
assert describe(True) == "true" or describe(True) == "small"
assert describe(None) == "none"
assert describe(b"raw") == "bytes"
assert describe(1000) == "thousand"
assert describe(500) == "big 500"
assert describe("abcdefg") == "long string abcdefg"
assert describe("abc") == "other"
assert describe([1]) == "other"
# True/False/None match by identity
def ident(x):
    match x:
        case True:
            return "T"
        case False:
            return "F"
        case 1:
            return "one"
        case 0:
            return "zero"
    return "no match"
assert ident(True) == "T" and ident(1) == "one"
assert ident(False) == "F" and ident(0) == "zero"
assert ident(2) == "no match"
# capture patterns bind names
match 42:
    case value:
        pass
assert value == 42
# value patterns use dotted names
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return "unknown " + other
assert color("red") == "stop" and color("green") == "go"
assert color("blue") == "unknown blue"
# guards see the captured names; failing guards fall through
def sign(n):
    match n:
        case x if x < 0:
            return "neg"
        case x if x == 0:
            return "zero"
        case x:
            return "pos"
assert [sign(v) for v in (-3, 0, 7)] == ["neg", "zero", "pos"]
# or-patterns with captures in each alternative
def first_or_only(v):
    match v:
        case [x] | (x, _):
            return x
    return None
assert first_or_only([9]) == 9
assert first_or_only((1, 2)) == 1
assert first_or_only([1, 2, 3]) is None
# as binds the whole match
match (1, 2):
    case (1, _) as pair:
        assert pair == (1, 2)
# no case matches: nothing happens
matched = False
match "zzz":
    case "a":
        matched = True
assert not matched
# match on expressions and negative/complex literals
match 3 - 5:
    case -2:
        res = "minus two"
assert res == "minus two"
# subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return 5
match subject():
    case 1:
        pass
    case 2:
        pass
    case 5:
        pass
assert calls == [1]
print([describe(v) for v in (0, 2, "hi", None, 500, "abcdefg", [1])], color("blue"), sign(-1))
