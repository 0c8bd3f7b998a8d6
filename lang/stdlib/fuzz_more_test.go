package stdlib

import (
	"errors"
	"testing"

	"github.com/wasmling/wasmling/lang"
)

// fuzzInterp returns an interpreter with a step budget, so that a fuzz
// input cannot run forever.
func fuzzInterp() (*lang.Interpreter, *lang.NativeHost) {
	host := lang.NewNativeHost(nil, nil, nil)
	host.MaxChecks = 2000
	in := lang.New(lang.Options{Host: host, Modules: Modules(), CheckEvery: 1000})
	return in, host
}

// runWith runs src with the global "data" bound to v and reports Go-level
// failures; exceptions raised by the script are fine.
func runWith(t *testing.T, src string, v lang.Value) {
	in, _ := fuzzInterp()
	th := in.NewThread()
	in.Builtins().SetString("fuzz_data", v)
	_, _, err := th.ExecModule("__main__", "fuzz.py", []byte(src))
	if err == nil {
		return
	}
	if _, ok := lang.AsException(err); ok {
		return
	}
	if errors.Is(err, lang.ErrStepLimit) {
		return
	}
	var intr *lang.Interrupt
	if errors.As(err, &intr) && errors.Is(intr.Err, lang.ErrStepLimit) {
		return
	}
	t.Fatalf("unexpected error: %v", err)
}

const msgpackFuzzScript = `
import msgpack
try:
    v = msgpack.unpackb(fuzz_data)
except (ValueError, TypeError, OverflowError, MemoryError):
    pass
else:
    try:
        again = msgpack.unpackb(msgpack.packb(v))
    except (ValueError, TypeError, OverflowError):
        pass
`

// FuzzMsgpackUnpack feeds arbitrary bytes to msgpack.unpackb: it must
// raise or return, never panic or hang, and what it returns must pack.
func FuzzMsgpackUnpack(f *testing.F) {
	for _, s := range []string{"\xc0", "\x92\x01\xa1a", "\x82\xa1a\x01\xa1b\xc3", "\xdd\xff\xff\xff\xff",
		"\xc7\x03\x05abc", "\xcb\x3f\xf8\x00\x00\x00\x00\x00\x00", "\xd9\x02hi", "\x91\x91\x91\x91\xc0",
		"\xde\x00\x01\x01\x02", "\xc1", "\xcf\xff\xff\xff\xff\xff\xff\xff\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		runWith(t, msgpackFuzzScript, lang.NewBytes(data))
	})
}

const htmlFuzzScript = `
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self, conv):
        super().__init__(convert_charrefs=conv)
        self.n = 0
    def handle_starttag(self, tag, attrs):
        self.n += 1 + len(attrs)
    def handle_endtag(self, tag):
        self.n += 1
    def handle_data(self, data):
        self.n += len(data)
    def handle_comment(self, data):
        self.n += 1
    def handle_entityref(self, name):
        self.n += 1
    def handle_charref(self, name):
        self.n += 1
for conv in (True, False):
    p = P(conv)
    try:
        for i in range(0, len(fuzz_data), 7):
            p.feed(fuzz_data[i:i + 7])
        p.close()
    except AssertionError:
        pass
`

// FuzzHTMLParser feeds arbitrary text to html.parser.HTMLParser in
// chunks: it may raise AssertionError (as CPython's does on some marked
// sections) but must not panic or hang.
func FuzzHTMLParser(f *testing.F) {
	for _, s := range []string{"<p class='x'>hi &amp; bye</p>", "<script>a<b</script>", "<!-- c -->", "<![CDATA[x]]>",
		"<!DOCTYPE html>", "<a href=x y= 'z>", "&#x41;&#65;&lt", "</>", "<?pi?>", "<![if x]>y<![endif]>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		runWith(t, htmlFuzzScript, lang.String(s))
	})
}
