package kv

import (
	"strings"
	"testing"
	"time"
)

func TestMatch(t *testing.T) {
	cases := []struct {
		pattern, s string
		want       bool
	}{
		{"*", "anything", true},
		{"*", "", true},
		{"", "", true},
		{"", "a", false},
		{"h?llo", "hello", true},
		{"h?llo", "hllo", false},
		{"h*llo", "hllo", true},
		{"h*llo", "heeeello", true},
		{"h[ae]llo", "hallo", true},
		{"h[ae]llo", "hillo", false},
		{"h[^e]llo", "hallo", true},
		{"h[^e]llo", "hello", false},
		{"h[!e]llo", "hallo", true},
		{"h[!e]llo", "hello", false},
		{"h[a-b]llo", "hbllo", true},
		{"h[b-a]llo", "hallo", true}, // reversed range
		{"h[a-b]llo", "hcllo", false},
		{`\*`, "*", true},
		{`\*`, "a", false},
		{`\?`, "?", true},
		{`\[a]`, "[a]", true},
		{`a\`, `a\`, true}, // trailing backslash is literal
		{`[\]]`, "]", true},
		{`[\-]`, "-", true},
		{`[a\-z]`, "b", false},
		{`[]`, "a", false},     // empty class matches nothing
		{`[^]`, "a", true},     // negated empty class matches any byte
		{`[abc`, "b", true},    // unterminated: runs to the end
		{`[^`, "x", true},      // unterminated negation
		{`[]a]`, "]a]", false}, // "]" first closes the class
		{`[]a]`, "a]", false},
		{`[a-]`, "]", true}, // Redis reads "a-]" as the range ]..a
		{"[^!x]", "!", false},
		{"user:*:name", "user:42:name", true},
		{"user:*:name", "user:42:age", false},
		{"*a", "ba", true},
		{"a*b*c", "abbbbbc", true},
		{"a*b*c", "acb", false},
		{"**", "", true},
		{"?", "é", false}, // bytes, not runes
		{"??", "é", true},
		{"\x00*", "\x00abc", true},
	}
	for _, c := range cases {
		if got := Match(c.pattern, c.s); got != c.want {
			t.Errorf("Match(%q, %q) = %v, want %v", c.pattern, c.s, got, c.want)
		}
		if c.s != "" {
			if got := redisMatch("x"+c.pattern, "x"+c.s, true); got != c.want {
				t.Errorf("reference Match(%q, %q) = %v, want %v (test is wrong)", c.pattern, c.s, got, c.want)
			}
		}
	}
}

func TestMatchPathological(t *testing.T) {
	s := strings.Repeat("a", MaxKeyLen)
	p := strings.Repeat("a*", 60) + "b"
	start := time.Now()
	if Match(p, s) {
		t.Fatal("matched")
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("pathological pattern took %v", d)
	}
}

func TestRedisRewrite(t *testing.T) {
	for _, p := range []string{"[!x]y", "h[a-z0-9_]*", `[\]\\^-]?`, "[^a-c]", `\*x[`, "[]", "[^]", "plain"} {
		q := Compile(p).Redis()
		for _, s := range []string{"x", "ay", "xy", "!y", "h_1", "]", `\`, "^", "-", "d", "*x", "plain", "a"} {
			if got, want := redisMatch("z"+q, "z"+s, false), Match(p, s); got != want {
				t.Errorf("pattern %q rewritten %q: Redis says %v on %q, Match says %v", p, q, got, s, want)
			}
		}
	}
}

func TestQuoteGlob(t *testing.T) {
	s := `a*b?c[d]e\f^g!h-`
	if !Match(QuoteGlob(s)+"*", s+"tail") || Match(QuoteGlob(s), "a") {
		t.Fatalf("QuoteGlob(%q) = %q does not match itself only", s, QuoteGlob(s))
	}
}

func FuzzGlob(f *testing.F) {
	for _, seed := range []string{"*", "a*b?[c-e]", `[^\]]`, "[!a-", `\`, "a*a*a*a*a*a*a*b"} {
		f.Add(seed, "abcdeaaaaaaaaaaaaaaaaaaaaaaaaaa")
	}
	f.Fuzz(func(t *testing.T, pattern, s string) {
		g := Compile(pattern)
		got := g.Match(s)
		if len(pattern) <= 24 && len(s) <= 24 {
			if want := redisMatch("x"+pattern, "x"+s, true); got != want {
				t.Fatalf("Match(%q, %q) = %v, reference says %v", pattern, s, got, want)
			}
			if want := redisMatch("x"+g.Redis(), "x"+s, false); got != want {
				t.Fatalf("Redis form %q of %q on %q: %v, Match says %v", g.Redis(), pattern, s, want, got)
			}
		}
		if !Match(QuoteGlob(s), s) {
			t.Fatalf("QuoteGlob(%q) does not match itself", s)
		}
	})
}

// redisMatch is a direct port of Redis's recursive stringmatchlen (util.c),
// kept as a slow reference. bang also accepts "[!x]" for negation.
func redisMatch(p, s string, bang bool) bool {
	skip := false
	return redisMatchImpl(p, s, bang, &skip)
}

func redisMatchImpl(p, s string, bang bool, skipLonger *bool) bool {
	for len(p) > 0 && len(s) > 0 {
		switch p[0] {
		case '*':
			for len(p) > 1 && p[1] == '*' {
				p = p[1:]
			}
			if len(p) == 1 {
				return true
			}
			for len(s) > 0 {
				if redisMatchImpl(p[1:], s, bang, skipLonger) {
					return true
				}
				if *skipLonger {
					return false
				}
				s = s[1:]
			}
			*skipLonger = true
			return false
		case '?':
		case '[':
			p = p[1:]
			not := len(p) > 0 && (p[0] == '^' || (bang && p[0] == '!'))
			if not {
				p = p[1:]
			}
			match := false
			for {
				if len(p) >= 2 && p[0] == '\\' {
					p = p[1:]
					match = match || p[0] == s[0]
				} else if len(p) > 0 && p[0] == ']' {
					break
				} else if len(p) == 0 {
					p = " " // Redis steps back one byte; the loop below drops it
					break
				} else if len(p) >= 3 && p[1] == '-' {
					lo, hi := p[0], p[2]
					if lo > hi {
						lo, hi = hi, lo
					}
					match = match || (s[0] >= lo && s[0] <= hi)
					p = p[2:]
				} else {
					match = match || p[0] == s[0]
				}
				p = p[1:]
			}
			if not {
				match = !match
			}
			if !match {
				return false
			}
		case '\\':
			if len(p) >= 2 {
				p = p[1:]
			}
			fallthrough
		default:
			if p[0] != s[0] {
				return false
			}
		}
		p = p[1:]
		s = s[1:]
		if len(s) == 0 {
			for len(p) > 0 && p[0] == '*' {
				p = p[1:]
			}
			break
		}
	}
	return len(p) == 0 && len(s) == 0
}
