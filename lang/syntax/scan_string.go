package syntax

import (
	"strings"
	"unicode/utf8"
)

// scanString scans a string, bytes or f-string literal whose prefix (of the
// given flags) has been consumed; s.off is at the opening quote. pos is the
// position of the prefix.
func (s *scanner) scanString(pos Pos, flags int) token {
	q := s.src[s.off]
	triple := s.peekAt(s.off+1) == q && s.peekAt(s.off+2) == q
	if triple {
		s.off += 3
	} else {
		s.off++
	}
	raw := flags&prefRaw != 0
	if flags&prefF != 0 {
		fs := s.scanFStringBody(pos, q, triple, raw, false)
		if s.err != nil {
			return s.errToken()
		}
		return token{kind: FSTRING, pos: pos, val: fs}
	}
	isBytes := flags&prefBytes != 0
	var buf []byte
	for {
		if s.off >= len(s.src) {
			return s.unterminated(pos, triple)
		}
		c := s.src[s.off]
		switch {
		case c == q:
			if !triple {
				s.off++
				return s.stringToken(pos, buf, isBytes)
			}
			if s.peekAt(s.off+1) == q && s.peekAt(s.off+2) == q {
				s.off += 3
				return s.stringToken(pos, buf, isBytes)
			}
			buf = append(buf, c)
			s.off++
		case c == '\n':
			if !triple {
				return s.unterminated(pos, triple)
			}
			buf = append(buf, c)
			s.off++
			s.newline()
		case c == '\\':
			if raw {
				buf = s.rawBackslash(buf, false)
			} else {
				var ok bool
				if buf, ok = s.escape(buf, isBytes); !ok {
					return s.errToken()
				}
			}
		case c == 0:
			return s.fail(s.pos(), "source code cannot contain null bytes")
		case c >= utf8.RuneSelf && isBytes:
			return s.fail(s.pos(), "bytes can only contain ASCII literal characters")
		default:
			buf = append(buf, c)
			s.off++
		}
	}
}

func (s *scanner) stringToken(pos Pos, buf []byte, isBytes bool) token {
	if isBytes {
		if buf == nil {
			buf = []byte{}
		}
		return token{kind: BYTES, pos: pos, val: buf}
	}
	return token{kind: STRING, pos: pos, val: string(buf)}
}

func (s *scanner) unterminated(pos Pos, triple bool) token {
	if triple {
		line := s.line
		if s.off >= len(s.src) && s.off == s.lineStart && line > 1 {
			line-- // the input ends with a newline: CPython counts the last line
		}
		return s.fail(pos, "unterminated triple-quoted string literal (detected at line %d)", line)
	}
	return s.fail(pos, "unterminated string literal (detected at line %d)", s.line)
}

// rawBackslash copies a backslash of a raw string and the character after
// it, which therefore cannot close the literal. In an f-string a following
// brace is left alone: it still opens or closes a field.
func (s *scanner) rawBackslash(buf []byte, fstr bool) []byte {
	buf = append(buf, '\\')
	s.off++
	if s.off >= len(s.src) {
		return buf
	}
	switch c := s.src[s.off]; c {
	case '\n':
		buf = append(buf, c)
		s.off++
		s.newline()
	case '{', '}':
		if !fstr {
			buf = append(buf, c)
			s.off++
		}
	case '\\', '\'', '"':
		buf = append(buf, c)
		s.off++
	}
	return buf
}

