# Tests for textwrap: each assert's expected value is what CPython 3.11 gives.
import textwrap
from textwrap import wrap, fill, shorten, dedent, indent, TextWrapper
s = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs."
h = "Look, goof-ball -- use the -b option! Self-explanatory, well-known state-of-the-art."
assert (wrap(s, 20)) == ['The quick brown fox', 'jumps over the lazy', 'dog. Pack my box', 'with five dozen', 'liquor jugs.']
assert (wrap(s, 10)) == ['The quick', 'brown fox', 'jumps over', 'the lazy', 'dog. Pack', 'my box', 'with five', 'dozen', 'liquor', 'jugs.']
assert (wrap(s, 40)) == ['The quick brown fox jumps over the lazy', 'dog. Pack my box with five dozen liquor', 'jugs.']
assert (wrap(s)) == ['The quick brown fox jumps over the lazy dog. Pack my box with five', 'dozen liquor jugs.']
assert (fill(s, 30)) == 'The quick brown fox jumps over\nthe lazy dog. Pack my box with\nfive dozen liquor jugs.'
assert (wrap(h, 12)) == ['Look, goof-', 'ball -- use', 'the -b', 'option!', 'Self-', 'explanatory,', 'well-known', 'state-of-', 'the-art.']
assert (wrap(h, 12, break_on_hyphens=False)) == ['Look,', 'goof-ball --', 'use the -b', 'option! Self', '-explanatory', ', well-known', 'state-of-the', '-art.']
assert (wrap(h, 7)) == ['Look,', 'goof-', 'ball --', 'use the', '-b', 'option!', 'Self-ex', 'planato', 'ry,', 'well-', 'known', 'state-', 'of-the-', 'art.']
assert (wrap('supercalifragilistic', 5)) == ['super', 'calif', 'ragil', 'istic']
assert (wrap('supercalifragilistic expialidocious', 10, break_long_words=False)) == ['supercalifragilistic', 'expialidocious']
assert (wrap('', 10)) == []
assert (wrap('   ', 10)) == []
assert (wrap('a b', 1)) == ['a', 'b']
assert (wrap('  leading and trailing  ', 8)) == ['leading', 'and', 'trailing']
assert (wrap('  leading', 8, drop_whitespace=False)) == ['  ', 'leading']
assert (wrap('tabs\there\tand\tthere', 12)) == ['tabs    here', 'and', 'there']
assert (wrap('tabs\there', 12, expand_tabs=False)) == ['tabs here']
assert (wrap('line one\nline two', 40)) == ['line one line two']
assert (wrap('line one\nline two', 40, replace_whitespace=False)) == ['line one\nline two']
assert (fill(s, 30, initial_indent='* ', subsequent_indent='  ')) == '* The quick brown fox jumps\n  over the lazy dog. Pack my\n  box with five dozen liquor\n  jugs.'
assert (fill('Hello there. How are you? Fine.', 60, fix_sentence_endings=True)) == 'Hello there.  How are you?  Fine.'
assert (wrap(s, 20, max_lines=2)) == ['The quick brown fox', 'jumps over the [...]']
assert (wrap(s, 20, max_lines=2, placeholder='...')) == ['The quick brown fox', 'jumps over the...']
assert (wrap(s, 20, max_lines=1)) == ['The quick [...]']
assert (shorten('Hello  world!', width=12)) == 'Hello world!'
assert (shorten('Hello  world!', width=11)) == 'Hello [...]'
assert (shorten(s, 30)) == 'The quick brown fox [...]'
assert (shorten(s, 30, placeholder=' (more)')) == 'The quick brown fox (more)'
assert (shorten('   spaced    out   text  ', 100)) == 'spaced out text'
assert (dedent('    a\n    b\n      c\n')) == 'a\nb\n  c\n'
assert (dedent('  x\n\n  y')) == 'x\n\ny'
assert (dedent('\tone\n\ttwo')) == 'one\ntwo'
assert (dedent('  a\n \tb')) == ' a\n\tb'
assert (dedent('no indent\n  some')) == 'no indent\n  some'
assert (dedent('    \n    hello\n    ')) == '\nhello\n'
assert (indent('a\nb\n\nc\n', '> ')) == '> a\n> b\n\n> c\n'
assert (indent('a\n  \nb', '+')) == '+a\n  \n+b'
assert (indent('a\nb', '- ', lambda line: line.startswith('a'))) == '- a\nb'
assert (indent('', 'x')) == ''
assert (TextWrapper(width=15, initial_indent='>> ').wrap(s)) == ['>> The quick', 'brown fox jumps', 'over the lazy', 'dog. Pack my', 'box with five', 'dozen liquor', 'jugs.']
assert (TextWrapper(width=25, tabsize=4).fill('a\tb\tc\td')) == 'a   b   c   d'
assert (TextWrapper()._split('Hello, world -- test-case x-ray')) == ['Hello,', ' ', 'world', ' ', '--', ' ', 'test-', 'case', ' ', 'x-ray']
w = TextWrapper(width=10)
w.width = 16
assert w.wrap('a b c d e f g h i j k') == ['a b c d e f g h', 'i j k']
for bad in (lambda: wrap('x', 0), lambda: wrap('a b c', 5, max_lines=1, placeholder='too long placeholder')):
    try:
        bad()
    except ValueError as e:
        print(e)
print(fill('The end of the text wrapping tests.', 12))
