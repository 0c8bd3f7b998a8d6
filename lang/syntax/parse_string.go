package syntax

import "strings"

// strings parses one or more adjacent string literals. Plain strings fold
// into one Literal; if any is an f-string the result is one *FString;
// bytes literals may only join bytes literals.
func (p *parser) strings() Expr {
	first := p.tok
	isBytes := first.kind == BYTES
	var bs []byte
	var c fconcat
	isF := false
	for n := 0; ; n++ {
		t := p.tok
		switch t.kind {
		case STRING, BYTES, FSTRING:
		default:
			switch {
			case isF:
				return &FString{FPos: first.pos, Parts: c.done()}
			case n == 1:
				return &Literal{LitPos: first.pos, Value: first.val}
			case isBytes:
				return &Literal{LitPos: first.pos, Value: bs}
			}
			return &Literal{LitPos: first.pos, Value: c.text.String()}
		}
		if (t.kind == BYTES) != isBytes {
			p.errorAt(first.pos, "cannot mix bytes and nonbytes literals")
		}
		p.advance()
		switch t.kind {
		case BYTES:
			bs = append(bs, t.val.([]byte)...)
		case STRING:
			c.text.WriteString(t.val.(string))
		case FSTRING:
			isF = true
			p.fparts(&c, t.val.(*fstring))
		}
	}
}

// fconcat accumulates the parts of an f-string, merging adjacent text.
type fconcat struct {
	parts []FStringPart
	text  strings.Builder
}

func (c *fconcat) flush() {
	if c.text.Len() > 0 {
		c.parts = append(c.parts, FStringPart{Text: c.text.String()})
		c.text.Reset()
	}
}

func (c *fconcat) done() []FStringPart {
	c.flush()
	return c.parts
}

// fparts adds a scanned f-string to c, parsing its replacement fields.
func (p *parser) fparts(c *fconcat, fs *fstring) {
	for _, part := range fs.parts {
		if part.field == nil {
			c.text.WriteString(part.text)
			continue
		}
		c.flush()
		c.parts = append(c.parts, p.field(part.field))
	}
}

// field parses one replacement field from its tokens.
func (p *parser) field(f *ffield) FStringPart {
	savedTok, savedPrev, savedPrevPos := p.tok, p.prev, p.prevPos
	savedSub, savedSubI := p.sub, p.subI
	p.sub, p.subI = f.toks, 0
	p.fstr++
	p.advance()
	var x Expr
	if p.tok.kind == YIELD {
		x = p.yieldExpr()
	} else {
		x = p.value(p.starExprs())
	}
	if p.tok.kind != EOF {
		p.syntaxError()
	}
	p.fstr--
	p.sub, p.subI = savedSub, savedSubI
	p.tok, p.prev, p.prevPos = savedTok, savedPrev, savedPrevPos
	part := FStringPart{Expr: x, Debug: f.debug, Conversion: f.conv}
	if f.spec != nil {
		var c fconcat
		p.fparts(&c, f.spec)
		part.Spec = &FString{FPos: f.lbrace, Parts: c.done()}
	}
	return part
}
