# Tests for difflib: each assert's expected value is what CPython 3.11 gives.
import difflib
from difflib import SequenceMatcher, unified_diff, context_diff, ndiff, get_close_matches, Differ, restore, IS_CHARACTER_JUNK, IS_LINE_JUNK
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n']
assert (SequenceMatcher(None, 'abxcd', 'abcd').ratio()) == 0.8888888888888888
assert ([tuple(m) for m in SequenceMatcher(None, 'abxcd', 'abcd').get_matching_blocks()]) == [(0, 0, 2), (3, 2, 2), (5, 4, 0)]
assert (SequenceMatcher(None, 'abxcd', 'abcd').get_opcodes()) == [('equal', 0, 2, 0, 2), ('delete', 2, 3, 2, 2), ('equal', 3, 5, 2, 4)]
assert (SequenceMatcher(None, 'qabxcd', 'abycdf').get_opcodes()) == [('delete', 0, 1, 0, 0), ('equal', 1, 3, 0, 2), ('replace', 3, 4, 2, 3), ('equal', 4, 6, 3, 5), ('insert', 6, 6, 5, 6)]
assert (SequenceMatcher(None, 'abcd', 'bcde').quick_ratio()) == 0.75
assert (SequenceMatcher(None, 'abcd', 'xyz').real_quick_ratio()) == 0.8571428571428571
assert (SequenceMatcher(None, '', '').ratio()) == 1.0
assert (SequenceMatcher(None, 'abc', '').ratio()) == 0.0
assert (tuple(SequenceMatcher(None, ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9))) == (0, 4, 5)
assert (tuple(SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9))) == (1, 0, 4)
assert (round(SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;').ratio(), 3)) == 0.866
assert (list(SequenceMatcher(None, 'abc abc', 'abc').get_grouped_opcodes(1))) == [[('equal', 2, 3, 2, 3), ('delete', 3, 7, 3, 3)]]
assert (list(SequenceMatcher(None, list(range(20)), [0, 1, 2, 99] + list(range(4, 20))).get_grouped_opcodes(2))) == [[('equal', 1, 3, 1, 3), ('replace', 3, 4, 3, 4), ('equal', 4, 6, 4, 6)]]
assert (SequenceMatcher(None, 'x' * 300 + 'y', 'x' * 250 + 'yz').ratio()) == 0.9077757685352622
assert (SequenceMatcher(None, 'x' * 300 + 'y', 'x' * 250 + 'yz', autojunk=False).ratio()) == 0.9077757685352622
assert (SequenceMatcher(None, [1, 2, 3], [1, 3]).get_opcodes()) == [('equal', 0, 1, 0, 1), ('delete', 1, 2, 1, 1), ('equal', 2, 3, 1, 2)]
assert (list(unified_diff(a, b, fromfile='a.txt', tofile='b.txt'))) == ['--- a.txt\n', '+++ b.txt\n', '@@ -1,8 +1,9 @@\n', '+zero\n', ' one\n', '-two\n', '-three\n', '+tree\n', ' four\n', ' five\n', ' six\n', ' seven\n', ' eight\n', '+nine\n']
assert (list(unified_diff(a, b, n=0))) == ['--- \n', '+++ \n', '@@ -0,0 +1 @@\n', '+zero\n', '@@ -2,2 +3 @@\n', '-two\n', '-three\n', '+tree\n', '@@ -8,0 +9 @@\n', '+nine\n']
assert (list(unified_diff(['a'], ['b'], lineterm=''))) == ['--- ', '+++ ', '@@ -1 +1 @@', '-a', '+b']
assert (list(unified_diff(a, a))) == []
assert (list(unified_diff([], ['x\n']))) == ['--- \n', '+++ \n', '@@ -0,0 +1 @@\n', '+x\n']
assert (list(context_diff(a, b, fromfile='a', tofile='b', n=1))) == ['*** a\n', '--- b\n', '***************\n', '*** 1,4 ****\n', '  one\n', '! two\n', '! three\n', '  four\n', '--- 1,4 ----\n', '+ zero\n', '  one\n', '! tree\n', '  four\n', '***************\n', '*** 8 ****\n', '--- 8,9 ----\n', '  eight\n', '+ nine\n']
assert (list(context_diff(['x\n'], ['y\n']))) == ['*** \n', '--- \n', '***************\n', '*** 1 ****\n', '! x\n', '--- 1 ----\n', '! y\n']
assert (list(ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))) == ['- one\n', '?  ^\n', '+ ore\n', '?  ^\n', '- two\n', '- three\n', '?  -\n', '+ tree\n', '+ emu\n']
assert (list(ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n']))) == ['- abcDefghiJkl\n', '?    ^  ^  ^\n', '+ abcdefGhijkl\n', '?    ^  ^  ^\n']
assert (list(restore(ndiff(['a\n', 'b\n'], ['a\n', 'c\n']), 1))) == ['a\n', 'b\n']
assert (list(restore(ndiff(['a\n', 'b\n'], ['a\n', 'c\n']), 2))) == ['a\n', 'c\n']
assert (list(Differ().compare(['same\n', 'old line here\n'], ['same\n', 'new line here\n']))) == ['  same\n', '- old line here\n', '? ^^^\n', '+ new line here\n', '? ^^^\n']
assert (get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy'])) == ['apple', 'ape']
assert (get_close_matches('wheel', ['while', 'wheat', 'whale', 'which'], n=2, cutoff=0.5)) == ['while', 'wheat']
assert (get_close_matches('xyz', ['abc'])) == []
assert (get_close_matches('accept', ['access', 'except', 'accent', 'acceptable'], n=4, cutoff=0.3)) == ['accent', 'acceptable', 'except', 'access']
assert (IS_CHARACTER_JUNK(' ')) is True
assert (IS_CHARACTER_JUNK('x')) is False
assert (IS_LINE_JUNK('  # \n')) is True
assert (IS_LINE_JUNK('code\n')) is False
words = ('lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ' * 20).split()
words2 = list(words)
words2[50] = 'CHANGED'
del words2[100:105]
ops = SequenceMatcher(None, words, words2).get_opcodes()
assert ops[0] == ('equal', 0, 50, 0, 50)
print(ops)
sm = SequenceMatcher()
sm.set_seqs('kitten', 'sitting')
print(sm.ratio(), sm.get_opcodes())
sm.set_seq2('kitchen')
print(round(sm.ratio(), 4))
try:
    list(unified_diff([1], ['a']))
except TypeError as e:
    print(e)
print(''.join(unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'], 'old', 'new')), end='')
