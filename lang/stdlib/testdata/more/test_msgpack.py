# python: skip (CPython has no msgpack module without the msgpack package)
import io
import msgpack

# The msgpack spec's formats, smallest encoding first.
cases = [
    (None, 'c0'), (True, 'c3'), (False, 'c2'),
    (0, '00'), (127, '7f'), (128, 'cc80'), (255, 'ccff'), (256, 'cd0100'), (65535, 'cdffff'),
    (65536, 'ce00010000'), (2 ** 32 - 1, 'ceffffffff'), (2 ** 32, 'cf0000000100000000'),
    (2 ** 64 - 1, 'cfffffffffffffffff'),
    (-1, 'ff'), (-32, 'e0'), (-33, 'd0df'), (-128, 'd080'), (-129, 'd1ff7f'), (-32768, 'd18000'),
    (-32769, 'd2ffff7fff'), (-2 ** 31, 'd280000000'), (-2 ** 31 - 1, 'd3ffffffff7fffffff'),
    (-2 ** 63, 'd38000000000000000'),
    (1.5, 'cb3ff8000000000000'), (-0.0, 'cb8000000000000000'),
    ('', 'a0'), ('a', 'a161'), ('é', 'a2c3a9'),
    (b'', 'c400'), (b'\x00\xff', 'c40200ff'),
    ([], '90'), ([1, [2, [3]]], '920192029103'), ({}, '80'),
    ({'a': 1, 'b': [True, None]}, '82a16101a16292c3c0'),
]
for value, hexed in cases:
    packed = msgpack.packb(value)
    assert packed.hex() == hexed, (value, packed.hex())
    assert msgpack.unpackb(packed) == value
assert msgpack.packb('x' * 31).hex()[:2] == 'bf'
assert msgpack.packb('x' * 32).hex()[:4] == 'd920'
assert msgpack.packb('x' * 256).hex()[:6] == 'da0100'
assert msgpack.packb(b'x' * 256).hex()[:6] == 'c50100'
assert msgpack.packb(list(range(16))).hex()[:6] == 'dc0010'
assert msgpack.packb({str(i): i for i in range(16)}).hex()[:6] == 'de0010'
assert msgpack.unpackb(msgpack.packb((1, 2))) == [1, 2]
assert msgpack.unpackb(msgpack.packb((1, 2)), use_list=False) == (1, 2)
assert msgpack.unpackb(msgpack.packb({1: 'a'})) == {1: 'a'}
assert msgpack.unpackb(bytes.fromhex('ca3fc00000')) == 1.5
assert msgpack.unpackb(bytes.fromhex('d9026869')) == 'hi'
assert msgpack.unpackb(bytes.fromhex('a26869'), raw=True) == b'hi'
assert msgpack.unpackb(bytes.fromhex('c4026869')) == b'hi'
big = {'list': list(range(1000)), 'nested': {'k': [{'a': None}] * 3}, 'text': 'z' * 70000}
assert msgpack.unpackb(msgpack.packb(big)) == big
# Extension types.
e = msgpack.ExtType(5, b'abc')
assert msgpack.packb(e).hex() == 'c70305616263'
assert msgpack.unpackb(msgpack.packb(e)) == e
assert msgpack.packb(msgpack.ExtType(1, b'x')).hex() == 'd40178'
assert msgpack.unpackb(bytes.fromhex('d40178'), ext_hook=lambda code, data: (code, data)) == (1, b'x')
# Streams (msgpack package) and bytes (Scriptling).
buf = io.BytesIO()
msgpack.pack({'k': 'v'}, buf)
buf.seek(0)
assert msgpack.unpack(buf) == {'k': 'v'}
assert msgpack.unpack(msgpack.pack([1])) == [1]
assert msgpack.loads(msgpack.dumps('s')) == 's'
# Hooks and options.
assert msgpack.packb({1}, default=sorted).hex() == '9101'
assert msgpack.unpackb(msgpack.packb({'a': 1}), object_hook=lambda d: sorted(d)) == ['a']
try:
    msgpack.unpackb(msgpack.packb({1: 2}), strict_map_key=True)
    assert False
except ValueError:
    pass
# Errors.
errors = [
    (b'\x92\x01', ValueError), (b'\xc1', msgpack.FormatError), (b'\x01\x02', msgpack.ExtraData),
    (b'\xdd\xff\xff\xff\xff', ValueError), (b'\xa5ab', ValueError), (b'', ValueError),
    (b'\x91' * 2000, ValueError),
]
for data, exc in errors:
    try:
        msgpack.unpackb(data)
        assert False, data
    except exc:
        pass
try:
    msgpack.packb(object())
    assert False
except TypeError as err:
    assert str(err) == "can not serialize 'object' object"
loop = []
loop.append(loop)
try:
    msgpack.packb(loop)
    assert False
except ValueError:
    pass
try:
    msgpack.packb(2 ** 64)
    assert False
except OverflowError:
    pass
try:
    msgpack.unpackb('not bytes')
    assert False
except TypeError:
    pass
