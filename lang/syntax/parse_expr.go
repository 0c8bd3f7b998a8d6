package syntax

// startsExpr reports whether a token can begin an expression.
func startsExpr(k Token) bool {
	switch k {
	case IDENT, INT, FLOAT, STRING, BYTES, FSTRING, NONE, TRUE, FALSE, ELLIPSIS,
		LPAREN, LBRACK, LBRACE, SUB, ADD, TILDE, NOT, LAMBDA, MUL, AWAIT:
		return true
	}
	return false
}

// starExprs parses expressions separated by commas, any of them starred; a
// comma makes a tuple (star_expressions in CPython's grammar).
func (p *parser) starExprs() Expr { return p.exprList(p.starExpr(), p.starExpr) }

// targetList parses assignment targets up to a non-comma (for `for` and
// comprehensions): CPython's star_targets, checked by the caller.
func (p *parser) targetList() Expr { return p.exprList(p.starTarget(), p.starTarget) }

// exprList parses the rest of a list that began with x: further elements,
// each parsed by elem, after commas, up to a token that cannot start one. A
// comma makes a tuple.
func (p *parser) exprList(x Expr, elem func() Expr) Expr {
	if p.tok.kind != COMMA {
		return x
	}
	t := &Tuple{TuplePos: x.Start(), Elts: []Expr{x}}
	for p.tok.kind == COMMA {
		p.advance()
		if !startsExpr(p.tok.kind) {
			break
		}
		t.Elts = append(t.Elts, elem())
	}
	return t
}

// starExpr parses *x or an expression.
func (p *parser) starExpr() Expr { return p.starred(p.expr) }

// starNamedExpr parses *x or a named expression (an element of a display).
func (p *parser) starNamedExpr() Expr { return p.starred(p.namedExpr) }

// starTarget parses *x or a bitwise-or expression (an assignment target).
func (p *parser) starTarget() Expr { return p.starred(func() Expr { return p.binary(1) }) }

// starred parses *x, where x is a bitwise-or expression, or else whatever
// other parses.
func (p *parser) starred(other func() Expr) Expr {
	if p.tok.kind == MUL {
		pos := p.tok.pos
		p.advance()
		return &Starred{StarPos: pos, X: p.binary(1)}
	}
	return other()
}

// namedExpr parses an expression or a walrus assignment.
func (p *parser) namedExpr() Expr {
	x := p.expr()
	if p.tok.kind != WALRUS {
		return x
	}
	name, ok := x.(*Name)
	if !ok {
		p.errorAt(x.Start(), "cannot use assignment expressions with %s", exprKind(x))
	}
	p.advance()
	return &NamedExpr{Target: name, Value: p.expr()}
}

// expr parses an expression: a lambda, a conditional expression or a
// disjunction.
func (p *parser) expr() Expr {
	p.enter()
	defer p.leave()
	if p.tok.kind == LAMBDA {
		return p.lambda()
	}
	x := p.disjunction()
	if p.tok.kind != IF {
		return x
	}
	p.advance()
	cond := p.disjunction()
	if p.tok.kind != ELSE {
		p.errorAt(x.Start(), "expected 'else' after 'if' expression")
	}
	p.advance()
	return &IfExp{Cond: cond, Then: x, Else: p.expr()}
}

func (p *parser) lambda() Expr {
	pos := p.tok.pos
	p.advance()
	x := &Lambda{LambdaPos: pos, Params: p.params(COLON, false)}
	p.expectColon()
	mark := len(p.yields)
	p.lambdas++
	x.Body = p.expr()
	p.lambdas--
	p.yields = p.yields[:mark]
	return x
}

func (p *parser) disjunction() Expr {
	x := p.conjunction()
	n := p.nest
	for p.tok.kind == OR {
		pos := p.tok.pos
		p.advance()
		p.enter()
		x = &Binary{OpPos: pos, Op: OR, X: x, Y: p.conjunction()}
	}
	p.nest = n
	return x
}

