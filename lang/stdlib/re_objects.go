package stdlib

import (
	"math"
	"strconv"
	"strings"

	"github.com/wasmling/wasmling/lang"
)

// re.Pattern and re.Match methods, and the matching functions.

func (p *rePattern) Attr(t *lang.Thread, name string) (lang.Value, bool, error) {
	switch name {
	case "pattern":
		return p.src, true, nil
	case "flags":
		return lang.Int(int64(p.flags)), true, nil
	case "groups":
		return lang.Int(int64(p.tr.groups)), true, nil
	case "groupindex":
		d := lang.NewDict()
		for i, n := range p.tr.names {
			if n != "" {
				d.SetString(n, lang.Int(int64(i+1)))
			}
		}
		return lang.Obj(d), true, nil
	}
	return lang.None, false, nil
}

var reFlagNames = []struct {
	bit  int
	name string
}{
	{reTemplate, "re.TEMPLATE"}, {reIgnoreCase, "re.IGNORECASE"}, {reLocale, "re.LOCALE"},
	{reMultiline, "re.MULTILINE"}, {reDotAll, "re.DOTALL"}, {reVerbose, "re.VERBOSE"},
	{reDebug, "re.DEBUG"}, {reASCII, "re.ASCII"},
}

func (p *rePattern) Repr(t *lang.Thread) (string, error) {
	src, err := lang.Repr(t, p.src)
	if err != nil {
		return "", err
	}
	if len(src) > 200 {
		src = src[:200]
	}
	var fl []string
	for _, f := range reFlagNames {
		if p.flags&f.bit != 0 {
			fl = append(fl, f.name)
		}
	}
	if p.isBytes && p.flags&reUnicode != 0 {
		fl = append(fl, "re.UNICODE")
	}
	if len(fl) == 0 {
		return "re.compile(" + src + ")", nil
	}
	return "re.compile(" + src + ", " + strings.Join(fl, "|") + ")", nil
}

func (p *rePattern) Equal(t *lang.Thread, other lang.Value) (bool, error) {
	o, ok := other.Object().(*rePattern)
	return ok && o.pattern == p.pattern && o.flags == p.flags && o.isBytes == p.isBytes, nil
}

func (p *rePattern) Hash(t *lang.Thread) (uint64, error) {
	return lang.NewStr(p.pattern).HashValue() ^ uint64(p.flags), nil
}

func newPatternClass() *lang.Class {
	cls := lang.NewClass("Pattern", "re", nil)
	for name, fn := range map[string]lang.BuiltinFunc{
		"search": patSearch, "match": patMatch, "fullmatch": patFullmatch,
		"findall": patFindall, "finditer": patFinditer, "split": patSplit,
		"sub": patSub, "subn": patSubn,
	} {
		cls.DefineMethod(name, fn)
	}
	return cls
}

func patOf(args []lang.Value) *rePattern { return args[0].Object().(*rePattern) }

// matchArgs unpacks (string, pos=0, endpos=maxsize).
func matchArgs(t *lang.Thread, fname string, args []lang.Value, kw []string) (*rePattern, *subject, int64, int64, error) {
	p := patOf(args)
	var sv lang.Value
	pos, endpos := int64(0), int64(math.MaxInt64)
	if err := lang.UnpackArgs(t, fname, args[1:], kw, "string", &sv, "pos?", &pos, "endpos?", &endpos); err != nil {
		return nil, nil, 0, 0, err
	}
	s, err := p.subjectOf(sv)
	if err != nil {
		return nil, nil, 0, 0, err
	}
	return p, s, pos, endpos, nil
}

func matchMode(t *lang.Thread, fname string, mode int, args []lang.Value, kw []string) (lang.Value, error) {
	p, s, pos, endpos, err := matchArgs(t, fname, args, kw)
	if err != nil {
		return lang.None, err
	}
	text, start := s.window(pos, endpos)
	if start > len(text) {
		return lang.None, nil
	}
	loc, err := p.find(t, mode, text, start)
	if err != nil || loc == nil {
		return lang.None, err
	}
	return p.newMatch(t, s, loc, pos, endpos, len(text)), nil
}

func patSearch(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	return matchMode(t, "search", modeSearch, args, kw)
}

func patMatch(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	return matchMode(t, "match", modeMatch, args, kw)
}

func patFullmatch(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	return matchMode(t, "fullmatch", modeFull, args, kw)
}

