package compile

import "github.com/wasmling/wasmling/lang/syntax"

// Pattern matching. Every pattern consumes the subject on top of the
// stack. On failure it jumps to a "fail" label that first pops whatever
// the pattern still had on the stack; failPop(n) is the label that pops n
// values and then goes on to the case's real failure target. Names are
// bound as soon as a sub-pattern matches, as Python allows.

type patternCtx struct {
	pops []label // pops[n]: pop n values, then fall through to pops[n-1]...
}

func (c *compiler) failPop(pc *patternCtx, n int) label {
	for len(pc.pops) <= n {
		pc.pops = append(pc.pops, c.newLabel())
	}
	return pc.pops[n]
}

// emitFailChain binds the fail labels: pops[k] pops one value and falls
// into pops[k-1]; pops[0] jumps to next.
func (c *compiler) emitFailChain(pc *patternCtx, next label) {
	for k := len(pc.pops) - 1; k >= 1; k-- {
		c.bind(pc.pops[k])
		c.emit(POP)
	}
	c.bind(pc.pops[0])
	c.jump(JUMP, next)
}

func (c *compiler) matchStmt(s *syntax.Match) {
	end := c.newLabel()
	c.expr(s.Subject)
	for i, cs := range s.Cases {
		last := i == len(s.Cases)-1
		next := c.newLabel()
		pc := &patternCtx{}
		c.failPop(pc, 0)
		c.setPos(cs.CasePos)
		// Keep the subject for the next case: match on a copy.
		c.emit(DUP)
		c.pattern(cs.Pattern, pc, 0)
		if cs.Guard != nil {
			c.jumpIf(cs.Guard, false, c.failPop(pc, 0))
		}
		c.emit(POP) // the subject
		c.stmts(cs.Body)
		c.jump(JUMP, end)
		c.emitFailChain(pc, next)
		c.bind(next)
		if last {
			c.emit(POP)
		}
	}
	if len(s.Cases) == 0 {
		c.emit(POP)
	}
	c.bind(end)
}

// pattern compiles p against the value on top of the stack. extra is the
// number of values the enclosing patterns keep above the case's subject
// copy, which a failure must pop too.
func (c *compiler) pattern(p syntax.Pattern, pc *patternCtx, extra int) {
	c.setPos(p.Start())
	switch x := p.(type) {
	case *syntax.MatchCapture:
		if x.Name == "_" {
			c.emit(POP)
		} else {
			c.name(x.Name, ctxStore)
		}
	case *syntax.MatchValue:
		c.expr(x.Value)
		c.emitB(COMPARE, CmpEQ)
		c.jump(POP_JUMP_IF_FALSE, c.failPop(pc, extra))
	case *syntax.MatchSingleton:
		c.loadConst(x.Value)
		c.emitB(IS, 0)
		c.jump(POP_JUMP_IF_FALSE, c.failPop(pc, extra))
	case *syntax.MatchAs:
		if x.Pattern == nil {
			if x.Name == "" || x.Name == "_" {
				c.emit(POP)
			} else {
				c.name(x.Name, ctxStore)
			}
			return
		}
		c.emit(DUP)
		c.pattern(x.Pattern, pc, extra+1)
		if x.Name == "_" {
			c.emit(POP)
		} else {
			c.name(x.Name, ctxStore)
		}
	case *syntax.MatchOr:
		ok := c.newLabel()
		for i, alt := range x.Alts {
			if i == len(x.Alts)-1 {
				c.pattern(alt, pc, extra)
				break
			}
			sub := &patternCtx{}
			c.failPop(sub, 0)
			c.emit(DUP)
			c.pattern(alt, sub, 0)
			c.emit(POP)
			c.jump(JUMP, ok)
			nextAlt := c.newLabel()
			c.emitFailChain(sub, nextAlt)
			c.bind(nextAlt)
		}
		c.bind(ok)
	case *syntax.MatchSequence:
		c.sequencePattern(x, pc, extra)
	case *syntax.MatchMapping:
		c.mappingPattern(x, pc, extra)
	case *syntax.MatchClass:
		c.classPattern(x, pc, extra)
	case *syntax.MatchStar:
		c.errorf(x.StarPos, "can't use starred name here")
	default:
		c.errorf(p.Start(), "unsupported pattern")
	}
}

func (c *compiler) sequencePattern(x *syntax.MatchSequence, pc *patternCtx, extra int) {
	star := -1
	for i, q := range x.Patterns {
		if _, ok := q.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.errorf(q.Start(), "multiple starred names in sequence pattern")
			}
			star = i
		}
	}
	n := len(x.Patterns)
	c.emit(MATCH_SEQUENCE)
	c.jump(POP_JUMP_IF_FALSE, c.failPop(pc, extra+1))
	c.emit(GET_LEN)
	if star < 0 {
		c.loadConst(int64(n))
		c.emitB(COMPARE, CmpEQ)
	} else {
		c.loadConst(int64(n - 1))
		c.emitB(COMPARE, CmpGE)
	}
	c.jump(POP_JUMP_IF_FALSE, c.failPop(pc, extra+1))
	if star < 0 {
		c.emitA(UNPACK_SEQUENCE, n)
	} else {
		c.emitABC(UNPACK_EX, star, 0, n-star-1)
	}
	for i, q := range x.Patterns {
		left := n - 1 - i
		if s, ok := q.(*syntax.MatchStar); ok {
			if s.Name == "_" || s.Name == "" {
				c.emit(POP)
			} else {
				c.name(s.Name, ctxStore)
			}
			continue
		}
		c.pattern(q, pc, extra+left)
	}
}

func (c *compiler) mappingPattern(x *syntax.MatchMapping, pc *patternCtx, extra int) {
	c.emit(MATCH_MAPPING)
	c.jump(POP_JUMP_IF_FALSE, c.failPop(pc, extra+1))
	n := len(x.Keys)
	for _, k := range x.Keys {
		c.expr(k)
	}
	c.emitA(BUILD_TUPLE, n) // subject keys
	c.emit(MATCH_KEYS)      // subject keys values|None
	c.emit(DUP)
	c.emit(LOAD_NONE)
	c.emitB(IS, 0)
	c.jump(POP_JUMP_IF_TRUE, c.failPop(pc, extra+3))
	c.emitA(UNPACK_SEQUENCE, n) // subject keys vn..v1
	for i, q := range x.Patterns {
		c.pattern(q, pc, extra+2+n-1-i)
	}
	if x.Rest != "" {
		c.emit(COPY_DICT_WITHOUT_KEYS) // subject keys rest
		c.name(x.Rest, ctxStore)
	}
	c.emit(POP)
	c.emit(POP)
}

func (c *compiler) classPattern(x *syntax.MatchClass, pc *patternCtx, extra int) {
	c.expr(x.Cls)
	c.emitA(LOAD_CONST, c.constIndex(append([]string{}, x.KwNames...)))
	c.emitA(MATCH_CLASS, len(x.Patterns)) // attrs|None
	c.emit(DUP)
	c.emit(LOAD_NONE)
	c.emitB(IS, 0)
	c.jump(POP_JUMP_IF_TRUE, c.failPop(pc, extra+1))
	all := append(append([]syntax.Pattern{}, x.Patterns...), x.KwPatterns...)
	n := len(all)
	c.emitA(UNPACK_SEQUENCE, n)
	for i, q := range all {
		c.pattern(q, pc, extra+n-1-i)
	}
}
