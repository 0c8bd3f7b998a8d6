package syntax

import "strings"

// statement parses one statement (or one line of simple statements) and
// appends it to out.
func (p *parser) statement(out []Stmt) []Stmt {
	switch p.tok.kind {
	case IF:
		return append(out, p.ifStmt())
	case WHILE:
		return append(out, p.whileStmt())
	case FOR:
		return append(out, p.forStmt())
	case TRY:
		return append(out, p.tryStmt())
	case WITH:
		return append(out, p.withStmt())
	case DEF:
		return append(out, p.funcDef(nil))
	case CLASS:
		return append(out, p.classDef(nil))
	case AT:
		return append(out, p.decorated())
	case ASYNC:
		p.asyncError()
	case INDENT:
		p.errorAt(p.tok.pos, "unexpected indent")
	case OUTDENT:
		p.errorAt(p.tok.pos, "unexpected unindent")
	case IDENT:
		if p.tok.text == "match" {
			if s := p.matchStmt(); s != nil {
				return append(out, s)
			}
		}
	}
	return p.simpleStmts(out)
}

// simpleStmts parses simple statements separated by ';' up to NEWLINE.
func (p *parser) simpleStmts(out []Stmt) []Stmt {
	for {
		out = append(out, p.simpleStmt())
		if p.tok.kind != SEMI {
			break
		}
		p.advance()
		if p.tok.kind == NEWLINE {
			break
		}
	}
	p.expect(NEWLINE)
	return out
}

func (p *parser) simpleStmt() Stmt {
	pos := p.tok.pos
	switch p.tok.kind {
	case PASS:
		p.advance()
		return &Pass{PassPos: pos}
	case BREAK:
		if !p.inLoop {
			p.errorAt(pos, "'break' outside loop")
		}
		p.advance()
		return &Break{BreakPos: pos}
	case CONTINUE:
		if !p.inLoop {
			p.errorAt(pos, "'continue' not properly in loop")
		}
		p.advance()
		return &Continue{ContinuePos: pos}
	case RETURN:
		if p.scope != scopeFunc {
			p.errorAt(pos, "'return' outside function")
		}
		p.advance()
		s := &Return{ReturnPos: pos}
		if startsExpr(p.tok.kind) {
			s.Value = p.value(p.starExprs())
		}
		return s
	case RAISE:
		p.advance()
		s := &Raise{RaisePos: pos}
		if startsExpr(p.tok.kind) {
			s.Exc = p.expr()
			if p.tok.kind == FROM {
				p.advance()
				s.Cause = p.expr()
			}
		}
		return s
	case GLOBAL, NONLOCAL:
		kw := p.tok.kind
		p.advance()
		var names []string
		for {
			name, _ := p.ident()
			names = append(names, name)
			if p.tok.kind != COMMA {
				break
			}
			p.advance()
		}
		if kw == GLOBAL {
			return &Global{GlobalPos: pos, Names: names}
		}
		if p.scope == scopeModule {
			p.errorAt(pos, "nonlocal declaration not allowed at module level")
		}
		return &Nonlocal{NonlocalPos: pos, Names: names}
	case DEL:
		p.advance()
		s := &Del{DelPos: pos}
		for {
			x := p.binary(1)
			p.checkTarget(x, targetDel)
			s.Targets = append(s.Targets, x)
			if p.tok.kind != COMMA {
				break
			}
			p.advance()
			if !startsExpr(p.tok.kind) {
				break
			}
		}
		return s
	case ASSERT:
		p.advance()
		s := &Assert{AssertPos: pos, Test: p.expr()}
		if p.tok.kind == COMMA {
			p.advance()
			s.Msg = p.expr()
		}
		return s
	case IMPORT:
		return p.importStmt()
	case FROM:
		return p.fromImport()
	}
	return p.exprStmt()
}