func patFindall(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	p, s, pos, endpos, err := matchArgs(t, "findall", args, kw)
	if err != nil {
		return lang.None, err
	}
	text, start := s.window(pos, endpos)
	var out []lang.Value
	groups := p.tr.groups
	empty := s.value(0, 0)
	err = p.each(t, text, start, s, func(loc []int) (bool, error) {
		switch groups {
		case 0:
			out = append(out, s.value(loc[0], loc[1]))
		case 1:
			if loc[2] < 0 {
				out = append(out, empty)
			} else {
				out = append(out, s.value(loc[2], loc[3]))
			}
		default:
			items := make([]lang.Value, groups)
			for g := 1; g <= groups; g++ {
				if loc[2*g] < 0 {
					items[g-1] = empty
				} else {
					items[g-1] = s.value(loc[2*g], loc[2*g+1])
				}
			}
			out = append(out, lang.TupleValue(items...))
		}
		return true, nil
	})
	if err != nil {
		return lang.None, err
	}
	return lang.ListValue(out), nil
}

// reIter is the iterator finditer returns.
type reIter struct {
	p           *rePattern
	s           *subject
	text        string
	pos         int
	mustAdvance bool
	done        bool
	posArg      int64
	endposArg   int64
}

func (it *reIter) Type() *lang.Class { return lang.IteratorType }

func (it *reIter) Next(t *lang.Thread) (lang.Value, bool, error) {
	if it.done || it.pos > len(it.text) {
		return lang.None, false, nil
	}
	loc, err := it.p.find(t, modeSearch, it.text, it.pos)
	if err != nil {
		return lang.None, false, err
	}
	if loc != nil && it.mustAdvance && loc[0] == it.pos && loc[1] == it.pos {
		if it.pos >= len(it.text) {
			loc = nil
		} else {
			it.pos = it.s.nextPos(it.pos)
			if loc, err = it.p.find(t, modeSearch, it.text, it.pos); err != nil {
				return lang.None, false, err
			}
		}
	}
	if loc == nil {
		it.done = true
		return lang.None, false, nil
	}
	it.mustAdvance = loc[0] == loc[1]
	it.pos = loc[1]
	return it.p.newMatch(t, it.s, loc, it.posArg, it.endposArg, len(it.text)), true, nil
}

func patFinditer(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	p, s, pos, endpos, err := matchArgs(t, "finditer", args, kw)
	if err != nil {
		return lang.None, err
	}
	text, start := s.window(pos, endpos)
	return lang.Obj(&reIter{p: p, s: s, text: text, pos: start, posArg: pos, endposArg: endpos}), nil
}

func patSplit(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	p := patOf(args)
	var sv lang.Value
	maxsplit := int64(0)
	if err := lang.UnpackArgs(t, "split", args[1:], kw, "string", &sv, "maxsplit?", &maxsplit); err != nil {
		return lang.None, err
	}
	s, err := p.subjectOf(sv)
	if err != nil {
		return lang.None, err
	}
	if maxsplit < 0 {
		return lang.ListValue([]lang.Value{sv}), nil
	}
	var out []lang.Value
	last := 0
	n := int64(0)
	err = p.each(t, s.s, 0, s, func(loc []int) (bool, error) {
		if maxsplit > 0 && n >= maxsplit {
			return false, nil
		}
		out = append(out, s.value(last, loc[0]))
		for g := 1; g <= p.tr.groups; g++ {
			out = append(out, s.value(loc[2*g], loc[2*g+1]))
		}
		last = loc[1]
		n++
		return true, nil
	})
	if err != nil {
		return lang.None, err
	}
	out = append(out, s.value(last, len(s.s)))
	return lang.ListValue(out), nil
}

// replPart is one piece of a parsed replacement template: literal text,
// or a group number (group >= 0).
type replPart struct {
	lit   string
	group int
}