func (p *parser) conjunction() Expr {
	x := p.inversion()
	n := p.nest
	for p.tok.kind == AND {
		pos := p.tok.pos
		p.advance()
		p.enter()
		x = &Binary{OpPos: pos, Op: AND, X: x, Y: p.inversion()}
	}
	p.nest = n
	return x
}

func (p *parser) inversion() Expr {
	if p.tok.kind == NOT {
		pos := p.tok.pos
		p.advance()
		p.enter()
		x := p.inversion()
		p.leave()
		return &Unary{OpPos: pos, Op: NOT, X: x}
	}
	return p.comparison()
}

func (p *parser) comparison() Expr {
	x := p.binary(1)
	var c *Compare
	for {
		op, pos := p.tok.kind, p.tok.pos
		switch op {
		case LT, GT, LE, GE, EQ, NE, IN:
			p.advance()
		case NOT:
			p.advance()
			if p.tok.kind != IN {
				p.syntaxError()
			}
			p.advance()
			op = NOT_IN
		case IS:
			p.advance()
			if p.tok.kind == NOT {
				p.advance()
				op = IS_NOT
			}
		default:
			if c != nil {
				return c
			}
			return x
		}
		if c == nil {
			c = &Compare{X: x}
		}
		c.Ops = append(c.Ops, op)
		c.OpPos = append(c.OpPos, pos)
		c.Ys = append(c.Ys, p.binary(1))
	}
}

// binaryPrec returns the precedence of a binary operator, 0 for others.
func binaryPrec(k Token) int {
	switch k {
	case PIPE:
		return 1
	case CARET:
		return 2
	case AMP:
		return 3
	case LSHIFT, RSHIFT:
		return 4
	case ADD, SUB:
		return 5
	case MUL, DIV, FLOORDIV, MOD, AT:
		return 6
	}
	return 0
}

// binary parses binary operators of precedence at least min (1 parses a
// bitwise_or in CPython's grammar).
func (p *parser) binary(min int) Expr {
	x := p.factor()
	n := p.nest
	defer func() { p.nest = n }()
	for {
		prec := binaryPrec(p.tok.kind)
		if prec < min || prec == 0 {
			return x
		}
		op, pos := p.tok.kind, p.tok.pos
		p.advance()
		p.enter() // a long chain makes a deep tree
		x = &Binary{OpPos: pos, Op: op, X: x, Y: p.binary(prec + 1)}
	}
}

// factor parses unary -, + and ~, and what they apply to.
func (p *parser) factor() Expr {
	switch op := p.tok.kind; op {
	case SUB, ADD, TILDE:
		pos := p.tok.pos
		p.advance()
		p.enter()
		x := p.factor()
		p.leave()
		return &Unary{OpPos: pos, Op: op, X: x}
	}
	return p.power()
}

// power parses x ** y; the right side is a factor, so 2 ** -1 works and
// ** is right-associative.
func (p *parser) power() Expr {
	x := p.primary()
	if p.tok.kind == POW {
		pos := p.tok.pos
		p.advance()
		p.enter()
		y := p.factor()
		p.leave()
		return &Binary{OpPos: pos, Op: POW, X: x, Y: y}
	}
	return x
}

// primary parses an atom followed by attribute, call and subscript
// trailers.
func (p *parser) primary() Expr {
	x := p.atom()
	n := p.nest
	defer func() { p.nest = n }()
	for {
		if k := p.tok.kind; k == DOT || k == LPAREN || k == LBRACK {
			p.enter() // a long chain makes a deep tree
		}
		switch p.tok.kind {
		case DOT:
			p.advance()
			// Keywords are accepted as attribute names (obj.class), a
			// Scriptling extension where Python reports an error.
			if p.tok.kind != IDENT && !(p.tok.kind >= AND && p.tok.kind <= YIELD) {
				p.syntaxError()
			}
			x = &Attribute{X: x, Name: p.tok.text, NamePos: p.tok.pos}
			p.advance()
		case LPAREN:
			pos := p.tok.pos
			p.advance()
			x = &Call{Fn: x, Lparen: pos, Args: p.callArgs(pos)}
		case LBRACK:
			pos := p.tok.pos
			p.advance()
			x = &Subscript{X: x, Lbrack: pos, Index: p.subscript()}
			p.expect(RBRACK)
		default:
			return x
		}
	}
}

