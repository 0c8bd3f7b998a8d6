package stdlib

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Translation of Python regular expression syntax to RE2 syntax (Go's
// regexp). Python features that RE2 cannot run (backreferences,
// lookaround, atomic groups, possessive quantifiers, conditionals) are
// reported as errors rather than approximated.

// Python's re flag values.
const (
	reTemplate   = 1
	reIgnoreCase = 2
	reLocale     = 4
	reMultiline  = 8
	reDotAll     = 16
	reUnicode    = 32
	reVerbose    = 64
	reDebug      = 128
	reASCII      = 256
)

// reSyntaxError is a pattern error at a position (in characters of the
// pattern); pos < 0 means no position.
type reSyntaxError struct {
	msg string
	pos int
}

func (e *reSyntaxError) Error() string { return e.msg }

// translated is the result of translating a pattern.
type translated struct {
	// context is set when the pattern has assertions that look at the
	// text before the match (^, \A, \b, \B): searching from an offset
	// then needs the preceding character.
	context bool
	expr    string // RE2 syntax, without the global flags
	// trailer is expr with each $ ending a top-level alternative written
	// as the capture (\n?)\z: Python's $ also matches before a final
	// newline, which the match then gives back. "" if there is none.
	// goGroup maps the pattern's group numbers to trailer's.
	trailer  string
	goGroup  []int
	trailers []int // trailer's group numbers of the (\n?) captures
	flags    int   // the global flags, including inline ones
	groups   int
	names    []string // names[i] is group i+1's name or ""
}

type reTranslator struct {
	src    string
	i      int // byte offset in src
	out    strings.Builder
	flags  int
	isByte bool
	groups int
	names  []string
	// verbose and ascii are scoped: a stack per open group.
	verbose []bool
	ascii   []bool
	multi   []bool // scoped MULTILINE
	depth   int
	opens   []int // byte offsets of the open groups
	context bool
	// dollars are the offsets in out of the $ that end a top-level
	// alternative, and groupAt the offsets in out of each group's "(".
	dollars []int
	groupAt []int
}

// runePos converts a byte offset of the pattern to a character position.
func (tr *reTranslator) runePos(b int) int {
	if b > len(tr.src) {
		b = len(tr.src)
	}
	return utf8.RuneCountInString(tr.src[:b])
}

func (tr *reTranslator) errAt(b int, format string, args ...any) error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &reSyntaxError{msg: msg, pos: tr.runePos(b)}
}

// unsupported reports a Python feature RE2 cannot run.
func (tr *reTranslator) unsupported(b int, what string) error {
	return &reSyntaxError{msg: what + " not supported (Scriptling's re uses RE2 syntax)", pos: tr.runePos(b)}
}

func (tr *reTranslator) isVerbose() bool { return tr.verbose[len(tr.verbose)-1] }
func (tr *reTranslator) isASCII() bool   { return tr.ascii[len(tr.ascii)-1] || tr.isByte }

