package stdlib

import (
	"io"
	"math"
	"testing"
	"unicode/utf8"

	"github.com/wasmling/wasmling/lang"
)

func fuzzThread() *lang.Thread {
	h := lang.NewNativeHost(io.Discard, io.Discard, nil)
	return lang.New(lang.Options{Host: h, Modules: Modules()}).NewThread()
}

// FuzzJSONLoads checks that loads never panics and that what it accepts
// survives dumps/loads unchanged.
func FuzzJSONLoads(f *testing.F) {
	for _, s := range []string{`{"a": [1, 2.5, "x\u00e9", null, true]}`, `[1e400, -0.0, NaN]`, `"\ud83d\ude00"`,
		`{"a":{"b":{"c":[]}}}`, `123456789012345678901234567890`, `[1,]`, `"\u12`, `{"a" 1}`, "[\n1,\n x]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		th := fuzzThread()
		v, err := jsonLoads(th, []lang.Value{lang.String(s)}, nil)
		if err != nil {
			if _, ok := lang.AsException(err); !ok {
				t.Fatalf("loads(%q): non-exception error %v", s, err)
			}
			return
		}
		d1, err := jsonDumps(th, []lang.Value{v}, nil)
		if err != nil {
			t.Fatalf("dumps(loads(%q)): %v", s, err)
		}
		v2, err := jsonLoads(th, []lang.Value{d1}, nil)
		if err != nil {
			t.Fatalf("loads(dumps(loads(%q))) = loads(%s): %v", s, mustStr(d1), err)
		}
		d2, err := jsonDumps(th, []lang.Value{v2}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if mustStr(d1) != mustStr(d2) {
			t.Fatalf("round trip of %q: %s != %s", s, mustStr(d1), mustStr(d2))
		}
		if utf8.ValidString(s) {
			if eq, err := lang.Equal(th, v, v2); err == nil && !eq && !hasNaN(v) {
				t.Fatalf("round trip of %q changed the value", s)
			}
		}
	})
}

func hasNaN(v lang.Value) bool {
	if v.IsFloat() {
		return math.IsNaN(v.AsFloat())
	}
	switch x := v.Object().(type) {
	case *lang.List:
		for _, it := range x.Items() {
			if hasNaN(it) {
				return true
			}
		}
	case *lang.Dict:
		found := false
		x.Range(func(_, val lang.Value) bool { found = hasNaN(val); return !found })
		return found
	}
	return false
}

func mustStr(v lang.Value) string { s, _ := v.Str(); return s }

// FuzzRegexTranslate checks that translating and compiling any pattern,
// and running it, never panics.
func FuzzRegexTranslate(f *testing.F) {
	for _, s := range []string{`(?P<n>\d+)\s*[a-z]{2,3}?`, `(a)\1`, `(?=x)`, `[]a-]`, `(?x) a # c`, `\x4`, `(?i:a)(?-s:b)`,
		`[^\W\d]+`, `a{,3}`, `(?#c)x`, `\u00e9\U0001F600`, `((a)|b)*?$`, `[\d-z]`, `(?aiLmsux)`} {
		f.Add(s, uint16(0))
	}
	f.Fuzz(func(t *testing.T, pattern string, flags uint16) {
		th := fuzzThread()
		if _, err := reModule(th); err != nil {
			t.Fatal(err)
		}
		fl := int(flags) & (reIgnoreCase | reMultiline | reDotAll | reVerbose | reASCII)
		p, err := compilePattern(th, lang.String(pattern), fl)
		if err != nil {
			if _, ok := lang.AsException(err); !ok {
				t.Fatalf("compile(%q): non-exception error %v", pattern, err)
			}
			return
		}
		subject := "ab1 é\nxyz_Z 22" + pattern
		s, _ := p.subjectOf(lang.String(subject))
		n := 0
		if err := p.each(th, subject, 0, s, func(loc []int) (bool, error) {
			if len(loc) != 2*(p.tr.groups+1) {
				t.Fatalf("%q: %d offsets for %d groups", pattern, len(loc), p.tr.groups)
			}
			n++
			return n < 100, nil
		}); err != nil {
			t.Fatalf("%q: %v", pattern, err)
		}
		for _, mode := range []int{modeMatch, modeFull} {
			if _, err := p.find(th, mode, subject, 0); err != nil {
				t.Fatal(err)
			}
			if _, err := p.find(th, mode, subject, 2); err != nil {
				t.Fatal(err)
			}
		}
	})
}
