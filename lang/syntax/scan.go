package syntax

import (
	"fmt"
	"math/big"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Limits that keep hostile input from exhausting the stack.
const (
	maxBrackets = 200 // nesting of (, [ and {, as CPython
	maxIndents  = 100 // indentation levels, as CPython
	maxFStrings = 20  // nesting of f-strings inside replacement fields
)

// A token is one lexical token.
type token struct {
	kind Token
	pos  Pos
	text string // the name for IDENT and keywords
	// val is the value of a literal: int64 or *big.Int (INT), float64
	// (FLOAT), string (STRING), []byte (BYTES), *fstring (FSTRING), or the
	// *Error for ILLEGAL.
	val any
}

// An fstring is a scanned f-string: literal text and replacement fields.
type fstring struct {
	parts []fpart
}

// An fpart is literal text (field == nil) or a replacement field.
type fpart struct {
	text  string
	field *ffield
}

// An ffield is one {expr!c:spec} of an f-string, with the expression still
// as tokens (terminated by EOF) for the parser.
type ffield struct {
	lbrace Pos
	toks   []token
	debug  string // source text of "expr=" for the {expr=} form
	conv   byte
	spec   *fstring
}

type indentLevel struct {
	col, alt int // column with tabs to multiples of 8, and counting a tab as 1
}

type bracket struct {
	c   byte
	pos Pos
}

// A scanner reads tokens from a source. The source must use "\n" line
// endings (Parse normalises them). After an error the scanner returns the
// same ILLEGAL token forever.
type scanner struct {
	file      string
	src       []byte
	lines     []string
	off       int
	line      int32
	lineStart int // offset of the first byte of the current line

	indents     []indentLevel
	brackets    []bracket
	atLineStart bool // no token yet on the current logical line
	dedents     int  // OUTDENT tokens still to return
	dedentPos   Pos
	fdepth      int // nesting of f-string replacement fields

	err   *Error
	names map[string]string // interned identifiers
}

func newScanner(file string, src []byte, lines []string) *scanner {
	s := &scanner{
		file:        file,
		src:         src,
		lines:       lines,
		line:        1,
		indents:     []indentLevel{{0, 0}},
		atLineStart: true,
		names:       make(map[string]string),
	}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		s.off = 3 // byte order mark
		s.lineStart = 3
	}
	return s
}

// scanState is a saved scanner position, for the parser's rare
// backtracking.
type scanState struct {
	s        scanner
	indents  []indentLevel
	brackets []bracket
}

func (s *scanner) save() scanState {
	return scanState{
		s:        *s,
		indents:  append([]indentLevel(nil), s.indents...),
		brackets: append([]bracket(nil), s.brackets...),
	}
}

func (s *scanner) restore(st scanState) {
	*s = st.s
	s.indents = st.indents
	s.brackets = st.brackets
}

// pos returns the position of the byte at s.off.
func (s *scanner) pos() Pos { return s.posAt(s.off) }

func (s *scanner) posAt(off int) Pos {
	return Pos{Line: s.line, Col: int32(off-s.lineStart) + 1}
}

// newline records that the byte before s.off was a "\n".
func (s *scanner) newline() {
	s.line++
	s.lineStart = s.off
}

func (s *scanner) peekAt(off int) byte {
	if off < len(s.src) {
		return s.src[off]
	}
	return 0
}

// errorf makes an *Error at pos.
func (s *scanner) errorf(pos Pos, format string, args ...any) *Error {
	e := &Error{File: s.file, Pos: pos, Msg: fmt.Sprintf(format, args...)}
	if pos.Line >= 1 && int(pos.Line) <= len(s.lines) {
		e.Line = s.lines[pos.Line-1]
	}
	return e
}

// fail records an error and returns the ILLEGAL token carrying it.
func (s *scanner) fail(pos Pos, format string, args ...any) token {
	if s.err == nil {
		s.err = s.errorf(pos, format, args...)
	}
	return s.errToken()
}

func (s *scanner) errToken() token {
	return token{kind: ILLEGAL, pos: s.err.Pos, val: s.err}
}

// next returns the next token.
func (s *scanner) next() token {
	if s.err != nil {
		return s.errToken()
	}
	tok := s.scan()
	if s.err != nil {
		return s.errToken()
	}
	return tok
}

