package stdlib

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wasmling/wasmling/lang"
)

// The re module: Python's API and match semantics (searches at a
// position, empty matches next to a previous match, group numbering)
// over Go's regexp (RE2), with Python pattern syntax translated by
// re_translate.go. See RE.md for the differences.

var reErrorType = lang.NewExceptionClass("error", "re", lang.ExceptionType)

const reDoc = `Regular expressions with Python's re API on the RE2 engine.

Patterns use Python syntax: groups and (?P<name>...) named groups, (?:...),
inline flags (?aimsx) and (?aimsx-imsx:...), \d \w \s \b \A \Z, escapes,
{m,n} repeats, lazy quantifiers, and the flags IGNORECASE, MULTILINE,
DOTALL, VERBOSE, ASCII. Matching is linear-time (no catastrophic
backtracking). Differences from CPython:

- RE2 cannot run backreferences (\1, (?P=name)), look-ahead and
  look-behind ((?=...), (?!...), (?<=...), (?<!...)), atomic groups
  (?>...), possessive quantifiers (a*+), conditionals (?(1)a|b) or
  \N{...} escapes: compiling such a pattern raises re.error.
- Without MULTILINE, $ matches only at the very end of the string (CPython
  also matches before a final newline); use \n?$ for that.
- \b and \B use ASCII word characters; \W, \S inside a larger set [...]
  are ASCII (alone, [\W] is exact); repeat counts are at most 1000.
- After an empty match, a lower-priority non-empty alternative at the same
  position is not tried (findall('|a', 'a') gives ['', ''] not
  ['', 'a', '']).
- Bytes patterns treat valid UTF-8 sequences as single characters.`

const reCacheMax = 512

type reCacheKey struct {
	pattern string
	flags   int
	isBytes bool
}

type reState struct {
	cache        map[reCacheKey]*rePattern
	patternClass *lang.Class
	matchClass   *lang.Class
}

func reStateOf(t *lang.Thread) *reState {
	return t.Interp().Data["re"].(*reState)
}

func reModule(t *lang.Thread) (*lang.Module, error) {
	st := &reState{cache: map[reCacheKey]*rePattern{}}
	st.patternClass = newPatternClass()
	st.matchClass = newMatchClass()
	t.Interp().Data["re"] = st
	m := lang.NewModule("re")
	m.Set("__doc__", lang.String(reDoc))
	for _, f := range []struct {
		names []string
		v     int
	}{
		{[]string{"I", "IGNORECASE"}, reIgnoreCase}, {[]string{"L", "LOCALE"}, reLocale},
		{[]string{"M", "MULTILINE"}, reMultiline}, {[]string{"S", "DOTALL"}, reDotAll},
		{[]string{"U", "UNICODE"}, reUnicode}, {[]string{"X", "VERBOSE"}, reVerbose},
		{[]string{"A", "ASCII"}, reASCII}, {[]string{"DEBUG"}, reDebug},
		{[]string{"T", "TEMPLATE"}, reTemplate}, {[]string{"NOFLAG"}, 0},
	} {
		for _, n := range f.names {
			m.Set(n, lang.Int(int64(f.v)))
		}
	}
	m.Set("error", lang.Obj(reErrorType))
	m.Set("Pattern", lang.Obj(st.patternClass))
	m.Set("Match", lang.Obj(st.matchClass))
	m.SetFunc("compile", reCompileFunc)
	m.SetFunc("search", reModuleCall("search", patSearch))
	m.SetFunc("match", reModuleCall("match", patMatch))
	m.SetFunc("fullmatch", reModuleCall("fullmatch", patFullmatch))
	m.SetFunc("findall", reModuleCall("findall", patFindall))
	m.SetFunc("finditer", reModuleCall("finditer", patFinditer))
	m.SetFunc("split", reModuleCall("split", patSplit))
	m.SetFunc("sub", reModuleCall("sub", patSub))
	m.SetFunc("subn", reModuleCall("subn", patSubn))
	m.SetFunc("escape", reEscape)
	m.SetFunc("purge", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		st.cache = map[reCacheKey]*rePattern{}
		return lang.None, nil
	})
	return m, nil
}

