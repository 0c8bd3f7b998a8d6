package syntax

import "math/big"

// matchStmt parses a match statement if the current IDENT "match" starts
// one (match is a soft keyword); otherwise it returns nil with the parser
// unchanged.
func (p *parser) matchStmt() Stmt {
	if p.sub != nil {
		return nil
	}
	s := &Match{MatchPos: p.tok.pos}
	if !p.speculate(func() {
		p.advance()
		s.Subject = p.matchSubject()
		if p.tok.kind != COLON {
			p.syntaxError()
		}
		p.advance()
		if p.tok.kind != NEWLINE {
			p.syntaxError()
		}
	}) {
		return nil
	}
	p.advance()
	if p.tok.kind != INDENT {
		pos := p.tok.pos
		if p.tok.kind == EOF || p.tok.kind == OUTDENT && int(pos.Line) > len(p.lines) {
			pos = p.prevPos
		}
		p.errorAt(pos, "expected an indented block after 'match' statement on line %d", s.MatchPos.Line)
	}
	p.advance()
	for p.tok.kind != OUTDENT {
		if p.tok.kind != IDENT || p.tok.text != "case" {
			p.syntaxError()
		}
		s.Cases = append(s.Cases, p.caseBlock())
	}
	p.advance()
	for _, c := range s.Cases[:len(s.Cases)-1] {
		if c.Guard == nil {
			p.checkReachable(c.Pattern)
		}
	}
	return s
}

// matchSubject parses the subject of a match: a named expression or an
// unparenthesised tuple.
func (p *parser) matchSubject() Expr {
	x := p.starNamedExpr()
	if p.tok.kind != COMMA {
		return p.value(x)
	}
	return p.exprList(x, p.starNamedExpr)
}

func (p *parser) caseBlock() MatchCase {
	c := MatchCase{CasePos: p.tok.pos}
	p.advance()
	c.Pattern = p.openPatterns()
	if p.tok.kind == IF {
		p.advance()
		c.Guard = p.namedExpr()
	}
	p.expectColon()
	c.Body = p.block("'case' statement", c.CasePos.Line)
	return c
}

// checkReachable reports an irrefutable pattern that is not in the last
// case, as CPython's compiler does.
func (p *parser) checkReachable(pat Pattern) {
	switch x := irrefutable(pat).(type) {
	case *MatchCapture:
		if x.Name == "_" {
			p.errorAt(x.NamePos, "wildcard makes remaining patterns unreachable")
		}
		p.errorAt(x.NamePos, "name capture '%s' makes remaining patterns unreachable", x.Name)
	}
}

// irrefutable returns the capture that makes pat always match, or nil.
func irrefutable(pat Pattern) Pattern {
	switch x := pat.(type) {
	case *MatchCapture:
		return x
	case *MatchAs:
		return irrefutable(x.Pattern)
	case *MatchOr:
		for _, alt := range x.Alts {
			if c := irrefutable(alt); c != nil {
				return c
			}
		}
	}
	return nil
}

// openPatterns parses the pattern of a case: a pattern, or patterns
// separated by commas (an unparenthesised sequence).
func (p *parser) openPatterns() Pattern {
	pos := p.tok.pos
	first := p.maybeStarPattern()
	if p.tok.kind != COMMA {
		if s, ok := first.(*MatchStar); ok {
			p.errorAt(s.StarPos, "can't use starred expression here")
		}
		return first
	}
	seq := &MatchSequence{SeqPos: pos, Patterns: []Pattern{first}}
	for p.tok.kind == COMMA {
		p.advance()
		if p.tok.kind == COLON || p.tok.kind == IF {
			break
		}
		seq.Patterns = append(seq.Patterns, p.maybeStarPattern())
	}
	p.checkStars(seq.Patterns)
	return seq
}

func (p *parser) checkStars(pats []Pattern) {
	seen := false
	for _, pat := range pats {
		if s, ok := pat.(*MatchStar); ok {
			if seen {
				p.errorAt(s.StarPos, "multiple starred names in sequence pattern")
			}
			seen = true
		}
	}
}

func (p *parser) maybeStarPattern() Pattern {
	if p.tok.kind == MUL {
		pos := p.tok.pos
		p.advance()
		name, _ := p.ident()
		return &MatchStar{StarPos: pos, Name: name}
	}
	return p.pattern()
}

// pattern parses an or-pattern, optionally followed by `as name`.
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	pat := p.orPattern()
	if p.tok.kind != AS {
		return pat
	}
	p.advance()
	name, pos := p.ident()
	if name == "_" {
		p.errorAt(pos, "cannot use '_' as a target")
	}
	return &MatchAs{Pattern: pat, Name: name, NamePos: pos}
}

func (p *parser) orPattern() Pattern {
	first := p.closedPattern()
	if p.tok.kind != PIPE {
		return first
	}
	or := &MatchOr{Alts: []Pattern{first}}
	for p.tok.kind == PIPE {
		p.advance()
		or.Alts = append(or.Alts, p.closedPattern())
	}
	for _, alt := range or.Alts[:len(or.Alts)-1] {
		p.checkReachable(alt)
	}
	return or
}

