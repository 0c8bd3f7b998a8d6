package compile

import (
	"github.com/wasmling/wasmling/lang/syntax"
)

func binaryOp(t syntax.Token) int {
	switch t {
	case syntax.ADD:
		return OpAdd
	case syntax.SUB:
		return OpSub
	case syntax.MUL:
		return OpMul
	case syntax.DIV:
		return OpDiv
	case syntax.FLOORDIV:
		return OpFloorDiv
	case syntax.MOD:
		return OpMod
	case syntax.POW:
		return OpPow
	case syntax.AT:
		return OpMatMul
	case syntax.LSHIFT:
		return OpLShift
	case syntax.RSHIFT:
		return OpRShift
	case syntax.AMP:
		return OpAnd
	case syntax.PIPE:
		return OpOr
	case syntax.CARET:
		return OpXor
	}
	panic("compile: not a binary operator: " + t.String())
}

func compareOp(t syntax.Token) int {
	switch t {
	case syntax.LT:
		return CmpLT
	case syntax.LE:
		return CmpLE
	case syntax.EQ:
		return CmpEQ
	case syntax.NE:
		return CmpNE
	case syntax.GT:
		return CmpGT
	case syntax.GE:
		return CmpGE
	}
	return -1
}

// cmp emits one comparison operator.
func (c *compiler) cmp(t syntax.Token) {
	switch t {
	case syntax.IN:
		c.emitB(IN, 0)
	case syntax.NOT_IN:
		c.emitB(IN, 1)
	case syntax.IS:
		c.emitB(IS, 0)
	case syntax.IS_NOT:
		c.emitB(IS, 1)
	default:
		c.emitB(COMPARE, compareOp(t))
	}
}

func (c *compiler) expr(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.Name:
		c.setPos(x.NamePos)
		c.name(x.Id, ctxLoad)
	case *syntax.Literal:
		c.setPos(x.LitPos)
		c.loadConst(x.Value)
	case *syntax.FString:
		c.fstring(x)
	case *syntax.Unary:
		if lit, ok := x.X.(*syntax.Literal); ok && x.Op == syntax.SUB {
			if v, ok := negateLiteral(lit.Value); ok {
				c.setPos(x.OpPos)
				c.loadConst(v)
				return
			}
		}
		c.expr(x.X)
		c.setPos(x.OpPos)
		switch x.Op {
		case syntax.SUB:
			c.emitB(UNARY, OpNeg)
		case syntax.ADD:
			c.emitB(UNARY, OpPos)
		case syntax.TILDE:
			c.emitB(UNARY, OpInvert)
		case syntax.NOT:
			c.emit(NOT)
		}
	case *syntax.Binary:
		switch x.Op {
		case syntax.AND, syntax.OR:
			end := c.newLabel()
			c.expr(x.X)
			if x.Op == syntax.AND {
				c.jump(JUMP_IF_FALSE_OR_POP, end)
			} else {
				c.jump(JUMP_IF_TRUE_OR_POP, end)
			}
			c.expr(x.Y)
			c.bind(end)
		default:
			c.expr(x.X)
			c.expr(x.Y)
			c.setPos(x.OpPos)
			c.emitB(BINARY, binaryOp(x.Op))
		}
	case *syntax.Compare:
		c.compare(x)
	case *syntax.Call:
		c.call(x)
	case *syntax.Attribute:
		c.attr(x, LOAD_ATTR)
	case *syntax.Subscript:
		c.item(x, SUBSCR)
	case *syntax.Slice:
		c.errorf(x.SlicePos, "invalid syntax: slice outside of a subscript")
	case *syntax.List:
		c.display(x.Elts, x.Lbrack, BUILD_LIST)
	case *syntax.Tuple:
		c.display(x.Elts, x.TuplePos, BUILD_TUPLE)
	case *syntax.Set:
		c.display(x.Elts, x.Lbrace, BUILD_SET)
	case *syntax.Dict:
		c.dict(x)
	case *syntax.Starred:
		c.errorf(x.StarPos, "can't use starred expression here")
	case *syntax.Comp:
		c.comprehension(x)
	case *syntax.Lambda:
		c.makeFunction(x, "<lambda>", x.Params, x.LambdaPos, func() {
			c.expr(x.Body)
			c.emit(RETURN)
		}, "")
	case *syntax.IfExp:
		els, end := c.newLabel(), c.newLabel()
		c.jumpIf(x.Cond, false, els)
		c.expr(x.Then)
		c.jump(JUMP, end)
		c.bind(els)
		c.expr(x.Else)
		c.bind(end)
	case *syntax.NamedExpr:
		c.expr(x.Value)
		c.emit(DUP)
		c.setPos(x.Target.NamePos)
		c.name(x.Target.Id, ctxStore)
	case *syntax.Yield:
		c.yield(x)
	default:
		c.errorf(e.Start(), "unsupported expression")
	}
}

