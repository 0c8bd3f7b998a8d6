# f-strings: expressions, literal braces, nesting, quotes, conversions.
name = "World"
n = 42
pi = 3.14159
assert f"Hello, {name}!" == "Hello, World!"
assert f"{n}" == "42"
assert f"{n + 1}" == "43"
assert f"{n * 2} {n // 5}" == "84 8"
assert f"{{literal}}" == "{literal}"
assert f"{{{n}}}" == "{42}"
assert f"a{{b" == "a{b"
assert F"upper {n}" == "upper 42"
assert f"{'quoted'}" == "quoted"
assert f'{"dq"}' == "dq"
assert f"{[1, 2, 3][1]}" == "2"
assert f"{ {'k': 'v'}['k'] }" == "v"
items = [1, 2, 3]
assert f"{items[1:]}" == "[2, 3]"
assert f"{items}" == "[1, 2, 3]"
assert f"{len(items)}" == "3"
assert f"{(lambda x: x * 10)(3)}" == "30"
assert f"{n if n > 40 else 0}" == "42"
assert f"{n != 41}" == "True"
assert f"{None}" == "None"
assert f"{True}" == "True"
assert f"{1.0}" == "1.0"
assert f"{1e20}" == "1e+20"
assert f"{'a' 'b'}" == "ab"
d = {"x": 1}
assert f"{d}" == "{'x': 1}"
assert f"{d['x']}" == "1"
assert f"{(1, 'a')}" == "(1, 'a')"

# conversions
s = "hi"
assert f"{s!r}" == "'hi'"
assert f"{s!s}" == "hi"
assert f"{s!a}" == "'hi'"
assert f"{'é'!a}" == "'\\xe9'"
assert f"{[s]!s}" == "['hi']"

# self-documenting
assert f"{n=}" == "n=42"
assert f"{n = }" == "n = 42"
assert f"{s=}" == "s='hi'"
assert f"{s=!s}" == "s=hi"
assert f"{pi=:.2f}" == "pi=3.14"
assert f"{n+1=}" == "n+1=43"

# nested specs
width = 8
prec = 3
assert f"{pi:{width}.{prec}f}" == "   3.142"
assert f"{name:>{width}}" == "   World"
assert f"{name:{'*'}^{width + 1}}" == "**World**"
fmt = ".1f"
assert f"{pi:{fmt}}" == "3.1"

# multi-line and triple-quoted f-strings
m = f"""line {n}
next {name}"""
assert m == "line 42\nnext World"
r = rf"\d{n}"
assert r == "\\d42"
r2 = fr"{name}\n"
assert r2 == "World\\n"

# f-string containing objects with __format__/__str__
class P:
    def __str__(self):
        return "P!"
    def __repr__(self):
        return "P()"
p = P()
assert f"{p}" == "P!"
assert f"{p!r}" == "P()"
assert f"{p=}" == "p=P()"
print(f"{name=} {n=} {pi=:.3f}")
print(f"|{name:^11}|{n:<5}|{pi:>8.2f}|")
