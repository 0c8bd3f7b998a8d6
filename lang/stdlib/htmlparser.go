package stdlib

import (
	"strings"
	"unicode"

	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/compile"
)

// htmlParserNative is _htmlparser: the tokenizer of html.parser's
// HTMLParser (py/html_parser.py), a port of CPython 3.11's goahead() and
// parse_* methods with its regular expressions written out by hand. It
// works on code points, as CPython's indices do, and calls the handle_*
// methods of the script's parser object.
func htmlParserNative(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("_htmlparser")
	m.SetFunc("goahead", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var self lang.Value
		end := false
		if err := lang.UnpackArgs(t, "goahead", args, kw, "self", &self, "end", &end); err != nil {
			return lang.None, err
		}
		p := &htmlTokenizer{t: t, self: self}
		return lang.None, p.goahead(end)
	})
	return m, nil
}

type htmlTokenizer struct {
	t    *lang.Thread
	self lang.Value
	raw  []rune
	// line and column of raw[0] are kept in self.lineno / self.offset.
}

func pySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

func asciiLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func asciiDigit(r rune) bool { return r >= '0' && r <= '9' }

func asciiAlnum(r rune) bool { return asciiLetter(r) || asciiDigit(r) }

func asciiHex(r rune) bool { return asciiDigit(r) || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F' }

func (p *htmlTokenizer) attr(name string) (lang.Value, error) {
	v, ok, err := lang.GetAttr(p.t, p.self, name)
	if err != nil {
		return lang.None, err
	}
	if !ok {
		return lang.None, lang.NewError(lang.AttributeErrorType, "'%s' object has no attribute '%s'", p.self.TypeName(), name)
	}
	return v, nil
}

func (p *htmlTokenizer) call(method string, args ...lang.Value) error {
	f, err := p.attr(method)
	if err != nil {
		return err
	}
	_, err = p.t.Call(f, args, nil)
	return err
}

func (p *htmlTokenizer) str(i, j int) lang.Value { return lang.String(string(p.raw[i:j])) }

func (p *htmlTokenizer) convertCharrefs() (bool, error) {
	v, err := p.attr("convert_charrefs")
	if err != nil {
		return false, err
	}
	return lang.Truth(p.t, v)
}

func (p *htmlTokenizer) cdataElem() (string, bool, error) {
	v, err := p.attr("cdata_elem")
	if err != nil {
		return "", false, err
	}
	if v.IsNone() {
		return "", false, nil
	}
	s, _ := v.Str()
	return s, true, nil
}

// data calls handle_data, unescaped when convert_charrefs is on outside
// CDATA content.
func (p *htmlTokenizer) data(i, j int) error {
	conv, err := p.convertCharrefs()
	if err != nil {
		return err
	}
	_, cdata, err := p.cdataElem()
	if err != nil {
		return err
	}
	s := string(p.raw[i:j])
	if conv && !cdata {
		s = htmlUnescape(s)
	}
	return p.call("handle_data", lang.String(s))
}

// updatepos advances self.lineno/self.offset over raw[i:j].
func (p *htmlTokenizer) updatepos(i, j int) (int, error) {
	if i >= j {
		return j, nil
	}
	nl, last := 0, -1
	for k := i; k < j; k++ {
		if p.raw[k] == '\n' {
			nl++
			last = k
		}
	}
	if nl > 0 {
		ln, err := p.attr("lineno")
		if err != nil {
			return 0, err
		}
		lv, err := lang.Binary(p.t, compile.OpAdd, ln, lang.Int(int64(nl)))
		if err != nil {
			return 0, err
		}
		if err := lang.SetAttr(p.t, p.self, "lineno", lv); err != nil {
			return 0, err
		}
		return j, lang.SetAttr(p.t, p.self, "offset", lang.Int(int64(j-(last+1))))
	}
	off, err := p.attr("offset")
	if err != nil {
		return 0, err
	}
	ov, err := lang.Binary(p.t, compile.OpAdd, off, lang.Int(int64(j-i)))
	if err != nil {
		return 0, err
	}
	return j, lang.SetAttr(p.t, p.self, "offset", ov)
}

// reference calls handler with name, the name of the character or entity
// reference at i whose match ends at e, and moves past the reference: its
// last matched character is part of it only if it is ';'.
func (p *htmlTokenizer) reference(handler string, name lang.Value, i, e int) (int, error) {
	if err := p.call(handler, name); err != nil {
		return i, err
	}
	if p.raw[e-1] != ';' {
		e--
	}
	return p.updatepos(i, e)
}

func (p *htmlTokenizer) startsWith(i int, s string) bool {
	k := i
	for _, r := range s {
		if k >= len(p.raw) || p.raw[k] != r {
			return false
		}
		k++
	}
	return true
}

func (p *htmlTokenizer) find(r rune, from int) int {
	for k := max(from, 0); k < len(p.raw); k++ {
		if p.raw[k] == r {
			return k
		}
	}
	return -1
}

func (p *htmlTokenizer) goahead(end bool) error {
	rv, err := p.attr("rawdata")
	if err != nil {
		return err
	}
	rs, ok := rv.Str()
	if !ok {
		return lang.NewError(lang.TypeErrorType, "rawdata must be a str")
	}
	p.raw = []rune(rs)
	raw := p.raw
	n := len(raw)
	i := 0
	steps := 0
	for i < n {
		steps++
		if steps&255 == 0 {
			if err := p.t.Tick(); err != nil {
				return err
			}
		}
		conv, err := p.convertCharrefs()
		if err != nil {
			return err
		}
		cdataName, cdata, err := p.cdataElem()
		if err != nil {
			return err
		}
		var j int
		if conv && !cdata {
			j = p.find('<', i)
			if j < 0 {
				amppos := -1
				for k := n - 1; k >= max(i, n-34); k-- {
					if raw[k] == '&' {
						amppos = k
						break
					}
				}
				if amppos >= 0 {
					found := false
					for k := amppos; k < n; k++ {
						if pySpace(raw[k]) || raw[k] == ';' {
							found = true
							break
						}
					}
					if !found {
						break // wait till we get all the text
					}
				}
				j = n
			}
		} else {
			j = p.searchInteresting(i, cdataName, cdata)
			if j < 0 {
				if cdata {
					break
				}
				j = n
			}
		}
		if i < j {
			if err := p.data(i, j); err != nil {
				return err
			}
		}
		if i, err = p.updatepos(i, j); err != nil {
			return err
		}
		if i == n {
			break
		}
		switch {
		case raw[i] == '<':
			var k int
			switch {
			case i+1 < n && asciiLetter(raw[i+1]):
				k, err = p.parseStarttag(i)
			case p.startsWith(i, "</"):
				k, err = p.parseEndtag(i)
			case p.startsWith(i, "<!--"):
				k, err = p.parseComment(i)
			case p.startsWith(i, "<?"):
				k, err = p.parsePI(i)
			case p.startsWith(i, "<!"):
				k, err = p.parseHTMLDeclaration(i)
			case i+1 < n:
				err = p.call("handle_data", lang.String("<"))
				k = i + 1
			default:
				k = -2 // break out of the loop
			}
			if err != nil {
				return err
			}
			if k == -2 {
				goto done
			}
			if k < 0 {
				if !end {
					goto done
				}
				k = p.find('>', i+1)
				if k < 0 {
					k = p.find('<', i+1)
					if k < 0 {
						k = i + 1
					}
				} else {
					k++
				}
				if err := p.data(i, k); err != nil {
					return err
				}
			}
			if i, err = p.updatepos(i, k); err != nil {
				return err
			}
		case p.startsWith(i, "&#"):
			if e := p.matchCharref(i); e >= 0 {
				if i, err = p.reference("handle_charref", p.str(i+2, e-1), i, e); err != nil {
					return err
				}
				continue
			}
			if p.find(';', i) >= 0 { // bail by consuming &#
				if err := p.call("handle_data", p.str(i, i+2)); err != nil {
					return err
				}
				if i, err = p.updatepos(i, i+2); err != nil {
					return err
				}
			}
			goto done
		case raw[i] == '&':
			if nameEnd, e := p.matchEntityref(i); e >= 0 {
				if i, err = p.reference("handle_entityref", p.str(i+1, nameEnd), i, e); err != nil {
					return err
				}
				continue
			}
			if i+1 < n && (asciiLetter(raw[i+1]) || raw[i+1] == '#') { // incomplete
				if end && i+2 == n {
					if i, err = p.updatepos(i, i+1); err != nil {
						return err
					}
				}
				goto done
			} else if i+1 < n {
				if err := p.call("handle_data", lang.String("&")); err != nil {
					return err
				}
				if i, err = p.updatepos(i, i+1); err != nil {
					return err
				}
			} else {
				goto done
			}
		default:
			return lang.NewError(lang.AssertionErrorType, "interesting.search() lied")
		}
	}
done:
	_, cdata, err := p.cdataElem()
	if err != nil {
		return err
	}
	if end && i < n && !cdata {
		if err := p.data(i, n); err != nil {
			return err
		}
		if i, err = p.updatepos(i, n); err != nil {
			return err
		}
	}
	return lang.SetAttr(p.t, p.self, "rawdata", p.str(i, n))
}

// searchInteresting finds [&<], or in CDATA mode </\s*elem\s*> (ignoring
// case).
func (p *htmlTokenizer) searchInteresting(i int, elem string, cdata bool) int {
	raw := p.raw
	for k := i; k < len(raw); k++ {
		if !cdata {
			if raw[k] == '&' || raw[k] == '<' {
				return k
			}
			continue
		}
		if raw[k] != '<' || k+1 >= len(raw) || raw[k+1] != '/' {
			continue
		}
		j := k + 2
		for j < len(raw) && pySpace(raw[j]) {
			j++
		}
		name := []rune(elem)
		if j+len(name) > len(raw) || !strings.EqualFold(string(raw[j:j+len(name)]), elem) {
			continue
		}
		j += len(name)
		for j < len(raw) && pySpace(raw[j]) {
			j++
		}
		if j < len(raw) && raw[j] == '>' {
			return k
		}
	}
	return -1
}

// matchCharref matches &#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F] at i and
// returns its end, or -1.
func (p *htmlTokenizer) matchCharref(i int) int {
	raw := p.raw
	n := len(raw)
	k := i + 2
	d := k
	for d < n && asciiDigit(raw[d]) {
		d++
	}
	if d > k && d < n && !asciiHex(raw[d]) {
		return d + 1
	}
	if k < n && (raw[k] == 'x' || raw[k] == 'X') {
		h := k + 1
		for h < n && asciiHex(raw[h]) {
			h++
		}
		if h > k+1 && h < n {
			return h + 1
		}
	}
	return -1
}

// matchEntityref matches &([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9] at i; it
// returns the end of the name and of the match, or -1.
func (p *htmlTokenizer) matchEntityref(i int) (int, int) {
	raw := p.raw
	n := len(raw)
	if i+1 >= n || !asciiLetter(raw[i+1]) {
		return -1, -1
	}
	e := i + 2
	for e < n && (asciiAlnum(raw[e]) || raw[e] == '-' || raw[e] == '.') {
		e++
	}
	if e < n {
		return e, e + 1
	}
	// Backtrack: a '-' or '.' inside the name can be the terminator.
	for q := e - 1; q > i+1; q-- {
		if raw[q] == '-' || raw[q] == '.' {
			return q, q + 1
		}
	}
	return -1, -1
}

// tagName matches [a-zA-Z][^\t\n\r\f />\x00]* at k and returns its end.
func (p *htmlTokenizer) tagName(k int) int {
	raw := p.raw
	j := k + 1
	for j < len(raw) {
		switch raw[j] {
		case '\t', '\n', '\r', '\f', ' ', '/', '>', 0:
			return j
		}
		j++
	}
	return j
}

// skipSepSlash matches (?:\s|/(?!>))* at k.
func (p *htmlTokenizer) skipSepSlash(k int) int {
	raw := p.raw
	for k < len(raw) {
		if pySpace(raw[k]) || (raw[k] == '/' && !(k+1 < len(raw) && raw[k+1] == '>')) {
			k++
			continue
		}
		break
	}
	return k
}

func (p *htmlTokenizer) skipSpace(k int) int {
	for k < len(p.raw) && pySpace(p.raw[k]) {
		k++
	}
	return k
}

// attribute matches one attribute as attrfind_tolerant does, at k:
// ((?<=['"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?
// It returns the name end, whether the value group matched with its
// bounds, and the end of the value group (or of the name).
func (p *htmlTokenizer) attribute(k int) (ok bool, nameEnd int, hasRest bool, vStart, vEnd int) {
	raw := p.raw
	n := len(raw)
	if k == 0 || k >= n {
		return false, 0, false, 0, 0
	}
	if prev := raw[k-1]; !(prev == '\'' || prev == '"' || prev == '/' || pySpace(prev)) {
		return false, 0, false, 0, 0
	}
	if c := raw[k]; pySpace(c) || c == '/' || c == '>' {
		return false, 0, false, 0, 0
	}
	a := k + 1
	for a < n && !(pySpace(raw[a]) || raw[a] == '/' || raw[a] == '=' || raw[a] == '>') {
		a++
	}
	p1 := p.skipSpace(a)
	if p1 >= n || raw[p1] != '=' {
		return true, a, false, 0, 0
	}
	p2 := p1
	for p2 < n && raw[p2] == '=' {
		p2++
	}
	p3 := p.skipSpace(p2)
	bare := func(s int) int {
		e := s
		for e < n && !(raw[e] == '>' || pySpace(raw[e])) {
			e++
		}
		return e
	}
	if p3 < n && (raw[p3] == '\'' || raw[p3] == '"') {
		if c := p.find(raw[p3], p3+1); c >= 0 {
			return true, a, true, p3, c + 1
		}
		// Unclosed quote: the regex backtracks.
		if p3 > p2 {
			return true, a, true, p3 - 1, p3 - 1
		}
		if p2-p1 >= 2 {
			return true, a, true, p2 - 1, bare(p2 - 1)
		}
		return true, a, false, 0, 0
	}
	return true, a, true, p3, bare(p3)
}

// locateStarttagEnd is locatestarttagend_tolerant.match(rawdata, i).end().
func (p *htmlTokenizer) locateStarttagEnd(i int) int {
	raw := p.raw
	k := p.tagName(i + 1)
	for k < len(raw) && (pySpace(raw[k]) || raw[k] == '/') {
		k++
	}
	for {
		ok, nameEnd, hasRest, _, vEnd := p.attribute(k)
		if !ok {
			break
		}
		a := nameEnd
		if hasRest {
			a = p.skipSpace(vEnd)
		}
		a = p.skipSepSlash(a)
		if a <= k {
			break
		}
		k = a
	}
	return p.skipSpace(k)
}

func (p *htmlTokenizer) checkForWholeStartTag(i int) int {
	raw := p.raw
	j := p.locateStarttagEnd(i)
	if j >= len(raw) {
		return -1
	}
	next := raw[j]
	if next == '>' {
		return j + 1
	}
	if next == '/' {
		if p.startsWith(j, "/>") {
			return j + 2
		}
		return -1
	}
	if asciiLetter(next) || next == '=' || next == '/' {
		return -1
	}
	if j > i {
		return j
	}
	return i + 1
}

func (p *htmlTokenizer) parseStarttag(i int) (int, error) {
	if err := lang.SetAttr(p.t, p.self, "_starttag_text", lang.None); err != nil {
		return 0, err
	}
	endpos := p.checkForWholeStartTag(i)
	if endpos < 0 {
		return endpos, nil
	}
	raw := p.raw
	if err := lang.SetAttr(p.t, p.self, "_starttag_text", p.str(i, endpos)); err != nil {
		return 0, err
	}
	nameEnd := p.tagName(i + 1)
	tag := strings.ToLower(string(raw[i+1 : nameEnd]))
	if err := lang.SetAttr(p.t, p.self, "lasttag", lang.String(tag)); err != nil {
		return 0, err
	}
	k := p.skipSepSlash(nameEnd)
	var attrs []lang.Value
	for k < endpos {
		ok, an, hasRest, vs, ve := p.attribute(k)
		if !ok {
			break
		}
		name := strings.ToLower(string(raw[k:an]))
		value := lang.None
		if hasRest {
			v := string(raw[vs:ve])
			if len(v) >= 2 && ((v[0] == '\'' && v[len(v)-1] == '\'') || (v[0] == '"' && v[len(v)-1] == '"')) {
				v = v[1 : len(v)-1]
			} else if v == "'" || v == `"` {
				v = ""
			}
			if v != "" {
				v = htmlUnescape(v)
			}
			value = lang.String(v)
		}
		attrs = append(attrs, lang.TupleValue(lang.String(name), value))
		end := an
		if hasRest {
			end = ve
		}
		k = p.skipSepSlash(end)
	}
	rest := strings.TrimFunc(string(raw[min(k, endpos):endpos]), pySpace)
	if rest != ">" && rest != "/>" {
		if err := p.call("handle_data", p.str(i, endpos)); err != nil {
			return 0, err
		}
		return endpos, nil
	}
	al := lang.ListValue(attrs)
	if attrs == nil {
		al = lang.ListValue([]lang.Value{})
	}
	if strings.HasSuffix(rest, "/>") {
		return endpos, p.call("handle_startendtag", lang.String(tag), al)
	}
	if err := p.call("handle_starttag", lang.String(tag), al); err != nil {
		return 0, err
	}
	cdataTags, err := p.attr("CDATA_CONTENT_ELEMENTS")
	if err != nil {
		return 0, err
	}
	in, err := lang.Contains(p.t, cdataTags, lang.String(tag))
	if err != nil {
		return 0, err
	}
	if in {
		if err := p.call("set_cdata_mode", lang.String(tag)); err != nil {
			return 0, err
		}
	}
	return endpos, nil
}

func (p *htmlTokenizer) parseEndtag(i int) (int, error) {
	raw := p.raw
	gt := p.find('>', i+1)
	if gt < 0 {
		return -1, nil
	}
	gtpos := gt + 1
	// endtagfind: </\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>
	nameStart, nameEnd := -1, -1
	if j := p.skipSpace(i + 2); j < len(raw) && asciiLetter(raw[j]) {
		e := j + 1
		for e < len(raw) && (asciiAlnum(raw[e]) || strings.ContainsRune("-.:_", raw[e])) {
			e++
		}
		if c := p.skipSpace(e); c < len(raw) && raw[c] == '>' {
			nameStart, nameEnd = j, e
			gtpos = c + 1
		}
	}
	cdataName, cdata, err := p.cdataElem()
	if err != nil {
		return 0, err
	}
	if nameStart < 0 {
		if cdata {
			return gtpos, p.call("handle_data", p.str(i, gtpos))
		}
		if i+2 >= len(raw) || !asciiLetter(raw[i+2]) {
			if p.startsWith(i, "</>") {
				return i + 3, nil
			}
			return p.parseBogusComment(i)
		}
		ne := p.tagName(i + 2)
		tagname := strings.ToLower(string(raw[i+2 : ne]))
		after := p.skipSepSlash(ne)
		g := p.find('>', after)
		if err := p.call("handle_endtag", lang.String(tagname)); err != nil {
			return 0, err
		}
		return g + 1, nil
	}
	elem := strings.ToLower(string(raw[nameStart:nameEnd]))
	if cdata && elem != cdataName {
		return gtpos, p.call("handle_data", p.str(i, gtpos))
	}
	if err := p.call("handle_endtag", lang.String(elem)); err != nil {
		return 0, err
	}
	return gtpos, p.call("clear_cdata_mode")
}

func (p *htmlTokenizer) parseBogusComment(i int) (int, error) {
	pos := p.find('>', i+2)
	if pos < 0 {
		return -1, nil
	}
	return pos + 1, p.call("handle_comment", p.str(i+2, pos))
}

func (p *htmlTokenizer) parsePI(i int) (int, error) {
	j := p.find('>', i+2)
	if j < 0 {
		return -1, nil
	}
	return j + 1, p.call("handle_pi", p.str(i+2, j))
}

// parseComment is _markupbase's: the comment ends at --\s*>.
func (p *htmlTokenizer) parseComment(i int) (int, error) {
	raw := p.raw
	for k := i + 4; k+1 < len(raw); k++ {
		if raw[k] == '-' && raw[k+1] == '-' {
			e := p.skipSpace(k + 2)
			if e < len(raw) && raw[e] == '>' {
				return e + 1, p.call("handle_comment", p.str(i+4, k))
			}
		}
	}
	return -1, nil
}

func (p *htmlTokenizer) parseHTMLDeclaration(i int) (int, error) {
	raw := p.raw
	switch {
	case p.startsWith(i, "<!--"):
		return p.parseComment(i)
	case p.startsWith(i, "<!["):
		return p.parseMarkedSection(i)
	case i+9 <= len(raw) && strings.ToLower(string(raw[i:i+9])) == "<!doctype":
		gt := p.find('>', i+9)
		if gt < 0 {
			return -1, nil
		}
		return gt + 1, p.call("handle_decl", p.str(i+2, gt))
	}
	return p.parseBogusComment(i)
}

// parseMarkedSection is _markupbase's parse_marked_section.
func (p *htmlTokenizer) parseMarkedSection(i int) (int, error) {
	raw := p.raw
	n := len(raw)
	j := i + 3
	if j == n {
		return -1, nil
	}
	// _declname: [a-zA-Z][-_.a-zA-Z0-9]*\s*
	if !asciiLetter(raw[j]) {
		if _, err := p.updatepos(i, j); err != nil {
			return 0, err
		}
		e := min(i+20, n)
		r, _ := lang.Repr(p.t, p.str(i, e))
		return 0, lang.NewError(lang.AssertionErrorType, "expected name token at %s", r)
	}
	e := j + 1
	for e < n && (asciiAlnum(raw[e]) || strings.ContainsRune("-_.", raw[e])) {
		e++
	}
	nameEnd := e
	e = p.skipSpace(e)
	if e == n {
		return -1, nil
	}
	name := strings.ToLower(string(raw[j:nameEnd]))
	var closeStart, closeEnd = -1, -1
	switch name {
	case "temp", "cdata", "ignore", "include", "rcdata":
		// ]\s*]\s*>
		for k := i + 3; k < n && closeStart < 0; k++ {
			if raw[k] != ']' {
				continue
			}
			a := p.skipSpace(k + 1)
			if a < n && raw[a] == ']' {
				b := p.skipSpace(a + 1)
				if b < n && raw[b] == '>' {
					closeStart, closeEnd = k, b+1
				}
			}
		}
	case "if", "else", "endif":
		for k := i + 3; k < n && closeStart < 0; k++ {
			if raw[k] != ']' {
				continue
			}
			a := p.skipSpace(k + 1)
			if a < n && raw[a] == '>' {
				closeStart, closeEnd = k, a+1
			}
		}
	default:
		r, _ := lang.Repr(p.t, p.str(i+3, e))
		return 0, lang.NewError(lang.AssertionErrorType, "unknown status keyword %s in marked section", r)
	}
	if closeStart < 0 {
		return -1, nil
	}
	return closeEnd, p.call("unknown_decl", p.str(i+3, closeStart))
}