// translateRegex translates a Python pattern with the given flags.
func translateRegex(pattern string, flags int, isBytes bool) (*translated, error) {
	tr := &reTranslator{src: pattern, flags: flags, isByte: isBytes}
	if err := tr.leadingFlags(); err != nil {
		return nil, err
	}
	if tr.flags&reASCII != 0 && tr.flags&reUnicode != 0 {
		return nil, &reSyntaxError{msg: "ASCII and UNICODE flags are incompatible", pos: -1}
	}
	if isBytes && tr.flags&reUnicode != 0 {
		return nil, &reSyntaxError{msg: "cannot use UNICODE flag with a bytes pattern", pos: -1}
	}
	if tr.flags&reLocale != 0 && !isBytes {
		return nil, &reSyntaxError{msg: "cannot use LOCALE flag with a str pattern", pos: -1}
	}
	tr.verbose = []bool{tr.flags&reVerbose != 0}
	tr.multi = []bool{tr.flags&reMultiline != 0}
	tr.ascii = []bool{tr.flags&reASCII != 0}
	if err := tr.run(); err != nil {
		return nil, err
	}
	res := &translated{expr: tr.out.String(), flags: tr.flags, groups: tr.groups, names: tr.names, context: tr.context}
	if len(tr.dollars) > 0 {
		var b strings.Builder
		prev := 0
		res.goGroup = make([]int, tr.groups+1)
		gi, di := 0, 0
		goN := 0
		for gi < len(tr.groupAt) || di < len(tr.dollars) {
			if di >= len(tr.dollars) || gi < len(tr.groupAt) && tr.groupAt[gi] < tr.dollars[di] {
				goN++
				res.goGroup[gi+1] = goN
				gi++
				continue
			}
			goN++
			res.trailers = append(res.trailers, goN)
			b.WriteString(res.expr[prev:tr.dollars[di]])
			b.WriteString(`(\n?)\z`)
			prev = tr.dollars[di] + 1
			di++
		}
		b.WriteString(res.expr[prev:])
		res.trailer = b.String()
	}
	return res, nil
}

// leadingFlags consumes global inline flags (?aiLmsux) at the start.
func (tr *reTranslator) leadingFlags() error {
	for strings.HasPrefix(tr.src[tr.i:], "(?") {
		j := tr.i + 2
		f := 0
		for j < len(tr.src) {
			v := flagLetter(tr.src[j])
			if v == 0 {
				break
			}
			f |= v
			j++
		}
		if j == tr.i+2 || j >= len(tr.src) || tr.src[j] != ')' {
			return nil
		}
		tr.flags |= f
		tr.i = j + 1
	}
	return nil
}

func flagLetter(c byte) int {
	switch c {
	case 'a':
		return reASCII
	case 'i':
		return reIgnoreCase
	case 'L':
		return reLocale
	case 'm':
		return reMultiline
	case 's':
		return reDotAll
	case 'u':
		return reUnicode
	case 'x':
		return reVerbose
	}
	return 0
}

// item kinds for repeat checking.
const (
	itemNone   = iota // start of pattern, after ( or |: nothing to repeat
	itemAtom          // a repeatable atom
	itemAssert        // ^ $ \b...: not repeatable
	itemRepeat        // a repeat just ended
)

func (tr *reTranslator) run() error {
	src := tr.src
	last := itemNone
	for tr.i < len(src) {
		c := src[tr.i]
		start := tr.i
		if tr.isVerbose() {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				tr.i++
				continue
			}
			if c == '#' {
				for tr.i < len(src) && src[tr.i] != '\n' {
					tr.i++
				}
				continue
			}
		}
		switch c {
		case '\\':
			k, err := tr.escape()
			if err != nil {
				return err
			}
			last = k
		case '[':
			if err := tr.class(); err != nil {
				return err
			}
			last = itemAtom
		case '(':
			if err := tr.group(); err != nil {
				return err
			}
			last = itemNone
		case ')':
			if tr.depth == 0 {
				return tr.errAt(start, "unbalanced parenthesis")
			}
			tr.depth--
			tr.opens = tr.opens[:len(tr.opens)-1]
			tr.verbose = tr.verbose[:len(tr.verbose)-1]
			tr.ascii = tr.ascii[:len(tr.ascii)-1]
			tr.multi = tr.multi[:len(tr.multi)-1]
			tr.out.WriteByte(')')
			tr.i++
			last = itemAtom
		case '|':
			tr.out.WriteByte('|')
			tr.i++
			last = itemNone
		case '^', '$':
			if c == '^' {
				tr.context = true
			}
			if c == '$' && !tr.multi[len(tr.multi)-1] && tr.endsAlternative(tr.i+1) {
				tr.dollars = append(tr.dollars, tr.out.Len())
			}
			tr.out.WriteByte(c)
			tr.i++
			last = itemAssert
		case '.':
			tr.out.WriteByte('.')
			tr.i++
			last = itemAtom
		case '*', '+', '?', '{':
			if c == '{' {
				n, ok, err := tr.repeatBraces()
				if err != nil {
					return err
				}
				if !ok {
					tr.out.WriteString(`\{`)
					tr.i++
					last = itemAtom
					continue
				}
				if err := tr.checkRepeat(last, start); err != nil {
					return err
				}
				tr.out.WriteString(n)
			} else {
				if err := tr.checkRepeat(last, start); err != nil {
					return err
				}
				tr.out.WriteByte(c)
				tr.i++
			}
			if tr.i < len(src) && src[tr.i] == '?' {
				tr.out.WriteByte('?')
				tr.i++
			} else if tr.i < len(src) && src[tr.i] == '+' {
				return tr.unsupported(tr.i, "possessive quantifiers are")
			}
			last = itemRepeat
		default:
			r, size := utf8.DecodeRuneInString(src[tr.i:])
			tr.literal(r)
			tr.i += size
			last = itemAtom
		}
	}
	if tr.depth > 0 {
		return tr.errAt(tr.opens[len(tr.opens)-1], "missing ), unterminated subpattern")
	}
	return nil
}