// value checks that x, an expression used as a value, is not a lone
// starred expression.
func (p *parser) value(x Expr) Expr {
	if s, ok := x.(*Starred); ok {
		p.errorAt(s.StarPos, "can't use starred expression here")
	}
	return x
}

// rhs parses the right-hand side of an assignment.
func (p *parser) rhs() Expr {
	if p.tok.kind == YIELD {
		return p.yieldExpr()
	}
	return p.value(p.starExprs())
}

func (p *parser) exprStmt() Stmt {
	var x Expr
	if p.tok.kind == YIELD {
		x = p.yieldExpr()
	} else {
		x = p.starExprs()
	}
	switch k := p.tok.kind; {
	case k == ASSIGN:
		s := &Assign{Targets: []Expr{x}}
		for p.tok.kind == ASSIGN {
			s.EqPos = p.tok.pos
			p.advance()
			v := p.rhs()
			if p.tok.kind == ASSIGN {
				s.Targets = append(s.Targets, v)
			} else {
				s.Value = v
			}
		}
		if len(s.Targets) == 1 {
			p.checkSingleAssign(x)
		} else {
			for _, t := range s.Targets {
				p.checkTarget(t, targetAssign)
			}
		}
		return s
	case k >= ADD_EQ && k <= RSHIFT_EQ:
		p.checkTarget(x, targetAug)
		s := &AugAssign{Target: x, OpPos: p.tok.pos, Op: binaryOfAug(k)}
		p.advance()
		s.Value = p.rhs()
		return s
	case k == COLON:
		switch x.(type) {
		case *Name, *Attribute, *Subscript:
		case *Tuple:
			p.errorAt(x.Start(), "only single target (not tuple) can be annotated")
		case *List:
			p.errorAt(x.Start(), "only single target (not list) can be annotated")
		default:
			p.errorAt(x.Start(), "illegal target for annotation")
		}
		p.advance()
		s := &AnnAssign{Target: x, Annotation: p.expr()}
		if p.tok.kind == ASSIGN {
			p.advance()
			s.Value = p.rhs()
		}
		return s
	}
	if n, ok := x.(*Name); ok && n.Id == "print" && startsExpr(p.tok.kind) {
		p.errorAt(n.NamePos, "Missing parentheses in call to 'print'. Did you mean print(...)?")
	}
	return &ExprStmt{X: p.value(x)}
}

func (p *parser) importStmt() Stmt {
	s := &Import{ImportPos: p.tok.pos}
	p.advance()
	for {
		pos := p.tok.pos
		path := p.dottedName()
		n := ImportName{Path: path, Pos: pos}
		if p.tok.kind == AS {
			p.advance()
			n.As, _ = p.ident()
		}
		s.Names = append(s.Names, n)
		if p.tok.kind != COMMA {
			return s
		}
		p.advance()
	}
}

func (p *parser) dottedName() string {
	name, _ := p.ident()
	if p.tok.kind != DOT {
		return name
	}
	var b strings.Builder
	b.WriteString(name)
	for p.tok.kind == DOT {
		p.advance()
		part, _ := p.ident()
		b.WriteByte('.')
		b.WriteString(part)
	}
	return b.String()
}

