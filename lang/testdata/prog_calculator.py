# A tokenizer and recursive-descent parser/evaluator for arithmetic.
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"{self.kind}:{self.value}"
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(Token("op", "**"))
            i += 2
        elif ch in "+-*/()%,":
            tokens.append(Token("op", ch))
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    tokens.append(Token("end", None))
    return tokens
class Parser:
    def __init__(self, src, env):
        self.toks = tokenize(src)
        self.pos = 0
        self.env = env
    def peek(self):
        return self.toks[self.pos]
    def take(self, value=None):
        t = self.toks[self.pos]
        if value is not None and t.value != value:
            raise SyntaxError(f"expected {value!r}, got {t.value!r}")
        self.pos += 1
        return t
    def parse(self):
        v = self.expr()
        if self.peek().kind != "end":
            raise SyntaxError("trailing input")
        return v
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.unary()
            match op:
                case "*":
                    v *= r
                case "/":
                    v /= r
                case "%":
                    v %= r
        return v
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return t.value
        if t.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take(",")
                    args.append(self.expr())
                self.take(")")
                return self.env[t.value](*args)
            if t.value not in self.env:
                raise NameError(f"unknown variable {t.value}")
            return self.env[t.value]
        if t.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected {t.value!r}")
env = {"x": 10, "pi": 3.5, "max": max, "min": min, "abs": abs}
def calc(s):
    return Parser(s, env).parse()
assert calc("1 + 2 * 3") == 7
assert calc("(1 + 2) * 3") == 9
assert calc("2 ** 3 ** 2") == 512
assert calc("-2 ** 2") == -4
assert calc("10 / 4") == 2.5
assert calc("10 % 4 + x") == 12
assert calc("max(1, x, 3) - min(4, 2)") == 8
assert calc("abs(-7) * pi") == 24.5
assert calc("1.5 + .5") == 2.0
assert calc("2 * -3") == -6
assert calc("((((1))))") == 1
assert calc("2 ** 100") == 2 ** 100
for bad, msg in [("1 +", "unexpected None"), ("(1", "expected ')', got None"), ("1 $ 2", "bad character '$' at 2"), ("1 2", "trailing input")]:
    try:
        calc(bad)
        assert False, bad
    except SyntaxError as e:
        assert str(e) == msg, (bad, str(e))
try:
    calc("y + 1")
    assert False
except NameError as e:
    assert str(e) == "unknown variable y"
try:
    calc("1 / 0")
    assert False
except ZeroDivisionError:
    pass
assert repr(tokenize("a+1")) == "[name:a, op:+, num:1, end:None]"
for expr in ["1 + 2 * 3", "2 ** 10", "x * pi", "max(x, 20) / 8"]:
    print(f"{expr:>16} = {calc(expr)}")
