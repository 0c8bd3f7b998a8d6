# Tests for html_parser: each assert's expected value is what CPython 3.11 gives.
from html.parser import HTMLParser
class Collector(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.out = []
    def handle_starttag(self, tag, attrs):
        self.out.append(('start', tag, attrs))
    def handle_endtag(self, tag):
        self.out.append(('end', tag))
    def handle_data(self, data):
        self.out.append(('data', data))
    def handle_comment(self, data):
        self.out.append(('comment', data))
    def handle_entityref(self, name):
        self.out.append(('entity', name))
    def handle_charref(self, name):
        self.out.append(('charref', name))
    def handle_decl(self, decl):
        self.out.append(('decl', decl))
    def handle_pi(self, data):
        self.out.append(('pi', data))
    def unknown_decl(self, data):
        self.out.append(('unknown', data))
def parse(text, **kw):
    p = Collector(**kw)
    p.feed(text)
    p.close()
    return p.out
def parse_chunks(text, n, **kw):
    p = Collector(**kw)
    for i in range(0, len(text), n):
        p.feed(text[i:i + n])
    p.close()
    return p.out
class LinkFinder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))
class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = False
    def handle_starttag(self, tag, attrs):
        self.skip = tag in ('script', 'style')
    def handle_endtag(self, tag):
        self.skip = False
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)
doc = '<!DOCTYPE html><html><head><title>T &amp; x</title></head><body class="a" id=main><p>Hi<br/>there &copy; &#169; &#xA9;</p><!-- c --><img src="x.png" alt=\'a "q"\' /></body></html>'
assert (parse(doc)) == [('decl', 'DOCTYPE html'), ('start', 'html', []), ('start', 'head', []), ('start', 'title', []), ('data', 'T & x'), ('end', 'title'), ('end', 'head'), ('start', 'body', [('class', 'a'), ('id', 'main')]), ('start', 'p', []), ('data', 'Hi'), ('start', 'br', []), ('end', 'br'), ('data', 'there © © ©'), ('end', 'p'), ('comment', ' c '), ('start', 'img', [('src', 'x.png'), ('alt', 'a "q"')]), ('end', 'img'), ('end', 'body'), ('end', 'html')]
assert (parse(doc, convert_charrefs=False)) == [('decl', 'DOCTYPE html'), ('start', 'html', []), ('start', 'head', []), ('start', 'title', []), ('data', 'T '), ('entity', 'amp'), ('data', ' x'), ('end', 'title'), ('end', 'head'), ('start', 'body', [('class', 'a'), ('id', 'main')]), ('start', 'p', []), ('data', 'Hi'), ('start', 'br', []), ('end', 'br'), ('data', 'there '), ('entity', 'copy'), ('data', ' '), ('charref', '169'), ('data', ' '), ('charref', 'xA9'), ('end', 'p'), ('comment', ' c '), ('start', 'img', [('src', 'x.png'), ('alt', 'a "q"')]), ('end', 'img'), ('end', 'body'), ('end', 'html')]
assert (parse('<script>if (a < b && c > d) { x = "</p>"; }</script><style>p{}</style ><p>after')) == [('start', 'script', []), ('data', 'if (a < b && c > d) { x = "</p>"; }'), ('end', 'script'), ('start', 'style', []), ('data', 'p{}'), ('end', 'style'), ('start', 'p', []), ('data', 'after')]
assert (parse('<a href=foo?x=1&y=2 title = "t" data-x checked>link</a>')) == [('start', 'a', [('href', 'foo?x=1&y=2'), ('title', 't'), ('data-x', None), ('checked', None)]), ('data', 'link'), ('end', 'a')]
assert (parse('<?xml version="1.0"?><![CDATA[x<y]]>')) == [('pi', 'xml version="1.0"?'), ('unknown', 'CDATA[x<y')]
assert (parse('<div\n  class="x"\n>\nline2</div>')) == [('start', 'div', [('class', 'x')]), ('data', '\nline2'), ('end', 'div')]
assert (parse('&notanentity; & x &#; &#x; a&b', convert_charrefs=False)) == [('entity', 'notanentity'), ('data', ' '), ('data', '&'), ('data', ' x '), ('data', '&#'), ('data', '; '), ('data', '&#'), ('data', 'x; a&b')]
assert (parse('&notanentity; & x &#; &#x; a&b')) == [('data', '¬anentity; & x &#; &#x; a&b')]
assert (parse('text <')) == [('data', 'text '), ('data', '<')]
assert (parse('<a b="unclosed>')) == [('data', '<a b="unclosed>')]
assert (parse('</ end>')) == [('end', 'end')]
assert (parse('</>')) == []
assert (parse('<!bogus>')) == [('comment', 'bogus')]
assert (parse('<a/b/c>')) == [('start', 'a', [('b', None), ('c', None)])]
assert (parse('<A HREF="X">UP</A>')) == [('start', 'a', [('href', 'X')]), ('data', 'UP'), ('end', 'a')]
assert (parse("<p a='1'b=2 c=\"3\"d>")) == [('start', 'p', [('a', '1'), ('b', '2'), ('c', '3'), ('d', None)])]
assert (parse('<x y= "z>')) == [('start', 'x', [('y', ''), ('"z', None)])]
assert (parse('<br/ >')) == [('start', 'br', [])]
assert (parse('<p>&lt;&gt;&amp;&quot;</p>', convert_charrefs=False)) == [('start', 'p', []), ('entity', 'lt'), ('entity', 'gt'), ('entity', 'amp'), ('entity', 'quot'), ('end', 'p')]
assert (parse('<![if !IE]>x<![endif]>')) == [('unknown', 'if !IE'), ('data', 'x'), ('unknown', 'endif')]
assert (parse('<title>a<b>c</title>')) == [('start', 'title', []), ('data', 'a'), ('start', 'b', []), ('data', 'c'), ('end', 'title')]
assert (parse('< p>')) == [('data', '<'), ('data', ' p>')]
assert (parse('a &amp b &ampx; &#65', convert_charrefs=False)) == [('data', 'a '), ('entity', 'amp'), ('data', ' b '), ('entity', 'ampx'), ('data', ' '), ('data', '&#65')]
assert (parse('<!---->')) == [('comment', '')]
assert (parse('<!-- a -- b -->')) == [('comment', ' a -- b ')]
assert (parse('<ul><li>1<li>2</ul>')) == [('start', 'ul', []), ('start', 'li', []), ('data', '1'), ('start', 'li', []), ('data', '2'), ('end', 'ul')]
assert (parse('<input value="a&amp;b" disabled>')) == [('start', 'input', [('value', 'a&b'), ('disabled', None)])]
assert (parse_chunks('<p class="x">Hello &amp; bye</p>', 1)) == [('start', 'p', [('class', 'x')]), ('data', 'H'), ('data', 'e'), ('data', 'l'), ('data', 'l'), ('data', 'o'), ('data', ' '), ('data', '&'), ('data', ' '), ('data', 'b'), ('data', 'y'), ('data', 'e'), ('end', 'p')]
assert (parse_chunks(doc, 3)) == [('decl', 'DOCTYPE html'), ('start', 'html', []), ('start', 'head', []), ('start', 'title', []), ('data', 'T '), ('data', '& '), ('data', 'x'), ('end', 'title'), ('end', 'head'), ('start', 'body', [('class', 'a'), ('id', 'main')]), ('start', 'p', []), ('data', 'Hi'), ('start', 'br', []), ('end', 'br'), ('data', 't'), ('data', 'her'), ('data', 'e © '), ('data', '©'), ('data', ' ©'), ('end', 'p'), ('comment', ' c '), ('start', 'img', [('src', 'x.png'), ('alt', 'a "q"')]), ('end', 'img'), ('end', 'body'), ('end', 'html')]
assert (parse_chunks('<script>var s = "<b>";</script>done', 2)) == [('start', 'script', []), ('data', 'var s = "<b>";'), ('end', 'script'), ('data', 'd'), ('data', 'on'), ('data', 'e')]
assert (parse_chunks('a&amp;b&#65;c', 1, convert_charrefs=False)) == [('data', 'a'), ('entity', 'amp'), ('data', 'b'), ('charref', '65'), ('data', 'c')]
lf = LinkFinder()
lf.feed('<p><a href="/one">1</a> <A HREF=\'/two\'>2</A><a name=x>no</a></p>')
assert lf.links == ['/one', '/two', None]
tx = Text()
tx.feed('<html><style>.x{}</style><body><h1>Title</h1><script>var a=1;</script><p>Para &amp; more</p></body></html>')
tx.close()
assert ''.join(tx.parts) == 'TitlePara & more'
p = Collector()
p.feed('<div>\n<span id="s">x</span>\n</div>')
assert p.getpos() == (3, 6)
p = Collector()
p.feed('<img src="a.png" alt="pic">')
assert p.get_starttag_text() == '<img src="a.png" alt="pic">'
base = HTMLParser()
base.feed('<p>ignored by the base class</p>')
base.close()
print(parse('<b>bold</b> &amp; <i>it</i>'))