func (p *parser) fromImport() Stmt {
	s := &ImportFrom{FromPos: p.tok.pos}
	p.advance()
	for p.tok.kind == DOT || p.tok.kind == ELLIPSIS {
		if p.tok.kind == DOT {
			s.Level++
		} else {
			s.Level += 3
		}
		p.advance()
	}
	if p.tok.kind != IMPORT || s.Level == 0 {
		s.Module = p.dottedName()
	}
	p.expect(IMPORT)
	if p.tok.kind == MUL {
		if p.scope != scopeModule {
			p.errorAt(p.tok.pos, "import * only allowed at module level")
		}
		s.Names = []ImportName{{Path: "*", Pos: p.tok.pos}}
		p.advance()
		return s
	}
	paren := p.tok.kind == LPAREN
	if paren {
		p.advance()
	}
	for {
		name, pos := p.ident()
		n := ImportName{Path: name, Pos: pos}
		if p.tok.kind == AS {
			p.advance()
			n.As, _ = p.ident()
		}
		s.Names = append(s.Names, n)
		if p.tok.kind != COMMA {
			break
		}
		p.advance()
		if paren && p.tok.kind == RPAREN {
			break
		}
		if !paren && p.tok.kind != IDENT {
			p.errorAt(p.prevPos, "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(RPAREN)
	}
	return s
}

// block parses the body of a compound statement after its ':'. what and
// line describe the statement for the "expected an indented block" error.
func (p *parser) block(what string, line int32) []Stmt {
	if p.tok.kind != NEWLINE {
		return p.simpleStmts(nil)
	}
	p.advance()
	if p.tok.kind != INDENT {
		pos := p.tok.pos
		if p.tok.kind == EOF || p.tok.kind == OUTDENT && int(pos.Line) > len(p.lines) {
			pos = p.prevPos
		}
		p.errorAt(pos, "expected an indented block after %s on line %d", what, line)
	}
	p.advance()
	var body []Stmt
	for p.tok.kind != OUTDENT && p.tok.kind != EOF {
		body = p.statement(body)
	}
	p.advance()
	return body
}

// loopBody parses a block with break and continue allowed.
func (p *parser) loopBody(what string, line int32) []Stmt {
	saved := p.inLoop
	p.inLoop = true
	body := p.block(what, line)
	p.inLoop = saved
	return body
}

// condition parses the condition of if, elif or while.
func (p *parser) condition() Expr {
	x := p.namedExpr()
	if p.tok.kind == ASSIGN {
		if _, ok := x.(*Name); ok {
			p.errorAt(x.Start(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		p.errorAt(x.Start(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprKind(x))
	}
	return x
}

// ifStmt parses if/elif/else; the elif chain is parsed iteratively.
func (p *parser) ifStmt() Stmt {
	var first, last *If
	what := "'if' statement"
	for {
		pos := p.tok.pos
		p.advance()
		s := &If{IfPos: pos, Cond: p.condition()}
		p.expectColon()
		s.Body = p.block(what, pos.Line)
		if first == nil {
			first = s
		} else {
			last.Else = []Stmt{s}
		}
		last = s
		if p.tok.kind != ELIF {
			break
		}
		what = "'elif' statement"
	}
	if p.tok.kind == ELSE {
		last.Else = p.elseBlock()
	}
	return first
}

func (p *parser) elseBlock() []Stmt {
	line := p.tok.pos.Line
	p.advance()
	p.expectColon()
	return p.block("'else' statement", line)
}

func (p *parser) whileStmt() Stmt {
	pos := p.tok.pos
	p.advance()
	s := &While{WhilePos: pos, Cond: p.condition()}
	p.expectColon()
	s.Body = p.loopBody("'while' statement", pos.Line)
	if p.tok.kind == ELSE {
		s.Else = p.elseBlock()
	}
	return s
}

func (p *parser) forStmt() Stmt {
	pos := p.tok.pos
	p.advance()
	s := &For{ForPos: pos, Target: p.targetList()}
	p.checkTarget(s.Target, targetAssign)
	p.expect(IN)
	s.Iter = p.value(p.starExprs())
	p.expectColon()
	s.Body = p.loopBody("'for' statement", pos.Line)
	if p.tok.kind == ELSE {
		s.Else = p.elseBlock()
	}
	return s
}

func (p *parser) tryStmt() Stmt {
	s := &Try{TryPos: p.tok.pos}
	p.advance()
	p.expectColon()
	s.Body = p.block("'try' statement", s.TryPos.Line)
	bare := Pos{}
	for p.tok.kind == EXCEPT {
		h := ExceptHandler{ExceptPos: p.tok.pos}
		if bare.IsValid() {
			p.errorAt(bare, "default 'except:' must be last")
		}
		p.advance()
		if p.tok.kind == MUL {
			p.errorAt(p.tok.pos, "except* is not supported")
		}
		if p.tok.kind == COLON {
			bare = h.ExceptPos
		} else {
			h.Type = p.expr()
			if p.tok.kind == COMMA {
				p.errorAt(h.Type.Start(), "multiple exception types must be parenthesized")
			}
			if p.tok.kind == AS {
				p.advance()
				h.Name, _ = p.ident()
			}
		}
		p.expectColon()
		h.Body = p.block("'except' statement", h.ExceptPos.Line)
		s.Handlers = append(s.Handlers, h)
	}
	if p.tok.kind == ELSE && len(s.Handlers) > 0 {
		s.Else = p.elseBlock()
	}
	if p.tok.kind == FINALLY {
		line := p.tok.pos.Line
		p.advance()
		p.expectColon()
		s.Finally = p.block("'finally' statement", line)
	}
	if len(s.Handlers) == 0 && s.Finally == nil {
		p.errorAt(p.tok.pos, "expected 'except' or 'finally' block")
	}
	return s
}

func (p *parser) withStmt() Stmt {
	s := &With{WithPos: p.tok.pos}
	p.advance()
	if p.tok.kind == LPAREN {
		// Parenthesised items, "with (a as b, c):", unless the parenthesis
		// belongs to the first expression.
		var items []WithItem
		if p.speculate(func() {
			p.advance()
			for {
				items = append(items, p.withItem())
				if p.tok.kind != COMMA {
					break
				}
				p.advance()
				if p.tok.kind == RPAREN {
					break
				}
			}
			p.expect(RPAREN)
			if p.tok.kind != COLON {
				p.syntaxError()
			}
		}) {
			s.Items = items
		}
	}
	if s.Items == nil {
		for {
			s.Items = append(s.Items, p.withItem())
			if p.tok.kind != COMMA {
				break
			}
			p.advance()
		}
	}
	p.expectColon()
	s.Body = p.block("'with' statement", s.WithPos.Line)
	return s
}

func (p *parser) withItem() WithItem {
	it := WithItem{Ctx: p.expr()}
	if p.tok.kind == AS {
		p.advance()
		it.Target = p.starTarget()
		p.checkTarget(it.Target, targetAssign)
	}
	return it
}

// decorated parses decorators and the def or class they decorate.
func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.tok.kind == AT {
		p.advance()
		decos = append(decos, p.namedExpr())
		p.expect(NEWLINE)
	}
	switch p.tok.kind {
	case DEF:
		return p.funcDef(decos)
	case CLASS:
		return p.classDef(decos)
	case ASYNC:
		p.asyncError()
	}
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(decos []Expr) Stmt {
	s := &FuncDef{DefPos: p.tok.pos, Decorators: decos}
	p.advance()
	s.Name, _ = p.ident()
	p.expect(LPAREN)
	s.Params = p.params(RPAREN, true)
	p.expect(RPAREN)
	if p.tok.kind == ARROW {
		p.advance()
		p.expr() // the return annotation is ignored
	}
	p.expectColon()
	savedScope, savedLoop, savedYields := p.scope, p.inLoop, len(p.yields)
	p.scope, p.inLoop = scopeFunc, false
	s.Body = p.block("function definition", s.DefPos.Line)
	p.scope, p.inLoop, p.yields = savedScope, savedLoop, p.yields[:savedYields]
	s.Doc = docstring(s.Body)
	return s
}

func (p *parser) classDef(decos []Expr) Stmt {
	s := &ClassDef{ClassPos: p.tok.pos, Decorators: decos}
	p.advance()
	s.Name, _ = p.ident()
	if p.tok.kind == LPAREN {
		lparen := p.tok.pos
		p.advance()
		for _, a := range p.callArgs(lparen) {
			switch a.Kind {
			case ArgPositional:
				s.Bases = append(s.Bases, a.Value)
			case ArgStar:
				s.Bases = append(s.Bases, &Starred{StarPos: a.Pos, X: a.Value})
			default:
				s.Keywords = append(s.Keywords, a)
			}
		}
	}
	p.expectColon()
	savedScope, savedLoop := p.scope, p.inLoop
	p.scope, p.inLoop = scopeClass, false
	s.Body = p.block("class definition", s.ClassPos.Line)
	p.scope, p.inLoop = savedScope, savedLoop
	s.Doc = docstring(s.Body)
	return s
}

// params parses a def or lambda parameter list up to end.
func (p *parser) params(end Token, annotations bool) []Param {
	var params []Param
	var starPos Pos // position of a bare or named *
	sawSlash, sawDefault, sawVarKw, bare := false, false, false, false
	for p.tok.kind != end {
		pos := p.tok.pos
		if sawVarKw {
			p.errorAt(pos, "arguments cannot follow var-keyword argument")
		}
		switch p.tok.kind {
		case DIV:
			switch {
			case sawSlash:
				p.errorAt(pos, "/ may appear only once")
			case starPos.IsValid():
				p.errorAt(pos, "/ must be ahead of *")
			case len(params) == 0:
				p.errorAt(pos, "at least one argument must precede /")
			}
			sawSlash = true
			for i := range params {
				params[i].Kind = ParamPosOnly
			}
			p.advance()
		case MUL:
			if starPos.IsValid() {
				p.errorAt(pos, "* argument may appear only once")
			}
			starPos = pos
			p.advance()
			if p.tok.kind == COMMA || p.tok.kind == end {
				bare = true
				break
			}
			name, _ := p.ident()
			p.annotation(annotations)
			if p.tok.kind == ASSIGN {
				p.errorAt(p.tok.pos, "var-positional argument cannot have default value")
			}
			params = append(params, Param{ParamPos: pos, Name: name, Kind: ParamVarArgs})
		case POW:
			p.advance()
			name, _ := p.ident()
			p.annotation(annotations)
			if p.tok.kind == ASSIGN {
				p.errorAt(p.tok.pos, "var-keyword argument cannot have default value")
			}
			params = append(params, Param{ParamPos: pos, Name: name, Kind: ParamVarKw})
			sawVarKw = true
		default:
			name, _ := p.ident()
			p.annotation(annotations)
			prm := Param{ParamPos: pos, Name: name}
			if starPos.IsValid() {
				prm.Kind = ParamKwOnly
				bare = false
			}
			if p.tok.kind == ASSIGN {
				p.advance()
				prm.Default = p.expr()
				sawDefault = true
			} else if sawDefault && !starPos.IsValid() {
				p.errorAt(pos, "parameter without a default follows parameter with a default")
			}
			params = append(params, prm)
		}
		if p.tok.kind != COMMA {
			break
		}
		p.advance()
	}
	if bare {
		p.errorAt(starPos, "named arguments must follow bare *")
	}
	p.checkDuplicateParams(params)
	return params
}

// annotation skips a parameter's ": T" annotation.
func (p *parser) annotation(allowed bool) {
	if allowed && p.tok.kind == COLON {
		p.advance()
		if p.tok.kind == MUL { // *args: *Ts
			p.advance()
		}
		p.expr()
	}
}

func (p *parser) checkDuplicateParams(params []Param) {
	if len(params) <= 16 {
		for i := 1; i < len(params); i++ {
			for j := 0; j < i; j++ {
				if params[i].Name == params[j].Name {
					p.errorAt(params[i].ParamPos, "duplicate argument '%s' in function definition", params[i].Name)
				}
			}
		}
		return
	}
	seen := make(map[string]bool, len(params))
	for _, prm := range params {
		if seen[prm.Name] {
			p.errorAt(prm.ParamPos, "duplicate argument '%s' in function definition", prm.Name)
		}
		seen[prm.Name] = true
	}
}