// callArgs parses call arguments after '(' and the closing ')'.
func (p *parser) callArgs(lparen Pos) []Arg {
	var args []Arg
	var keywords map[string]bool // names of keyword arguments, once there are many
	sawKeyword, sawDoubleStar := false, false
	for p.tok.kind != RPAREN {
		pos := p.tok.pos
		switch p.tok.kind {
		case MUL:
			if sawDoubleStar {
				p.errorAt(pos, "iterable argument unpacking follows keyword argument unpacking")
			}
			p.advance()
			args = append(args, Arg{Kind: ArgStar, Value: p.expr(), Pos: pos})
		case POW:
			p.advance()
			args = append(args, Arg{Kind: ArgDoubleStar, Value: p.expr(), Pos: pos})
			sawDoubleStar = true
		default:
			x := p.namedExpr()
			switch p.tok.kind {
			case ASSIGN:
				name, ok := x.(*Name)
				if !ok {
					p.errorAt(x.Start(), "expression cannot contain assignment, perhaps you meant \"==\"?")
				}
				if p.repeatedKeyword(args, &keywords, name.Id) {
					p.errorAt(pos, "keyword argument repeated: %s", name.Id)
				}
				p.advance()
				args = append(args, Arg{Kind: ArgKeyword, Name: name.Id, Value: p.expr(), Pos: pos})
				sawKeyword = true
				goto next
			case FOR:
				elt := x
				x = p.comprehension(CompGen, lparen, x, nil, len(p.yields))
				if len(args) > 0 || p.tok.kind != RPAREN {
					p.errorAt(elt.Start(), "Generator expression must be parenthesized")
				}
			}
			if sawDoubleStar {
				p.errorAt(pos, "positional argument follows keyword argument unpacking")
			}
			if sawKeyword {
				p.errorAt(pos, "positional argument follows keyword argument")
			}
			if s, ok := x.(*Starred); ok {
				p.errorAt(s.StarPos, "can't use starred expression here")
			}
			args = append(args, Arg{Kind: ArgPositional, Value: x, Pos: pos})
		}
	next:
		if p.tok.kind != COMMA {
			break
		}
		p.advance()
	}
	p.expect(RPAREN)
	return args
}

// repeatedKeyword reports whether args has a keyword argument called name.
// Past a few arguments it keeps the names in *seen, to stay linear.
func (p *parser) repeatedKeyword(args []Arg, seen *map[string]bool, name string) bool {
	if *seen == nil && len(args) < 16 {
		for _, a := range args {
			if a.Kind == ArgKeyword && a.Name == name {
				return true
			}
		}
		return false
	}
	if *seen == nil {
		*seen = make(map[string]bool)
		for _, a := range args {
			if a.Kind == ArgKeyword {
				(*seen)[a.Name] = true
			}
		}
	}
	if (*seen)[name] {
		return true
	}
	(*seen)[name] = true
	return false
}

// subscript parses the index of x[...]: one slice or expression, or
// several separated by commas (a tuple).
func (p *parser) subscript() Expr {
	x := p.sliceItem()
	if p.tok.kind != COMMA {
		if s, ok := x.(*Starred); ok {
			return &Tuple{TuplePos: s.StarPos, Elts: []Expr{x}}
		}
		return x
	}
	t := &Tuple{TuplePos: x.Start(), Elts: []Expr{x}}
	for p.tok.kind == COMMA {
		p.advance()
		if p.tok.kind == RBRACK {
			break
		}
		t.Elts = append(t.Elts, p.sliceItem())
	}
	return t
}