func (tr *reTranslator) checkRepeat(last, pos int) error {
	switch last {
	case itemNone, itemAssert:
		return tr.errAt(pos, "nothing to repeat")
	case itemRepeat:
		return tr.errAt(pos, "multiple repeat")
	}
	return nil
}

// repeatBraces parses {m}, {m,}, {,n}, {m,n} at tr.i; ok is false when
// the brace is a literal.
func (tr *reTranslator) repeatBraces() (string, bool, error) {
	src := tr.src
	j := tr.i + 1
	lo := j
	for j < len(src) && src[j] >= '0' && src[j] <= '9' {
		j++
	}
	min := src[lo:j]
	max := min
	hasComma := false
	if j < len(src) && src[j] == ',' {
		hasComma = true
		j++
		hi := j
		for j < len(src) && src[j] >= '0' && src[j] <= '9' {
			j++
		}
		max = src[hi:j]
	}
	if j >= len(src) || src[j] != '}' || (min == "" && max == "") {
		return "", false, nil
	}
	if min == "" {
		min = "0"
	}
	lo, err1 := strconv.Atoi(min)
	hi, err2 := strconv.Atoi(max)
	if max == "" {
		hi, err2 = lo, nil
	}
	if err1 != nil || err2 != nil || lo > 1000 || hi > 1000 {
		return "", false, tr.unsupported(tr.i, "repeat counts above 1000 are")
	}
	if max != "" && hi < lo {
		return "", false, tr.errAt(tr.i+1, "min repeat greater than max repeat")
	}
	tr.i = j + 1
	if !hasComma {
		return "{" + min + "}", true, nil
	}
	return "{" + min + "," + max + "}", true, nil
}

// endsAlternative reports whether the pattern at byte i ends a top-level
// alternative: only closing parentheses (and, in verbose mode, spaces
// and comments) before the end of the pattern or a top-level |.
func (tr *reTranslator) endsAlternative(i int) bool {
	src := tr.src
	depth := tr.depth
	for i < len(src) {
		c := src[i]
		if tr.isVerbose() {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				i++
				continue
			}
			if c == '#' {
				for i < len(src) && src[i] != '\n' {
					i++
				}
				continue
			}
		}
		if c == ')' && depth > 0 {
			depth--
			i++
			// A repeat of the group ending with $ keeps $ at the end.
			for i < len(src) && (src[i] == '*' || src[i] == '+' || src[i] == '?') {
				i++
			}
			continue
		}
		return c == '|' && depth == 0
	}
	return depth == 0
}

// literal writes a literal character.
func (tr *reTranslator) literal(r rune) {
	if r < utf8.RuneSelf && strings.ContainsRune(`\.+*?()|[]{}^$`, r) {
		tr.out.WriteByte('\\')
	}
	if tr.isByte && r >= 0x80 {
		tr.out.WriteString(`\x{` + strconv.FormatInt(int64(r), 16) + `}`)
		return
	}
	if r == utf8.RuneError {
		tr.out.WriteString(`\x{fffd}`)
		return
	}
	tr.out.WriteRune(r)
}