// rePattern is a compiled pattern (re.Pattern).
type rePattern struct {
	cls     *lang.Class
	src     lang.Value // the pattern as given (str or bytes)
	pattern string
	flags   int
	isBytes bool
	tr      *translated
	body    string
	// The RE2 programs, compiled on first use: search, match and
	// fullmatch, each at the start of the string (0) or after a
	// context character (k).
	progs [6]*regexp.Regexp
}

const (
	modeSearch = iota
	modeMatch
	modeFull
)

func (p *rePattern) Type() *lang.Class { return p.cls }

func newReError(msg, pattern string, pos int) error {
	text := msg
	if pos >= 0 {
		text += " at position " + strconv.Itoa(pos)
		if strings.Contains(pattern, "\n") {
			prefix := string([]rune(pattern)[:min(pos, utf8.RuneCountInString(pattern))])
			line := strings.Count(prefix, "\n") + 1
			col := utf8.RuneCountInString(prefix) - strings.LastIndex(prefix, "\n")
			if line == 1 {
				col = pos + 1
			}
			text += " (line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + ")"
		}
	}
	e := lang.NewError(reErrorType, "%s", text)
	e.Args = []lang.Value{lang.String(text)}
	return e
}

func setReErrorAttrs(t *lang.Thread, err error, msg, pattern string, pos int) error {
	e, ok := lang.AsException(err)
	if !ok {
		return err
	}
	v := lang.Obj(e)
	_ = lang.SetAttr(t, v, "msg", lang.String(msg))
	_ = lang.SetAttr(t, v, "pattern", lang.String(pattern))
	if pos >= 0 {
		_ = lang.SetAttr(t, v, "pos", lang.Int(int64(pos)))
	} else {
		_ = lang.SetAttr(t, v, "pos", lang.None)
	}
	return e
}