// escape decodes the escape sequence at s.off (a backslash) into buf. On
// error it records it and returns false.
func (s *scanner) escape(buf []byte, isBytes bool) ([]byte, bool) {
	pos := s.pos()
	s.off++
	if s.off >= len(s.src) {
		return buf, true // the caller reports the unterminated literal
	}
	c := s.src[s.off]
	s.off++
	switch c {
	case '\n':
		s.newline() // backslash-newline: both vanish
	case '\\', '\'', '"':
		buf = append(buf, c)
	case 'a', 'b', 'f', 'n', 'r', 't', 'v':
		buf = append(buf, "\a\b\f\n\r\t\v"[strings.IndexByte("abfnrtv", c)])
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c - '0')
		for i := 0; i < 2 && s.off < len(s.src) && s.src[s.off] >= '0' && s.src[s.off] <= '7'; i++ {
			v = v*8 + rune(s.src[s.off]-'0')
			s.off++
		}
		if isBytes {
			buf = append(buf, byte(v))
		} else {
			buf = utf8.AppendRune(buf, v)
		}
	case 'x':
		v, ok := s.hexDigits(2)
		if !ok {
			s.fail(pos, "(unicode error) truncated \\xXX escape")
			return buf, false
		}
		if isBytes {
			buf = append(buf, byte(v))
		} else {
			buf = utf8.AppendRune(buf, v)
		}
	case 'u', 'U', 'N':
		if isBytes {
			return append(buf, '\\', c), true
		}
		var v rune
		switch c {
		case 'u':
			var ok bool
			if v, ok = s.hexDigits(4); !ok {
				s.fail(pos, "(unicode error) truncated \\uXXXX escape")
				return buf, false
			}
		case 'U':
			var ok bool
			if v, ok = s.hexDigits(8); !ok {
				s.fail(pos, "(unicode error) truncated \\UXXXXXXXX escape")
				return buf, false
			}
			if v > utf8.MaxRune {
				s.fail(pos, "(unicode error) illegal Unicode character")
				return buf, false
			}
		case 'N':
			if v = s.charName(); v < 0 {
				s.fail(pos, "(unicode error) malformed \\N character escape or unknown Unicode character name")
				return buf, false
			}
		}
		buf = utf8.AppendRune(buf, v)
	default:
		// An unknown escape keeps its backslash; the character after it is
		// scanned normally.
		s.off--
		buf = append(buf, '\\')
	}
	return buf, true
}

// hexDigits reads exactly n hex digits.
func (s *scanner) hexDigits(n int) (rune, bool) {
	var v rune
	for i := 0; i < n; i++ {
		d := digitVal(s.peekAt(s.off))
		if d >= 16 {
			return 0, false
		}
		v = v*16 + rune(d)
		s.off++
	}
	return v, true
}

// charName reads {NAME} after \N and returns its code point, or -1.
func (s *scanner) charName() rune {
	if s.peekAt(s.off) != '{' {
		return -1
	}
	start := s.off + 1
	for i := start; i < len(s.src) && i-start < 100; i++ {
		switch s.src[i] {
		case '}':
			if i == start {
				return -1
			}
			s.off = i + 1
			return lookupUnicodeName(string(s.src[start:i]))
		case '\n', '"', '\'', '\\':
			return -1
		}
	}
	return -1
}

// scanFStringBody scans the text of an f-string after its opening quote,
// up to and including its closing quote; or, when spec is true, a format
// spec up to (not including) the '}' that ends it.
func (s *scanner) scanFStringBody(pos Pos, q byte, triple, raw, spec bool) *fstring {
	fs := new(fstring)
	var text []byte
	flush := func() {
		if len(text) > 0 {
			fs.parts = append(fs.parts, fpart{text: string(text)})
			text = text[:0]
		}
	}
	for s.err == nil {
		if s.off >= len(s.src) {
			if spec {
				s.fail(s.pos(), "f-string: expecting '}'")
			} else {
				s.unterminated(pos, triple)
			}
			return nil
		}
		c := s.src[s.off]
		switch {
		case c == q && (!triple || s.peekAt(s.off+1) == q && s.peekAt(s.off+2) == q):
			if spec {
				s.fail(s.pos(), "f-string: expecting '}'")
				return nil
			}
			if triple {
				s.off += 3
			} else {
				s.off++
			}
			flush()
			return fs
		case c == '\n':
			if !triple {
				if spec {
					s.fail(s.pos(), "f-string: newlines are not allowed in format specifiers for single quoted f-strings")
				} else {
					s.unterminated(pos, triple)
				}
				return nil
			}
			text = append(text, c)
			s.off++
			s.newline()
		case c == '\\':
			if raw {
				text = s.rawBackslash(text, true)
			} else if n := s.peekAt(s.off + 1); n == '{' || n == '}' {
				text = append(text, '\\')
				s.off++
			} else {
				text, _ = s.escape(text, false)
			}
		case c == '{':
			if !spec && s.peekAt(s.off+1) == '{' {
				text = append(text, '{')
				s.off += 2
				continue
			}
			flush()
			f := s.scanField(pos, q, triple, raw)
			if f == nil {
				return nil
			}
			fs.parts = append(fs.parts, fpart{field: f})
		case c == '}':
			if spec {
				flush()
				return fs
			}
			if s.peekAt(s.off+1) == '}' {
				text = append(text, '}')
				s.off += 2
				continue
			}
			s.fail(s.pos(), "f-string: single '}' is not allowed")
			return nil
		case c == 0:
			s.fail(s.pos(), "source code cannot contain null bytes")
			return nil
		default:
			text = append(text, c)
			s.off++
		}
	}
	return nil
}

