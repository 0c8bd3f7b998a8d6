package compile

import "github.com/wasmling/wasmling/lang/syntax"

type nameCtx uint8

const (
	ctxLoad nameCtx = iota
	ctxStore
	ctxDel
)

// name emits the load, store or delete of an identifier according to its
// scope.
func (c *compiler) name(id string, ctx nameCtx) {
	u := c.unit
	s := u.scope
	global := func() {
		i := c.nameIndex(id)
		switch ctx {
		case ctxLoad:
			c.emitA(LOAD_GLOBAL, i)
		case ctxStore:
			c.emitA(STORE_GLOBAL, i)
		default:
			c.emitA(DELETE_GLOBAL, i)
		}
	}
	deref := func(i int) {
		switch ctx {
		case ctxLoad:
			c.emitA(LOAD_DEREF, i)
		case ctxStore:
			c.emitA(STORE_DEREF, i)
		default:
			c.emitA(DELETE_DEREF, i)
		}
	}
	switch s.kind {
	case scopeModule:
		global()
	case scopeClass:
		switch {
		case s.globals[id]:
			global()
		case s.nonlocal[id]:
			deref(u.cellIdx[id])
		case ctx == ctxLoad && !s.bound[id] && s.frees[id]:
			c.emitABC(LOAD_CLASSDEREF, u.cellIdx[id], 0, c.nameIndex(id))
		default:
			i := c.nameIndex(id)
			switch ctx {
			case ctxLoad:
				c.emitA(LOAD_NAME, i)
			case ctxStore:
				c.emitA(STORE_NAME, i)
			default:
				c.emitA(DELETE_NAME, i)
			}
		}
	default:
		if s.globals[id] {
			global()
			return
		}
		if i, ok := u.cellIdx[id]; ok {
			deref(i)
			return
		}
		if i, ok := u.localIdx[id]; ok {
			switch ctx {
			case ctxLoad:
				c.emitA(LOAD_FAST, i)
			case ctxStore:
				c.emitA(STORE_FAST, i)
			default:
				c.emitA(DELETE_FAST, i)
			}
			return
		}
		global()
	}
}

// store emits the assignment of the value on top of the stack to target.
func (c *compiler) store(t syntax.Expr) {
	c.setPos(t.Start())
	switch x := t.(type) {
	case *syntax.Name:
		c.name(x.Id, ctxStore)
	case *syntax.Attribute:
		c.attr(x, STORE_ATTR)
	case *syntax.Subscript:
		c.item(x, STORE_SUBSCR)
	case *syntax.Tuple:
		c.unpack(x.Elts, x.TuplePos)
	case *syntax.List:
		c.unpack(x.Elts, x.Lbrack)
	case *syntax.Starred:
		c.errorf(x.StarPos, "starred assignment target must be in a list or tuple")
	default:
		c.errorf(t.Start(), "cannot assign to "+describe(t))
	}
}

func (c *compiler) unpack(elts []syntax.Expr, pos syntax.Pos) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.errorf(e.Start(), "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	c.setPos(pos)
	if star < 0 {
		c.emitA(UNPACK_SEQUENCE, len(elts))
	} else {
		c.emitABC(UNPACK_EX, star, 0, len(elts)-star-1)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.store(s.X)
		} else {
			c.store(e)
		}
	}
}

// del emits the deletion of target.
func (c *compiler) del(t syntax.Expr) {
	c.setPos(t.Start())
	switch x := t.(type) {
	case *syntax.Name:
		c.name(x.Id, ctxDel)
	case *syntax.Attribute:
		c.attr(x, DELETE_ATTR)
	case *syntax.Subscript:
		c.item(x, DELETE_SUBSCR)
	case *syntax.Tuple:
		for _, e := range x.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range x.Elts {
			c.del(e)
		}
	default:
		c.errorf(t.Start(), "cannot delete "+describe(t))
	}
}

func describe(e syntax.Expr) string {
	switch x := e.(type) {
	case *syntax.Call:
		return "function call"
	case *syntax.Literal:
		if x.Value == nil || x.Value == true || x.Value == false {
			return "literal"
		}
		return "literal"
	case *syntax.Binary, *syntax.Unary:
		return "expression"
	case *syntax.Compare:
		return "comparison"
	case *syntax.Lambda:
		return "lambda"
	case *syntax.IfExp:
		return "conditional expression"
	case *syntax.Comp:
		return "comprehension"
	case *syntax.Dict:
		return "dict literal"
	case *syntax.Set:
		return "set display"
	case *syntax.FString:
		return "f-string expression"
	case *syntax.NamedExpr:
		return "named expression"
	case *syntax.Yield:
		return "yield expression"
	}
	return "expression"
}
