# python: skip (Scriptling-only functions and argument forms)
import collections
import contextlib
import difflib
from collections import deque, defaultdict, Counter

# collections.most_common(counter[, n]) also takes a plain dict.
c = Counter('aabbbc')
assert collections.most_common(c) == [('b', 3), ('a', 2), ('c', 1)]
assert collections.most_common(c, 1) == [('b', 3)]
assert collections.most_common({'x': 1, 'y': 5}, 1) == [('y', 5)]
# deque_* functions work on deques and on lists (upstream's deques).
d = deque([1, 2])
collections.deque_appendleft(d, 0)
assert list(d) == [0, 1, 2]
assert collections.deque_popleft(d) == 0
collections.deque_extendleft(d, [8, 9])
assert list(d) == [9, 8, 1, 2]
collections.deque_rotate(d, 1)
assert list(d) == [2, 9, 8, 1]
lst = [1, 2, 3]
collections.deque_appendleft(lst, 0)
assert lst == [0, 1, 2, 3]
assert collections.deque_popleft(lst) == 0
assert lst == [1, 2, 3]
collections.deque_extendleft(lst, ['a', 'b'])
assert lst == ['b', 'a', 1, 2, 3]
collections.deque_rotate(lst, -1)
assert lst == ['a', 1, 2, 3, 'b']
collections.deque_rotate(lst)
assert lst == ['b', 'a', 1, 2, 3]
# defaultdict takes a type name; DefaultDict is an alias.
dd = defaultdict("list")
dd['k'].append(1)
assert dd['k'] == [1]
di = collections.DefaultDict("int")
di['n'] += 2
assert di['n'] == 2
# contextlib.suppress takes type names too.
with contextlib.suppress("ZeroDivisionError"):
    1 / 0
with contextlib.suppress("Exception"):
    {}['missing']
with contextlib.suppress("KeyError", "ValueError"):
    int('x')
try:
    with contextlib.suppress("KeyError"):
        [][1]
    assert False
except IndexError:
    pass
# difflib.ratio, difflib.opcodes and string diffs.
assert difflib.ratio('abcd', 'abcd') == 1.0
assert difflib.ratio('abcd', 'wxyz') == 0.0
assert round(difflib.ratio('kitten', 'sitting'), 4) == 0.6154
assert difflib.opcodes('abc', 'abd') == [('equal', 0, 2, 0, 2), ('replace', 2, 3, 2, 3)]
text = difflib.unified_diff('a\nb\nc', 'a\nB\nc', fromfile='old', tofile='new')
assert text == '--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n'
ctx = difflib.context_diff('x\n', 'y\n')
assert ctx.startswith('*** \n--- \n')
assert difflib.unified_diff('same\n', 'same\n') == ''
# sys.argv comes from the interpreter.
import sys
assert sys.argv[0] == 'test_scriptling_extras.py'
assert sys.platform == 'wasi'
