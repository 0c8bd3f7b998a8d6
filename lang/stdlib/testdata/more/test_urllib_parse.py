# Tests for urllib_parse: each assert's expected value is what CPython 3.11 gives.
import urllib.parse
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl, quote_from_bytes, unquote_to_bytes
u = urlparse('https://user:pw@Example.COM:8080/a/b;p?x=1&y=2#frag')
s = urlsplit('http://[::1]:80/p?q#f')
base = 'http://a/b/c/d;p?q'
assert (u.scheme) == 'https'
assert (u.netloc) == 'user:pw@Example.COM:8080'
assert (u.path) == '/a/b'
assert (u.params) == 'p'
assert (u.query) == 'x=1&y=2'
assert (u.fragment) == 'frag'
assert (u.hostname) == 'example.com'
assert (u.port) == 8080
assert (u.username) == 'user'
assert (u.password) == 'pw'
assert (u[0]) == 'https'
assert (u[2]) == '/a/b'
assert (tuple(u)) == ('https', 'user:pw@Example.COM:8080', '/a/b', 'p', 'x=1&y=2', 'frag')
assert (len(u)) == 6
assert (u.geturl()) == 'https://user:pw@Example.COM:8080/a/b;p?x=1&y=2#frag'
assert (repr(u)) == "ParseResult(scheme='https', netloc='user:pw@Example.COM:8080', path='/a/b', params='p', query='x=1&y=2', fragment='frag')"
assert (u._replace(scheme='ftp').geturl()) == 'ftp://user:pw@Example.COM:8080/a/b;p?x=1&y=2#frag'
assert (u._fields) == ('scheme', 'netloc', 'path', 'params', 'query', 'fragment')
assert (s.hostname) == '::1'
assert (s.port) == 80
assert (repr(s)) == "SplitResult(scheme='http', netloc='[::1]:80', path='/p', query='q', fragment='f')"
assert (s == ('http', '[::1]:80', '/p', 'q', 'f')) is True
assert (s.geturl()) == 'http://[::1]:80/p?q#f'
assert (tuple(urlsplit('mailto:someone@example.com'))) == ('mailto', '', 'someone@example.com', '', '')
assert (tuple(urlsplit('//host/path'))) == ('', 'host', '/path', '', '')
assert (tuple(urlsplit('path/only?x=1'))) == ('', '', 'path/only', 'x=1', '')
assert (tuple(urlsplit('HTTP://Host.Example/P'))) == ('http', 'Host.Example', '/P', '', '')
assert (tuple(urlsplit('http://h/p#f', allow_fragments=False))) == ('http', 'h', '/p#f', '', '')
assert (tuple(urlsplit('  http://h/ p\t?q'))) == ('http', 'h', '/ p', 'q', '')
assert (tuple(urlparse('http://h/a;b/c;d?e'))) == ('http', 'h', '/a;b/c', 'd', 'e', '')
assert (tuple(urlparse('file:///etc/passwd'))) == ('file', '', '/etc/passwd', '', '', '')
assert (tuple(urlparse('x.com/path', scheme='https'))) == ('https', '', 'x.com/path', '', '', '')
assert (urlsplit('http://h:').port) is None
assert (urlsplit('http://u@h').username) == 'u'
assert (urlsplit('http://u@h').password) is None
assert (urlsplit('http://[fe80::1%25eth0]:8/').hostname) == 'fe80::1%25eth0'
assert (urlunsplit(('http', 'h', 'p', 'q', 'f'))) == 'http://h/p?q#f'
assert (urlunsplit(('', '', 'p', '', ''))) == 'p'
assert (urlunparse(('https', 'h', '/p', 'par', 'a=1', 'frag'))) == 'https://h/p;par?a=1#frag'
assert (urlunparse(urlparse('http://x/y?z#w'))) == 'http://x/y?z#w'
assert (urljoin(base, 'g')) == 'http://a/b/c/g'
assert (urljoin(base, './g')) == 'http://a/b/c/g'
assert (urljoin(base, 'g/')) == 'http://a/b/c/g/'
assert (urljoin(base, '/g')) == 'http://a/g'
assert (urljoin(base, '//g')) == 'http://g'
assert (urljoin(base, '?y')) == 'http://a/b/c/d;p?y'
assert (urljoin(base, 'g?y')) == 'http://a/b/c/g?y'
assert (urljoin(base, '#s')) == 'http://a/b/c/d;p?q#s'
assert (urljoin(base, 'g#s')) == 'http://a/b/c/g#s'
assert (urljoin(base, ';x')) == 'http://a/b/c/;x'
assert (urljoin(base, 'g;x')) == 'http://a/b/c/g;x'
assert (urljoin(base, '')) == 'http://a/b/c/d;p?q'
assert (urljoin(base, '.')) == 'http://a/b/c/'
assert (urljoin(base, './')) == 'http://a/b/c/'
assert (urljoin(base, '..')) == 'http://a/b/'
assert (urljoin(base, '../')) == 'http://a/b/'
assert (urljoin(base, '../g')) == 'http://a/b/g'
assert (urljoin(base, '../..')) == 'http://a/'
assert (urljoin(base, '../../g')) == 'http://a/g'
assert (urljoin(base, '../../../g')) == 'http://a/g'
assert (urljoin(base, '/./g')) == 'http://a/g'
assert (urljoin(base, 'g.')) == 'http://a/b/c/g.'
assert (urljoin(base, 'g/./h')) == 'http://a/b/c/g/h'
assert (urljoin(base, 'g/../h')) == 'http://a/b/c/h'
assert (urljoin(base, 'http://other/x')) == 'http://other/x'
assert (urljoin('http://a/b/', 'c')) == 'http://a/b/c'
assert (urljoin('', 'rel')) == 'rel'
assert (tuple(urldefrag('http://x/y#z'))) == ('http://x/y', 'z')
assert (urldefrag('http://x/y').url) == 'http://x/y'
assert (urldefrag('http://x/y#z').fragment) == 'z'
assert (quote('abc def')) == 'abc%20def'
assert (quote('a/b c')) == 'a/b%20c'
assert (quote('a/b c', safe='')) == 'a%2Fb%20c'
assert (quote('é€')) == '%C3%A9%E2%82%AC'
assert (quote('~user_name-1.0')) == '~user_name-1.0'
assert (quote('a&b=c?d#e')) == 'a%26b%3Dc%3Fd%23e'
assert (quote('a+b', safe='+')) == 'a+b'
assert (quote(b'\x00\xff')) == '%00%FF'
assert (quote('')) == ''
assert (quote_plus('a b&c=d/e')) == 'a+b%26c%3Dd%2Fe'
assert (quote_plus('a b', safe='/')) == 'a+b'
assert (quote_plus('plain')) == 'plain'
assert (quote_from_bytes(b'a b')) == 'a%20b'
assert (unquote('a%20b%2Fc')) == 'a b/c'
assert (unquote('%C3%A9t%C3%A9')) == 'été'
assert (unquote('100%')) == '100%'
assert (unquote('%zz%2')) == '%zz%2'
assert (unquote('%E2%82')) == '�'
assert (unquote('%ff%41')) == '�A'
assert (unquote('é%20')) == 'é '
assert (unquote_plus('a+b%2B')) == 'a b+'
assert (unquote_to_bytes('a%20%ff')) == b'a \xff'
assert (urlencode({'a': 1, 'b': 'x y', 'c': 'é'})) == 'a=1&b=x+y&c=%C3%A9'
assert (urlencode([('k', 'v1'), ('k', 'v2')])) == 'k=v1&k=v2'
assert (urlencode({'k': [1, 2]})) == 'k=%5B1%2C+2%5D'
assert (urlencode({'k': [1, 2]}, doseq=True)) == 'k=1&k=2'
assert (urlencode({'k': 'ab'}, doseq=True)) == 'k=ab'
assert (urlencode({'p': '/path'}, safe='/')) == 'p=/path'
assert (urlencode({'q': 'a b'}, quote_via=quote)) == 'q=a%20b'
assert (urlencode({})) == ''
assert (parse_qs('a=1&a=2&b=&c=x+y%21')) == {'a': ['1', '2'], 'c': ['x y!']}
assert (parse_qs('a=1&b=', keep_blank_values=True)) == {'a': ['1'], 'b': ['']}
assert (parse_qs('')) == {}
assert (parse_qsl('a=1&b=2&&c')) == [('a', '1'), ('b', '2')]
assert (parse_qsl('c&d=', keep_blank_values=True)) == [('c', ''), ('d', '')]
assert (parse_qsl('a=1;b=2', separator=';')) == [('a', '1'), ('b', '2')]
assert (parse_qsl('k=%E2%82%AC+x')) == [('k', '€ x')]
for bad in ('http://[::1/x', 'http://::1]/x', 'http://[1.2.3.4]/'):
    try:
        urlsplit(bad)
        print('no error', bad)
    except ValueError as e:
        print(e)
try:
    urlparse('http://h:99999/').port
except ValueError as e:
    print(e)
try:
    urlparse('http://h:xx/').port
except ValueError as e:
    print(e)
try:
    parse_qsl('a', strict_parsing=True)
except ValueError as e:
    print(e)
try:
    urlencode('notamapping')
except TypeError as e:
    print(e)
print(urlparse('https://example.com/path?q=1'))