func (s *scanner) scan() token {
	if s.dedents > 0 {
		s.dedents--
		return token{kind: OUTDENT, pos: s.dedentPos}
	}
	for {
		if s.atLineStart && len(s.brackets) == 0 {
			if tok, ok := s.indentation(); ok {
				return tok
			}
		}
		if s.off >= len(s.src) {
			return s.eof()
		}
		switch c := s.src[s.off]; c {
		case ' ', '\t', '\f':
			s.off++
		case '#':
			s.skipComment()
		case '\\':
			if !s.continuation() {
				return s.errToken()
			}
		case '\n':
			pos := s.pos()
			s.off++
			s.newline()
			if len(s.brackets) > 0 {
				continue
			}
			s.atLineStart = true
			return token{kind: NEWLINE, pos: pos}
		default:
			s.atLineStart = false
			return s.scanToken()
		}
	}
}

// eof returns the tokens due at the end of the input: a NEWLINE ending the
// last logical line, OUTDENTs closing open blocks, then EOF.
func (s *scanner) eof() token {
	pos := s.pos()
	if n := len(s.brackets); n > 0 {
		b := s.brackets[n-1]
		return s.fail(b.pos, "'%c' was never closed", b.c)
	}
	if !s.atLineStart {
		s.atLineStart = true
		return token{kind: NEWLINE, pos: pos}
	}
	if n := len(s.indents); n > 1 {
		s.indents = s.indents[:1]
		s.dedents = n - 2
		s.dedentPos = pos
		return token{kind: OUTDENT, pos: pos}
	}
	return token{kind: EOF, pos: pos}
}

func (s *scanner) skipComment() {
	for s.off < len(s.src) && s.src[s.off] != '\n' {
		s.off++
	}
}

// continuation consumes a backslash that joins two lines, or reports an
// error and returns false.
func (s *scanner) continuation() bool {
	pos := s.pos()
	switch s.peekAt(s.off + 1) {
	case '\n':
		s.off += 2
		s.newline()
		if s.off >= len(s.src) {
			s.fail(s.pos(), "unexpected EOF while parsing")
			return false
		}
		return true
	case 0:
		if s.off+1 >= len(s.src) {
			s.fail(pos, "unexpected EOF while parsing")
			return false
		}
	}
	s.fail(pos, "unexpected character after line continuation character")
	return false
}

// indentation measures the indentation of a new logical line, skipping
// blank and comment-only lines. It returns an INDENT or OUTDENT token if
// the level changes; ok is false if there is nothing to return (the level
// is unchanged, or the input ended).
func (s *scanner) indentation() (tok token, ok bool) {
	for {
		col, alt := 0, 0
	measure:
		for ; s.off < len(s.src); s.off++ {
			switch s.src[s.off] {
			case ' ':
				col++
				alt++
			case '\t':
				col = (col/8 + 1) * 8
				alt++
			case '\f':
				col, alt = 0, 0
			default:
				break measure
			}
		}
		if s.off >= len(s.src) {
			return token{}, false
		}
		switch s.src[s.off] {
		case '#':
			s.skipComment()
			continue
		case '\n':
			s.off++
			s.newline()
			continue
		}
		s.atLineStart = false
		pos := s.pos()
		cur := s.indents[len(s.indents)-1]
		switch {
		case col == cur.col:
			if alt != cur.alt {
				return s.fail(pos, "inconsistent use of tabs and spaces in indentation"), true
			}
			return token{}, false
		case col > cur.col:
			if alt <= cur.alt {
				return s.fail(pos, "inconsistent use of tabs and spaces in indentation"), true
			}
			if len(s.indents) >= maxIndents {
				return s.fail(pos, "too many levels of indentation"), true
			}
			s.indents = append(s.indents, indentLevel{col, alt})
			return token{kind: INDENT, pos: pos}, true
		default:
			n := 0
			for len(s.indents) > 1 && col < s.indents[len(s.indents)-1].col {
				s.indents = s.indents[:len(s.indents)-1]
				n++
			}
			top := s.indents[len(s.indents)-1]
			if col != top.col {
				return s.fail(pos, "unindent does not match any outer indentation level"), true
			}
			if alt != top.alt {
				return s.fail(pos, "inconsistent use of tabs and spaces in indentation"), true
			}
			s.dedents = n - 1
			s.dedentPos = pos
			return token{kind: OUTDENT, pos: pos}, true
		}
	}
}

