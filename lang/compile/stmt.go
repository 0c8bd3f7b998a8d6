package compile

import (
	"github.com/wasmling/wasmling/lang/syntax"
)

func (c *compiler) stmts(list []syntax.Stmt) {
	module := c.unit.scope.kind == scopeModule
	for i, s := range list {
		if module && i == len(list)-1 {
			c.lastStmt(s)
			continue
		}
		c.stmt(s)
	}
}

// lastStmt compiles the last statement of a module-level block so that
// the program's result is the value of the last statement executed.
func (c *compiler) lastStmt(s syntax.Stmt) {
	switch x := s.(type) {
	case *syntax.ExprStmt:
		c.setPos(x.Start())
		c.expr(x.X)
		c.emit(SET_RESULT)
	case *syntax.FuncDef:
		c.stmt(s)
		c.name(x.Name, ctxLoad)
		c.emit(SET_RESULT)
	case *syntax.ClassDef:
		c.stmt(s)
		c.name(x.Name, ctxLoad)
		c.emit(SET_RESULT)
	case *syntax.If, *syntax.For, *syntax.While, *syntax.With, *syntax.Try, *syntax.Match:
		c.stmt(s)
	case *syntax.Return, *syntax.Break, *syntax.Continue, *syntax.Raise:
		c.stmt(s)
	default:
		c.stmt(s)
		c.emit(LOAD_NONE)
		c.emit(SET_RESULT)
	}
}

func (c *compiler) stmt(st syntax.Stmt) {
	c.setPos(st.Start())
	switch s := st.(type) {
	case *syntax.ExprStmt:
		c.expr(s.X)
		c.emit(POP)
	case *syntax.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(DUP)
			}
			c.store(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		if s.Value != nil {
			c.expr(s.Value)
			c.store(s.Target)
		}
	case *syntax.If:
		c.ifStmt(s)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.For:
		c.forStmt(s)
	case *syntax.Break:
		c.breakStmt(s.BreakPos, false)
	case *syntax.Continue:
		c.breakStmt(s.ContinuePos, true)
	case *syntax.Pass:
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.FuncDef:
		c.funcDef(s)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.Try:
		c.tryStmt(s)
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n = 1
			if s.Cause != nil {
				c.expr(s.Cause)
				n = 2
			}
		}
		c.setPos(s.RaisePos)
		c.emitA(RAISE, n)
	case *syntax.With:
		c.withStmt(s.Items, s.Body, s.WithPos)
	case *syntax.Assert:
		ok := c.newLabel()
		c.jumpIf(s.Test, true, ok)
		c.setPos(s.AssertPos)
		if s.Msg != nil {
			c.expr(s.Msg)
			c.emitB(ASSERT_FAIL, 1)
		} else {
			c.emitB(ASSERT_FAIL, 0)
		}
		c.bind(ok)
	case *syntax.Del:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Import:
		for _, n := range s.Names {
			c.setPos(n.Pos)
			if n.As != "" {
				c.emitABC(IMPORT_NAME, c.nameIndex(n.Path), 0, 1)
				c.name(n.As, ctxStore)
			} else {
				c.emitABC(IMPORT_NAME, c.nameIndex(n.Path), 0, 0)
				c.name(firstPart(n.Path), ctxStore)
			}
		}
	case *syntax.ImportFrom:
		c.emitABC(IMPORT_NAME, c.nameIndex(s.Module), s.Level, 1)
		for _, n := range s.Names {
			c.setPos(n.Pos)
			c.emitA(IMPORT_FROM, c.nameIndex(n.Path))
			as := n.As
			if as == "" {
				as = n.Path
			}
			c.name(as, ctxStore)
		}
		c.emit(POP)
	case *syntax.Match:
		c.matchStmt(s)
	default:
		c.errorf(st.Start(), "unsupported statement")
	}
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := binaryOp(s.Op)
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.name(t.Id, ctxLoad)
		c.expr(s.Value)
		c.setPos(s.OpPos)
		c.emitB(INPLACE, op)
		c.name(t.Id, ctxStore)
	case *syntax.Attribute:
		c.expr(t.X)
		c.emit(DUP)
		c.setPos(t.NamePos)
		c.emitA(LOAD_ATTR, c.nameIndex(t.Name))
		c.expr(s.Value)
		c.setPos(s.OpPos)
		c.emitB(INPLACE, op)
		c.emit(ROT2)
		c.setPos(t.NamePos)
		c.emitA(STORE_ATTR, c.nameIndex(t.Name))
	case *syntax.Subscript:
		c.expr(t.X)
		c.index(t.Index)
		c.emit(DUP2)
		c.setPos(t.Lbrack)
		c.emit(SUBSCR)
		c.expr(s.Value)
		c.setPos(s.OpPos)
		c.emitB(INPLACE, op)
		c.emit(ROT3)
		c.setPos(t.Lbrack)
		c.emit(STORE_SUBSCR)
	default:
		c.errorf(s.Target.Start(), "'"+describe(s.Target)+"' is an illegal expression for augmented assignment")
	}
}