// parseTemplate parses a replacement string as CPython's
// re._parser.parse_template does.
func (p *rePattern) parseTemplate(t *lang.Thread, repl string) ([]replPart, error) {
	var parts []replPart
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, replPart{lit: lit.String(), group: -1})
			lit.Reset()
		}
	}
	bad := func(msg string, pos int) error {
		return setReErrorAttrs(t, newReError(msg, repl, pos), msg, repl, pos)
	}
	addGroup := func(g int, pos int) error {
		if g > p.tr.groups {
			return bad("invalid group reference "+strconv.Itoa(g), pos)
		}
		flush()
		parts = append(parts, replPart{group: g})
		return nil
	}
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		if c != '\\' {
			lit.WriteByte(c)
			continue
		}
		if i+1 >= len(repl) {
			return nil, bad("bad escape (end of pattern)", i)
		}
		e := repl[i+1]
		switch {
		case e == 'g':
			if i+2 >= len(repl) || repl[i+2] != '<' {
				return nil, bad("missing <", i+2)
			}
			end := strings.IndexByte(repl[i+3:], '>')
			if end < 0 && i+3 >= len(repl) {
				return nil, bad("missing group name", i+3)
			}
			if end < 0 {
				return nil, bad("missing >, unterminated name", i+3)
			}
			name := repl[i+3 : i+3+end]
			if name == "" {
				return nil, bad("missing group name", i+3)
			}
			var g int
			if n, err := strconv.Atoi(name); err == nil && name[0] >= '0' && name[0] <= '9' {
				g = n
			} else if isIdentifier(name) {
				g = indexOf(p.tr.names, name) + 1
				if g == 0 {
					return nil, lang.NewError(lang.IndexErrorType, "unknown group name '%s'", name)
				}
			} else {
				return nil, bad("bad character in group name '"+name+"'", i+3)
			}
			if err := addGroup(g, i+3); err != nil {
				return nil, err
			}
			i += 3 + end
		case e == '0':
			j := i + 2
			for j < len(repl) && j < i+4 && isOct(repl[j]) {
				j++
			}
			v, _ := strconv.ParseUint("0"+repl[i+2:j], 8, 32)
			lit.WriteRune(rune(v))
			i = j - 1
		case e >= '1' && e <= '9':
			j := i + 2
			if j+1 < len(repl) && isOct(e) && isOct(repl[j]) && isOct(repl[j+1]) {
				v, _ := strconv.ParseUint(repl[i+1:j+2], 8, 32)
				if v > 0o377 {
					return nil, bad("octal escape value \\"+repl[i+1:j+2]+" outside of range 0-0o377", i)
				}
				lit.WriteRune(rune(v))
				i = j + 1
				continue
			}
			if j < len(repl) && repl[j] >= '0' && repl[j] <= '9' {
				j++
			}
			g, _ := strconv.Atoi(repl[i+1 : j])
			if err := addGroup(g, i+1); err != nil {
				return nil, err
			}
			i = j - 1
		default:
			switch e {
			case 'a':
				lit.WriteByte('\a')
			case 'b':
				lit.WriteByte('\b')
			case 'f':
				lit.WriteByte('\f')
			case 'n':
				lit.WriteByte('\n')
			case 'r':
				lit.WriteByte('\r')
			case 't':
				lit.WriteByte('\t')
			case 'v':
				lit.WriteByte('\v')
			case '\\':
				lit.WriteByte('\\')
			default:
				if e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z' {
					return nil, bad("bad escape \\"+string(e), i)
				}
				lit.WriteByte('\\')
				lit.WriteByte(e)
			}
			i++
		}
	}
	flush()
	return parts, nil
}

func expandParts(b *strings.Builder, parts []replPart, s string, loc []int) {
	for _, part := range parts {
		if part.group < 0 {
			b.WriteString(part.lit)
		} else if a := loc[2*part.group]; a >= 0 {
			b.WriteString(s[a:loc[2*part.group+1]])
		}
	}
}

