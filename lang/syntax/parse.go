package syntax

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxNesting bounds the recursion of the expression parser.
const maxNesting = 1000

// Parse parses a Scriptling source file. The result's Lines holds the
// source lines. On failure it returns the first syntax error, always an
// *Error.
func Parse(filename string, src []byte) (*File, error) {
	src = normalizeNewlines(src)
	lines := splitLines(string(src))
	if !utf8.Valid(src) {
		return nil, invalidUTF8(filename, src, lines)
	}
	p := &parser{sc: newScanner(filename, src, lines), file: filename, lines: lines}
	f := &File{Name: filename, Lines: lines}
	if err := p.run(func() {
		p.advance()
		for p.tok.kind != EOF {
			f.Stmts = p.statement(f.Stmts)
		}
	}); err != nil {
		return nil, err
	}
	return f, nil
}

// normalizeNewlines turns "\r\n" and "\r" line ends into "\n", copying src
// only if needed.
func normalizeNewlines(src []byte) []byte {
	if bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
		}
		out = append(out, c)
	}
	return out
}

func splitLines(text string) []string {
	lines := strings.Split(text, "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	return lines
}

func invalidUTF8(filename string, src []byte, lines []string) *Error {
	line, col := 1, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			e := &Error{File: filename, Pos: Pos{int32(line), int32(col)},
				Msg: fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x", src[i])}
			if line <= len(lines) {
				e.Line = lines[line-1]
			}
			return e
		}
		if src[i] == '\n' {
			line, col = line+1, 1
		} else {
			col += size
		}
		i += size
	}
	return nil
}

// bailout is the panic value that unwinds the parser after an error.
type bailout struct{}

// scope says what kind of body the parser is in.
type scope uint8

const (
	scopeModule scope = iota
	scopeClass
	scopeFunc
)

type parser struct {
	sc      *scanner
	file    string
	lines   []string
	tok     token // current token
	prev    Token // kind of the previous token
	prevPos Pos

	sub  []token // tokens of the f-string field being parsed, if any
	subI int
	fstr int // depth of f-string fields being parsed

	nest        int   // expression nesting depth
	speculating int   // depth of speculative parses, whose errors are discarded
	scope       scope // innermost def/class/module body
	lambdas     int   // depth of lambda bodies
	inLoop      bool  // directly inside a loop body (not crossing def/class)
	yields      []Pos // yield expressions seen, for the comprehension check

	err *Error
}

// run calls f, turning a bailout into the recorded error.
func (p *parser) run(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			err = p.err
		}
	}()
	f()
	return nil
}

// parserState is a saved position for backtracking.
type parserState struct {
	sc      scanState
	tok     token
	prev    Token
	prevPos Pos
	nest    int
	yields  int
}

func (p *parser) save() parserState {
	return parserState{p.sc.save(), p.tok, p.prev, p.prevPos, p.nest, len(p.yields)}
}

func (p *parser) restore(st parserState) {
	p.sc.restore(st.sc)
	p.tok, p.prev, p.prevPos, p.nest = st.tok, st.prev, st.prevPos, st.nest
	p.yields = p.yields[:st.yields]
	p.err = nil
}

// speculate runs f; if it fails, it restores the parser and reports false.
// It is used only outside f-string fields.
func (p *parser) speculate(f func()) bool {
	st := p.save()
	p.speculating++
	err := p.run(f)
	p.speculating--
	if err != nil {
		p.restore(st)
		return false
	}
	return true
}

// advance moves to the next token.
func (p *parser) advance() {
	p.prev, p.prevPos = p.tok.kind, p.tok.pos
	if p.sub != nil {
		p.tok = p.sub[p.subI]
		if p.subI < len(p.sub)-1 {
			p.subI++
		}
		return
	}
	p.tok = p.sc.next()
	if p.tok.kind == ILLEGAL {
		p.err = p.tok.val.(*Error)
		panic(bailout{})
	}
}

// errorAt reports an error at pos and unwinds.
func (p *parser) errorAt(pos Pos, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if p.fstr > 0 && !strings.HasPrefix(msg, "f-string") {
		msg = "f-string: " + msg
	}
	p.err = p.sc.errorf(pos, "%s", msg)
	panic(bailout{})
}

// syntaxError reports the generic "invalid syntax" at the current token.
// As CPython does, it first scans the rest of the input: an error found
// there (an unclosed bracket, an unterminated string) is more helpful and
// wins.
func (p *parser) syntaxError() {
	if p.speculating > 0 {
		p.err = &Error{Msg: "invalid syntax"} // discarded by speculate
		panic(bailout{})
	}
	comma := p.forgotComma()
	if p.sub == nil {
		for {
			t := p.sc.next()
			if t.kind == ILLEGAL {
				p.err = t.val.(*Error)
				panic(bailout{})
			}
			if t.kind == EOF {
				break
			}
		}
	}
	if comma {
		p.errorAt(p.prevPos, "invalid syntax. Perhaps you forgot a comma?")
	}
	p.errorAt(p.tok.pos, "invalid syntax")
}

// forgotComma reports whether the current error looks like two expressions
// side by side inside brackets.
func (p *parser) forgotComma() bool {
	depth := len(p.sc.brackets)
	if p.sub != nil {
		depth = 1
	}
	if p.tok.kind == LBRACE {
		depth--
	}
	if depth <= 0 {
		return false
	}
	switch p.prev {
	case IDENT, INT, FLOAT, STRING, BYTES, FSTRING, RPAREN, RBRACK, RBRACE, NONE, TRUE, FALSE, ELLIPSIS:
	default:
		return false
	}
	switch p.tok.kind {
	case IDENT, INT, FLOAT, STRING, BYTES, FSTRING, NONE, TRUE, FALSE, LBRACE, ELLIPSIS, LAMBDA, TILDE:
		return true
	}
	return false
}

func (p *parser) expect(k Token) Pos {
	if p.tok.kind != k {
		p.syntaxError()
	}
	pos := p.tok.pos
	p.advance()
	return pos
}

// expectColon expects the ':' of a compound statement header.
func (p *parser) expectColon() {
	if p.tok.kind != COLON {
		if p.tok.kind == NEWLINE {
			p.errorAt(p.tok.pos, "expected ':'")
		}
		p.syntaxError()
	}
	p.advance()
}

// ident expects an identifier and returns it.
func (p *parser) ident() (string, Pos) {
	if p.tok.kind != IDENT {
		if p.tok.kind == ASYNC || p.tok.kind == AWAIT {
			p.asyncError()
		}
		p.syntaxError()
	}
	name, pos := p.tok.text, p.tok.pos
	p.advance()
	return name, pos
}

func (p *parser) asyncError() {
	p.errorAt(p.tok.pos, "async/await is not supported")
}

// enter and leave bound the parser's recursion.
func (p *parser) enter() {
	p.nest++
	if p.nest > maxNesting {
		p.errorAt(p.tok.pos, "too many nested expressions")
	}
}

func (p *parser) leave() { p.nest-- }

// docstring returns the text of a leading string statement.
func docstring(body []Stmt) string {
	if len(body) > 0 {
		if es, ok := body[0].(*ExprStmt); ok {
			if lit, ok := es.X.(*Literal); ok {
				if s, ok := lit.Value.(string); ok {
					return s
				}
			}
		}
	}
	return ""
}
