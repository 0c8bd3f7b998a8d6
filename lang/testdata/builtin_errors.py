# Error types and messages of built-in operations and functions, as CPython words them.
def error_of(fn):
    try:
        fn()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return None

assert error_of(lambda: len(5)) == "TypeError: object of type 'int' has no len()"
assert error_of(lambda: [1] + "a") == 'TypeError: can only concatenate list (not "str") to list'
assert error_of(lambda: "a" * "b") == "TypeError: can't multiply sequence by non-int of type 'str'"
assert error_of(lambda: 1 + None) == "TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'"
assert error_of(lambda: None + 1) == "TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'"
assert error_of(lambda: [1, 2][3]) == 'IndexError: list index out of range'
assert error_of(lambda: {}["x"]) == "KeyError: 'x'"
assert error_of(lambda: (1,)[5]) == 'IndexError: tuple index out of range'
assert error_of(lambda: "abc"[9]) == 'IndexError: string index out of range'
assert error_of(lambda: int("1.5")) == "ValueError: invalid literal for int() with base 10: '1.5'"
assert error_of(lambda: float("x1")) == "ValueError: could not convert string to float: 'x1'"
assert error_of(lambda: [].pop()) == 'IndexError: pop from empty list'
assert error_of(lambda: {}.popitem()) == "KeyError: 'popitem(): dictionary is empty'"
assert error_of(lambda: set().pop()) == "KeyError: 'pop from an empty set'"
assert error_of(lambda: next(iter([]))) == 'StopIteration: '
assert error_of(lambda: sorted([1, "a"])) == "TypeError: '<' not supported between instances of 'str' and 'int'"
assert error_of(lambda: min([])) == 'ValueError: min() arg is an empty sequence'
assert error_of(lambda: max([], key=len)) == 'ValueError: max() arg is an empty sequence'
assert error_of(lambda: abs("x")) == "TypeError: bad operand type for abs(): 'str'"
assert error_of(lambda: round("x")) == "TypeError: type str doesn't define __round__ method"
assert error_of(lambda: sum([1, "x"])) == "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
assert error_of(lambda: ord("")) == 'TypeError: ord() expected a character, but string of length 0 found'
assert error_of(lambda: chr("a")) == "TypeError: 'str' object cannot be interpreted as an integer"
assert error_of(lambda: hex("a")) == "TypeError: 'str' object cannot be interpreted as an integer"
assert error_of(lambda: range("a")) == "TypeError: 'str' object cannot be interpreted as an integer"
assert error_of(lambda: list(1)) == "TypeError: 'int' object is not iterable"
assert error_of(lambda: tuple(None)) == "TypeError: 'NoneType' object is not iterable"
assert error_of(lambda: dict(1)) == "TypeError: 'int' object is not iterable"
assert error_of(lambda: set(1)) == "TypeError: 'int' object is not iterable"
assert error_of(lambda: iter(5)) == "TypeError: 'int' object is not iterable"
assert error_of(lambda: "a".join([1])) == 'TypeError: sequence item 0: expected str instance, int found'
assert error_of(lambda: "abc".index("z")) == 'ValueError: substring not found'
assert error_of(lambda: [1].index(2)) == 'ValueError: 2 is not in list'
assert error_of(lambda: (1,).index(2)) == 'ValueError: tuple.index(x): x not in tuple'
assert error_of(lambda: "a".split(1)) == 'TypeError: must be str or None, not int'
assert error_of(lambda: "a".replace(1, 2)) == 'TypeError: replace() argument 1 must be str, not int'
assert error_of(lambda: "{}".format()) == 'IndexError: Replacement index 0 out of range for positional args tuple'
assert error_of(lambda: "%d" % "x") == 'TypeError: %d format: a real number is required, not str'
assert error_of(lambda: "a" < 1) == "TypeError: '<' not supported between instances of 'str' and 'int'"
assert error_of(lambda: [1] < "a") == "TypeError: '<' not supported between instances of 'list' and 'str'"
assert error_of(lambda: 1 / 0) == 'ZeroDivisionError: division by zero'
assert error_of(lambda: 1 // 0) == 'ZeroDivisionError: integer division or modulo by zero'
assert error_of(lambda: 1 % 0) == 'ZeroDivisionError: integer modulo by zero'
assert error_of(lambda: 1.0 / 0) == 'ZeroDivisionError: float division by zero'
assert error_of(lambda: 2 ** -1 / 0) == 'ZeroDivisionError: float division by zero'
assert error_of(lambda: int.bad) == "AttributeError: type object 'int' has no attribute 'bad'"
assert error_of(lambda: (1).bad) == "AttributeError: 'int' object has no attribute 'bad'"
assert error_of(lambda: "x".bad) == "AttributeError: 'str' object has no attribute 'bad'"
assert error_of(lambda: [].bad) == "AttributeError: 'list' object has no attribute 'bad'"
assert error_of(lambda: None.bad) == "AttributeError: 'NoneType' object has no attribute 'bad'"
assert error_of(lambda: object().x) == "AttributeError: 'object' object has no attribute 'x'"
assert error_of(lambda: getattr(1, "y")) == "AttributeError: 'int' object has no attribute 'y'"
assert error_of(lambda: setattr(1, "y", 2)) == "AttributeError: 'int' object has no attribute 'y'"
assert error_of(lambda: delattr(1, "real")) == "AttributeError: attribute 'real' of 'int' objects is not writable"
assert error_of(lambda: isinstance(1, 2)) == 'TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union'
assert error_of(lambda: (lambda v: v())(5)) == "TypeError: 'int' object is not callable"
assert error_of(lambda: (lambda v: v())("s")) == "TypeError: 'str' object is not callable"
assert error_of(lambda: (lambda v: v())([])) == "TypeError: 'list' object is not callable"
assert error_of(lambda: (lambda v: v())(None)) == "TypeError: 'NoneType' object is not callable"
assert error_of(lambda: (lambda x: x)()) == "TypeError: <lambda>.<locals>.<lambda>() missing 1 required positional argument: 'x'"
assert error_of(lambda: (lambda x: x)(1, 2)) == 'TypeError: <lambda>.<locals>.<lambda>() takes 1 positional argument but 2 were given'
assert error_of(lambda: (lambda: 0)(a=1)) == "TypeError: <lambda>.<locals>.<lambda>() got an unexpected keyword argument 'a'"
assert error_of(lambda: print(end=1)) == 'TypeError: end must be None or a string, not int'
assert error_of(lambda: {[]: 1}) == "TypeError: unhashable type: 'list'"
assert error_of(lambda: {1, []}) == "TypeError: unhashable type: 'list'"
assert error_of(lambda: hash([])) == "TypeError: unhashable type: 'list'"
assert error_of(lambda: [1, 2, 3][1:2:0]) == 'ValueError: slice step cannot be zero'
assert error_of(lambda: "x".zfill("a")) == "TypeError: 'str' object cannot be interpreted as an integer"
assert error_of(lambda: divmod(1, "a")) == "TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'"
assert error_of(lambda: pow(1, 2, 3, 4)) == 'TypeError: pow() takes at most 3 arguments (4 given)'
assert error_of(lambda: enumerate(1)) == "TypeError: 'int' object is not iterable"
assert error_of(lambda: zip(1)) == "TypeError: 'int' object is not iterable"
assert error_of(lambda: list(map(None, [1]))) == "TypeError: 'NoneType' object is not callable"
assert error_of(lambda: list(filter(5, [1]))) == "TypeError: 'int' object is not callable"
assert error_of(lambda: bytes(-1)) == 'ValueError: negative count'
assert error_of(lambda: b"a" + "b") == "TypeError: can't concat str to bytes"
assert error_of(lambda: "a" + b"b") == 'TypeError: can only concatenate str (not "bytes") to str'
assert error_of(lambda: bytes("é", "ascii")) == "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"
assert error_of(lambda: b"\xff".decode("utf-8")) == "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
assert error_of(lambda: int("z", 40)) == 'ValueError: int() base must be >= 2 and <= 36, or 0'
assert error_of(lambda: 1 << 2.0) == "TypeError: unsupported operand type(s) for <<: 'int' and 'float'"
assert error_of(lambda: 1.5 & 1) == "TypeError: unsupported operand type(s) for &: 'float' and 'int'"
assert error_of(lambda: ~1.5) == "TypeError: bad operand type for unary ~: 'float'"
assert error_of(lambda: -"a") == "TypeError: bad operand type for unary -: 'str'"
assert error_of(lambda: +[]) == "TypeError: bad operand type for unary +: 'list'"
assert error_of(lambda: [][0:1].x) == "AttributeError: 'list' object has no attribute 'x'"
assert error_of(lambda: {}.fromkeys(1)) == "TypeError: 'int' object is not iterable"
assert error_of(lambda: dict([1])) == 'TypeError: cannot convert dictionary update sequence element #0 to a sequence'
assert error_of(lambda: dict([[1, 2, 3]])) == 'ValueError: dictionary update sequence element #0 has length 3; 2 is required'
assert error_of(lambda: "a".encode("nope")) == 'LookupError: unknown encoding: nope'
print(error_of(lambda: 1 / 0), error_of(lambda: [][0]), error_of(lambda: {}["k"]))
