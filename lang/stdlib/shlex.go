package stdlib

import (
	"strings"

	"github.com/wasmling/wasmling/lang"
)

// shlexModule is shlex: split (POSIX rules), quote and join.
func shlexModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("shlex")
	m.SetFunc("split", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var s lang.Value
		comments, posix := false, true
		if err := lang.UnpackArgs(t, "split", args, kw, "s", &s, "comments?", &comments, "posix?", &posix); err != nil {
			return lang.None, err
		}
		str, ok := s.Str()
		if !ok {
			if s.IsNone() {
				return lang.None, lang.NewError(lang.ValueErrorType, "s argument must not be None")
			}
			return lang.None, lang.NewError(lang.AttributeErrorType, "'%s' object has no attribute 'read'", s.TypeName())
		}
		words, err := shlexSplit(str, comments, posix)
		if err != nil {
			return lang.None, err
		}
		out := make([]lang.Value, len(words))
		for i, w := range words {
			out[i] = lang.String(w)
		}
		return lang.ListValue(out), nil
	})
	m.SetFunc("quote", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var s string
		if err := lang.UnpackArgs(t, "quote", args, kw, "s", &s); err != nil {
			return lang.None, err
		}
		return lang.String(shlexQuote(s)), nil
	})
	m.SetFunc("join", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var items []lang.Value
		if err := lang.UnpackArgs(t, "join", args, kw, "split_command", &items); err != nil {
			return lang.None, err
		}
		parts := make([]string, len(items))
		for i, v := range items {
			s, ok := v.Str()
			if !ok {
				return lang.None, lang.NewError(lang.TypeErrorType, "expected string or bytes-like object, got '%s'", v.TypeName())
			}
			parts[i] = shlexQuote(s)
		}
		return lang.String(strings.Join(parts, " ")), nil
	})
	return m, nil
}

func shlexQuote(s string) string {
	if s == "" {
		return "''"
	}
	safe := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("_@%+=:,./-", c) >= 0) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'"'"'`) + "'"
}

// shlexSplit is shlex.split: CPython's shlex state machine with
// whitespace_split=True.
func shlexSplit(s string, comments, posix bool) ([]string, error) {
	const whitespace = " \t\r\n"
	quotes := `'"`
	commenters := ""
	if comments {
		commenters = "#"
	}
	in := []rune(s)
	pos := 0
	next := func() (rune, bool) {
		if pos >= len(in) {
			return 0, false
		}
		r := in[pos]
		pos++
		return r, true
	}
	skipLine := func() {
		for pos < len(in) {
			r := in[pos]
			pos++
			if r == '\n' {
				return
			}
		}
	}
	isIn := func(r rune, set string) bool { return strings.ContainsRune(set, r) }
	var out []string
	for {
		state := ' '
		var token []rune
		quoted := false
		escaped := ' '
		eof := false
	loop:
		for {
			c, ok := next()
			switch {
			case state == ' ':
				switch {
				case !ok:
					eof = true
					break loop
				case isIn(c, whitespace):
					if len(token) > 0 || (posix && quoted) {
						break loop
					}
				case isIn(c, commenters):
					skipLine()
				case posix && c == '\\':
					escaped = 'a'
					state = c
				case isIn(c, quotes):
					if !posix {
						token = append(token, c)
					}
					state = c
				default:
					token = append(token, c)
					state = 'a'
				}
			case isIn(state, quotes):
				quoted = true
				if !ok {
					return nil, lang.NewError(lang.ValueErrorType, "No closing quotation")
				}
				switch {
				case c == state:
					if !posix {
						token = append(token, c)
						state = ' '
						break loop
					}
					state = 'a'
				case posix && c == '\\' && state == '"':
					escaped = state
					state = c
				default:
					token = append(token, c)
				}
			case state == '\\':
				if !ok {
					return nil, lang.NewError(lang.ValueErrorType, "No escaped character")
				}
				if isIn(escaped, quotes) && c != state && c != escaped {
					token = append(token, state)
				}
				token = append(token, c)
				state = escaped
			default: // 'a'
				switch {
				case !ok:
					eof = true
					break loop
				case isIn(c, whitespace):
					state = ' '
					if len(token) > 0 || (posix && quoted) {
						break loop
					}
				case isIn(c, commenters):
					skipLine()
					if posix {
						state = ' '
						if len(token) > 0 || (posix && quoted) {
							break loop
						}
					}
				case posix && isIn(c, quotes):
					state = c
				case posix && c == '\\':
					escaped = 'a'
					state = c
				default:
					token = append(token, c)
				}
			}
		}
		if len(token) > 0 || (posix && quoted) || (!posix && len(token) > 0) {
			out = append(out, string(token))
		} else if eof {
			return out, nil
		}
		if eof {
			return out, nil
		}
	}
}