func (c *compiler) ifStmt(s *syntax.If) {
	end := c.newLabel()
	if len(s.Else) == 0 {
		c.jumpIf(s.Cond, false, end)
		c.stmts(s.Body)
		c.bind(end)
		return
	}
	els := c.newLabel()
	c.jumpIf(s.Cond, false, els)
	c.stmts(s.Body)
	c.jump(JUMP, end)
	c.bind(els)
	c.stmts(s.Else)
	c.bind(end)
}

func (c *compiler) whileStmt(s *syntax.While) {
	top, body, els, brk := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	// The test sits at the bottom so each iteration takes one jump.
	c.jump(JUMP, top)
	c.bind(body)
	c.pushBlock(fblock{kind: fbLoop, cont: top, brk: brk})
	c.stmts(s.Body)
	c.popBlock()
	c.bind(top)
	c.setPos(s.WhilePos)
	c.jumpIf(s.Cond, true, body)
	c.bind(els)
	c.stmts(s.Else)
	c.bind(brk)
}

func (c *compiler) forStmt(s *syntax.For) {
	top, exit, brk := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.setPos(s.ForPos)
	c.emit(GET_ITER)
	c.bind(top)
	c.setPos(s.ForPos)
	c.jump(FOR_ITER, exit)
	c.store(s.Target)
	c.pushBlock(fblock{kind: fbLoop, cont: top, brk: brk, isFor: true})
	c.stmts(s.Body)
	c.popBlock()
	c.setPos(s.ForPos)
	c.jump(JUMP, top)
	c.bind(exit)
	c.stmts(s.Else)
	c.bind(brk)
}

func (c *compiler) pushBlock(b fblock) { c.unit.fblocks = append(c.unit.fblocks, b) }
func (c *compiler) popBlock()          { c.unit.fblocks = c.unit.fblocks[:len(c.unit.fblocks)-1] }

// unwind emits the code that leaves fblock b on the way out of it by
// break, continue or return. preserve says a return value is on top of
// the stack and must survive.
func (c *compiler) unwind(b fblock, preserve bool) {
	switch b.kind {
	case fbLoop:
		if b.isFor {
			if preserve {
				c.emit(ROT2)
			}
			c.emit(POP)
		}
	case fbTry:
		c.emit(POP_BLOCK)
	case fbFinally:
		c.emit(POP_BLOCK)
		// Compile the finally body with this block and everything inside
		// it out of the way, so a break in the body acts on outer blocks.
		saved := c.unit.fblocks
		c.unit.fblocks = saved[:len(saved):len(saved)]
		c.stmts(b.finally)
		c.unit.fblocks = saved
	case fbWith:
		c.emit(POP_BLOCK)
		if preserve {
			c.emit(ROT2)
		}
		c.emit(WITH_EXIT)
	case fbHandler:
		c.emit(POP_BLOCK)
		for i := 0; i < b.extra; i++ {
			if preserve {
				c.emit(ROT2)
			}
			c.emit(POP)
		}
		if preserve {
			c.emit(ROT2)
		}
		c.emit(POP_EXCEPT)
		if b.name != "" {
			c.emit(LOAD_NONE)
			c.name(b.name, ctxStore)
			c.name(b.name, ctxDel)
		}
	}
}

