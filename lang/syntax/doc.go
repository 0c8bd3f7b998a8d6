// Package syntax is the front end of the Scriptling interpreter: it turns
// source text into the syntax tree of ast.go.
//
// The scanner (scan.go, scan_string.go) produces tokens with 1-based line
// and byte-column positions, including INDENT/OUTDENT and NEWLINE tokens
// for Python's block structure. The parser (parse*.go) is a recursive-descent
// parser following Python 3's grammar and precedence; it also performs the
// checks CPython does while parsing or compiling that need no name
// resolution (assignment targets, `return` outside a function, `break`
// outside a loop, parameter order and duplicates, ...).
//
// Every error is an *Error; Parse stops at the first one. Parse never
// panics and bounds its recursion, so it is safe on hostile input.
//
// The package knows nothing about evaluation, name resolution or the
// runtime; it imports only the standard library.
package syntax

//go:generate go run mkunicodenames.go