// compilePattern returns the (cached) compiled pattern.
func compilePattern(t *lang.Thread, pv lang.Value, flags int) (*rePattern, error) {
	if p, ok := pv.Object().(*rePattern); ok {
		if flags != 0 {
			return nil, lang.NewError(lang.ValueErrorType, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	var src string
	isBytes := false
	switch x := pv.Object().(type) {
	case *lang.Str:
		src = x.GoString()
	case *lang.Bytes:
		src = string(x.Bytes())
		isBytes = true
	default:
		return nil, lang.NewError(lang.TypeErrorType, "first argument must be string or compiled pattern")
	}
	st := reStateOf(t)
	key := reCacheKey{src, flags, isBytes}
	if p, ok := st.cache[key]; ok {
		return p, nil
	}
	tr, err := translateRegex(src, flags, isBytes)
	if err != nil {
		if se, ok := err.(*reSyntaxError); ok {
			return nil, setReErrorAttrs(t, newReError(se.msg, src, se.pos), se.msg, src, se.pos)
		}
		return nil, err
	}
	goFlags := ""
	if tr.flags&reIgnoreCase != 0 {
		goFlags += "i"
	}
	if tr.flags&reMultiline != 0 {
		goFlags += "m"
	}
	if tr.flags&reDotAll != 0 {
		goFlags += "s"
	}
	p := &rePattern{cls: st.patternClass, src: pv, pattern: src, flags: tr.flags, isBytes: isBytes, tr: tr}
	if !isBytes && p.flags&reASCII == 0 {
		p.flags |= reUnicode
	}
	p.body = "(?" + goFlags + ":" + tr.expr + ")"
	// Compile the plain search program now, to report errors at once.
	if _, err := p.prog(t, modeSearch, false); err != nil {
		return nil, err
	}
	if len(st.cache) >= reCacheMax {
		st.cache = map[reCacheKey]*rePattern{}
	}
	st.cache[key] = p
	return p, nil
}

// prog returns the RE2 program for a mode, at the start of the text or
// after one context character.
func (p *rePattern) prog(t *lang.Thread, mode int, ctx bool) (*regexp.Regexp, error) {
	i := mode * 2
	if ctx {
		i++
	}
	if r := p.progs[i]; r != nil {
		return r, nil
	}
	var expr string
	switch {
	case mode == modeSearch && !ctx:
		expr = p.body
	case mode == modeSearch:
		expr = `\A(?s:.)(?s:.*?)(` + p.body + `)`
	case mode == modeMatch && !ctx:
		expr = `\A` + p.body
	case mode == modeMatch:
		expr = `\A(?s:.)(` + p.body + `)`
	case !ctx:
		expr = `\A` + p.body + `\z`
	default:
		expr = `\A(?s:.)(` + p.body + `)\z`
	}
	r, err := regexp.Compile(expr)
	if err != nil {
		msg := err.Error()
		if se, ok := err.(interface{ Unwrap() error }); ok && se.Unwrap() != nil {
			msg = se.Unwrap().Error()
		}
		msg = strings.TrimPrefix(msg, "error parsing regexp: ")
		if strings.Contains(msg, "invalid repeat count") {
			msg = "repeat count too large (RE2 allows at most 1000)"
		}
		return nil, setReErrorAttrs(t, newReError(msg, p.pattern, -1), msg, p.pattern, -1)
	}
	p.progs[i] = r
	return r, nil
}

// find runs the pattern in mode on s starting at byte offset pos and
// returns the submatch offsets (nil: no match).
func (p *rePattern) find(t *lang.Thread, mode int, s string, pos int) ([]int, error) {
	if pos == 0 {
		r, err := p.prog(t, mode, false)
		if err != nil {
			return nil, err
		}
		return r.FindStringSubmatchIndex(s), nil
	}
	r, err := p.prog(t, mode, true)
	if err != nil {
		return nil, err
	}
	w := 1
	if !p.isBytes {
		_, w = utf8.DecodeLastRuneInString(s[:pos])
	}
	base := pos - w
	loc := r.FindStringSubmatchIndex(s[base:])
	if loc == nil {
		return nil, nil
	}
	out := loc[2:]
	for i := range out {
		if out[i] >= 0 {
			out[i] += base
		}
	}
	return out, nil
}

// subject is a string argument being searched.
type subject struct {
	v       lang.Value
	s       string
	isBytes bool
	ascii   bool
	// Incremental offset conversion.
	b, c int
}

func (p *rePattern) subjectOf(v lang.Value) (*subject, error) {
	switch x := v.Object().(type) {
	case *lang.Str:
		if p.isBytes {
			return nil, lang.NewError(lang.TypeErrorType, "cannot use a bytes pattern on a string-like object")
		}
		return &subject{v: v, s: x.GoString(), ascii: x.IsASCII()}, nil
	case *lang.Bytes:
		if !p.isBytes {
			return nil, lang.NewError(lang.TypeErrorType, "cannot use a string pattern on a bytes-like object")
		}
		return &subject{v: v, s: string(x.Bytes()), isBytes: true, ascii: true}, nil
	}
	return nil, lang.NewError(lang.TypeErrorType, "expected string or bytes-like object, got '%s'", v.TypeName())
}

// char converts a byte offset to a character index.
func (s *subject) char(b int) int {
	if s.ascii || b < 0 {
		return b
	}
	if b < s.b {
		s.b, s.c = 0, 0
	}
	s.c += utf8.RuneCountInString(s.s[s.b:b])
	s.b = b
	return s.c
}

// byteOf converts a character index (clamped to the string) to a byte
// offset.
func (s *subject) byteOf(c int) int {
	if c <= 0 {
		return 0
	}
	if s.ascii {
		return min(c, len(s.s))
	}
	off := 0
	for ; c > 0 && off < len(s.s); c-- {
		_, n := utf8.DecodeRuneInString(s.s[off:])
		off += n
	}
	return off
}

func (s *subject) value(a, b int) lang.Value {
	if a < 0 {
		return lang.None
	}
	if s.isBytes {
		return lang.NewBytes([]byte(s.s[a:b]))
	}
	return lang.String(s.s[a:b])
}

func (s *subject) nextPos(p int) int {
	if s.isBytes {
		return p + 1
	}
	_, w := utf8.DecodeRuneInString(s.s[p:])
	if w == 0 {
		w = 1
	}
	return p + w
}

// window applies pos and endpos (character indexes) to the subject: it
// returns the text to search (cut at endpos) and the byte offset to start.
func (s *subject) window(pos, endpos int64) (string, int) {
	n := int64(len(s.s))
	if !s.ascii {
		n = int64(utf8.RuneCountInString(s.s))
	}
	if endpos > n {
		endpos = n
	}
	if endpos < 0 {
		endpos = 0
	}
	if pos < 0 {
		pos = 0
	}
	text := s.s[:s.byteOf(int(endpos))]
	if pos > endpos {
		return text, len(text) + 1
	}
	return text, s.byteOf(int(pos))
}

// each calls fn for every match of p in text from byte offset start,
// with CPython's rules for empty matches.
func (p *rePattern) each(t *lang.Thread, text string, start int, s *subject, fn func(loc []int) (bool, error)) error {
	pos := start
	mustAdvance := false
	for n := 0; pos <= len(text); n++ {
		if n&255 == 255 {
			if err := t.Tick(); err != nil {
				return err
			}
		}
		loc, err := p.find(t, modeSearch, text, pos)
		if err != nil {
			return err
		}
		if loc == nil {
			return nil
		}
		if mustAdvance && loc[0] == pos && loc[1] == pos {
			if pos >= len(text) {
				return nil
			}
			pos = s.nextPos(pos)
			if loc, err = p.find(t, modeSearch, text, pos); err != nil || loc == nil {
				return err
			}
		}
		more, err := fn(loc)
		if err != nil || !more {
			return err
		}
		mustAdvance = loc[0] == loc[1]
		pos = loc[1]
	}
	return nil
}

// reModuleCall adapts a Pattern method to the module function
// fname(pattern, ..., flags=0).
func reModuleCall(fname string, method lang.BuiltinFunc) lang.BuiltinFunc {
	flagsAt := map[string]int{"sub": 4, "subn": 4, "split": 3}[fname]
	if flagsAt == 0 {
		flagsAt = 2
	}
	return func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		npos := len(args) - len(kw)
		pattern, hasPattern := lang.None, false
		flags := lang.Int(0)
		var pos []lang.Value
		for i := 0; i < npos; i++ {
			switch {
			case i == 0:
				pattern, hasPattern = args[0], true
			case i == flagsAt:
				flags = args[i]
			default:
				pos = append(pos, args[i])
			}
		}
		if npos > flagsAt+1 {
			return lang.None, lang.NewError(lang.TypeErrorType, "%s() takes at most %d arguments (%d given)", fname, flagsAt+1, npos)
		}
		var kwVals []lang.Value
		var kwNames []string
		for i, k := range kw {
			switch k {
			case "pattern":
				pattern, hasPattern = args[npos+i], true
			case "flags":
				flags = args[npos+i]
			default:
				kwNames = append(kwNames, k)
				kwVals = append(kwVals, args[npos+i])
			}
		}
		if !hasPattern {
			return lang.None, lang.NewError(lang.TypeErrorType, "%s() missing required argument 'pattern' (pos 1)", fname)
		}
		f, ok := flags.ToInt64()
		if !ok {
			return lang.None, lang.NewError(lang.TypeErrorType, "flags must be an int, not %s", flags.TypeName())
		}
		p, err := compilePattern(t, pattern, int(f))
		if err != nil {
			return lang.None, err
		}
		full := make([]lang.Value, 0, len(pos)+len(kwVals)+1)
		full = append(full, lang.Obj(p))
		full = append(full, pos...)
		full = append(full, kwVals...)
		return method(t, full, kwNames)
	}
}

func reCompileFunc(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	var pat lang.Value
	flags := int64(0)
	if err := lang.UnpackArgs(t, "compile", args, kw, "pattern", &pat, "flags?", &flags); err != nil {
		return lang.None, err
	}
	p, err := compilePattern(t, pat, int(flags))
	if err != nil {
		return lang.None, err
	}
	return lang.Obj(p), nil
}

// reSpecial are the characters re.escape escapes.
const reSpecial = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"

func reEscape(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("escape", args, kw, 1, 1); err != nil {
		return lang.None, err
	}
	var s string
	isBytes := false
	switch x := args[0].Object().(type) {
	case *lang.Str:
		s = x.GoString()
	case *lang.Bytes:
		s = string(x.Bytes())
		isBytes = true
	default:
		return lang.None, lang.NewError(lang.TypeErrorType, "expected string or bytes-like object, got '%s'", args[0].TypeName())
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(reSpecial, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	if isBytes {
		return lang.NewBytes([]byte(b.String())), nil
	}
	return lang.String(b.String()), nil
}