func (p *parser) closedPattern() Pattern {
	pos := p.tok.pos
	switch p.tok.kind {
	case INT, FLOAT, SUB:
		return &MatchValue{Value: p.signedNumber()}
	case STRING, BYTES, FSTRING:
		x := p.strings()
		if _, ok := x.(*FString); ok {
			p.errorAt(pos, "patterns may only match literals and attribute lookups")
		}
		return &MatchValue{Value: x}
	case NONE:
		p.advance()
		return &MatchSingleton{LitPos: pos}
	case TRUE, FALSE:
		v := p.tok.kind == TRUE
		p.advance()
		return &MatchSingleton{LitPos: pos, Value: v}
	case IDENT:
		name := p.tok.text
		p.advance()
		var cls Expr = &Name{NamePos: pos, Id: name}
		dotted := false
		for p.tok.kind == DOT {
			p.advance()
			attr, apos := p.ident()
			cls = &Attribute{X: cls, Name: attr, NamePos: apos}
			dotted = true
		}
		if p.tok.kind == LPAREN {
			return p.classPattern(cls)
		}
		if dotted {
			return &MatchValue{Value: cls}
		}
		return &MatchCapture{NamePos: pos, Name: name}
	case LPAREN:
		p.advance()
		if p.tok.kind == RPAREN {
			p.advance()
			return &MatchSequence{SeqPos: pos}
		}
		first := p.maybeStarPattern()
		if p.tok.kind != COMMA {
			p.expect(RPAREN)
			if s, ok := first.(*MatchStar); ok {
				p.errorAt(s.StarPos, "can't use starred expression here")
			}
			return first // a parenthesised pattern
		}
		seq := &MatchSequence{SeqPos: pos, Patterns: []Pattern{first}}
		p.patternItems(seq, RPAREN)
		return seq
	case LBRACK:
		p.advance()
		seq := &MatchSequence{SeqPos: pos}
		if p.tok.kind == RBRACK {
			p.advance()
			return seq
		}
		seq.Patterns = append(seq.Patterns, p.maybeStarPattern())
		p.patternItems(seq, RBRACK)
		return seq
	case LBRACE:
		return p.mappingPattern()
	}
	p.syntaxError()
	return nil
}

// patternItems parses the rest of a sequence pattern after its first item.
func (p *parser) patternItems(seq *MatchSequence, end Token) {
	for p.tok.kind == COMMA {
		p.advance()
		if p.tok.kind == end {
			break
		}
		seq.Patterns = append(seq.Patterns, p.maybeStarPattern())
	}
	p.expect(end)
	p.checkStars(seq.Patterns)
}

// signedNumber parses a number pattern, folding a leading minus into the
// literal.
func (p *parser) signedNumber() Expr {
	pos := p.tok.pos
	neg := p.tok.kind == SUB
	if neg {
		p.advance()
	}
	if p.tok.kind != INT && p.tok.kind != FLOAT {
		p.syntaxError()
	}
	v := p.tok.val
	p.advance()
	if neg {
		switch n := v.(type) {
		case int64:
			v = -n
		case float64:
			v = -n
		case *big.Int:
			z := new(big.Int).Neg(n)
			if z.IsInt64() {
				v = z.Int64()
			} else {
				v = z
			}
		}
	}
	if p.tok.kind == ADD || p.tok.kind == SUB {
		p.errorAt(p.tok.pos, "imaginary number required in complex literal")
	}
	return &Literal{LitPos: pos, Value: v}
}

func (p *parser) classPattern(cls Expr) Pattern {
	c := &MatchClass{Cls: cls}
	var kwSeen map[string]bool
	p.advance() // (
	for p.tok.kind != RPAREN {
		pos := p.tok.pos
		pat := p.pattern()
		if p.tok.kind == ASSIGN {
			capt, ok := pat.(*MatchCapture)
			if !ok {
				p.syntaxError()
			}
			p.advance()
			if kwSeen == nil {
				kwSeen = make(map[string]bool)
			}
			if kwSeen[capt.Name] {
				p.errorAt(pos, "attribute name repeated in class pattern: %s", capt.Name)
			}
			kwSeen[capt.Name] = true
			c.KwNames = append(c.KwNames, capt.Name)
			c.KwPatterns = append(c.KwPatterns, p.pattern())
		} else {
			if len(c.KwNames) > 0 {
				p.errorAt(pos, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if p.tok.kind != COMMA {
			break
		}
		p.advance()
	}
	p.expect(RPAREN)
	return c
}

func (p *parser) mappingPattern() Pattern {
	m := &MatchMapping{Lbrace: p.tok.pos}
	p.advance()
	for p.tok.kind != RBRACE {
		if p.tok.kind == POW {
			p.advance()
			name, pos := p.ident()
			if name == "_" {
				p.errorAt(pos, "invalid syntax")
			}
			m.Rest = name
			if p.tok.kind == COMMA {
				p.advance()
			}
			break
		}
		m.Keys = append(m.Keys, p.mappingKey())
		p.expect(COLON)
		m.Patterns = append(m.Patterns, p.pattern())
		if p.tok.kind != COMMA {
			break
		}
		p.advance()
	}
	p.expect(RBRACE)
	return m
}

// mappingKey parses a key of a mapping pattern: a literal or a dotted
// name.
func (p *parser) mappingKey() Expr {
	pos := p.tok.pos
	switch p.tok.kind {
	case INT, FLOAT, SUB:
		return p.signedNumber()
	case STRING, BYTES, FSTRING:
		x := p.strings()
		if _, ok := x.(*FString); ok {
			p.errorAt(pos, "patterns may only match literals and attribute lookups")
		}
		return x
	case NONE:
		p.advance()
		return &Literal{LitPos: pos}
	case TRUE, FALSE:
		v := p.tok.kind == TRUE
		p.advance()
		return &Literal{LitPos: pos, Value: v}
	case IDENT:
		name := p.tok.text
		p.advance()
		if p.tok.kind != DOT {
			p.errorAt(pos, "mapping pattern keys may only match literals and attribute lookups")
		}
		var x Expr = &Name{NamePos: pos, Id: name}
		for p.tok.kind == DOT {
			p.advance()
			attr, apos := p.ident()
			x = &Attribute{X: x, Name: attr, NamePos: apos}
		}
		return x
	}
	p.syntaxError()
	return nil
}