func (p *rePattern) subn(t *lang.Thread, fname string, args []lang.Value, kw []string) (lang.Value, int, error) {
	var repl, sv lang.Value
	count := int64(0)
	if err := lang.UnpackArgs(t, fname, args[1:], kw, "repl", &repl, "string", &sv, "count?", &count); err != nil {
		return lang.None, 0, err
	}
	s, err := p.subjectOf(sv)
	if err != nil {
		return lang.None, 0, err
	}
	var parts []replPart
	var fn lang.Value
	switch r := repl.Object().(type) {
	case *lang.Str:
		if p.isBytes {
			return lang.None, 0, lang.NewError(lang.TypeErrorType, "expected a bytes-like object, str found")
		}
		if parts, err = p.parseTemplate(t, r.GoString()); err != nil {
			return lang.None, 0, err
		}
	case *lang.Bytes:
		if !p.isBytes {
			return lang.None, 0, lang.NewError(lang.TypeErrorType, "expected str instance, bytes found")
		}
		if parts, err = p.parseTemplate(t, string(r.Bytes())); err != nil {
			return lang.None, 0, err
		}
	default:
		if !lang.IsCallable(repl) {
			if p.isBytes {
				return lang.None, 0, lang.NewError(lang.TypeErrorType, "expected a bytes-like object, %s found", repl.TypeName())
			}
			return lang.None, 0, lang.NewError(lang.TypeErrorType, "decoding to str: need a bytes-like object, %s found", repl.TypeName())
		}
		fn = repl
	}
	var b strings.Builder
	last, n, pieces := 0, 0, 0
	err = p.each(t, s.s, 0, s, func(loc []int) (bool, error) {
		if count > 0 && int64(n) >= count {
			return false, nil
		}
		if loc[0] > last {
			pieces++
		}
		b.WriteString(s.s[last:loc[0]])
		if parts != nil || fn.IsNone() {
			expandParts(&b, parts, s.s, loc)
		} else {
			m := p.newMatch(t, s, loc, 0, math.MaxInt64, len(s.s))
			r, err := t.Call(fn, []lang.Value{m}, nil)
			if err != nil {
				return false, err
			}
			want := "str instance"
			if p.isBytes {
				want = "a bytes-like object"
			}
			switch x := r.Object().(type) {
			case *lang.Str:
				if p.isBytes {
					return false, lang.NewError(lang.TypeErrorType, "sequence item %d: expected %s, str found", pieces, want)
				}
				b.WriteString(x.GoString())
			case *lang.Bytes:
				if !p.isBytes {
					return false, lang.NewError(lang.TypeErrorType, "sequence item %d: expected %s, bytes found", pieces, want)
				}
				b.Write(x.Bytes())
			default:
				if r.IsNone() {
					break
				}
				return false, lang.NewError(lang.TypeErrorType, "sequence item %d: expected %s, %s found", pieces, want, r.TypeName())
			}
			if !r.IsNone() {
				pieces++
			}
		}
		last = loc[1]
		n++
		if b.Len() > 1<<20 {
			if err := t.CheckMemory(int64(b.Len())); err != nil {
				return false, err
			}
		}
		return true, nil
	})
	if err != nil {
		return lang.None, 0, err
	}
	b.WriteString(s.s[last:])
	if s.isBytes {
		return lang.NewBytes([]byte(b.String())), n, nil
	}
	return lang.String(b.String()), n, nil
}

func patSub(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	v, _, err := patOf(args).subn(t, "sub", args, kw)
	return v, err
}

func patSubn(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	v, n, err := patOf(args).subn(t, "subn", args, kw)
	if err != nil {
		return lang.None, err
	}
	return lang.TupleValue(v, lang.Int(int64(n))), nil
}

// reMatch is a re.Match.
type reMatch struct {
	cls         *lang.Class
	p           *rePattern
	s           *subject
	loc         []int
	pos, endpos int64
	textLen     int
}

func (p *rePattern) newMatch(t *lang.Thread, s *subject, loc []int, pos, endpos int64, textLen int) lang.Value {
	return lang.Obj(&reMatch{cls: reStateOf(t).matchClass, p: p, s: s, loc: loc, pos: pos, endpos: endpos, textLen: textLen})
}

func (m *reMatch) Type() *lang.Class { return m.cls }

// groupIndex resolves a group argument (number or name).
func (m *reMatch) groupIndex(g lang.Value) (int, error) {
	if n, ok := g.ToInt64(); ok {
		if n >= 0 && n <= int64(m.p.tr.groups) {
			return int(n), nil
		}
	} else if name, ok := g.Str(); ok {
		if i := indexOf(m.p.tr.names, name); i >= 0 {
			return i + 1, nil
		}
	}
	return 0, lang.NewError(lang.IndexErrorType, "no such group")
}

func (m *reMatch) group(i int) lang.Value { return m.s.value(m.loc[2*i], m.loc[2*i+1]) }

func (m *reMatch) lastIndex() int {
	best, bestEnd := -1, -1
	for g := 1; g <= m.p.tr.groups; g++ {
		if a, e := m.loc[2*g], m.loc[2*g+1]; a >= 0 && e > bestEnd {
			best, bestEnd = g, e
		}
	}
	return best
}

func (m *reMatch) Attr(t *lang.Thread, name string) (lang.Value, bool, error) {
	switch name {
	case "string":
		return m.s.v, true, nil
	case "re":
		return lang.Obj(m.p), true, nil
	case "pos":
		return lang.Int(max(0, m.pos)), true, nil
	case "endpos":
		return lang.Int(int64(m.s.char(m.textLen))), true, nil
	case "lastindex":
		if i := m.lastIndex(); i > 0 {
			return lang.Int(int64(i)), true, nil
		}
		return lang.None, true, nil
	case "lastgroup":
		if i := m.lastIndex(); i > 0 && m.p.tr.names[i-1] != "" {
			return lang.String(m.p.tr.names[i-1]), true, nil
		}
		return lang.None, true, nil
	case "regs":
		items := make([]lang.Value, m.p.tr.groups+1)
		for g := range items {
			items[g] = m.span(g)
		}
		return lang.TupleValue(items...), true, nil
	}
	return lang.None, false, nil
}