// scanToken scans the token starting at s.off, which is not white space.
func (s *scanner) scanToken() token {
	pos := s.pos()
	c := s.src[s.off]
	switch {
	case c == '"' || c == '\'':
		return s.scanString(pos, 0)
	case isDigit(c) || c == '.' && isDigit(s.peekAt(s.off+1)):
		return s.scanNumber(pos)
	case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		if flags, n := s.stringPrefix(); n > 0 {
			s.off += n
			return s.scanString(pos, flags)
		}
		return s.scanIdent(pos)
	case c >= utf8.RuneSelf:
		return s.scanIdent(pos)
	case c == 0:
		return s.fail(pos, "source code cannot contain null bytes")
	}
	return s.scanOperator(pos)
}

// The string prefix flags.
const (
	prefRaw = 1 << iota
	prefBytes
	prefF
)

// stringPrefix reports whether s.off starts a string prefix followed by a
// quote, and if so returns its flags and length.
func (s *scanner) stringPrefix() (flags, n int) {
	for i := 0; i < 3; i++ {
		c := s.peekAt(s.off + i)
		switch c {
		case '"', '\'':
			if i == 0 {
				return 0, 0
			}
			return flags, i
		case 'r', 'R':
			if flags&prefRaw != 0 {
				return 0, 0
			}
			flags |= prefRaw
		case 'b', 'B':
			if flags&(prefBytes|prefF) != 0 {
				return 0, 0
			}
			flags |= prefBytes
		case 'f', 'F':
			if flags&(prefBytes|prefF) != 0 {
				return 0, 0
			}
			flags |= prefF
		case 'u', 'U':
			if i != 0 || !isQuote(s.peekAt(s.off+1)) {
				return 0, 0
			}
		default:
			return 0, 0
		}
	}
	return 0, 0
}

func isQuote(c byte) bool { return c == '"' || c == '\'' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIdentASCII(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isIdentStart reports whether r may start an identifier. Python uses
// XID_Start; the Go standard library's letter categories are close.
func isIdentStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) ||
		unicode.Is(unicode.Other_ID_Start, r)
}

// isIdentContinue reports whether r may continue an identifier.
func isIdentContinue(r rune) bool {
	return isIdentStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) ||
		unicode.Is(unicode.Other_ID_Continue, r)
}

func (s *scanner) scanIdent(pos Pos) token {
	start := s.off
	for s.off < len(s.src) {
		c := s.src[s.off]
		if c < utf8.RuneSelf {
			if !isIdentASCII(c) {
				break
			}
			s.off++
			continue
		}
		r, size := utf8.DecodeRune(s.src[s.off:])
		if !isIdentContinue(r) || s.off == start && !isIdentStart(r) {
			p := s.pos()
			if !unicode.IsPrint(r) {
				return s.fail(p, "invalid non-printable character U+%04X", r)
			}
			return s.fail(p, "invalid character '%c' (U+%04X)", r, r)
		}
		s.off += size
	}
	b := s.src[start:s.off]
	if kw := keyword(b); kw != ILLEGAL {
		return token{kind: kw, pos: pos, text: tokenNames[kw]}
	}
	name, ok := s.names[string(b)]
	if !ok {
		name = string(b)
		s.names[name] = name
	}
	return token{kind: IDENT, pos: pos, text: name}
}

// keyword returns the token of a hard keyword, or ILLEGAL.
func keyword(b []byte) Token {
	if len(b) < 2 || len(b) > 8 || b[0] < 'A' || b[0] > 'y' {
		return ILLEGAL
	}
	// Keywords are consecutive tokens from AND to YIELD; their spellings
	// are in tokenNames.
	for k := AND; k <= YIELD; k++ {
		if name := tokenNames[k]; len(name) == len(b) && name[0] == b[0] && name == string(b) {
			return k
		}
	}
	return ILLEGAL
}

