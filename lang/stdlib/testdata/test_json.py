from checks import inf, raises

import json
# dumps: CPython's default separators, insertion order, escaping
assert (json.dumps({"a": 1, "b": [1, 2, 3]})) == '{"a": 1, "b": [1, 2, 3]}', 'json.dumps({"a": 1, "b": [1, 2, 3]})'
assert (json.dumps([1, 2.5, "x", None, True, False])) == '[1, 2.5, "x", null, true, false]', 'json.dumps([1, 2.5, "x", None, True, False])'
assert (json.dumps({"z": 1, "a": 2})) == '{"z": 1, "a": 2}', 'json.dumps({"z": 1, "a": 2})'
assert (json.dumps({"z": 1, "a": 2}, sort_keys=True)) == '{"a": 2, "z": 1}', 'json.dumps({"z": 1, "a": 2}, sort_keys=True)'
assert (json.dumps("héllo")) == '"h\\u00e9llo"', 'json.dumps("héllo")'
assert (json.dumps("héllo", ensure_ascii=False)) == '"héllo"', 'json.dumps("héllo", ensure_ascii=False)'
assert (json.dumps("\U0001f600")) == '"\\ud83d\\ude00"', 'json.dumps("\\U0001f600")'
assert (json.dumps("\U0001f600", ensure_ascii=False)) == '"😀"', 'json.dumps("\\U0001f600", ensure_ascii=False)'
assert (json.dumps("tab\there\nnew \"q\" back\\slash \x00 \x1f \x7f")) == '"tab\\there\\nnew \\"q\\" back\\\\slash \\u0000 \\u001f \\u007f"', 'json.dumps("tab\\there\\nnew \\"q\\" back\\\\slash \\x00 \\x1f \\x7f")'
assert (json.dumps("tab\there\x7f", ensure_ascii=False)) == '"tab\\there\x7f"', 'json.dumps("tab\\there\\x7f", ensure_ascii=False)'
assert (json.dumps("\u2028\u2029")) == '"\\u2028\\u2029"', 'json.dumps("\\u2028\\u2029")'
assert (json.dumps(1e20)) == '1e+20', 'json.dumps(1e20)'
assert (json.dumps(1e16)) == '1e+16', 'json.dumps(1e16)'
assert (json.dumps(1e15)) == '1000000000000000.0', 'json.dumps(1e15)'
assert (json.dumps(0.1)) == '0.1', 'json.dumps(0.1)'
assert (json.dumps(-0.0)) == '-0.0', 'json.dumps(-0.0)'
assert (json.dumps(1.5e-7)) == '1.5e-07', 'json.dumps(1.5e-7)'
assert (json.dumps(123456789.123)) == '123456789.123', 'json.dumps(123456789.123)'
assert (json.dumps(float("nan"))) == 'NaN', 'json.dumps(float("nan"))'
assert (json.dumps(float("inf"))) == 'Infinity', 'json.dumps(float("inf"))'
assert (json.dumps(-float("inf"))) == '-Infinity', 'json.dumps(-float("inf"))'
assert (json.dumps([float("inf"), float("nan")])) == '[Infinity, NaN]', 'json.dumps([float("inf"), float("nan")])'
assert (json.dumps(2**70)) == '1180591620717411303424', 'json.dumps(2**70)'
assert (json.dumps(-2**64)) == '-18446744073709551616', 'json.dumps(-2**64)'
assert (json.dumps((1, 2))) == '[1, 2]', 'json.dumps((1, 2))'
assert (json.dumps(((1, 2), [3]))) == '[[1, 2], [3]]', 'json.dumps(((1, 2), [3]))'
assert (json.dumps({})) == '{}', 'json.dumps({})'
assert (json.dumps([])) == '[]', 'json.dumps([])'
assert (json.dumps({"a": {}, "b": []})) == '{"a": {}, "b": []}', 'json.dumps({"a": {}, "b": []})'
assert (json.dumps({1: "a", 2.5: "b", True: "c", None: "d"})) == '{"1": "c", "2.5": "b", "null": "d"}', 'json.dumps({1: "a", 2.5: "b", True: "c", None: "d"})'
assert (json.dumps({False: 0})) == '{"false": 0}', 'json.dumps({False: 0})'
assert (json.dumps({float("inf"): 1})) == '{"Infinity": 1}', 'json.dumps({float("inf"): 1})'
assert (json.dumps({2**65: 1})) == '{"36893488147419103232": 1}', 'json.dumps({2**65: 1})'
assert (json.dumps({"a": 1, "b": 2}, separators=(",", ":"))) == '{"a":1,"b":2}', 'json.dumps({"a": 1, "b": 2}, separators=(",", ":"))'
assert (json.dumps([1, 2], separators=(";", "="))) == '[1;2]', 'json.dumps([1, 2], separators=(";", "="))'
assert (json.dumps({"a": [1, {"b": 2}]}, indent=2)) == '{\n  "a": [\n    1,\n    {\n      "b": 2\n    }\n  ]\n}', 'json.dumps({"a": [1, {"b": 2}]}, indent=2)'
assert (json.dumps({"a": [1, {"b": 2}]}, indent=4, sort_keys=True)) == '{\n    "a": [\n        1,\n        {\n            "b": 2\n        }\n    ]\n}', 'json.dumps({"a": [1, {"b": 2}]}, indent=4, sort_keys=True)'
assert (json.dumps([1, [2, [3]]], indent="\t")) == '[\n\t1,\n\t[\n\t\t2,\n\t\t[\n\t\t\t3\n\t\t]\n\t]\n]', 'json.dumps([1, [2, [3]]], indent="\\t")'
assert (json.dumps({"a": 1}, indent="--")) == '{\n--"a": 1\n}', 'json.dumps({"a": 1}, indent="--")'
assert (json.dumps([1, 2], indent=0)) == '[\n1,\n2\n]', 'json.dumps([1, 2], indent=0)'
assert (json.dumps({"a": [], "b": {}}, indent=2)) == '{\n  "a": [],\n  "b": {}\n}', 'json.dumps({"a": [], "b": {}}, indent=2)'
assert (json.dumps({"a": 1, "b": 2}, indent=2, separators=(",", ": "))) == '{\n  "a": 1,\n  "b": 2\n}', 'json.dumps({"a": 1, "b": 2}, indent=2, separators=(",", ": "))'
assert (json.dumps({(1, 2): 3, "a": 1}, skipkeys=True)) == '{"a": 1}', 'json.dumps({(1, 2): 3, "a": 1}, skipkeys=True)'
assert (json.dumps(set([1]) if False else [1], default=list)) == '[1]', 'json.dumps(set([1]) if False else [1], default=list)'
assert (json.dumps({1, 2}, default=sorted)) == '[1, 2]', 'json.dumps({1, 2}, default=sorted)'
assert (json.dumps({"s": {3, 1, 2}}, default=sorted)) == '{"s": [1, 2, 3]}', 'json.dumps({"s": {3, 1, 2}}, default=sorted)'
assert (json.dumps("x" * 3)) == '"xxx"', 'json.dumps("x" * 3)'
assert (json.dumps({"k": "v"}, ensure_ascii=False)) == '{"k": "v"}', 'json.dumps({"k": "v"}, ensure_ascii=False)'
assert (json.dumps({"é": "ü"})) == '{"\\u00e9": "\\u00fc"}', 'json.dumps({"é": "ü"})'
assert (json.stringify if False else 0) == 0, 'json.stringify if False else 0'
assert raises(TypeError, lambda: json.dumps({(1, 2): 3})) == 'keys must be str, int, float, bool or None, not tuple'
assert raises(TypeError, lambda: json.dumps(object())) == 'Object of type object is not JSON serializable'
assert raises(TypeError, lambda: json.dumps({1, 2})) == 'Object of type set is not JSON serializable'
assert raises(TypeError, lambda: json.dumps([1, b"x"])) == 'Object of type bytes is not JSON serializable'
assert raises(ValueError, lambda: json.dumps(float("nan"), allow_nan=False)) == 'Out of range float values are not JSON compliant'
assert raises(ValueError, lambda: json.dumps({"a": float("inf")}, allow_nan=False)) == 'Out of range float values are not JSON compliant'
circ = []; circ.append(circ)
assert raises(ValueError, lambda: json.dumps(circ)) == 'Circular reference detected'
cd = {}; cd["self"] = cd
assert raises(ValueError, lambda: json.dumps(cd)) == 'Circular reference detected'
assert raises(RecursionError, lambda: json.dumps(circ, check_circular=False)) == 'maximum recursion depth exceeded while encoding a JSON object'
# loads
assert (json.loads('{"a": 1, "b": [1, 2, 3]}')) == {'a': 1, 'b': [1, 2, 3]}, 'json.loads(\'{"a": 1, "b": [1, 2, 3]}\')'
assert (json.loads('[1, 2.5, "x", null, true, false]')) == [1, 2.5, 'x', None, True, False], 'json.loads(\'[1, 2.5, "x", null, true, false]\')'
assert (json.loads('  {"a" : 1 , "b":2}  ')) == {'a': 1, 'b': 2}, 'json.loads(\'  {"a" : 1 , "b":2}  \')'
assert (json.loads('"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"')) == 'é\n\t"\\/\x08\x0c\r', 'json.loads(\'"\\\\u00e9\\\\n\\\\t\\\\"\\\\\\\\\\\\/\\\\b\\\\f\\\\r"\')'
assert (json.loads('"\\ud83d\\ude00"')) == '😀', 'json.loads(\'"\\\\ud83d\\\\ude00"\')'
assert (json.loads('"é"')) == 'é', 'json.loads(\'"é"\')'
assert (json.loads('123456789012345678901234567890')) == 123456789012345678901234567890, "json.loads('123456789012345678901234567890')"
assert (json.loads('-0')) == 0, "json.loads('-0')"
assert (json.loads('-0.0')) == -0.0, "json.loads('-0.0')"
assert (json.loads('1E5')) == 100000.0, "json.loads('1E5')"
assert (json.loads('1e-5')) == 1e-05, "json.loads('1e-5')"
assert (json.loads('2.5e+3')) == 2500.0, "json.loads('2.5e+3')"
assert (json.loads('1e400')) == inf, "json.loads('1e400')"
assert (json.loads('NaN') != json.loads('NaN')) == True, "json.loads('NaN') != json.loads('NaN')"
assert (json.loads('Infinity')) == inf, "json.loads('Infinity')"
assert (json.loads('-Infinity')) == -inf, "json.loads('-Infinity')"
assert (json.loads('[]')) == [], "json.loads('[]')"
assert (json.loads('{}')) == {}, "json.loads('{}')"
assert (json.loads('[[[]]]')) == [[[]]], "json.loads('[[[]]]')"
assert (json.loads('{"a": {"b": {"c": null}}}')) == {'a': {'b': {'c': None}}}, 'json.loads(\'{"a": {"b": {"c": null}}}\')'
assert (json.loads('{"a": 1, "a": 2}')) == {'a': 2}, 'json.loads(\'{"a": 1, "a": 2}\')'
assert (json.loads('{"b": 1, "a": 2, "b": 3}')) == {'b': 3, 'a': 2}, 'json.loads(\'{"b": 1, "a": 2, "b": 3}\')'
assert (list(json.loads('{"b": 1, "a": 2}').keys())) == ['b', 'a'], 'list(json.loads(\'{"b": 1, "a": 2}\').keys())'
assert (json.loads(b'{"a": 1}')) == {'a': 1}, 'json.loads(b\'{"a": 1}\')'
assert (json.loads('"\\u0041\\u00df"')) == 'Aß', 'json.loads(\'"\\\\u0041\\\\u00df"\')'
assert (json.loads('[1,\n2,\n3]')) == [1, 2, 3], "json.loads('[1,\\n2,\\n3]')"
assert (json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items()))) == [('a', 1)], 'json.loads(\'{"a": 1}\', object_hook=lambda d: sorted(d.items()))'
assert (json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p)) == [('a', 1), ('b', 2)], 'json.loads(\'{"a": 1, "b": 2}\', object_pairs_hook=lambda p: p)'
assert (json.loads('[1.5, 2]', parse_float=str)) == ['1.5', 2], "json.loads('[1.5, 2]', parse_float=str)"
assert (json.loads('[1.5, 2]', parse_int=float)) == [1.5, 2.0], "json.loads('[1.5, 2]', parse_int=float)"
assert (json.loads('[NaN]', parse_constant=lambda c: c)) == ['NaN'], "json.loads('[NaN]', parse_constant=lambda c: c)"
assert (json.loads('"a\\tb"')) == 'a\tb', 'json.loads(\'"a\\\\tb"\')'
assert (json.loads('"a\tb"', strict=False)) == 'a\tb', 'json.loads(\'"a\\tb"\', strict=False)'
assert (type(json.loads('1')).__name__) == 'int', "type(json.loads('1')).__name__"
assert (type(json.loads('1.0')).__name__) == 'float', "type(json.loads('1.0')).__name__"
assert (json.loads(json.dumps({"x": [1, 2.5, "s", None, True]}))) == {'x': [1, 2.5, 's', None, True]}, 'json.loads(json.dumps({"x": [1, 2.5, "s", None, True]}))'
assert (json.loads(json.dumps("\U0001f600\u00e9"))) == '😀é', 'json.loads(json.dumps("\\U0001f600\\u00e9"))'
assert (json.loads(json.dumps(1e-300))) == 1e-300, 'json.loads(json.dumps(1e-300))'
assert (json.loads(json.dumps(2**100))) == 1267650600228229401496703205376, 'json.loads(json.dumps(2**100))'
assert (json.loads(json.dumps({"a": [{"b": []}]}, indent=3))) == {'a': [{'b': []}]}, 'json.loads(json.dumps({"a": [{"b": []}]}, indent=3))'
assert (json.loads('[' * 100 + ']' * 100) == json.loads('[' * 100 + ']' * 100)) == True, "json.loads('[' * 100 + ']' * 100) == json.loads('[' * 100 + ']' * 100)"
# errors: JSONDecodeError names line and column
assert raises(json.JSONDecodeError, lambda: json.loads('')) == 'Expecting value: line 1 column 1 (char 0)'
assert raises(json.JSONDecodeError, lambda: json.loads('   ')) == 'Expecting value: line 1 column 4 (char 3)'
assert raises(json.JSONDecodeError, lambda: json.loads('[1,]')) == 'Expecting value: line 1 column 4 (char 3)'
assert raises(json.JSONDecodeError, lambda: json.loads('{"a":1,}')) == 'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)'
assert raises(json.JSONDecodeError, lambda: json.loads('{"a" 1}')) == "Expecting ':' delimiter: line 1 column 6 (char 5)"
assert raises(json.JSONDecodeError, lambda: json.loads('[1 2]')) == "Expecting ',' delimiter: line 1 column 4 (char 3)"
assert raises(json.JSONDecodeError, lambda: json.loads('"abc')) == 'Unterminated string starting at: line 1 column 1 (char 0)'
assert raises(json.JSONDecodeError, lambda: json.loads('"a\\qb"')) == 'Invalid \\escape: line 1 column 3 (char 2)'
assert raises(json.JSONDecodeError, lambda: json.loads('"\\u12g4"')) == 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'
assert raises(json.JSONDecodeError, lambda: json.loads('"\\u12')) == 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'
assert raises(json.JSONDecodeError, lambda: json.loads('1 2')) == 'Extra data: line 1 column 3 (char 2)'
assert raises(json.JSONDecodeError, lambda: json.loads('{1: 2}')) == 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'
assert raises(json.JSONDecodeError, lambda: json.loads('[\n1,\n  x]')) == 'Expecting value: line 3 column 3 (char 7)'
assert raises(json.JSONDecodeError, lambda: json.loads('"a\x01"')) == 'Invalid control character at: line 1 column 3 (char 2)'
assert raises(json.JSONDecodeError, lambda: json.loads('nul')) == 'Expecting value: line 1 column 1 (char 0)'
assert raises(json.JSONDecodeError, lambda: json.loads('-')) == 'Expecting value: line 1 column 1 (char 0)'
assert raises(json.JSONDecodeError, lambda: json.loads('01')) == 'Extra data: line 1 column 2 (char 1)'
assert raises(json.JSONDecodeError, lambda: json.loads('1.')) == 'Extra data: line 1 column 2 (char 1)'
assert raises(json.JSONDecodeError, lambda: json.loads('["é", x]')) == 'Expecting value: line 1 column 7 (char 6)'
assert raises(json.JSONDecodeError, lambda: json.loads('{"a":')) == 'Expecting value: line 1 column 6 (char 5)'
assert raises(json.JSONDecodeError, lambda: json.loads('{')) == 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'
assert raises(json.JSONDecodeError, lambda: json.loads('[')) == 'Expecting value: line 1 column 2 (char 1)'
assert raises(json.JSONDecodeError, lambda: json.loads('{"a": 1')) == "Expecting ',' delimiter: line 1 column 8 (char 7)"
assert raises(json.JSONDecodeError, lambda: json.loads('tru')) == 'Expecting value: line 1 column 1 (char 0)'
assert raises(json.JSONDecodeError, lambda: json.loads('{"a": 1}}')) == 'Extra data: line 1 column 9 (char 8)'
assert raises(json.JSONDecodeError, lambda: json.loads("{'a': 1}")) == 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'
assert raises(json.JSONDecodeError, lambda: json.loads('[1,\n\n   2,,]')) == 'Expecting value: line 3 column 6 (char 10)'
assert raises(ValueError, lambda: json.loads('[1,]')) == 'Expecting value: line 1 column 4 (char 3)'
assert raises(RecursionError, lambda: json.loads('[' * 100000)) == 'maximum recursion depth exceeded while decoding a JSON array from a unicode string'
assert raises(TypeError, lambda: json.loads(5)) == 'the JSON object must be str, bytes or bytearray, not int'
assert raises(TypeError, lambda: json.loads(None)) == 'the JSON object must be str, bytes or bytearray, not NoneType'
def err(s):
     try:
         json.loads(s)
     except json.JSONDecodeError as e:
         return (e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
assert (err('')) == ('Expecting value', 0, 1, 1, True), "err('')"
assert (err('[1,\n\n   2,,]')) == ('Expecting value', 10, 3, 6, True), "err('[1,\\n\\n   2,,]')"
assert (err('{"a":\n  }')) == ('Expecting value', 8, 2, 3, True), 'err(\'{"a":\\n  }\')'
assert (err('"\u00e9\u00e9" x')) == ('Extra data', 5, 1, 6, True), 'err(\'"\\u00e9\\u00e9" x\')'
assert (err('\n\n\n   x')) == ('Expecting value', 6, 4, 4, True), "err('\\n\\n\\n   x')"
print('ok')
