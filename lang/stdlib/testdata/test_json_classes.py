# JSONEncoder / JSONDecoder subclasses and cls=
import json
from datetime import date, datetime


class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        return super().default(o)


assert json.dumps({"d": date(2024, 1, 2), "n": [1, 2]}, cls=DateEncoder) == '{"d": "2024-01-02", "n": [1, 2]}'
assert json.dumps([datetime(2024, 1, 2, 3, 4)], cls=DateEncoder) == '["2024-01-02T03:04:00"]'
assert json.dumps({"b": 1, "a": 2}, cls=DateEncoder, sort_keys=True, indent=2) == '{\n  "a": 2,\n  "b": 1\n}'
assert DateEncoder(separators=(",", ":")).encode({"x": [1, 2]}) == '{"x":[1,2]}'
assert "".join(DateEncoder().iterencode([1])) == "[1]"
try:
    json.dumps({"s": {1}}, cls=DateEncoder)
    assert False
except TypeError as e:
    assert str(e) == "Object of type set is not JSON serializable"


class UpperDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


assert json.loads('{"a": {"b": 1}}', cls=UpperDecoder) == {"A": {"B": 1}}
assert json.JSONDecoder().decode('[1, 2]') == [1, 2]
assert json.JSONDecoder(parse_int=str).decode('[1]') == ["1"]
assert json.JSONEncoder().encode({"a": None}) == '{"a": null}'
assert json.JSONEncoder(indent=1).encode([1]) == '[\n 1\n]'
assert json.JSONEncoder(default=lambda o: "X").encode({1, 2}) == '"X"'
enc = json.JSONEncoder(sort_keys=True)
assert enc.sort_keys and enc.item_separator == ", " and enc.key_separator == ": "
assert json.JSONEncoder(indent=2).item_separator == ","
print(json.dumps({"when": date(2000, 2, 29)}, cls=DateEncoder))


# dump and load with file-like objects
class Buf:
    def __init__(self, s=""):
        self.s = s

    def write(self, x):
        self.s += x

    def read(self):
        return self.s


b = Buf()
json.dump({"a": [1, 2]}, b, indent=1)
assert b.s == '{\n "a": [\n  1,\n  2\n ]\n}'
assert json.load(Buf('{"x": 1}')) == {"x": 1}
assert json.load(Buf('[1.5]'), parse_float=str) == ["1.5"]
print(b.s)
