package syntax

import "strings"

// strings parses one or more adjacent string literals. Plain strings fold
// into one Literal; if any is an f-string the result is one *FString;
// bytes literals may only join bytes literals.
func (p *parser) strings() Expr {
	first := p.tok
	p.advance()
	switch p.tok.kind {
	case STRING, BYTES, FSTRING:
	default:
		if first.kind == FSTRING {
			return &FString{FPos: first.pos, Parts: p.fparts(nil, first.val.(*fstring))}
		}
		return &Literal{LitPos: first.pos, Value: first.val}
	}

	isBytes := first.kind == BYTES
	var sb strings.Builder
	var bs []byte
	var fs *FString
	add := func(t token) {
		if (t.kind == BYTES) != isBytes {
			p.errorAt(first.pos, "cannot mix bytes and nonbytes literals")
		}
		switch t.kind {
		case BYTES:
			bs = append(bs, t.val.([]byte)...)
		case STRING:
			if fs != nil {
				fs.Parts = appendText(fs.Parts, t.val.(string))
			} else {
				sb.WriteString(t.val.(string))
			}
		case FSTRING:
			if fs == nil {
				fs = &FString{FPos: first.pos}
				if sb.Len() > 0 {
					fs.Parts = appendText(fs.Parts, sb.String())
				}
			}
			fs.Parts = p.fparts(fs.Parts, t.val.(*fstring))
		}
	}
	add(first)
	for {
		switch p.tok.kind {
		case STRING, BYTES, FSTRING:
			t := p.tok
			p.advance()
			add(t)
			continue
		}
		break
	}
	switch {
	case isBytes:
		if bs == nil {
			bs = []byte{}
		}
		return &Literal{LitPos: first.pos, Value: bs}
	case fs != nil:
		return fs
	}
	return &Literal{LitPos: first.pos, Value: sb.String()}
}

// appendText appends literal text to f-string parts, merging it with a
// preceding text part.
func appendText(parts []FStringPart, text string) []FStringPart {
	if text == "" {
		return parts
	}
	if n := len(parts); n > 0 && parts[n-1].Expr == nil {
		parts[n-1].Text += text
		return parts
	}
	return append(parts, FStringPart{Text: text})
}

// fparts converts a scanned f-string into FStringParts appended to parts,
// parsing the replacement fields.
func (p *parser) fparts(parts []FStringPart, fs *fstring) []FStringPart {
	for _, part := range fs.parts {
		if part.field == nil {
			parts = appendText(parts, part.text)
			continue
		}
		parts = append(parts, p.field(part.field))
	}
	return parts
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
		part.Spec = &FString{FPos: f.lbrace, Parts: p.fparts(nil, f.spec)}
	}
	return part
}