func negateLiteral(v any) (any, bool) {
	switch x := v.(type) {
	case int64:
		if x != -x || x == 0 {
			return -x, true
		}
	case float64:
		return -x, true
	}
	return nil, false
}

func (c *compiler) yield(x *syntax.Yield) {
	if c.unit.code.Flags&FlagGenerator == 0 {
		c.errorf(x.YieldPos, "'yield' outside function")
	}
	if x.From {
		c.expr(x.X)
		c.setPos(x.YieldPos)
		c.emit(GET_YIELD_FROM_ITER)
		c.emit(LOAD_NONE)
		top, end := c.newLabel(), c.newLabel()
		c.bind(top)
		c.jump(SEND, end) // it r
		c.emit(YIELD)     // it sent
		c.jump(JUMP, top)
		c.bind(end) // value
		return
	}
	if x.X != nil {
		c.expr(x.X)
	} else {
		c.emit(LOAD_NONE)
	}
	c.setPos(x.YieldPos)
	c.emit(YIELD)
}

// compare compiles a possibly chained comparison.
func (c *compiler) compare(x *syntax.Compare) {
	c.expr(x.X)
	if len(x.Ops) == 1 {
		c.expr(x.Ys[0])
		c.setPos(x.OpPos[0])
		c.cmp(x.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i, op := range x.Ops {
		c.expr(x.Ys[i])
		if i < len(x.Ops)-1 {
			c.emit(DUP)
			c.emit(ROT3)
			c.setPos(x.OpPos[i])
			c.cmp(op)
			c.jump(JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			c.setPos(x.OpPos[i])
			c.cmp(op)
		}
	}
	c.jump(JUMP, end)
	c.bind(cleanup)
	c.emit(ROT2)
	c.emit(POP)
	c.bind(end)
}

// jumpIf emits a jump to target taken when e's truth equals cond,
// short-circuiting `and`, `or` and `not` without materialising bools.
func (c *compiler) jumpIf(e syntax.Expr, cond bool, target label) {
	switch x := e.(type) {
	case *syntax.Unary:
		if x.Op == syntax.NOT {
			c.jumpIf(x.X, !cond, target)
			return
		}
	case *syntax.Binary:
		if x.Op == syntax.AND || x.Op == syntax.OR {
			isAnd := x.Op == syntax.AND
			if isAnd != cond {
				// and with jump-if-false, or or with jump-if-true: either
				// operand decides.
				c.jumpIf(x.X, cond, target)
				c.jumpIf(x.Y, cond, target)
				return
			}
			skip := c.newLabel()
			c.jumpIf(x.X, !cond, skip)
			c.jumpIf(x.Y, cond, target)
			c.bind(skip)
			return
		}
	case *syntax.Compare:
		if len(x.Ops) == 1 {
			if op := compareOp(x.Ops[0]); op >= 0 {
				c.expr(x.X)
				c.expr(x.Ys[0])
				c.setPos(x.OpPos[0])
				i := c.jumpB(COMPARE_JUMP, op, target)
				if cond {
					c.unit.code.Instrs[i].C = 1
				}
				return
			}
		}
	}
	c.expr(e)
	if cond {
		c.jump(POP_JUMP_IF_TRUE, target)
	} else {
		c.jump(POP_JUMP_IF_FALSE, target)
	}
}

// display compiles a list, tuple or set display, with starred elements.
func (c *compiler) display(elts []syntax.Expr, pos syntax.Pos, build Op) {
	star := false
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			star = true
		}
	}
	if !star {
		for _, e := range elts {
			c.expr(e)
		}
		c.setPos(pos)
		c.emitA(build, len(elts))
		return
	}
	// With starred elements: build a list (or set) incrementally.
	coll, extend := BUILD_LIST, LIST_EXTEND
	if build == BUILD_SET {
		coll, extend = BUILD_SET, SET_UPDATE
	}
	n := 0
	started := false
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			if !started {
				c.emitA(coll, n)
				started = true
			} else if n > 0 {
				c.emitA(coll, n)
				c.mergeSmall(coll)
			}
			n = 0
			c.expr(s.X)
			c.setPos(s.StarPos)
			c.emitA(extend, 1)
			continue
		}
		c.expr(e)
		n++
	}
	if n > 0 {
		c.emitA(coll, n)
		c.mergeSmall(coll)
	}
	if build == BUILD_TUPLE {
		c.emit(LIST_TO_TUPLE)
	}
}