func (p *parser) sliceItem() Expr {
	pos := p.tok.pos
	var lo Expr
	if p.tok.kind != COLON {
		lo = p.starNamedExpr()
		if p.tok.kind != COLON {
			return lo
		}
		if _, ok := lo.(*Starred); ok {
			p.syntaxError()
		}
	}
	s := &Slice{SlicePos: pos, Lo: lo}
	p.advance()
	if p.tok.kind != COLON && p.tok.kind != RBRACK && p.tok.kind != COMMA {
		s.Hi = p.expr()
	}
	if p.tok.kind == COLON {
		p.advance()
		if p.tok.kind != RBRACK && p.tok.kind != COMMA {
			s.Step = p.expr()
		}
	}
	return s
}

// atom parses names, literals and displays.
func (p *parser) atom() Expr {
	pos := p.tok.pos
	switch p.tok.kind {
	case IDENT:
		x := &Name{NamePos: pos, Id: p.tok.text}
		p.advance()
		return x
	case INT, FLOAT:
		x := &Literal{LitPos: pos, Value: p.tok.val}
		p.advance()
		return x
	case STRING, BYTES, FSTRING:
		return p.strings()
	case NONE:
		p.advance()
		return &Literal{LitPos: pos}
	case TRUE, FALSE:
		v := p.tok.kind == TRUE
		p.advance()
		return &Literal{LitPos: pos, Value: v}
	case ELLIPSIS:
		p.advance()
		return &Literal{LitPos: pos, Value: EllipsisValue{}}
	case LPAREN:
		return p.parenAtom()
	case LBRACK:
		return p.listAtom()
	case LBRACE:
		return p.braceAtom()
	case ASYNC, AWAIT:
		p.asyncError()
	case MUL:
		p.errorAt(pos, "can't use starred expression here")
	}
	p.syntaxError()
	return nil
}

// parenAtom parses (), (x), (x, y), (yield x) and (x for ...).
func (p *parser) parenAtom() Expr {
	lparen := p.tok.pos
	mark := len(p.yields)
	p.advance()
	switch p.tok.kind {
	case RPAREN:
		p.advance()
		return &Tuple{TuplePos: lparen}
	case YIELD:
		x := p.yieldExpr()
		p.expect(RPAREN)
		return x
	}
	p.enter()
	defer p.leave()
	x := p.starNamedExpr()
	switch p.tok.kind {
	case FOR:
		x = p.comprehension(CompGen, lparen, x, nil, mark)
	case COMMA:
		t := &Tuple{TuplePos: lparen, Elts: []Expr{x}}
		for p.tok.kind == COMMA {
			p.advance()
			if p.tok.kind == RPAREN {
				break
			}
			t.Elts = append(t.Elts, p.starNamedExpr())
		}
		x = t
	default:
		if s, ok := x.(*Starred); ok {
			p.errorAt(s.StarPos, "cannot use starred expression here")
		}
	}
	p.expect(RPAREN)
	return x
}

func (p *parser) listAtom() Expr {
	lbrack := p.tok.pos
	mark := len(p.yields)
	p.advance()
	l := &List{Lbrack: lbrack}
	if p.tok.kind == RBRACK {
		p.advance()
		return l
	}
	p.enter()
	defer p.leave()
	x := p.starNamedExpr()
	if p.tok.kind == FOR {
		c := p.comprehension(CompList, lbrack, x, nil, mark)
		p.expect(RBRACK)
		return c
	}
	l.Elts = append(l.Elts, x)
	for p.tok.kind == COMMA {
		p.advance()
		if p.tok.kind == RBRACK {
			break
		}
		l.Elts = append(l.Elts, p.starNamedExpr())
	}
	p.expect(RBRACK)
	return l
}

