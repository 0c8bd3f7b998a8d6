# bytes: literals, indexing, slicing, methods, conversions.
b = b"hello"
assert len(b) == 5
assert b[0] == 104
assert b[-1] == ord("o")
assert b[1:3] == b"el"
assert b[::-1] == b"olleh"
assert b + b" world" == b"hello world"
assert b * 2 == b"hellohello"
assert b"ell" in b
assert 104 in b
assert 1 not in b
assert b"" == bytes()
assert bytes(3) == b"\x00\x00\x00"
assert bytes([65, 66, 67]) == b"ABC"
assert bytes("héllo", "utf-8") == b"h\xc3\xa9llo"
assert "héllo".encode() == b"h\xc3\xa9llo"
assert "héllo".encode("utf-8") == b"h\xc3\xa9llo"
assert b"h\xc3\xa9llo".decode() == "héllo"
assert b"abc".decode("utf-8") == "abc"
assert list(b"AB") == [65, 66]
assert repr(b"a'b") == 'b"a\'b"'
assert repr(b"\x00\n\xff") == "b'\\x00\\n\\xff'"
assert str(b"ab") == "b'ab'"
assert b"abc" < b"abd"
assert b"ab" < b"abc"
assert b"abc" == b"abc"
assert b"abc" != "abc"
assert hash(b"x") == hash(b"x")
assert {b"k": 1}[b"k"] == 1
assert b"a,b,c".split(b",") == [b"a", b"b", b"c"]
assert b"-".join([b"x", b"y"]) == b"x-y"
assert b"  pad ".strip() == b"pad"
assert b"Hello".upper() == b"HELLO"
assert b"Hello".lower() == b"hello"
assert b"hello".startswith(b"he")
assert b"hello".endswith(b"lo")
assert b"hello".find(b"l") == 2
assert b"hello".count(b"l") == 2
assert b"hello".replace(b"l", b"L") == b"heLLo"
assert b"\x01\xff".hex() == "01ff"
assert bytes.fromhex("01ff") == b"\x01\xff"
assert bytes.fromhex("de ad be ef") == b"\xde\xad\xbe\xef"
assert b"abc".index(b"c") == 2
assert b"12".isdigit()
assert b"ab".isalpha()
assert [x for x in b"hi"] == [104, 105]
try:
    b[0] = 1
    assert False
except TypeError as e:
    assert str(e) == "'bytes' object does not support item assignment"
try:
    b + "x"
    assert False
except TypeError as e:
    assert str(e) == "can't concat str to bytes"
try:
    bytes([256])
    assert False
except ValueError as e:
    assert str(e) == "bytes must be in range(0, 256)"
try:
    b"\xff".decode()
    assert False
except UnicodeDecodeError as e:
    assert "can't decode byte 0xff" in str(e)
assert isinstance(b, bytes)
assert type(b) is bytes
assert bytes(b) == b
assert b"%s=%d" % (b"k", 5) == b"k=5"
assert rb"\n" == b"\\n"
assert len(rb"\n") == 2
print(b, b[0], b[1:3], list(b"ok"), b"\x00\xfe", bytes(2), "é".encode())
