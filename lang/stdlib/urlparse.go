package stdlib

import (
	"strings"
	"unicode/utf8"

	"github.com/wasmling/wasmling/lang"
)

// urlparseNative is _urlparse: percent-encoding for urllib.parse.
func urlparseNative(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("_urlparse")
	m.SetFunc("quote_from_bytes", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var bs, safe lang.Value
		if err := lang.UnpackArgs(t, "quote_from_bytes", args, kw, "bs", &bs, "safe?", &safe); err != nil {
			return lang.None, err
		}
		b, ok := bs.Object().(*lang.Bytes)
		if !ok {
			return lang.None, lang.NewError(lang.TypeErrorType, "quote_from_bytes() expected bytes")
		}
		safeSet := "/"
		if !safe.IsNone() {
			switch s := safe.Object().(type) {
			case *lang.Bytes:
				safeSet = string(s.Bytes())
			default:
				str, ok := safe.Str()
				if !ok {
					return lang.None, lang.NewError(lang.TypeErrorType, "quote() safe must be str or bytes, not %s", safe.TypeName())
				}
				safeSet = str
			}
		}
		return lang.String(percentEncode(b.Bytes(), safeSet)), nil
	})
	m.SetFunc("unquote", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var s string
		if err := lang.UnpackArgs(t, "unquote", args, kw, "string", &s); err != nil {
			return lang.None, err
		}
		return lang.String(percentDecode(s)), nil
	})
	m.SetFunc("unquote_to_bytes", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("unquote_to_bytes", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		var in []byte
		switch x := args[0].Object().(type) {
		case *lang.Bytes:
			in = x.Bytes()
		default:
			s, ok := args[0].Str()
			if !ok {
				return lang.None, lang.NewError(lang.TypeErrorType, "a bytes-like object is required, not '%s'", args[0].TypeName())
			}
			in = []byte(s)
		}
		return lang.NewBytes(percentDecodeBytes(in)), nil
	})
	return m, nil
}

const alwaysSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"

func percentEncode(b []byte, safe string) string {
	var sb strings.Builder
	const hex = "0123456789ABCDEF"
	for _, c := range b {
		if c < 128 && (strings.IndexByte(alwaysSafe, c) >= 0 || strings.IndexByte(safe, c) >= 0) {
			sb.WriteByte(c)
			continue
		}
		sb.WriteByte('%')
		sb.WriteByte(hex[c>>4])
		sb.WriteByte(hex[c&15])
	}
	return sb.String()
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func percentDecodeBytes(s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			h, l := unhex(s[i+1]), unhex(s[i+2])
			if h >= 0 && l >= 0 {
				out = append(out, byte(h<<4|l))
				i += 2
				continue
			}
		}
		out = append(out, s[i])
	}
	return out
}

// percentDecode is urllib.parse.unquote with UTF-8 and errors='replace':
// each run of ASCII text is unquoted to bytes and decoded; other text is
// kept.
func percentDecode(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] < 0x80 {
			j++
		}
		if j > i {
			sb.WriteString(decodeReplace(percentDecodeBytes([]byte(s[i:j]))))
			i = j
			continue
		}
		for j < len(s) && s[j] >= 0x80 {
			j++
		}
		sb.WriteString(s[i:j])
		i = j
	}
	return sb.String()
}

// decodeReplace decodes UTF-8, replacing each invalid sequence as
// Python's errors='replace' does.
func decodeReplace(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			// Skip the maximal prefix of a valid sequence, as CPython.
			n = invalidRun(b[i:])
			sb.WriteRune(utf8.RuneError)
			i += n
			continue
		}
		sb.WriteRune(r)
		i += n
	}
	return sb.String()
}

// invalidRun returns the length of the maximal subpart of an ill-formed
// UTF-8 sequence at the start of b (at least 1).
func invalidRun(b []byte) int {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1
	}
	n := 1
	for k := 0; k < need && n < len(b); k++ {
		x := b[n]
		if k > 0 {
			lo, hi = 0x80, 0xBF
		}
		if x < lo || x > hi {
			break
		}
		n++
	}
	return n
}

func decodeRuneStr(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