func (c *compiler) breakStmt(pos syntax.Pos, isContinue bool) {
	blocks := c.unit.fblocks
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		if b.kind == fbLoop {
			if isContinue {
				c.jump(JUMP, b.cont)
			} else {
				c.unwind(b, false)
				c.jump(JUMP, b.brk)
			}
			return
		}
		c.unfold(i, false)
	}
	if isContinue {
		c.errorf(pos, "'continue' not properly in loop")
	}
	c.errorf(pos, "'break' outside loop")
}

// unfold unwinds block i, compiling finally bodies with only the blocks
// outside i in scope.
func (c *compiler) unfold(i int, preserve bool) {
	saved := c.unit.fblocks
	c.unit.fblocks = saved[:i:i]
	c.unwind(saved[i], preserve)
	c.unit.fblocks = saved
}

func (c *compiler) returnStmt(s *syntax.Return) {
	if !c.unit.scope.isFunc() || c.unit.code.Flags&FlagComprehension != 0 {
		c.errorf(s.ReturnPos, "'return' outside function")
	}
	preserve := s.Value != nil
	if s.Value != nil {
		c.expr(s.Value)
	}
	for i := len(c.unit.fblocks) - 1; i >= 0; i-- {
		c.unfold(i, preserve)
	}
	if s.Value == nil {
		c.emit(LOAD_NONE)
	}
	c.setPos(s.ReturnPos)
	c.emit(RETURN)
}

func (c *compiler) tryStmt(s *syntax.Try) {
	if len(s.Finally) == 0 {
		c.tryExcept(s)
		return
	}
	// try/finally around the try/except/else part.
	handler, end := c.newLabel(), c.newLabel()
	c.jump(SETUP_FINALLY, handler)
	c.pushBlock(fblock{kind: fbFinally, finally: s.Finally})
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
		c.stmts(s.Else)
	}
	c.popBlock()
	c.emit(POP_BLOCK)
	c.stmts(s.Finally)
	c.jump(JUMP, end)

	// Exceptional path: the exception is on the stack.
	c.bind(handler)
	c.setPos(s.TryPos)
	cleanup := c.newLabel()
	c.emit(PUSH_EXC_INFO)
	c.setupCleanup(cleanup)
	c.pushBlock(fblock{kind: fbHandler, extra: 1})
	c.stmts(s.Finally)
	c.popBlock()
	c.emit(POP_BLOCK)
	c.emit(ROT2)
	c.emit(POP_EXCEPT)
	c.emit(RERAISE)
	c.cleanupHandler(cleanup)
	c.bind(end)
}

// setupCleanup pushes a block for a handler body whose stack holds the
// saved exception state and the exception: an exception inside it must
// restore the state before propagating.
func (c *compiler) setupCleanup(l label) {
	i := c.jump(SETUP_FINALLY, l)
	c.unit.code.Instrs[i].C = 1 // the block's depth excludes the current exception
}

// cleanupHandler emits the handler for setupCleanup: prev exc -- ; re-raise.
func (c *compiler) cleanupHandler(l label) {
	c.bind(l)
	c.emit(ROT2)
	c.emit(POP_EXCEPT)
	c.emit(RERAISE)
}

