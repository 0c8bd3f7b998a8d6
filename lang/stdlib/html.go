package stdlib

import (
	"strconv"
	"strings"
	"sync"

	"github.com/wasmling/wasmling/lang"
)

// htmlModule is html: escape and unescape (HTML5 named references).
func htmlModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("html")
	m.SetFunc("escape", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var s string
		quote := true
		if err := lang.UnpackArgs(t, "escape", args, kw, "s", &s, "quote?", &quote); err != nil {
			return lang.None, err
		}
		return lang.String(htmlEscape(s, quote)), nil
	})
	m.SetFunc("unescape", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var s string
		if err := lang.UnpackArgs(t, "unescape", args, kw, "s", &s); err != nil {
			return lang.None, err
		}
		return lang.String(htmlUnescape(s)), nil
	})
	return m, nil
}

// htmlEntitiesModule is html.entities (the html5 table).
func htmlEntitiesModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("html.entities")
	d := lang.NewDict()
	for _, line := range strings.Split(html5Entities, "\n") {
		name, val, ok := strings.Cut(line, "\t")
		if ok {
			d.SetString(name, lang.String(val))
		}
	}
	m.Set("html5", lang.Obj(d))
	return m, nil
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#x27;")
var htmlEscaperNoQuote = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func htmlEscape(s string, quote bool) string {
	if quote {
		return htmlEscaper.Replace(s)
	}
	return htmlEscaperNoQuote.Replace(s)
}

var entities struct {
	once sync.Once
	m    map[string]string
}

// entity returns the replacement text of a named reference ("amp;").
func entity(name string) (string, bool) {
	entities.once.Do(func() {
		entities.m = make(map[string]string, 2300)
		for _, line := range strings.Split(html5Entities, "\n") {
			if n, v, ok := strings.Cut(line, "\t"); ok {
				entities.m[n] = v
			}
		}
	})
	v, ok := entities.m[name]
	return v, ok
}

var invalidCharrefs = map[int64]string{
	0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a", 0x83: "\u0192",
	0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030",
	0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152", 0x8d: "\x8d", 0x8e: "\u017d", 0x8f: "\x8f",
	0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022",
	0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a",
	0x9c: "\u0153", 0x9d: "\x9d", 0x9e: "\u017e", 0x9f: "\u0178",
}

func invalidCodepoint(n int64) bool {
	switch {
	case n >= 0x1 && n <= 0x8, n >= 0xe && n <= 0x1f, n >= 0x7f && n <= 0x9f,
		n >= 0xfdd0 && n <= 0xfdef, n == 0xb:
		return true
	}
	return n&0xfffe == 0xfffe && n <= 0x10ffff
}

// charref renders a numeric or named reference body (without the "&").
func charref(s string) string {
	if s[0] == '#' {
		var num int64
		var err error
		body := strings.TrimRight(s[1:], ";")
		if body[0] == 'x' || body[0] == 'X' {
			num, err = strconv.ParseInt(body[1:], 16, 64)
		} else {
			num, err = strconv.ParseInt(body, 10, 64)
		}
		if err != nil {
			num = 0x110000 // out of range
		}
		if r, ok := invalidCharrefs[num]; ok {
			return r
		}
		if (num >= 0xD800 && num <= 0xDFFF) || num > 0x10FFFF {
			return "\uFFFD"
		}
		if invalidCodepoint(num) {
			return ""
		}
		return string(rune(num))
	}
	if v, ok := entity(s); ok {
		return v
	}
	for x := len(s) - 1; x > 1; x-- {
		if v, ok := entity(s[:x]); ok {
			return v + s[x:]
		}
	}
	return "&" + s
}

// htmlUnescape is html.unescape: CPython's charref pattern
// &(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?).
func htmlUnescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	i := 0
	for i < len(s) {
		amp := strings.IndexByte(s[i:], '&')
		if amp < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+amp])
		i += amp
		end := matchCharref(s, i+1)
		if end < 0 {
			b.WriteByte('&')
			i++
			continue
		}
		b.WriteString(charref(s[i+1 : end]))
		i = end
	}
	return b.String()
}

// matchCharref returns the end of a charref body starting at j (after
// the "&"), or -1.
func matchCharref(s string, j int) int {
	if j >= len(s) {
		return -1
	}
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	isHex := func(c byte) bool { return isDigit(c) || (c|0x20) >= 'a' && (c|0x20) <= 'f' }
	semi := func(k int) int {
		if k < len(s) && s[k] == ';' {
			return k + 1
		}
		return k
	}
	if s[j] == '#' {
		k := j + 1
		if k < len(s) && (s[k] == 'x' || s[k] == 'X') {
			h := k + 1
			for h < len(s) && isHex(s[h]) {
				h++
			}
			if h > k+1 {
				return semi(h)
			}
		}
		d := k
		for d < len(s) && isDigit(s[d]) {
			d++
		}
		if d > k {
			return semi(d)
		}
		return -1
	}
	// [^\t\n\f <&#;]{1,32} counts characters, not bytes.
	k, n := j, 0
	for k < len(s) && n < 32 {
		c := s[k]
		if c == '\t' || c == '\n' || c == '\f' || c == ' ' || c == '<' || c == '&' || c == '#' || c == ';' {
			break
		}
		_, size := decodeRuneStr(s[k:])
		k += size
		n++
	}
	if n == 0 {
		return -1
	}
	return semi(k)
}
