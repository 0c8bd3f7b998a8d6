# Tests for html: each assert's expected value is what CPython 3.11 gives.
import html
from html.entities import html5
assert (html.escape('<a href="x">Tom & \'Jerry\'</a>')) == '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/a&gt;'
assert (html.escape('<"&">', quote=False)) == '&lt;"&amp;"&gt;'
assert (html.escape('plain')) == 'plain'
assert (html.escape('')) == ''
assert (html.unescape('&amp; &lt;&gt; &quot;&#39;&#x27;')) == '& <> "\'\''
assert (html.unescape('&eacute;&Eacute &ampx &notit; &notin; &nosuch;')) == 'éÉ &x ¬it; ∉ &nosuch;'
assert (html.unescape('&#0; &#128; &#x110000; &#xd800; &#1;x &#65 &#x41;')) == '� € � � x A A'
assert (html.unescape('&')) == '&'
assert (html.unescape('a &b; c')) == 'a &b; c'
assert (html.unescape('&acirc&amp;')) == 'â&'
assert (html.unescape('&#99999999999999999999;')) == '�'
assert (html.unescape('&' + 'x' * 40 + ';')) == '&xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;'
assert (html.unescape('&lt&gt')) == '<>'
assert (html.unescape('no entities')) == 'no entities'
assert (html.unescape('&amp;amp;')) == '&amp;'
assert (html.unescape('&AMP; &ThickSpace; &NotEqualTilde;')) == '& \u205f\u200a ≂̸'
assert (html.unescape('&#x20AC; &euro; &#8364;')) == '€ € €'
assert (html.unescape('&#X41;&#x0041')) == 'AA'
assert (html.unescape('&copy2024')) == '©2024'
assert (html.unescape(html.escape('<script>alert("x")</script>'))) == '<script>alert("x")</script>'
assert (len(html5)) == 2231
assert (html5['amp;']) == '&'
assert (html5['gt']) == '>'
assert (html5['NotEqualTilde;']) == '≂̸'
print(html.escape("O'Reilly & Sons <b>"))
print(html.unescape('caf&eacute; &mdash; 5 &lt; 6'))