// Unicode classes for Python's \d \w \s on str patterns.
const (
	uniDigit = `\p{Nd}`
	uniWord  = `\p{L}\p{N}_`
	uniSpace = `\t\n\v\f\r \x{1c}-\x{1f}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}`
	ascSpace = `\t\n\v\f\r `
)

// classEscape returns the set body (without brackets) of \d \w \s and
// whether it is negated.
func (tr *reTranslator) classEscape(c byte) (body string, neg bool) {
	ascii := tr.isASCII()
	switch c {
	case 'd', 'D':
		body = uniDigit
		if ascii {
			body = `0-9`
		}
	case 'w', 'W':
		body = uniWord
		if ascii {
			body = `0-9A-Za-z_`
		}
	case 's', 'S':
		body = uniSpace
		if ascii {
			body = ascSpace
		}
	}
	return body, c == 'D' || c == 'W' || c == 'S'
}

// escape translates the escape at tr.i (outside a class).
func (tr *reTranslator) escape() (int, error) {
	src := tr.src
	start := tr.i
	if tr.i+1 >= len(src) {
		return 0, tr.errAt(start, "bad escape (end of pattern)")
	}
	c := src[tr.i+1]
	tr.i += 2
	switch c {
	case 'd', 'D', 'w', 'W', 's', 'S':
		body, neg := tr.classEscape(c)
		if neg {
			tr.out.WriteString("[^" + body + "]")
		} else {
			tr.out.WriteString("[" + body + "]")
		}
		return itemAtom, nil
	case 'b', 'B':
		tr.context = true
		tr.out.WriteString(`\` + string(c))
		return itemAssert, nil
	case 'A':
		tr.context = true
		tr.out.WriteString(`\A`)
		return itemAssert, nil
	case 'Z':
		tr.out.WriteString(`\z`)
		return itemAssert, nil
	case 'a', 'f', 'n', 'r', 't', 'v':
		tr.out.WriteString(`\` + string(c))
		return itemAtom, nil
	case 'x', 'u', 'U', 'N', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		r, err := tr.codeEscape(c, start, false)
		if err != nil {
			return 0, err
		}
		tr.out.WriteString(`\x{` + strconv.FormatInt(int64(r), 16) + `}`)
		return itemAtom, nil
	}
	if c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return 0, tr.errAt(start, "bad escape \\%c", c)
	}
	r, size := utf8.DecodeRuneInString(src[start+1:])
	tr.i = start + 1 + size
	tr.literal(r)
	return itemAtom, nil
}

// codeEscape decodes \xhh \uhhhh \Uhhhhhhhh \N{...} and octal escapes;
// tr.i is just after the letter. Outside a class, \1-\99 are
// backreferences.
func (tr *reTranslator) codeEscape(c byte, start int, inClass bool) (rune, error) {
	src := tr.src
	hexN := func(n int) (rune, error) {
		if tr.i+n > len(src) {
			return 0, tr.errAt(start, "incomplete escape \\%c%s", c, src[tr.i:])
		}
		v, err := strconv.ParseUint(src[tr.i:tr.i+n], 16, 32)
		if err != nil || strings.ContainsAny(src[tr.i:tr.i+n], "+-") {
			end := tr.i
			for end < tr.i+n && isHex(src[end]) {
				end++
			}
			return 0, tr.errAt(start, "incomplete escape \\%c%s", c, src[tr.i:end])
		}
		tr.i += n
		if v > utf8.MaxRune {
			return 0, tr.errAt(start, "bad escape \\%c%s", c, src[tr.i-n:tr.i])
		}
		return rune(v), nil
	}
	switch c {
	case 'x':
		return hexN(2)
	case 'u', 'U':
		if tr.isByte {
			return 0, tr.errAt(start, "bad escape \\%c", c)
		}
		if c == 'u' {
			return hexN(4)
		}
		return hexN(8)
	case 'N':
		return 0, tr.unsupported(start, `\N{...} escapes are`)
	}
	// Octal or group reference.
	j := tr.i
	if c == '0' {
		for j < len(src) && j < tr.i+2 && src[j] >= '0' && src[j] <= '7' {
			j++
		}
		v, _ := strconv.ParseUint("0"+src[tr.i:j], 8, 32)
		tr.i = j
		return rune(v), nil
	}
	if j+1 < len(src) && isOct(c) && isOct(src[j]) && isOct(src[j+1]) {
		v, _ := strconv.ParseUint(string(c)+src[j:j+2], 8, 32)
		if v > 0o377 {
			return 0, tr.errAt(start, "octal escape value \\%s outside of range 0-0o377", string(c)+src[j:j+2])
		}
		tr.i = j + 2
		return rune(v), nil
	}
	if inClass {
		return 0, tr.errAt(start, "bad escape \\%c", c)
	}
	return 0, tr.unsupported(start, "backreferences are")
}

// classCharEscape decodes the escape \e at start inside a character set,
// one that stands for a single character (not \d, \w, \s or their
// negations); tr.i is just after e.
func (tr *reTranslator) classCharEscape(e byte, start int) (rune, error) {
	switch e {
	case 'b':
		return '\b', nil
	case 'a':
		return '\a', nil
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'v':
		return '\v', nil
	case 'x', 'u', 'U', 'N', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return tr.codeEscape(e, start, true)
	}
	if e < utf8.RuneSelf && (e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z') {
		return 0, tr.errAt(start, "bad escape \\%c", e)
	}
	r, size := utf8.DecodeRuneInString(tr.src[start+1:])
	tr.i = start + 1 + size
	return r, nil
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isOct(c byte) bool { return c >= '0' && c <= '7' }

// class translates a character set [...] at tr.i.
func (tr *reTranslator) class() error {
	src := tr.src
	start := tr.i
	tr.i++
	var body strings.Builder
	neg := false
	if tr.i < len(src) && src[tr.i] == '^' {
		neg = true
		tr.i++
	}
	first := true
	// single records the set when it is exactly one negated class escape.
	items := 0
	single := ""
	for {
		if tr.i >= len(src) {
			return tr.errAt(start, "unterminated character set")
		}
		c := src[tr.i]
		if c == ']' && !first {
			tr.i++
			break
		}
		first = false
		items++
		itemStart := tr.i
		var lo rune
		isChar := true
		if c == '\\' {
			if tr.i+1 >= len(src) {
				return tr.errAt(tr.i, "bad escape (end of pattern)")
			}
			e := src[tr.i+1]
			tr.i += 2
			switch e {
			case 'd', 'w', 's':
				b, _ := tr.classEscape(e)
				body.WriteString(b)
				isChar = false
			case 'D', 'W', 'S':
				b, _ := tr.classEscape(e)
				single = b
				switch {
				case e == 'D' && !tr.isASCII():
					body.WriteString(`\P{Nd}`)
				default:
					body.WriteString(`\` + string(e))
				}
				isChar = false
			default:
				r, err := tr.classCharEscape(e, itemStart)
				if err != nil {
					return err
				}
				lo = r
			}
		} else {
			r, size := utf8.DecodeRuneInString(src[tr.i:])
			tr.i += size
			lo = r
		}
		if !isChar {
			continue
		}
		// A range?
		if tr.i+1 < len(src) && src[tr.i] == '-' && src[tr.i+1] != ']' {
			tr.i++
			hiStart := tr.i
			var hi rune
			if src[tr.i] == '\\' {
				if tr.i+1 >= len(src) {
					return tr.errAt(tr.i, "bad escape (end of pattern)")
				}
				e := src[tr.i+1]
				tr.i += 2
				if strings.IndexByte("dwsDWS", e) >= 0 {
					return tr.errAt(itemStart, "bad character range %s", src[itemStart:tr.i])
				}
				r, err := tr.classCharEscape(e, hiStart)
				if err != nil {
					return err
				}
				hi = r
			} else {
				r, size := utf8.DecodeRuneInString(src[tr.i:])
				tr.i += size
				hi = r
			}
			if hi < lo {
				return tr.errAt(itemStart, "bad character range %s", src[itemStart:tr.i])
			}
			tr.classChar(&body, lo)
			body.WriteByte('-')
			tr.classChar(&body, hi)
			continue
		}
		tr.classChar(&body, lo)
	}
	if items == 1 && single != "" {
		// [\W], [^\S]...: the exact Unicode set.
		if neg {
			tr.out.WriteString("[" + single + "]")
		} else {
			tr.out.WriteString("[^" + single + "]")
		}
		return nil
	}
	if neg {
		tr.out.WriteString("[^")
	} else {
		tr.out.WriteString("[")
	}
	tr.out.WriteString(body.String())
	tr.out.WriteByte(']')
	return nil
}

// classChar writes one character of a set, escaped for RE2.
func (tr *reTranslator) classChar(b *strings.Builder, r rune) {
	switch {
	case r < 0x20 || r == 0x7f || (tr.isByte && r >= 0x80) || r == utf8.RuneError:
		b.WriteString(`\x{` + strconv.FormatInt(int64(r), 16) + `}`)
	case r < utf8.RuneSelf && strings.ContainsRune(`\]-^[`, r):
		b.WriteByte('\\')
		b.WriteRune(r)
	default:
		b.WriteRune(r)
	}
}

// group translates the opening of a group at tr.i.
func (tr *reTranslator) group() error {
	src := tr.src
	start := tr.i
	rest := src[tr.i:]
	push := func(verbose, ascii bool) {
		tr.opens = append(tr.opens, start)
		tr.depth++
		tr.verbose = append(tr.verbose, verbose)
		tr.ascii = append(tr.ascii, ascii)
		tr.multi = append(tr.multi, tr.multi[len(tr.multi)-1])
	}
	if !strings.HasPrefix(rest, "(?") {
		tr.groups++
		tr.names = append(tr.names, "")
		tr.groupAt = append(tr.groupAt, tr.out.Len())
		tr.out.WriteByte('(')
		tr.i++
		push(tr.isVerbose(), tr.ascii[len(tr.ascii)-1])
		return nil
	}
	if len(rest) < 3 {
		return tr.errAt(start+1, "unexpected end of pattern")
	}
	switch c := rest[2]; c {
	case ':':
		tr.out.WriteString("(?:")
		tr.i += 3
		push(tr.isVerbose(), tr.ascii[len(tr.ascii)-1])
		return nil
	case 'P':
		if strings.HasPrefix(rest, "(?P<") {
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				return tr.errAt(start+4, "missing >, unterminated name")
			}
			name := rest[4:end]
			if name == "" {
				return tr.errAt(start+4, "missing group name")
			}
			if !isIdentifier(name) {
				return tr.errAt(start+4, "bad character in group name '%s'", name)
			}
			for _, n := range tr.names {
				if n == name {
					return tr.errAt(start+4, "redefinition of group name '%s' as group %d; was group %d", name, tr.groups+1, indexOf(tr.names, name)+1)
				}
			}
			tr.groups++
			tr.names = append(tr.names, name)
			tr.groupAt = append(tr.groupAt, tr.out.Len())
			tr.out.WriteString("(?P<" + name + ">")
			tr.i += end + 1
			push(tr.isVerbose(), tr.ascii[len(tr.ascii)-1])
			return nil
		}
		if strings.HasPrefix(rest, "(?P=") {
			return tr.unsupported(start, "backreferences are")
		}
		if len(rest) > 3 {
			return tr.errAt(start+3, "unknown extension ?P%c", rest[3])
		}
		return tr.errAt(start+3, "unexpected end of pattern")
	case '=', '!':
		return tr.unsupported(start, "look-ahead assertions are")
	case '<':
		if len(rest) > 3 && (rest[3] == '=' || rest[3] == '!') {
			return tr.unsupported(start, "look-behind assertions are")
		}
		if len(rest) > 3 {
			return tr.errAt(start+1, "unknown extension ?<%c", rest[3])
		}
		return tr.errAt(start+3, "unexpected end of pattern")
	case '>':
		return tr.unsupported(start, "atomic groups are")
	case '(':
		return tr.unsupported(start, "conditional groups are")
	case '#':
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			return tr.errAt(start, "missing ), unterminated comment")
		}
		tr.i += end + 1
		// A comment is invisible: keep the caller's item state by
		// writing nothing.
		tr.depth++
		tr.opens = append(tr.opens, start)
		tr.verbose = append(tr.verbose, tr.isVerbose())
		tr.ascii = append(tr.ascii, tr.ascii[len(tr.ascii)-1])
		tr.multi = append(tr.multi, tr.multi[len(tr.multi)-1])
		tr.out.WriteString("(?:")
		tr.i--
		// Re-enter as an empty group closed by the ')' at tr.i.
		return nil
	}
	// Flags: (?aiLmsux-imsx:...) or a misplaced global (?flags).
	j := tr.i + 2
	on, off := 0, 0
	for j < len(src) && flagLetter(src[j]) != 0 {
		on |= flagLetter(src[j])
		j++
	}
	if j < len(src) && src[j] == '-' {
		j++
		for j < len(src) && flagLetter(src[j]) != 0 {
			f := flagLetter(src[j])
			if f == reASCII || f == reLocale || f == reUnicode {
				return tr.errAt(j, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
			}
			off |= f
			j++
		}
		if off == 0 {
			return tr.errAt(j, "missing flag")
		}
	}
	if j >= len(src) {
		return tr.errAt(j, "missing -, : or )")
	}
	switch src[j] {
	case ')':
		if off != 0 {
			return tr.errAt(j, "missing :")
		}
		return tr.errAt(start, "global flags not at the start of the expression")
	case ':':
	default:
		if on == 0 && off == 0 {
			return tr.errAt(start+1, "unknown extension ?%c", src[start+2])
		}
		return tr.errAt(j, "missing -, : or )")
	}
	if on&off != 0 {
		return tr.errAt(j, "bad inline flags: flag turned on and off")
	}
	goFlags := ""
	for _, f := range []struct {
		bit int
		c   string
	}{{reIgnoreCase, "i"}, {reMultiline, "m"}, {reDotAll, "s"}} {
		if on&f.bit != 0 {
			goFlags += f.c
		}
	}
	neg := ""
	for _, f := range []struct {
		bit int
		c   string
	}{{reIgnoreCase, "i"}, {reMultiline, "m"}, {reDotAll, "s"}} {
		if off&f.bit != 0 {
			neg += f.c
		}
	}
	if neg != "" {
		goFlags += "-" + neg
	}
	if goFlags == "" {
		tr.out.WriteString("(?:")
	} else {
		tr.out.WriteString("(?" + goFlags + ":")
	}
	verbose := tr.isVerbose()
	if on&reVerbose != 0 {
		verbose = true
	}
	if off&reVerbose != 0 {
		verbose = false
	}
	ascii := tr.ascii[len(tr.ascii)-1]
	if on&reASCII != 0 {
		ascii = true
	}
	if on&reUnicode != 0 {
		ascii = false
	}
	tr.i = j + 1
	push(verbose, ascii)
	if on&reMultiline != 0 {
		tr.multi[len(tr.multi)-1] = true
	}
	if off&reMultiline != 0 {
		tr.multi[len(tr.multi)-1] = false
	}
	return nil
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 {
			continue
		}
		if i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return s != ""
}
