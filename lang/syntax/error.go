package syntax

import (
	"fmt"
	"strings"
)

// Error is a syntax error at a position in a file. Its Error method gives
// the one-line "file:line:col: message" form; Detail gives the Python-style
// multi-line form with the source line and a caret.
type Error struct {
	File string
	Pos  Pos
	Msg  string
	Line string // the source line, without its newline; may be ""
}

// Error implements error.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Col, e.Msg)
}

// Detail renders the error as Python does:
//
//	  File "f.py", line 3
//	    x = = 1
//	        ^
//	SyntaxError: invalid syntax
func (e *Error) Detail() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.File, e.Pos.Line)
	if e.Line != "" {
		trimmed := strings.TrimLeft(e.Line, " \t")
		indent := len(e.Line) - len(trimmed)
		fmt.Fprintf(&b, "    %s\n", trimmed)
		col := int(e.Pos.Col) - 1 - indent
		if col < 0 {
			col = 0
		}
		fmt.Fprintf(&b, "    %s^\n", strings.Repeat(" ", col))
	}
	fmt.Fprintf(&b, "%s: %s", e.TypeName(), e.Msg)
	return b.String()
}

// TypeName is the Python exception class of the error: IndentationError
// for errors in the indentation, else SyntaxError.
func (e *Error) TypeName() string {
	if e.Msg == "unexpected indent" || strings.HasPrefix(e.Msg, "expected an indented block") ||
		strings.HasPrefix(e.Msg, "unindent does not match") {
		return "IndentationError"
	}
	return "SyntaxError"
}