func (c *compiler) tryExcept(s *syntax.Try) {
	handler, end := c.newLabel(), c.newLabel()
	c.jump(SETUP_FINALLY, handler)
	c.pushBlock(fblock{kind: fbTry})
	c.stmts(s.Body)
	c.popBlock()
	c.emit(POP_BLOCK)
	if len(s.Else) > 0 {
		c.stmts(s.Else)
	}
	c.jump(JUMP, end)

	c.bind(handler)
	c.setPos(s.TryPos)
	cleanup := c.newLabel()
	c.emit(PUSH_EXC_INFO) // prev exc
	c.setupCleanup(cleanup)
	for i, h := range s.Handlers {
		c.setPos(h.ExceptPos)
		next := c.newLabel()
		if h.Type == nil {
			if i != len(s.Handlers)-1 {
				c.errorf(h.ExceptPos, "default 'except:' must be last")
			}
		} else {
			c.expr(h.Type)
			c.emit(CHECK_EXC_MATCH)
			c.jump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			c.name(h.Name, ctxStore)
		} else {
			c.emit(POP)
		}
		c.pushBlock(fblock{kind: fbHandler, name: h.Name})
		c.stmts(h.Body)
		if c.unit.scope.kind == scopeModule {
			// The program's result after a handled error is None (§14).
			c.emit(LOAD_NONE)
			c.emit(SET_RESULT)
		}
		c.popBlock()
		c.emit(POP_BLOCK)
		c.emit(POP_EXCEPT)
		if h.Name != "" {
			c.emit(LOAD_NONE)
			c.name(h.Name, ctxStore)
			c.name(h.Name, ctxDel)
		}
		c.jump(JUMP, end)
		c.bind(next)
	}
	// No handler matched: re-raise through the cleanup block.
	c.emit(RERAISE)
	c.cleanupHandler(cleanup)
	c.bind(end)
}

func (c *compiler) withStmt(items []syntax.WithItem, body []syntax.Stmt, pos syntax.Pos) {
	item := items[0]
	handler, end := c.newLabel(), c.newLabel()
	c.expr(item.Ctx)
	c.setPos(pos)
	c.emit(BEFORE_WITH) // exit result
	c.jump(SETUP_FINALLY, handler)
	c.unit.code.Instrs[len(c.unit.code.Instrs)-1].C = 1 // block depth excludes the enter result
	if item.Target != nil {
		c.store(item.Target)
	} else {
		c.emit(POP)
	}
	c.pushBlock(fblock{kind: fbWith})
	if len(items) > 1 {
		c.withStmt(items[1:], body, pos)
	} else {
		c.stmts(body)
	}
	c.popBlock()
	c.setPos(pos)
	c.emit(POP_BLOCK)
	c.emit(WITH_EXIT)
	c.jump(JUMP, end)

	// Exceptional exit: exit exc
	c.bind(handler)
	c.setPos(pos)
	cleanup, suppress := c.newLabel(), c.newLabel()
	c.emit(PUSH_EXC_INFO) // exit prev exc
	c.setupCleanup(cleanup)
	c.emit(WITH_EXCEPT_START) // exit prev exc result
	c.jump(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE)
	c.bind(suppress) // exit prev exc
	c.emit(POP_BLOCK)
	c.emit(POP)
	c.emit(POP_EXCEPT)
	c.emit(POP)
	c.jump(JUMP, end)
	c.cleanupHandler(cleanup)
	c.bind(end)
}

// funcDef compiles a def statement.
func (c *compiler) funcDef(s *syntax.FuncDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	c.makeFunction(s, s.Name, s.Params, s.DefPos, func() {
		body := s.Body
		c.stmts(body)
		c.emit(LOAD_NONE)
		c.emit(RETURN)
	}, s.Doc)
	// Decorators apply bottom-up; an error in one is reported at its
	// line, as in CPython.
	for i := len(s.Decorators) - 1; i >= 0; i-- {
		c.setPos(s.Decorators[i].Start())
		c.emitA(CALL, 1)
	}
	c.name(s.Name, ctxStore)
}

