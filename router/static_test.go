package router

import "testing"

func TestCleanName(t *testing.T) {
	cases := []struct {
		in   string
		want string
		ok   bool
	}{
		{"/", ".", true},
		{"", ".", true},
		{"/a.txt", "a.txt", true},
		{"/docs/", "docs/", true},
		{"/docs/index.html", "docs/index.html", true},
		{"/a/b/c.css", "a/b/c.css", true},
		{"/../secret", "", false},
		{"/a/../b", "", false},
		{"/a/..", "", false},
		{"/..", "", false},
		{"//etc/passwd", "", false},
		{"/a//b", "", false},
		{"/a\\..\\b", "", false},
		{"/a\x00b", "", false},
		{"/.env", "", false},
		{"/a/.git/config", "", false},
		{"/./a", "", false},
		{"/...", "", false},
	}
	for _, c := range cases {
		got, ok := cleanName(c.in)
		if ok != c.ok || got != c.want {
			t.Errorf("cleanName(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestHeaderChecks(t *testing.T) {
	for _, n := range []string{"X-Ok", "content-type", "a!#$%&'*+-.^_`|~z"} {
		if !validHeaderName(n) {
			t.Errorf("%q rejected", n)
		}
	}
	for _, n := range []string{"", "a b", "a:b", "a\r\nb", "é", "a\x00"} {
		if validHeaderName(n) {
			t.Errorf("%q accepted", n)
		}
	}
	for _, v := range []string{"", "text/html; charset=utf-8", "a\tb", "héllo"} {
		if !validHeaderValue(v) {
			t.Errorf("value %q rejected", v)
		}
	}
	for _, v := range []string{"a\r\nSet-Cookie: x", "a\nb", "a\rb", "a\x00b", "a\x7fb"} {
		if validHeaderValue(v) {
			t.Errorf("value %q accepted", v)
		}
	}
}
