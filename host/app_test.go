package host

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/wasmling/wasmling/abi"
)

func TestAppendJSON(t *testing.T) {
	d := &abi.Dict{}
	d.Append("s", "a\"b\\c\n\x01\u2028é")
	d.Append(int64(1), []any{nil, true, false, int64(-3), 1.0, 1.5, 1e16, 1.5e-5, 0.0001})
	d.Append(true, abi.Tuple{"x"})
	d.Append(nil, &abi.Dict{})
	d.Append(2.5, new(big.Int).Lsh(big.NewInt(1), 70))
	enc, err := abi.Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := appendJSON(nil, abi.NewDecoder(enc))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"s":"a\"b\\c\n\u0001\u2028é","1":[null,true,false,-3,1.0,1.5,1e+16,1.5e-05,0.0001],"true":["x"],"null":{},"2.5":1180591620717411303424}`
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	for _, bad := range []any{[]byte("x"), abi.Set{int64(1)}, math.NaN(), math.Inf(1), &abi.Dict{Keys: []any{abi.Tuple{}}, Values: []any{nil}}} {
		enc, _ := abi.Encode(bad)
		if _, err := appendJSON(nil, abi.NewDecoder(enc)); err == nil {
			t.Errorf("%#v encoded", bad)
		}
	}
}

func TestJSONValue(t *testing.T) {
	e := abi.NewEncoder(nil)
	if err := appendJSONValue(e, `{"b": [1, 2.5, -0.0, 1e3, 123456789012345678901234567890, "x", null, true], "a": {"c": "d"}, "b": 7}`); err != nil {
		t.Fatal(err)
	}
	v, err := abi.Decode(e.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	d := v.(*abi.Dict)
	// Keys in order, the duplicate kept for the guest's dict to resolve.
	if len(d.Keys) != 3 || d.Keys[0] != "b" || d.Keys[1] != "a" || d.Values[2] != int64(7) {
		t.Fatalf("%#v", d)
	}
	list := d.Values[0].([]any)
	if list[0] != int64(1) || list[1] != 2.5 || list[3] != 1000.0 || list[5] != "x" || list[6] != nil || list[7] != true {
		t.Errorf("%#v", list)
	}
	if b, ok := list[4].(*big.Int); !ok || b.String() != "123456789012345678901234567890" {
		t.Errorf("big: %#v", list[4])
	}
	for _, bad := range []string{"", "{", `{"a" 1}`, "[1,]", "1 2", "nul", strings.Repeat("[", 200) + strings.Repeat("]", 200)} {
		if err := appendJSONValue(abi.NewEncoder(nil), bad); err == nil {
			t.Errorf("%q parsed", bad)
		} else if exc, ok := err.(*abi.Exception); !ok || exc.Type != abi.ValueError {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

func TestParseQuery(t *testing.T) {
	got := ParseQuery("a=1&b=x+y&a=2&&c&d=%2F&bad=%zz&e=%C3%A9")
	want := []Field{{"a", "1"}, {"b", "x y"}, {"c", ""}, {"d", "/"}, {"e", "é"}}
	if len(got) != len(want) {
		t.Fatalf("%v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%d: %v, want %v", i, got[i], want[i])
		}
	}
	if n := len(ParseQuery(strings.Repeat("k=v&", 5000))); n != 1 {
		t.Errorf("duplicates: %d", n)
	}
	// Keys that differ only in invalid bytes are one key, as in the
	// guest's parse_query; so is the cap on fields.
	if got := ParseQuery("%FFa=1&%FEa=2"); len(got) != 1 || got[0] != (Field{"\uFFFDa", "1"}) {
		t.Errorf("invalid UTF-8 keys: %q", got)
	}
	var many strings.Builder
	for i := range abi.MaxQueryFields + 500 {
		fmt.Fprintf(&many, "k%d=v&", i)
	}
	if n := len(ParseQuery(many.String())); n != abi.MaxQueryFields {
		t.Errorf("%d fields kept", n)
	}
}

func TestCheckStatic(t *testing.T) {
	ok := []struct{ prefix, dir, wantPrefix, wantDir string }{
		{"/static", "public", "/static", "public"},
		{"/static/", "./public/", "/static", "public"},
		{"/", "public/css", "", "public/css"},
		{"/assets", ".", "/assets", "."},
	}
	for _, c := range ok {
		p, d, err := checkStatic(c.prefix, c.dir)
		if err != nil || p != c.wantPrefix || d != c.wantDir {
			t.Errorf("checkStatic(%q, %q) = %q, %q, %v", c.prefix, c.dir, p, d, err)
		}
	}
	bad := [][2]string{{"static", "public"}, {"/s/:x", "public"}, {"/s", "../x"}, {"/s", "/etc"}, {"/s", "a/../../x"}, {"/s", ""}, {"/s", "a\\b"}, {"/s?x", "p"}}
	for _, c := range bad {
		if _, _, err := checkStatic(c[0], c[1]); err == nil {
			t.Errorf("checkStatic(%q, %q) accepted", c[0], c[1])
		}
	}
}

func TestLoadErrorPosition(t *testing.T) {
	le := loadError(&ScriptError{Type: "ValueError", Message: "bad", Traceback: "Traceback (most recent call last):\n  File \"setup.py\", line 3, in <module>\n  File \"lib/x.py\", line 9, in f\nValueError: bad\n"}).(*LoadError)
	if le.Pos.String() != "lib/x.py:9" || le.Error() != "lib/x.py:9: ValueError: bad" {
		t.Errorf("%v %q", le.Pos, le.Error())
	}
	le = loadError(&ScriptError{Type: "AttributeError", Message: "setup.py:4: route GET /x: cannot resolve handler 'a.b': AttributeError: no"}).(*LoadError)
	if le.Pos.String() != "setup.py:4" || le.Error() != le.Message {
		t.Errorf("%v %q", le.Pos, le.Error())
	}
}