// scanField scans a replacement field {expr[=][!c][:spec]} at s.off. The
// expression is scanned into tokens for the parser.
func (s *scanner) scanField(strPos Pos, q byte, triple, raw bool) *ffield {
	f := &ffield{lbrace: s.pos()}
	if s.fdepth >= maxFStrings {
		s.fail(f.lbrace, "f-string: expressions nested too deeply")
		return nil
	}
	s.fdepth++
	defer func() { s.fdepth-- }()
	s.off++
	exprStart := s.off
	base := len(s.brackets)
	for {
		s.skipFieldSpace(triple)
		if s.err != nil {
			return nil
		}
		if s.off >= len(s.src) {
			s.fail(f.lbrace, "f-string: expecting '}'")
			return nil
		}
		c := s.src[s.off]
		if len(s.brackets) == base {
			end := false
			switch c {
			case '}', ':':
				end = true
			case '!', '=':
				end = s.peekAt(s.off+1) != '='
			case ')', ']':
				s.fail(s.pos(), "f-string: unmatched '%c'", c)
				return nil
			}
			if end {
				break
			}
		}
		tok := s.scanToken()
		if s.err != nil {
			return nil
		}
		f.toks = append(f.toks, tok)
	}
	c := s.src[s.off]
	if len(f.toks) == 0 {
		s.fail(s.pos(), "f-string: valid expression required before '%c'", c)
		return nil
	}
	f.toks = append(f.toks, token{kind: EOF, pos: s.pos()})
	if c == '=' {
		s.off++
		for s.off < len(s.src) && (s.src[s.off] == ' ' || s.src[s.off] == '\t') {
			s.off++
		}
		f.debug = string(s.src[exprStart:s.off])
		c = s.peekAt(s.off)
	}
	if c == '!' {
		s.off++
		start := s.off
		for s.off < len(s.src) && isIdentASCII(s.src[s.off]) {
			s.off++
		}
		switch conv := string(s.src[start:s.off]); conv {
		case "r", "s", "a":
			f.conv = conv[0]
		case "":
			s.fail(s.pos(), "f-string: missing conversion character")
			return nil
		default:
			s.fail(s.posAt(start), "f-string: invalid conversion character '%s': expected 's', 'r', or 'a'", conv)
			return nil
		}
		c = s.peekAt(s.off)
	}
	if c == ':' {
		s.off++
		f.spec = s.scanFStringBody(strPos, q, triple, raw, true)
		if f.spec == nil {
			return nil
		}
		c = s.peekAt(s.off)
	}
	if c != '}' {
		s.fail(s.pos(), "f-string: expecting '}'")
		return nil
	}
	s.off++
	if f.debug != "" && f.conv == 0 && f.spec == nil {
		f.conv = 'r'
	}
	return f
}

// skipFieldSpace skips white space, newlines, comments and line
// continuations inside a replacement field.
func (s *scanner) skipFieldSpace(triple bool) {
	for s.off < len(s.src) {
		switch s.src[s.off] {
		case ' ', '\t', '\f':
			s.off++
		case '\n':
			s.off++
			s.newline()
		case '\\':
			if !s.continuation() {
				return
			}
		case '#':
			if !triple {
				s.fail(s.pos(), "f-string expression part cannot include '#'")
				return
			}
			s.skipComment()
		default:
			return
		}
	}
}