func (m *reMatch) span(g int) lang.Value {
	a, b := m.loc[2*g], m.loc[2*g+1]
	if a < 0 {
		return lang.TupleValue(lang.Int(-1), lang.Int(-1))
	}
	return lang.TupleValue(lang.Int(int64(m.s.char(a))), lang.Int(int64(m.s.char(b))))
}

func (m *reMatch) Repr(t *lang.Thread) (string, error) {
	r, err := lang.Repr(t, m.group(0))
	if err != nil {
		return "", err
	}
	return "<re.Match object; span=(" + strconv.Itoa(m.s.char(m.loc[0])) + ", " + strconv.Itoa(m.s.char(m.loc[1])) + "), match=" + r + ">", nil
}

func (m *reMatch) GetItem(t *lang.Thread, k lang.Value) (lang.Value, error) {
	i, err := m.groupIndex(k)
	if err != nil {
		return lang.None, err
	}
	return m.group(i), nil
}

func matchOf(args []lang.Value) *reMatch { return args[0].Object().(*reMatch) }

func newMatchClass() *lang.Class {
	cls := lang.NewClass("Match", "re", nil)
	cls.DefineMethod("group", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.NoKwargs("group", kw); err != nil {
			return lang.None, err
		}
		m := matchOf(args)
		if len(args) == 1 {
			return m.group(0), nil
		}
		out := make([]lang.Value, len(args)-1)
		for i, g := range args[1:] {
			idx, err := m.groupIndex(g)
			if err != nil {
				return lang.None, err
			}
			out[i] = m.group(idx)
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return lang.TupleValue(out...), nil
	})
	cls.DefineMethod("groups", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var dflt lang.Value
		if err := lang.UnpackArgs(t, "groups", args[1:], kw, "default?", &dflt); err != nil {
			return lang.None, err
		}
		m := matchOf(args)
		out := make([]lang.Value, m.p.tr.groups)
		for g := 1; g <= m.p.tr.groups; g++ {
			out[g-1] = m.group(g)
			if m.loc[2*g] < 0 {
				out[g-1] = dflt
			}
		}
		return lang.TupleValue(out...), nil
	})
	cls.DefineMethod("groupdict", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var dflt lang.Value
		if err := lang.UnpackArgs(t, "groupdict", args[1:], kw, "default?", &dflt); err != nil {
			return lang.None, err
		}
		m := matchOf(args)
		d := lang.NewDict()
		for i, n := range m.p.tr.names {
			if n == "" {
				continue
			}
			v := m.group(i + 1)
			if m.loc[2*(i+1)] < 0 {
				v = dflt
			}
			d.SetString(n, v)
		}
		return lang.Obj(d), nil
	})
	pos := func(name string, which int) lang.BuiltinFunc {
		return func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			g := lang.Int(0)
			if err := lang.UnpackArgs(t, name, args[1:], kw, "group?", &g); err != nil {
				return lang.None, err
			}
			m := matchOf(args)
			i, err := m.groupIndex(g)
			if err != nil {
				return lang.None, err
			}
			sp := m.span(i)
			if which < 0 {
				return sp, nil
			}
			return sp.Object().(*lang.Tuple).Items()[which], nil
		}
	}
	cls.DefineMethod("start", pos("start", 0))
	cls.DefineMethod("end", pos("end", 1))
	cls.DefineMethod("span", pos("span", -1))
	cls.DefineMethod("expand", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var tmpl lang.Value
		if err := lang.UnpackArgs(t, "expand", args[1:], kw, "template", &tmpl); err != nil {
			return lang.None, err
		}
		m := matchOf(args)
		src, ok := tmpl.Str()
		if b, isB := tmpl.Object().(*lang.Bytes); isB {
			src, ok = string(b.Bytes()), true
		}
		if !ok {
			return lang.None, lang.NewError(lang.TypeErrorType, "expected str instance, %s found", tmpl.TypeName())
		}
		parts, err := m.p.parseTemplate(t, src)
		if err != nil {
			return lang.None, err
		}
		var b strings.Builder
		expandParts(&b, parts, m.s.s, m.loc)
		if m.s.isBytes {
			return lang.NewBytes([]byte(b.String())), nil
		}
		return lang.String(b.String()), nil
	})
	cls.DefineMethod("__getitem__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("__getitem__", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		return matchOf(args).GetItem(t, args[1])
	})
	return cls
}
