# Tests for io: each assert's expected value is what CPython 3.11 gives.
import io
s = io.StringIO()
assert (s.write('hello ')) == 6
assert (s.write('world\n')) == 6
assert (s.getvalue()) == 'hello world\n'
assert (s.tell()) == 12
print('a', 1, True, file=s)
print('x', 'y', sep='-', end='!', file=s)
assert (s.getvalue()) == 'hello world\na 1 True\nx-y!'
assert (s.seek(0)) == 0
assert (s.readline()) == 'hello world\n'
assert (s.readline()) == 'a 1 True\n'
assert (s.read()) == 'x-y!'
assert (s.read()) == ''
assert (s.seek(0)) == 0
assert (s.read(5)) == 'hello'
assert (s.tell()) == 5
assert (s.readlines()) == [' world\n', 'a 1 True\n', 'x-y!']
s = io.StringIO('line1\nline2\nline3')
assert ([l for l in s]) == ['line1\n', 'line2\n', 'line3']
assert (s.seek(0)) == 0
assert (s.readlines()) == ['line1\n', 'line2\n', 'line3']
assert (s.seek(6)) == 6
assert (s.readline()) == 'line2\n'
assert (s.readline(2)) == 'li'
s = io.StringIO('abcdef')
assert (s.write('XY')) == 2
assert (s.getvalue()) == 'XYcdef'
assert (s.tell()) == 2
assert (s.truncate()) == 2
assert (s.getvalue()) == 'XY'
assert (s.seek(0, 2)) == 2
assert (s.write('!')) == 1
assert (s.getvalue()) == 'XY!'
assert (s.seek(10)) == 10
assert (s.write('Z')) == 1
assert (s.getvalue()) == 'XY!\x00\x00\x00\x00\x00\x00\x00Z'
assert (s.truncate(3)) == 3
assert (s.getvalue()) == 'XY!'
assert (s.closed) is False
assert (s.readable()) is True
assert (s.writable()) is True
assert (s.seekable()) is True
s.close()
assert (s.closed) is True
assert (io.StringIO('é€x').read(2)) == 'é€'
assert (len(io.StringIO('é€x').getvalue())) == 3
s = io.StringIO()
s.writelines(['a\n', 'b\n'])
assert (s.getvalue()) == 'a\nb\n'
b = io.BytesIO(b'ab\ncd\nef')
assert (b.readline()) == b'ab\n'
assert (b.read(2)) == b'cd'
assert (b.read()) == b'\nef'
assert (b.getvalue()) == b'ab\ncd\nef'
assert (b.tell()) == 8
assert (b.write(b'!!')) == 2
assert (b.getvalue()) == b'ab\ncd\nef!!'
assert (b.seek(0)) == 0
assert (b.readlines()) == [b'ab\n', b'cd\n', b'ef!!']
assert (b.seek(-3, 2)) == 7
assert (b.read()) == b'f!!'
assert (io.BytesIO().getvalue()) == b''
assert (io.BytesIO(b'xyz').read1(2)) == b'xy'
b = io.BytesIO()
assert (b.write(b'\x00\xff')) == 2
assert (b.getvalue()) == b'\x00\xff'
assert (io.SEEK_END) == 2
with io.StringIO('data') as f:
    assert f.read(2) == 'da'
    assert not f.closed
assert f.closed
try:
    f.read()
except ValueError as e:
    print(e)
with io.BytesIO(b'q') as bf:
    pass
try:
    bf.read()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
try:
    io.BytesIO().write('s')
except TypeError as e:
    print(e)
try:
    io.StringIO('x').seek(1, 1)
except OSError as e:
    print(e)
buf = io.StringIO()
for i in range(3):
    print(i, i * i, file=buf)
print(buf.getvalue(), end='')
