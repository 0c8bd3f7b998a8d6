package syntax

// Pos is a position in a source file: 1-based line and column (in bytes).
// The zero Pos means "unknown".
type Pos struct {
	Line int32
	Col  int32
}

// IsValid reports whether p names a real position.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Node is any syntax tree node.
type Node interface {
	// Start returns the position of the first character of the node.
	Start() Pos
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// File is a parsed source file.
type File struct {
	Name  string // file name used in error messages and tracebacks
	Stmts []Stmt
	Lines []string // source lines, for tracebacks and carets
}

// ---- expressions ----

// Name is an identifier reference.
type Name struct {
	NamePos Pos
	Id      string
}

// Literal is a constant: None, True, False, an int, a float, a str or a
// bytes literal, or the ellipsis `...`. Value holds nil, bool, int64,
// *big.Int (only for ints that do not fit in int64), float64, string,
// []byte or EllipsisValue.
type Literal struct {
	LitPos Pos
	Value  any
}

// EllipsisValue is the Value of the Literal `...`.
type EllipsisValue struct{}

// FString is an f-string; adjacent plain string literals are folded in.
type FString struct {
	FPos  Pos
	Parts []FStringPart
}

// FStringPart is either literal text (Expr == nil) or a replacement field.
type FStringPart struct {
	Text       string   // literal text, when Expr is nil
	Expr       Expr     // the replacement expression
	Debug      string   // for {x=}: the source text "x=" (with its spacing) to print first
	Conversion byte     // 0, 'r', 's' or 'a'
	Spec       *FString // format spec; may itself hold replacement fields; nil if none
}

// Unary is a prefix operator: -x, +x, ~x, not x.
type Unary struct {
	OpPos Pos
	Op    Token // SUB, ADD, TILDE, NOT
	X     Expr
}

// Binary is an infix arithmetic/bitwise operator, or `and`/`or`.
type Binary struct {
	OpPos Pos
	Op    Token // ADD SUB MUL DIV FLOORDIV MOD POW LSHIFT RSHIFT AMP PIPE CARET AT AND OR
	X, Y  Expr
}

// Compare is a (possibly chained) comparison: X Ops[0] Ys[0] Ops[1] Ys[1] ...
type Compare struct {
	X   Expr
	Ops []Token // LT GT LE GE EQ NE IN NOT_IN IS IS_NOT
	Ys  []Expr
	// OpPos holds the position of each operator.
	OpPos []Pos
}

// Arg is one argument of a call.
type Arg struct {
	Kind  ArgKind
	Name  string // keyword name for ArgKeyword
	Value Expr
	Pos   Pos
}

// ArgKind says what sort of argument an Arg is.
type ArgKind uint8

// The kinds of call arguments.
const (
	ArgPositional ArgKind = iota // f(x)
	ArgStar                      // f(*xs)
	ArgKeyword                   // f(k=x)
	ArgDoubleStar                // f(**kw)
)

// Call is a function call.
type Call struct {
	Fn     Expr
	Lparen Pos
	Args   []Arg
}

// Attribute is X.Name.
type Attribute struct {
	X       Expr
	Name    string
	NamePos Pos
}

// Subscript is X[Index]. Index may be a *Slice, or a *Tuple holding slices.
type Subscript struct {
	X      Expr
	Lbrack Pos
	Index  Expr
}

// Slice is lo:hi:step inside a subscript; any part may be nil.
type Slice struct {
	SlicePos     Pos
	Lo, Hi, Step Expr
}

// List is a list display [a, b, *c].
type List struct {
	Lbrack Pos
	Elts   []Expr
}

// Tuple is a tuple display, with or without parentheses.
type Tuple struct {
	TuplePos Pos
	Elts     []Expr
}

// Set is a set display {a, b, *c}.
type Set struct {
	Lbrace Pos
	Elts   []Expr
}

// Dict is a dict display. A nil key means the value is a **mapping to merge.
type Dict struct {
	Lbrace Pos
	Keys   []Expr
	Values []Expr
}

// Starred is *X in a display, call, or assignment target.
type Starred struct {
	StarPos Pos
	X       Expr
}

// Comprehension is one `for Target in Iter if Ifs...` clause.
type Comprehension struct {
	ForPos Pos
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// Comp is a list, set, dict comprehension or generator expression.
type Comp struct {
	CompPos Pos
	Kind    CompKind
	Elt     Expr // element; the key for a dict comprehension
	Value   Expr // value for a dict comprehension
	Clauses []Comprehension
}

// CompKind says which comprehension a Comp is.
type CompKind uint8

// The kinds of comprehension.
const (
	CompList CompKind = iota
	CompSet
	CompDict
	CompGen
)

// Lambda is a lambda expression.
type Lambda struct {
	LambdaPos Pos
	Params    []Param
	Body      Expr
}

// IfExp is Then if Cond else Else.
type IfExp struct {
	Cond, Then, Else Expr
}

// NamedExpr is the walrus Target := Value.
type NamedExpr struct {
	Target *Name
	Value  Expr
}

// Yield is a `yield X` or `yield from X` expression. X may be nil.
type Yield struct {
	YieldPos Pos
	X        Expr
	From     bool
}

func (x *Name) Start() Pos      { return x.NamePos }
func (x *Literal) Start() Pos   { return x.LitPos }
func (x *FString) Start() Pos   { return x.FPos }
func (x *Unary) Start() Pos     { return x.OpPos }
func (x *Binary) Start() Pos    { return x.X.Start() }
func (x *Compare) Start() Pos   { return x.X.Start() }
func (x *Call) Start() Pos      { return x.Fn.Start() }
func (x *Attribute) Start() Pos { return x.X.Start() }
func (x *Subscript) Start() Pos { return x.X.Start() }
func (x *Slice) Start() Pos     { return x.SlicePos }
func (x *List) Start() Pos      { return x.Lbrack }
func (x *Tuple) Start() Pos     { return x.TuplePos }
func (x *Set) Start() Pos       { return x.Lbrace }
func (x *Dict) Start() Pos      { return x.Lbrace }
func (x *Starred) Start() Pos   { return x.StarPos }
func (x *Comp) Start() Pos      { return x.CompPos }
func (x *Lambda) Start() Pos    { return x.LambdaPos }
func (x *IfExp) Start() Pos     { return x.Then.Start() }
func (x *NamedExpr) Start() Pos { return x.Target.NamePos }
func (x *Yield) Start() Pos     { return x.YieldPos }

func (*Name) exprNode()      {}
func (*Literal) exprNode()   {}
func (*FString) exprNode()   {}
func (*Unary) exprNode()     {}
func (*Binary) exprNode()    {}
func (*Compare) exprNode()   {}
func (*Call) exprNode()      {}
func (*Attribute) exprNode() {}
func (*Subscript) exprNode() {}
func (*Slice) exprNode()     {}
func (*List) exprNode()      {}
func (*Tuple) exprNode()     {}
func (*Set) exprNode()       {}
func (*Dict) exprNode()      {}
func (*Starred) exprNode()   {}
func (*Comp) exprNode()      {}
func (*Lambda) exprNode()    {}
func (*IfExp) exprNode()     {}
func (*NamedExpr) exprNode() {}
func (*Yield) exprNode()     {}

// ---- function parameters ----

// Param is one parameter of a def or lambda.
type Param struct {
	ParamPos Pos
	Name     string
	Kind     ParamKind
	Default  Expr // nil if none
}

// ParamKind says how a parameter binds arguments.
type ParamKind uint8

// The kinds of parameter. Parameters appear in the order
// positional-only, normal, *args, keyword-only, **kwargs.
const (
	ParamNormal  ParamKind = iota // may be passed by position or keyword
	ParamPosOnly                  // before a `/` marker
	ParamVarArgs                  // *args
	ParamKwOnly                   // after * or *args
	ParamVarKw                    // **kwargs
)

// ---- statements ----

// ExprStmt is an expression evaluated for its effect.
type ExprStmt struct {
	X Expr
}

// Assign is Targets[0] = Targets[1] = ... = Value.
type Assign struct {
	Targets []Expr
	Value   Expr
	EqPos   Pos
}

// AugAssign is Target op= Value.
type AugAssign struct {
	Target Expr
	OpPos  Pos
	Op     Token // the binary operator (ADD for +=, ...)
	Value  Expr
}

// AnnAssign is Target: Annotation [= Value]; the annotation is ignored.
type AnnAssign struct {
	Target     Expr
	Annotation Expr
	Value      Expr // may be nil
}

// If is if/elif/else; elif chains are nested Ifs in Else.
type If struct {
	IfPos Pos
	Cond  Expr
	Body  []Stmt
	Else  []Stmt
}

// While is a while loop with an optional else block.
type While struct {
	WhilePos Pos
	Cond     Expr
	Body     []Stmt
	Else     []Stmt
}

// For is a for loop with an optional else block.
type For struct {
	ForPos Pos
	Target Expr
	Iter   Expr
	Body   []Stmt
	Else   []Stmt
}

// Break is a break statement.
type Break struct{ BreakPos Pos }

// Continue is a continue statement.
type Continue struct{ ContinuePos Pos }

// Pass is a pass statement.
type Pass struct{ PassPos Pos }

// Return is a return statement; Value may be nil.
type Return struct {
	ReturnPos Pos
	Value     Expr
}

// FuncDef is a def statement.
type FuncDef struct {
	DefPos     Pos
	Name       string
	Params     []Param
	Body       []Stmt
	Decorators []Expr
	Doc        string // docstring, if the body starts with one
}

// ClassDef is a class statement.
type ClassDef struct {
	ClassPos   Pos
	Name       string
	Bases      []Expr
	Keywords   []Arg // e.g. metaclass=...; parsed, currently rejected by the compiler
	Body       []Stmt
	Decorators []Expr
	Doc        string
}

// ExceptHandler is one except clause; Type nil means a bare except.
type ExceptHandler struct {
	ExceptPos Pos
	Type      Expr
	Name      string // "" if no `as`
	Body      []Stmt
}

// Try is try/except/else/finally.
type Try struct {
	TryPos   Pos
	Body     []Stmt
	Handlers []ExceptHandler
	Else     []Stmt
	Finally  []Stmt
}

// Raise is raise [Exc [from Cause]].
type Raise struct {
	RaisePos Pos
	Exc      Expr
	Cause    Expr
}

// WithItem is one `ctx [as target]` of a with statement.
type WithItem struct {
	Ctx    Expr
	Target Expr // may be nil
}

// With is a with statement.
type With struct {
	WithPos Pos
	Items   []WithItem
	Body    []Stmt
}

// Assert is assert Test [, Msg].
type Assert struct {
	AssertPos Pos
	Test      Expr
	Msg       Expr
}

// Del is del target, ...
type Del struct {
	DelPos  Pos
	Targets []Expr
}

// Global is global a, b.
type Global struct {
	GlobalPos Pos
	Names     []string
}

// Nonlocal is nonlocal a, b.
type Nonlocal struct {
	NonlocalPos Pos
	Names       []string
}

// ImportName is one `dotted.name [as alias]` of an import statement.
type ImportName struct {
	Path string // dotted module path, e.g. "a.b.c"
	As   string // "" if no alias
	Pos  Pos
}

// Import is import a.b [as c], d.
type Import struct {
	ImportPos Pos
	Names     []ImportName
}

// ImportFrom is from [.]*module import a [as b], ...
type ImportFrom struct {
	FromPos Pos
	Level   int          // number of leading dots
	Module  string       // dotted path after the dots; may be "" when Level > 0
	Names   []ImportName // Path holds the imported name (no dots)
}

// Match is a match statement.
type Match struct {
	MatchPos Pos
	Subject  Expr
	Cases    []MatchCase
}

// MatchCase is one case block.
type MatchCase struct {
	CasePos Pos
	Pattern Pattern
	Guard   Expr // may be nil
	Body    []Stmt
}

func (s *ExprStmt) Start() Pos   { return s.X.Start() }
func (s *Assign) Start() Pos     { return s.Targets[0].Start() }
func (s *AugAssign) Start() Pos  { return s.Target.Start() }
func (s *AnnAssign) Start() Pos  { return s.Target.Start() }
func (s *If) Start() Pos         { return s.IfPos }
func (s *While) Start() Pos      { return s.WhilePos }
func (s *For) Start() Pos        { return s.ForPos }
func (s *Break) Start() Pos      { return s.BreakPos }
func (s *Continue) Start() Pos   { return s.ContinuePos }
func (s *Pass) Start() Pos       { return s.PassPos }
func (s *Return) Start() Pos     { return s.ReturnPos }
func (s *FuncDef) Start() Pos    { return s.DefPos }
func (s *ClassDef) Start() Pos   { return s.ClassPos }
func (s *Try) Start() Pos        { return s.TryPos }
func (s *Raise) Start() Pos      { return s.RaisePos }
func (s *With) Start() Pos       { return s.WithPos }
func (s *Assert) Start() Pos     { return s.AssertPos }
func (s *Del) Start() Pos        { return s.DelPos }
func (s *Global) Start() Pos     { return s.GlobalPos }
func (s *Nonlocal) Start() Pos   { return s.NonlocalPos }
func (s *Import) Start() Pos     { return s.ImportPos }
func (s *ImportFrom) Start() Pos { return s.FromPos }
func (s *Match) Start() Pos      { return s.MatchPos }

func (*ExprStmt) stmtNode()   {}
func (*Assign) stmtNode()     {}
func (*AugAssign) stmtNode()  {}
func (*AnnAssign) stmtNode()  {}
func (*If) stmtNode()         {}
func (*While) stmtNode()      {}
func (*For) stmtNode()        {}
func (*Break) stmtNode()      {}
func (*Continue) stmtNode()   {}
func (*Pass) stmtNode()       {}
func (*Return) stmtNode()     {}
func (*FuncDef) stmtNode()    {}
func (*ClassDef) stmtNode()   {}
func (*Try) stmtNode()        {}
func (*Raise) stmtNode()      {}
func (*With) stmtNode()       {}
func (*Assert) stmtNode()     {}
func (*Del) stmtNode()        {}
func (*Global) stmtNode()     {}
func (*Nonlocal) stmtNode()   {}
func (*Import) stmtNode()     {}
func (*ImportFrom) stmtNode() {}
func (*Match) stmtNode()      {}

// ---- match patterns ----

// Pattern is a match/case pattern.
type Pattern interface {
	Node
	patternNode()
}

// MatchValue matches by equality: a literal (possibly negative or complex
// arithmetic of literals like -1) or a dotted name such as Color.RED.
type MatchValue struct {
	Value Expr
}

// MatchSingleton matches None, True or False by identity.
type MatchSingleton struct {
	LitPos Pos
	Value  any // nil, true or false
}

// MatchCapture binds the subject to Name; Name "_" is the wildcard.
type MatchCapture struct {
	NamePos Pos
	Name    string
}

// MatchStar is *name (or *_) inside a sequence pattern.
type MatchStar struct {
	StarPos Pos
	Name    string // "_" for *_
}

// MatchSequence is [p, q, *rest] or (p, q).
type MatchSequence struct {
	SeqPos   Pos
	Patterns []Pattern
}

// MatchMapping is {key: pattern, ..., **rest}.
type MatchMapping struct {
	Lbrace   Pos
	Keys     []Expr // literals or dotted names
	Patterns []Pattern
	Rest     string // "" if no **rest
}

// MatchClass is Cls(p, q, attr=r).
type MatchClass struct {
	Cls        Expr // a name or dotted name
	Patterns   []Pattern
	KwNames    []string
	KwPatterns []Pattern
}

// MatchOr is p | q | r.
type MatchOr struct {
	Alts []Pattern
}

// MatchAs is `pattern as name`.
type MatchAs struct {
	Pattern Pattern
	Name    string
	NamePos Pos
}

func (p *MatchValue) Start() Pos     { return p.Value.Start() }
func (p *MatchSingleton) Start() Pos { return p.LitPos }
func (p *MatchCapture) Start() Pos   { return p.NamePos }
func (p *MatchStar) Start() Pos      { return p.StarPos }
func (p *MatchSequence) Start() Pos  { return p.SeqPos }
func (p *MatchMapping) Start() Pos   { return p.Lbrace }
func (p *MatchClass) Start() Pos     { return p.Cls.Start() }
func (p *MatchOr) Start() Pos        { return p.Alts[0].Start() }
func (p *MatchAs) Start() Pos        { return p.Pattern.Start() }

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchCapture) patternNode()   {}
func (*MatchStar) patternNode()      {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchOr) patternNode()        {}
func (*MatchAs) patternNode()        {}
