# A JSON-like encoder and decoder written with isinstance dispatch and recursion.
def encode(v, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v != v:
            raise ValueError("NaN is not allowed")
        return repr(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + sep.join(pad + encode(x, indent, level + 1) for x in v) + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = []
        for k, x in v.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + encode(k) + ": " + encode(x, indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not serializable")
class Decoder:
    def __init__(self, s):
        self.s, self.i = s, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t":
            self.i += 1
    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            out = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            while True:
                self.ws()
                k = self.value()
                self.ws()
                assert self.s[self.i] == ":"
                self.i += 1
                out[k] = self.value()
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                assert self.s[self.i] == "}"
                self.i += 1
                return out
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.i += 1
                return out
        if c == '"':
            j = self.i + 1
            buf = []
            while self.s[j] != '"':
                if self.s[j] == "\\":
                    j += 1
                    esc = self.s[j]
                    if esc == "u":
                        buf.append(chr(int(self.s[j + 1:j + 5], 16)))
                        j += 4
                    else:
                        buf.append({"n": "\n", '"': '"', "\\": "\\"}[esc])
                else:
                    buf.append(self.s[j])
                j += 1
            self.i = j + 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        text = self.s[self.i:j]
        self.i = j
        return float(text) if any(c in text for c in ".eE") else int(text)
def decode(s):
    return Decoder(s).value()
doc = {"name": "wasmling", "version": 1.5, "tags": ["a", "b"], "nested": {"ok": True, "none": None, "n": -3}, "text": 'say "hi"\nbye\t!', "empty": [], "e": {}}
text = encode(doc)
assert text == '{"name": "wasmling", "version": 1.5, "tags": ["a", "b"], "nested": {"ok": true, "none": null, "n": -3}, "text": "say \\"hi\\"\\nbye\\u0009!", "empty": [], "e": {}}'
assert decode(text) == doc
pretty = encode({"a": [1, {"b": None}]}, indent=2)
assert pretty == '{\n  "a": [\n    1,\n    {\n      "b": null\n    }\n  ]\n}'
assert decode(pretty) == {"a": [1, {"b": None}]}
assert encode((1, 2.0, 1e100, 2**70)) == "[1, 2.0, 1e+100, 1180591620717411303424]"
assert decode("[1e3, -2.5, 10]") == [1000.0, -2.5, 10]
for bad, exc, msg in [({1: 2}, TypeError, "keys must be str, not int"), ({1, 2}, TypeError, "Object of type set is not serializable"), (float("nan"), ValueError, "NaN is not allowed")]:
    try:
        encode(bad)
        assert False
    except exc as e:
        assert str(e) == msg
print(text)
print(pretty)