// braceAtom parses dict and set displays and comprehensions.
func (p *parser) braceAtom() Expr {
	lbrace := p.tok.pos
	mark := len(p.yields)
	p.advance()
	if p.tok.kind == RBRACE {
		p.advance()
		return &Dict{Lbrace: lbrace}
	}
	p.enter()
	defer p.leave()
	var first Expr
	if p.tok.kind == POW {
		pos := p.tok.pos
		p.advance()
		v := p.binary(1)
		if p.tok.kind == FOR {
			p.errorAt(pos, "dict unpacking cannot be used in dict comprehension")
		}
		return p.dictRest(&Dict{Lbrace: lbrace, Keys: []Expr{nil}, Values: []Expr{v}})
	}
	first = p.starNamedExpr()
	if p.tok.kind == COLON {
		if s, ok := first.(*Starred); ok {
			p.errorAt(s.StarPos, "cannot use a starred expression in a dictionary key")
		}
		p.advance()
		v := p.expr()
		if p.tok.kind == FOR {
			c := p.comprehension(CompDict, lbrace, first, v, mark)
			p.expect(RBRACE)
			return c
		}
		return p.dictRest(&Dict{Lbrace: lbrace, Keys: []Expr{first}, Values: []Expr{v}})
	}
	if p.tok.kind == FOR {
		c := p.comprehension(CompSet, lbrace, first, nil, mark)
		p.expect(RBRACE)
		return c
	}
	s := &Set{Lbrace: lbrace, Elts: []Expr{first}}
	for p.tok.kind == COMMA {
		p.advance()
		if p.tok.kind == RBRACE {
			break
		}
		s.Elts = append(s.Elts, p.starNamedExpr())
	}
	p.expect(RBRACE)
	return s
}

// dictRest parses the entries of a dict display after the first.
func (p *parser) dictRest(d *Dict) Expr {
	for p.tok.kind == COMMA {
		p.advance()
		switch p.tok.kind {
		case RBRACE:
		case POW:
			p.advance()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.binary(1))
			continue
		default:
			k := p.expr()
			if p.tok.kind != COLON {
				p.errorAt(p.tok.pos, "':' expected after dictionary key")
			}
			p.advance()
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, p.expr())
			continue
		}
		break
	}
	if p.tok.kind == FOR {
		p.errorAt(p.tok.pos, "dict comprehension must have exactly one key: value pair")
	}
	p.expect(RBRACE)
	return d
}

var compNames = [...]string{CompList: "list comprehension", CompSet: "set comprehension",
	CompDict: "dict comprehension", CompGen: "generator expression"}

// comprehension parses the for/if clauses of a comprehension whose element
// (elt, and value for a dict) has been parsed. mark is the number of yield
// expressions seen before the element.
func (p *parser) comprehension(kind CompKind, pos Pos, elt, value Expr, mark int) *Comp {
	if s, ok := elt.(*Starred); ok {
		p.errorAt(s.StarPos, "iterable unpacking cannot be used in comprehension")
	}
	if len(p.yields) > mark {
		p.errorAt(p.yields[mark], "'yield' inside %s", compNames[kind])
	}
	c := &Comp{CompPos: pos, Kind: kind, Elt: elt, Value: value}
	iterMark := -1
	for p.tok.kind == FOR {
		cl := Comprehension{ForPos: p.tok.pos}
		p.advance()
		cl.Target = p.targetList()
		p.checkTarget(cl.Target, targetAssign)
		p.expect(IN)
		cl.Iter = p.disjunction()
		if iterMark < 0 {
			iterMark = len(p.yields) // the first iterable belongs to the enclosing scope
		}
		for p.tok.kind == IF {
			p.advance()
			cl.Ifs = append(cl.Ifs, p.disjunction())
		}
		c.Clauses = append(c.Clauses, cl)
	}
	if p.tok.kind == ASYNC {
		p.asyncError()
	}
	if len(p.yields) > iterMark {
		p.errorAt(p.yields[iterMark], "'yield' inside %s", compNames[kind])
	}
	return c
}

// yieldExpr parses yield, yield x, yield x, y and yield from x.
func (p *parser) yieldExpr() Expr {
	pos := p.tok.pos
	if p.scope != scopeFunc && p.lambdas == 0 {
		p.errorAt(pos, "'yield' outside function")
	}
	p.yields = append(p.yields, pos)
	p.advance()
	y := &Yield{YieldPos: pos}
	if p.tok.kind == FROM {
		p.advance()
		y.From = true
		y.X = p.expr()
	} else if startsExpr(p.tok.kind) {
		y.X = p.value(p.starExprs())
	}
	return y
}
