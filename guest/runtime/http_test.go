package runtime

import (
	"fmt"
	"strings"
	"testing"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/lang"
)

// eval runs src natively and returns the value of its variable "v".
func eval(t *testing.T, src string) (*lang.Thread, lang.Value) {
	t.Helper()
	in := lang.New(lang.Options{})
	th := in.NewThread()
	m, _, err := th.ExecModule("__main__", "test.py", []byte(src))
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	v, _ := m.Globals.GetString("v")
	return th, v
}

func TestAppendResponse(t *testing.T) {
	cases := []struct {
		src  string
		want string // the decoded (status, headers, body, json)
	}{
		{`v = "hi"`, `[200 [Content-Type text/plain; charset=utf-8] hi false]`},
		{`v = b"\x00"`, `[200 [Content-Type application/octet-stream] [0] false]`},
		{`v = None`, `[204 []  false]`},
		{`v = {"a": 1}`, `[200 [] {a:1} true]`},
		{`v = [1, 2]`, `[200 [] [1 2] true]`},
		{`v = {"status": 201, "body": "x"}`, `[201 [] x false]`},
		{`v = {"status": 200, "body": {"k": 1}}`, `[200 [] {k:1} true]`},
		{`v = {"status": 302, "headers": {"Location": "/a", "Set-Cookie": ["a=1", "b=2"]}}`,
			`[302 [Location /a Set-Cookie a=1 Set-Cookie b=2]  false]`},
		// A dict with other keys is data, even with a "status" key.
		{`v = {"status": "ok", "count": 3}`, `[200 [] {status:ok count:3} true]`},
	}
	for _, c := range cases {
		th, v := eval(t, c.src)
		var e abi.Encoder
		if err := AppendResponse(th, &e, v); err != nil {
			t.Errorf("%s: %v", c.src, err)
			continue
		}
		vals, err := abi.DecodeAll(e.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if got := show(vals); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
	for _, bad := range []string{
		`v = {"status": 99}`, `v = {"status": 600}`, `v = {"status": True}`, `v = {"status": "200"}`,
		`v = {"status": 200, "headers": [1]}`, `v = {"status": 200, "headers": {1: "x"}}`,
		`v = object()`,
	} {
		th, v := eval(t, bad)
		var e abi.Encoder
		if err := AppendResponse(th, &e, v); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
}

func TestParseQueryAndRefs(t *testing.T) {
	d := ParseQuery("a=1&b=x+y&a=2&c&d=%2F&bad=%zz")
	got := []string{}
	d.Range(func(k, v lang.Value) bool {
		ks, _ := k.Str()
		vs, _ := v.Str()
		got = append(got, ks+"="+vs)
		return true
	})
	if fmt.Sprint(got) != "[a=1 b=x y c= d=/]" {
		t.Errorf("ParseQuery: %v", got)
	}
	// The host's rules for a request's query: keys that differ only in
	// invalid bytes are one key, and at most abi.MaxQueryFields fields.
	q := ParseQuery("%FFa=1&%FEa=2")
	v, _ := q.GetString("\uFFFDa")
	if s, _ := v.Str(); q.Len() != 1 || s != "1" {
		t.Errorf("invalid UTF-8 keys: %d fields, %q", q.Len(), s)
	}
	var many strings.Builder
	for i := range abi.MaxQueryFields + 500 {
		fmt.Fprintf(&many, "k%d=v&", i)
	}
	if n := ParseQuery(many.String()).Len(); n != abi.MaxQueryFields {
		t.Errorf("%d fields kept", n)
	}
	for ref, ok := range map[string]bool{"a.b": true, "pkg.mod.fn": true, "_x.y1": true, "a": false, ".a": false,
		"a.": false, "a..b": false, "a.1b": false, "a-b.c": false, "a.b c": false} {
		if ValidRef(ref) != ok {
			t.Errorf("ValidRef(%q) = %v", ref, !ok)
		}
	}
}

// show renders decoded values, dicts as {k:v ...}.
func show(v any) string {
	switch x := v.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, it := range x {
			parts[i] = show(it)
		}
		return "[" + strings.Join(parts, " ") + "]"
	case *abi.Dict:
		parts := make([]string, len(x.Keys))
		for i := range x.Keys {
			parts[i] = show(x.Keys[i]) + ":" + show(x.Values[i])
		}
		return "{" + strings.Join(parts, " ") + "}"
	}
	return fmt.Sprint(v)
}
