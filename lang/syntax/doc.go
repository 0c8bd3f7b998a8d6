// Package syntax is the front end of the Scriptling interpreter: it turns
// source text into the syntax tree of ast.go.
//
// The scanner (scan.go, scan_string.go) produces tokens with 1-based line
// and byte-column positions, including INDENT/OUTDENT and NEWLINE tokens
// for Python's block structure. The parser (parse*.go) is a recursive-descent
// parser following Python 3's grammar and precedence; it also performs the
// checks CPython does while parsing or compiling that need no name
// resolution (assignment targets, `return` outside a function, `break`
// outside a loop, parameter order and duplicates, unreachable match cases).
// Dump (dump.go) prints a tree for debugging and golden tests.
//
// Every error is an *Error; Parse stops at the first one. Parse never
// panics on any input and bounds its recursion (200 nested brackets, 100
// indentation levels, 1000 nested or chained expressions, 20 nested
// f-strings), so it is safe on hostile input.
//
// Where the language differs from Python 3 (see LANGUAGE.md):
//   - decimal ints may have leading zeros (007 == 7);
//   - keywords are accepted as attribute names after a dot (re.match is a
//     soft keyword anyway; obj.class is a Scriptling extension);
//   - complex literals, async/await and except* are rejected with a clear
//     message;
//   - \N{NAME} knows the names of a useful subset of Unicode (see
//     mkunicodenames.go), not all of it;
//   - identifiers follow Python's letter/digit classes but are not NFKC
//     normalised; a \uD800-style lone surrogate decodes to U+FFFD;
//   - `from m import *` is kept as an ImportName with Path "*".
//
// The start position of an expression is that of its first token inside
// any enclosing parentheses: in (a + b).c the Attribute starts at a.
//
// The package knows nothing about evaluation, name resolution or the
// runtime; it imports only the standard library.
package syntax

//go:generate go run mkunicodenames.go