// mergeSmall extends the collection below the top with the small one on top.
func (c *compiler) mergeSmall(coll Op) {
	if coll == BUILD_SET {
		c.emitA(SET_UPDATE, 1)
	} else {
		c.emitA(LIST_EXTEND, 1)
	}
}

func (c *compiler) dict(x *syntax.Dict) {
	n := 0
	started := false
	for i, k := range x.Keys {
		if k == nil {
			if !started {
				c.emitA(BUILD_DICT, n)
				started = true
			} else if n > 0 {
				c.emitA(BUILD_DICT, n)
				c.emitA(DICT_UPDATE, 1)
			}
			n = 0
			c.expr(x.Values[i])
			c.emitA(DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(x.Values[i])
		n++
	}
	c.setPos(x.Lbrace)
	if !started {
		c.emitA(BUILD_DICT, n)
	} else if n > 0 {
		c.emitA(BUILD_DICT, n)
		c.emitA(DICT_UPDATE, 1)
	}
}

// index compiles a subscript's index, building slices.
// attr emits x's object and then op, an attribute opcode, on x's name.
func (c *compiler) attr(x *syntax.Attribute, op Op) {
	c.expr(x.X)
	c.setPos(x.NamePos)
	c.emitA(op, c.nameIndex(x.Name))
}

// item emits x's object and index and then op, a subscript opcode.
func (c *compiler) item(x *syntax.Subscript, op Op) {
	c.expr(x.X)
	c.index(x.Index)
	c.setPos(x.Lbrack)
	c.emit(op)
}

func (c *compiler) index(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.Slice:
		c.slice(x)
	case *syntax.Tuple:
		hasSlice := false
		for _, el := range x.Elts {
			if _, ok := el.(*syntax.Slice); ok {
				hasSlice = true
			}
		}
		if !hasSlice {
			c.expr(x)
			return
		}
		for _, el := range x.Elts {
			c.index(el)
		}
		c.emitA(BUILD_TUPLE, len(x.Elts))
	default:
		c.expr(e)
	}
}

func (c *compiler) slice(x *syntax.Slice) {
	part := func(e syntax.Expr) {
		if e == nil {
			c.emit(LOAD_NONE)
		} else {
			c.expr(e)
		}
	}
	part(x.Lo)
	part(x.Hi)
	c.setPos(x.SlicePos)
	if x.Step != nil {
		part(x.Step)
		c.emitA(BUILD_SLICE, 3)
	} else {
		c.emitA(BUILD_SLICE, 2)
	}
}

// call compiles a call expression.
func (c *compiler) call(x *syntax.Call) {
	// Zero-argument super() inside a method becomes super(__class__, self).
	if n, ok := x.Fn.(*syntax.Name); ok && n.Id == "super" && len(x.Args) == 0 {
		// Without a first argument (a function nested in a method), the
		// plain call raises RuntimeError at run time, as in CPython.
		noArgs := len(c.unit.code.Locals) == 0 || c.unit.code.NumPos+c.unit.code.NumKwOnly == 0 && !c.unit.code.VarArgs
		if i, ok := c.unit.cellIdx["__class__"]; ok && c.unit.scope.kind == scopeFunction && !noArgs {
			c.setPos(n.NamePos)
			c.name("super", ctxLoad)
			c.emitA(LOAD_DEREF, i)
			first := c.unit.code.Locals[0]
			c.name(first, ctxLoad)
			c.setPos(x.Lparen)
			c.emitA(CALL, 2)
			return
		}
	}
	simple := true
	nkw := 0
	for _, a := range x.Args {
		switch a.Kind {
		case syntax.ArgStar, syntax.ArgDoubleStar:
			simple = false
		case syntax.ArgKeyword:
			nkw++
		case syntax.ArgPositional:
			if nkw > 0 {
				c.errorf(a.Pos, "positional argument follows keyword argument")
			}
		}
	}
	if !simple {
		c.expr(x.Fn)
		c.callEx(x)
		return
	}
	method := false
	if attr, ok := x.Fn.(*syntax.Attribute); ok {
		method = true
		c.attr(attr, LOAD_METHOD)
	} else {
		c.expr(x.Fn)
	}
	var names []string
	seen := map[string]bool{}
	for _, a := range x.Args {
		c.expr(a.Value)
		if a.Kind == syntax.ArgKeyword {
			if seen[a.Name] {
				c.errorf(a.Pos, "keyword argument repeated: "+a.Name)
			}
			seen[a.Name] = true
			names = append(names, a.Name)
		}
	}
	c.setPos(x.Lparen)
	switch {
	case method && nkw == 0:
		c.emitA(CALL_METHOD, len(x.Args))
	case method:
		c.emitA(LOAD_CONST, c.constIndex(names))
		c.emitA(CALL_METHOD_KW, len(x.Args))
	case nkw == 0:
		c.emitA(CALL, len(x.Args))
	default:
		c.emitA(LOAD_CONST, c.constIndex(names))
		c.emitA(CALL_KW, len(x.Args))
	}
}

// callEx compiles a call with *args or **kwargs: the callable is on the
// stack; positional arguments become a tuple and keywords a dict.
func (c *compiler) callEx(x *syntax.Call) {
	c.emitA(BUILD_LIST, 0)
	for _, a := range x.Args {
		switch a.Kind {
		case syntax.ArgPositional:
			c.expr(a.Value)
			c.emitA(LIST_APPEND, 1)
		case syntax.ArgStar:
			c.expr(a.Value)
			c.setPos(a.Pos)
			c.emitA(LIST_EXTEND, 1)
		}
	}
	c.emit(LIST_TO_TUPLE)
	kw := 0 // 1 once the keywords dict is on the stack
	for _, a := range x.Args {
		if a.Kind != syntax.ArgKeyword && a.Kind != syntax.ArgDoubleStar {
			continue
		}
		if kw == 0 {
			c.emitA(BUILD_DICT, 0)
			kw = 1
		}
		if a.Kind == syntax.ArgKeyword {
			c.loadConst(a.Name)
			c.expr(a.Value)
			c.emitA(BUILD_DICT, 1)
		} else {
			c.expr(a.Value)
		}
		c.setPos(a.Pos)
		c.emitA(DICT_MERGE, 1)
	}
	c.setPos(x.Lparen)
	c.emitB(CALL_EX, kw)
}

// comprehension compiles a comprehension or generator expression as a
// nested function called at once with the first iterator.
func (c *compiler) comprehension(x *syntax.Comp) {
	s := c.scopes[x]
	var name string
	switch x.Kind {
	case syntax.CompList:
		name = "<listcomp>"
	case syntax.CompSet:
		name = "<setcomp>"
	case syntax.CompDict:
		name = "<dictcomp>"
	default:
		name = "<genexpr>"
	}
	qual := name
	if p := c.unit; p.scope.kind != scopeModule {
		qual = p.code.QualName + ".<locals>." + name
	}
	u := c.newUnit(s, name, qual, FlagComprehension, x.CompPos)
	u.code.NumPos = 1
	c.unit = u
	switch x.Kind {
	case syntax.CompList:
		c.emitA(BUILD_LIST, 0)
	case syntax.CompSet:
		c.emitA(BUILD_SET, 0)
	case syntax.CompDict:
		c.emitA(BUILD_DICT, 0)
	}
	c.compClause(x, 0)
	if x.Kind == syntax.CompGen {
		c.emit(LOAD_NONE)
	}
	c.emit(RETURN)
	code := c.finishUnit()
	c.setPos(x.CompPos)
	c.closure(code, 0)
	c.expr(x.Clauses[0].Iter)
	c.setPos(x.Clauses[0].ForPos)
	c.emit(GET_ITER)
	c.emitA(CALL, 1)
}

// compClause emits clause i and, innermost, the element. depth counts the
// iterators on the stack above the result collection.
func (c *compiler) compClause(x *syntax.Comp, i int) {
	cl := x.Clauses[i]
	top, exit := c.newLabel(), c.newLabel()
	c.setPos(cl.ForPos)
	if i == 0 {
		c.emitA(LOAD_FAST, 0) // the ".0" parameter
	} else {
		c.expr(cl.Iter)
		c.emit(GET_ITER)
	}
	c.bind(top)
	c.setPos(cl.ForPos)
	c.jump(FOR_ITER, exit)
	c.store(cl.Target)
	for _, cond := range cl.Ifs {
		c.jumpIf(cond, false, top)
	}
	if i+1 < len(x.Clauses) {
		c.compClause(x, i+1)
	} else {
		depth := i + 2 // iterators of clauses 0..i, then the collection
		switch x.Kind {
		case syntax.CompList:
			c.expr(x.Elt)
			c.emitA(LIST_APPEND, depth)
		case syntax.CompSet:
			c.expr(x.Elt)
			c.emitA(SET_ADD, depth)
		case syntax.CompDict:
			c.expr(x.Elt)
			c.expr(x.Value)
			c.emitA(MAP_ADD, depth)
		case syntax.CompGen:
			c.expr(x.Elt)
			c.emit(YIELD)
			c.emit(POP)
		}
	}
	c.jump(JUMP, top)
	c.bind(exit)
}

// fstring compiles an f-string into BUILD_STRING of its parts.
func (c *compiler) fstring(f *syntax.FString) {
	c.setPos(f.FPos)
	n := 0
	for _, p := range f.Parts {
		if p.Expr == nil {
			if p.Text == "" {
				continue
			}
			c.loadConst(p.Text)
			n++
			continue
		}
		if p.Debug != "" {
			c.loadConst(p.Debug)
			n++
		}
		c.expr(p.Expr)
		hasSpec := 0
		if p.Spec != nil {
			c.fstring(p.Spec)
			hasSpec = 1
		}
		c.setPos(p.Expr.Start())
		c.emitABC(FORMAT, 0, int(p.Conversion), hasSpec)
		n++
	}
	switch n {
	case 0:
		c.loadConst("")
	case 1:
		// a lone literal or FORMAT result is already a str
	default:
		c.emitA(BUILD_STRING, n)
	}
}
