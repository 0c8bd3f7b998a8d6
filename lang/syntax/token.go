package syntax

// Token is a lexical token kind. Operators in the AST are Tokens.
type Token uint8

// The tokens.
const (
	ILLEGAL Token = iota
	EOF
	NEWLINE
	INDENT
	OUTDENT

	// literals and names
	IDENT
	INT
	FLOAT
	STRING  // a plain, raw or triple-quoted string literal
	BYTES   // b"..." literal
	FSTRING // an f-string literal

	// operators and punctuation
	ADD         // +
	SUB         // -
	MUL         // *
	DIV         // /
	FLOORDIV    // //
	MOD         // %
	POW         // **
	AT          // @
	AMP         // &
	PIPE        // |
	CARET       // ^
	TILDE       // ~
	LSHIFT      // <<
	RSHIFT      // >>
	LT          // <
	GT          // >
	LE          // <=
	GE          // >=
	EQ          // ==
	NE          // !=
	ASSIGN      // =
	WALRUS      // :=
	ARROW       // ->
	DOT         // .
	COMMA       // ,
	COLON       // :
	SEMI        // ;
	LPAREN      // (
	RPAREN      // )
	LBRACK      // [
	RBRACK      // ]
	LBRACE      // {
	RBRACE      // }
	ELLIPSIS    // ...
	ADD_EQ      // +=
	SUB_EQ      // -=
	MUL_EQ      // *=
	DIV_EQ      // /=
	FLOORDIV_EQ // //=
	MOD_EQ      // %=
	POW_EQ      // **=
	AT_EQ       // @=
	AMP_EQ      // &=
	PIPE_EQ     // |=
	CARET_EQ    // ^=
	LSHIFT_EQ   // <<=
	RSHIFT_EQ   // >>=

	// keywords
	AND
	AS
	ASSERT
	ASYNC
	AWAIT
	BREAK
	CLASS
	CONTINUE
	DEF
	DEL
	ELIF
	ELSE
	EXCEPT
	FALSE
	FINALLY
	FOR
	FROM
	GLOBAL
	IF
	IMPORT
	IN
	IS
	LAMBDA
	NONE
	NONLOCAL
	NOT
	OR
	PASS
	RAISE
	RETURN
	TRUE
	TRY
	WHILE
	WITH
	YIELD

	// compound comparison operators, produced by the parser
	NOT_IN // not in
	IS_NOT // is not
)

var tokenNames = [...]string{
	ILLEGAL: "illegal token", EOF: "end of file", NEWLINE: "newline",
	INDENT: "indent", OUTDENT: "dedent", IDENT: "identifier", INT: "int literal",
	FLOAT: "float literal", STRING: "string literal", BYTES: "bytes literal",
	FSTRING: "f-string",
	ADD:     "+", SUB: "-", MUL: "*", DIV: "/", FLOORDIV: "//", MOD: "%", POW: "**",
	AT: "@", AMP: "&", PIPE: "|", CARET: "^", TILDE: "~", LSHIFT: "<<",
	RSHIFT: ">>", LT: "<", GT: ">", LE: "<=", GE: ">=", EQ: "==", NE: "!=",
	ASSIGN: "=", WALRUS: ":=", ARROW: "->", DOT: ".", COMMA: ",", COLON: ":",
	SEMI: ";", LPAREN: "(", RPAREN: ")", LBRACK: "[", RBRACK: "]", LBRACE: "{",
	RBRACE: "}", ELLIPSIS: "...", ADD_EQ: "+=", SUB_EQ: "-=", MUL_EQ: "*=",
	DIV_EQ: "/=", FLOORDIV_EQ: "//=", MOD_EQ: "%=", POW_EQ: "**=", AT_EQ: "@=",
	AMP_EQ: "&=", PIPE_EQ: "|=", CARET_EQ: "^=", LSHIFT_EQ: "<<=",
	RSHIFT_EQ: ">>=",
	AND:       "and", AS: "as", ASSERT: "assert", ASYNC: "async", AWAIT: "await",
	BREAK: "break", CLASS: "class", CONTINUE: "continue", DEF: "def",
	DEL: "del", ELIF: "elif", ELSE: "else", EXCEPT: "except", FALSE: "False",
	FINALLY: "finally", FOR: "for", FROM: "from", GLOBAL: "global", IF: "if",
	IMPORT: "import", IN: "in", IS: "is", LAMBDA: "lambda", NONE: "None",
	NONLOCAL: "nonlocal", NOT: "not", OR: "or", PASS: "pass", RAISE: "raise",
	RETURN: "return", TRUE: "True", TRY: "try", WHILE: "while", WITH: "with",
	YIELD: "yield", NOT_IN: "not in", IS_NOT: "is not",
}

// String returns the token's source spelling or a description.
func (t Token) String() string {
	if int(t) < len(tokenNames) && tokenNames[t] != "" {
		return tokenNames[t]
	}
	return "token(?)"
}