// scanOperator scans punctuation and operators, tracking brackets.
func (s *scanner) scanOperator(pos Pos) token {
	c := s.src[s.off]
	c1 := s.peekAt(s.off + 1)
	c2 := s.peekAt(s.off + 2)
	kind, n := ILLEGAL, 1
	switch c {
	case '(', '[', '{':
		if len(s.brackets) >= maxBrackets {
			return s.fail(pos, "too many nested parentheses")
		}
		s.brackets = append(s.brackets, bracket{c, pos})
		kind = punct(c)
	case ')', ']', '}':
		if len(s.brackets) == 0 {
			return s.fail(pos, "unmatched '%c'", c)
		}
		open := s.brackets[len(s.brackets)-1]
		if want := closerOf(open.c); c != want {
			if open.pos.Line != pos.Line {
				return s.fail(pos, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.c, open.pos.Line)
			}
			return s.fail(pos, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.c)
		}
		s.brackets = s.brackets[:len(s.brackets)-1]
		kind = punct(c)
	case ',', ';', '~':
		kind = punct(c)
	case '.':
		kind = DOT
		if c1 == '.' && c2 == '.' {
			kind, n = ELLIPSIS, 3
		}
	case ':':
		kind = COLON
		if c1 == '=' {
			kind, n = WALRUS, 2
		}
	case '=':
		kind = ASSIGN
		if c1 == '=' {
			kind, n = EQ, 2
		}
	case '!':
		if c1 == '=' {
			kind, n = NE, 2
		}
	case '-':
		kind = SUB
		if c1 == '=' {
			kind, n = SUB_EQ, 2
		} else if c1 == '>' {
			kind, n = ARROW, 2
		}
	case '+', '%', '@', '&', '|', '^':
		kind = punct(c)
		if c1 == '=' {
			kind, n = augOf(kind), 2
		}
	case '*', '/', '<', '>':
		// *, **, *=, **=, /, //, /=, //=, <, <<, <=, <<=, >, >>, >=, >>=
		single := punct(c)
		var double Token
		switch c {
		case '*':
			double = POW
		case '/':
			double = FLOORDIV
		case '<':
			double = LSHIFT
		default:
			double = RSHIFT
		}
		switch {
		case c1 == c && c2 == '=':
			kind, n = augOf(double), 3
		case c1 == c:
			kind, n = double, 2
		case c1 == '=' && c == '<':
			kind, n = LE, 2
		case c1 == '=' && c == '>':
			kind, n = GE, 2
		case c1 == '=':
			kind, n = augOf(single), 2
		default:
			kind = single
		}
	}
	if kind == ILLEGAL {
		if c == '!' || c == '$' || c == '?' || c == '`' {
			return s.fail(pos, "invalid syntax")
		}
		if c < ' ' || c == 0x7f {
			return s.fail(pos, "invalid non-printable character U+%04X", c)
		}
		return s.fail(pos, "invalid character '%c' (U+%04X)", c, c)
	}
	s.off += n
	return token{kind: kind, pos: pos}
}

// punct returns the token of a one-byte operator.
func punct(c byte) Token {
	switch c {
	case '(':
		return LPAREN
	case ')':
		return RPAREN
	case '[':
		return LBRACK
	case ']':
		return RBRACK
	case '{':
		return LBRACE
	case '}':
		return RBRACE
	case ',':
		return COMMA
	case ';':
		return SEMI
	case '~':
		return TILDE
	case '+':
		return ADD
	case '%':
		return MOD
	case '@':
		return AT
	case '&':
		return AMP
	case '|':
		return PIPE
	case '^':
		return CARET
	case '*':
		return MUL
	case '/':
		return DIV
	case '<':
		return LT
	case '>':
		return GT
	}
	return ILLEGAL
}