// makeFunction compiles a function body into a Code and emits the
// MAKE_FUNCTION that creates it, with defaults and closure.
func (c *compiler) makeFunction(node syntax.Node, name string, params []syntax.Param, pos syntax.Pos, body func(), doc string) {
	flags := 0
	var posDefaults []syntax.Expr
	var kwNames []string
	var kwDefaults []syntax.Expr
	seenDefault := false
	for _, p := range params {
		switch p.Kind {
		case syntax.ParamNormal, syntax.ParamPosOnly:
			if p.Default != nil {
				posDefaults = append(posDefaults, p.Default)
				seenDefault = true
			} else if seenDefault {
				c.errorf(p.ParamPos, "non-default argument follows default argument")
			}
		case syntax.ParamKwOnly:
			if p.Default != nil {
				kwNames = append(kwNames, p.Name)
				kwDefaults = append(kwDefaults, p.Default)
			}
		}
	}
	if len(posDefaults) > 0 {
		for _, d := range posDefaults {
			c.expr(d)
		}
		c.emitA(BUILD_TUPLE, len(posDefaults))
		flags |= 1
	}
	if len(kwDefaults) > 0 {
		for i, d := range kwDefaults {
			c.loadConst(kwNames[i])
			c.expr(d)
		}
		c.emitA(BUILD_DICT, len(kwDefaults))
		flags |= 2
	}

	qual := name
	if p := c.unit; p.scope.kind != scopeModule {
		if p.scope.kind == scopeClass {
			qual = p.code.QualName + "." + name
		} else {
			qual = p.code.QualName + ".<locals>." + name
		}
	}
	s := c.scopes[node]
	fl := Flags(0)
	if name == "<lambda>" {
		fl |= FlagLambda
	}
	u := c.newUnit(s, name, qual, fl, pos)
	u.code.Doc = doc
	for _, p := range params {
		switch p.Kind {
		case syntax.ParamNormal:
			u.code.NumPos++
		case syntax.ParamPosOnly:
			u.code.NumPos++
			u.code.NumPosOnly++
		case syntax.ParamVarArgs:
			u.code.VarArgs = true
		case syntax.ParamKwOnly:
			u.code.NumKwOnly++
		case syntax.ParamVarKw:
			u.code.VarKw = true
		}
	}
	c.unit = u
	body()
	code := c.finishUnit()
	c.closure(code, flags)
}

// closure emits the closure cells for code (if any), the code constant and
// MAKE_FUNCTION.
func (c *compiler) closure(code *Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, n := range code.FreeVars {
			i, ok := c.unit.cellIdx[n]
			if !ok {
				c.errorf(c.unit.pos, "internal error: no cell for free variable '"+n+"'")
			}
			c.emitA(LOAD_CLOSURE, i)
		}
		c.emitA(BUILD_TUPLE, len(code.FreeVars))
		flags |= 4
	}
	c.emitA(LOAD_CONST, c.constIndex(code))
	c.emitB(MAKE_FUNCTION, flags)
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	sc := c.scopes[s]
	qual := s.Name
	if p := c.unit; p.scope.kind != scopeModule {
		if p.scope.kind == scopeClass {
			qual = p.code.QualName + "." + s.Name
		} else {
			qual = p.code.QualName + ".<locals>." + s.Name
		}
	}
	u := c.newUnit(sc, s.Name, qual, FlagClassBody, s.ClassPos)
	c.unit = u
	if s.Doc != "" {
		c.loadConst(s.Doc)
		c.name("__doc__", ctxStore)
	}
	c.loadConst(qual)
	c.name("__qualname__", ctxStore)
	c.stmts(s.Body)
	if sc.classCell {
		c.emitA(LOAD_CLOSURE, u.cellIdx["__class__"])
	} else {
		c.emit(LOAD_NONE)
	}
	c.emit(RETURN)
	code := c.finishUnit()
	c.setPos(s.ClassPos)
	c.closure(code, 0)
	c.loadConst(s.Name)
	for _, b := range s.Bases {
		if st, ok := b.(*syntax.Starred); ok {
			c.errorf(st.StarPos, "starred base classes are not supported")
		}
		c.expr(b)
	}
	kw := 0
	if len(s.Keywords) > 0 {
		var names []string
		for _, k := range s.Keywords {
			if k.Kind != syntax.ArgKeyword {
				c.errorf(k.Pos, "unsupported class argument")
			}
			names = append(names, k.Name)
			c.expr(k.Value)
		}
		kw = c.constIndex(names) + 1
	}
	c.setPos(s.ClassPos)
	c.emitABC(BUILD_CLASS, len(s.Bases), 0, kw)
	for i := len(s.Decorators) - 1; i >= 0; i-- {
		c.setPos(s.Decorators[i].Start())
		c.emitA(CALL, 1)
	}
	c.name(s.Name, ctxStore)
}
