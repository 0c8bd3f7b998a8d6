# Tests for shlex: each assert's expected value is what CPython 3.11 gives.
import shlex
assert (shlex.split('a b  c')) == ['a', 'b', 'c']
assert (shlex.split('echo "hello world" \'x y\'')) == ['echo', 'hello world', 'x y']
assert (shlex.split('a\\ b "c\\"d" \'e\\f\'')) == ['a b', 'c"d', 'e\\f']
assert (shlex.split('x="a b"c')) == ['x=a bc']
assert (shlex.split('"" \'\' a')) == ['', '', 'a']
assert (shlex.split('one # not a comment')) == ['one', '#', 'not', 'a', 'comment']
assert (shlex.split('one # comment\ntwo', comments=True)) == ['one', 'two']
assert (shlex.split('a#b c', comments=True)) == ['a']
assert (shlex.split('tab\there\nnew line')) == ['tab', 'here', 'new', 'line']
assert (shlex.split('a"b"\'c\'d')) == ['abcd']
assert (shlex.split('"\\\\" "\\$" "\\a" "\\`"')) == ['\\', '\\$', '\\a', '\\`']
assert (shlex.split('')) == []
assert (shlex.split('   ')) == []
assert (shlex.split("it's", posix=True) if False else shlex.split('"it\'s"')) == ["it's"]
assert (shlex.split('--opt=val --flag "spaced arg"')) == ['--opt=val', '--flag', 'spaced arg']
assert (shlex.split('cmd | other && x; y')) == ['cmd', '|', 'other', '&&', 'x;', 'y']
assert (shlex.split("a 'b c' d", posix=False)) == ['a', "'b c'", 'd']
assert (shlex.split('x "y z"', posix=False)) == ['x', '"y z"']
assert (shlex.quote('')) == "''"
assert (shlex.quote('safe-str_1.0/x')) == 'safe-str_1.0/x'
assert (shlex.quote("it's here")) == '\'it\'"\'"\'s here\''
assert (shlex.quote('a b')) == "'a b'"
assert (shlex.quote('$HOME')) == "'$HOME'"
assert (shlex.quote('@%+=:,./-')) == '@%+=:,./-'
assert (shlex.quote('é')) == "'é'"
assert (shlex.join(['ls', '-l', 'my file', "o'k"])) == 'ls -l \'my file\' \'o\'"\'"\'k\''
assert (shlex.join([])) == ''
assert (shlex.split(shlex.join(['a b', "c'd", '$x', '']))) == ['a b', "c'd", '$x', '']
for bad in ('"unterminated', "'single", 'back\\'):
    try:
        shlex.split(bad)
        assert False
    except ValueError as e:
        print(e)
print(shlex.join(['echo', 'hello world']))