func closerOf(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// augOf returns the augmented-assignment token for a binary operator.
func augOf(op Token) Token {
	switch op {
	case ADD:
		return ADD_EQ
	case SUB:
		return SUB_EQ
	case MUL:
		return MUL_EQ
	case DIV:
		return DIV_EQ
	case FLOORDIV:
		return FLOORDIV_EQ
	case MOD:
		return MOD_EQ
	case POW:
		return POW_EQ
	case AT:
		return AT_EQ
	case AMP:
		return AMP_EQ
	case PIPE:
		return PIPE_EQ
	case CARET:
		return CARET_EQ
	case LSHIFT:
		return LSHIFT_EQ
	case RSHIFT:
		return RSHIFT_EQ
	}
	return ILLEGAL
}

// binaryOfAug returns the binary operator of an augmented assignment.
func binaryOfAug(aug Token) Token {
	for op := ADD; op <= RSHIFT; op++ {
		if augOf(op) == aug {
			return op
		}
	}
	return ILLEGAL
}

// scanNumber scans an int or float literal.
func (s *scanner) scanNumber(pos Pos) token {
	start := s.off
	if s.src[s.off] == '0' {
		base, what := 0, ""
		switch s.peekAt(s.off + 1) {
		case 'x', 'X':
			base, what = 16, "hexadecimal"
		case 'o', 'O':
			base, what = 8, "octal"
		case 'b', 'B':
			base, what = 2, "binary"
		}
		if base != 0 {
			return s.scanBasedInt(pos, base, what)
		}
	}
	isFloat := false
	if s.src[s.off] != '.' {
		if !s.digitPart() {
			return s.fail(s.pos(), "invalid decimal literal")
		}
	}
	if s.peekAt(s.off) == '.' {
		isFloat = true
		s.off++
		if isDigit(s.peekAt(s.off)) && !s.digitPart() {
			return s.fail(s.pos(), "invalid decimal literal")
		}
	}
	if c := s.peekAt(s.off); c == 'e' || c == 'E' {
		d := s.off + 1
		if c := s.peekAt(d); c == '+' || c == '-' {
			d++
		}
		if isDigit(s.peekAt(d)) {
			isFloat = true
			s.off = d
			if !s.digitPart() {
				return s.fail(s.pos(), "invalid decimal literal")
			}
		}
	}
	if c := s.peekAt(s.off); c == 'j' || c == 'J' {
		return s.fail(pos, "complex numbers are not supported")
	}
	if !s.numberEnd() {
		return s.fail(s.pos(), "invalid decimal literal")
	}
	text := removeUnderscores(s.src[start:s.off])
	if isFloat {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && f == 0 && !isRangeErr(err) {
			return s.fail(pos, "invalid float literal")
		}
		return token{kind: FLOAT, pos: pos, val: f}
	}
	return s.intToken(pos, text, 10)
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// digitPart scans digit (["_"] digit)*; it reports false for a misplaced
// underscore.
func (s *scanner) digitPart() bool {
	for {
		for isDigit(s.peekAt(s.off)) {
			s.off++
		}
		if s.peekAt(s.off) != '_' {
			return true
		}
		if !isDigit(s.peekAt(s.off + 1)) {
			return false
		}
		s.off++
	}
}

// numberEnd reports whether the byte after a number may follow it: not a
// letter, digit or underscore, unless it starts one of the keywords CPython
// tolerates there ("1if x else 2").
func (s *scanner) numberEnd() bool {
	c := s.peekAt(s.off)
	if c < utf8.RuneSelf && !isIdentASCII(c) {
		return true
	}
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRune(s.src[s.off:])
		return !isIdentContinue(r)
	}
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if len(s.src)-s.off >= len(kw) && string(s.src[s.off:s.off+len(kw)]) == kw {
			return true
		}
	}
	return false
}

func (s *scanner) scanBasedInt(pos Pos, base int, what string) token {
	s.off += 2
	start := s.off
	for {
		c := s.peekAt(s.off)
		if c == '_' {
			s.off++
			c = s.peekAt(s.off)
			if digitVal(c) >= base {
				return s.fail(s.pos(), "invalid %s literal", what)
			}
		}
		d := digitVal(c)
		if d >= base {
			if d < 10 && base < 10 {
				return s.fail(s.pos(), "invalid digit '%c' in %s literal", c, what)
			}
			break
		}
		s.off++
	}
	if s.off == start || !s.numberEnd() {
		return s.fail(s.pos(), "invalid %s literal", what)
	}
	return s.intToken(pos, removeUnderscores(s.src[start:s.off]), base)
}

// digitVal returns the value of a hex digit, or 99.
func digitVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}

func removeUnderscores(b []byte) string {
	for _, c := range b {
		if c == '_' {
			out := make([]byte, 0, len(b))
			for _, c := range b {
				if c != '_' {
					out = append(out, c)
				}
			}
			return string(out)
		}
	}
	return string(b)
}

// intToken makes an INT token from digits in base; values beyond int64
// become *big.Int.
func (s *scanner) intToken(pos Pos, digits string, base int) token {
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return token{kind: INT, pos: pos, val: v}
	}
	z, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return s.fail(pos, "invalid integer literal")
	}
	return token{kind: INT, pos: pos, val: z}
}
