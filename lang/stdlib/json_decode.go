package stdlib

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wasmling/wasmling/lang"
)

// jsonDecoder is a hand-written JSON scanner producing lang values. It
// follows CPython's scanner: the same accepted language (NaN, Infinity,
// -Infinity; strict control characters) and the same error messages and
// positions.
type jsonDecoder struct {
	t     *lang.Thread
	s     string
	depth int
	ticks int
	// Hooks (None when absent).
	objectHook, pairsHook, parseFloat, parseInt, parseConstant lang.Value
	hooks                                                      bool
	strict                                                     bool
	// keys caches recent object keys, so repeated keys share one str.
	keys [256]*lang.Str
	// stack holds the items of the arrays being parsed, and pairs the
	// keys and values of the objects being parsed, so each container is
	// allocated once at its final size.
	stack []lang.Value
	pairs []jsonPair
}

type jsonPair struct {
	key *lang.Str
	val lang.Value
}

// jsonError is a decoding error at byte offset pos.
type jsonError struct {
	msg string
	pos int
}

func (e *jsonError) Error() string { return e.msg }

func (st *jsonState) loads(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	d := st.dec
	st.dec = nil
	if d != nil {
		d.depth, d.ticks, d.hooks = 0, 0, false
		d.objectHook, d.pairsHook, d.parseFloat, d.parseInt, d.parseConstant = lang.None, lang.None, lang.None, lang.None, lang.None
		d.stack, d.pairs = d.stack[:0], d.pairs[:0]
	} else {
		d = &jsonDecoder{}
	}
	d.t, d.strict = t, true
	v, err := d.loads(args, kw)
	d.t, d.s = nil, ""
	if cap(d.stack) > 1<<12 {
		d.stack = nil
	}
	if cap(d.pairs) > 1<<12 {
		d.pairs = nil
	}
	st.dec = d
	return v, err
}

// jsonLoads is loads with a fresh state (tests).
func jsonLoads(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	return (&jsonState{}).loads(t, args, kw)
}

func (d *jsonDecoder) loads(args []lang.Value, kw []string) (lang.Value, error) {
	t := d.t
	for i, k := range kw {
		if k == "cls" && !args[len(args)-len(kw)+i].IsNone() {
			return callWithCls(t, "loads", args, kw)
		}
	}
	var sv, cls lang.Value
	if len(kw) == 0 && len(args) == 1 {
		sv = args[0]
	} else if err := lang.UnpackArgs(t, "loads", args, kw, "s", &sv, "*cls?", &cls,
		"*object_hook?", &d.objectHook, "*parse_float?", &d.parseFloat,
		"*parse_int?", &d.parseInt, "*parse_constant?", &d.parseConstant,
		"*object_pairs_hook?", &d.pairsHook, "*strict?", &d.strict); err != nil {
		return lang.None, err
	}
	d.hooks = !d.objectHook.IsNone() || !d.pairsHook.IsNone() || !d.parseFloat.IsNone() ||
		!d.parseInt.IsNone() || !d.parseConstant.IsNone()
	switch x := sv.Object().(type) {
	case *lang.Str:
		d.s = x.GoString()
	case *lang.Bytes:
		b := x.Bytes()
		if len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf {
			b = b[3:]
		}
		d.s = string(b)
		if !utf8.ValidString(d.s) {
			return lang.None, lang.NewError(lang.UnicodeDecodeErrorType, "'utf-8' codec can't decode the JSON document")
		}
	default:
		return lang.None, lang.NewError(lang.TypeErrorType, "the JSON object must be str, bytes or bytearray, not %s", sv.TypeName())
	}
	if strings.HasPrefix(d.s, "\ufeff") {
		if _, isStr := sv.Object().(*lang.Str); isStr {
			return lang.None, d.fail(&jsonError{"Unexpected UTF-8 BOM (decode using utf-8-sig)", 0})
		}
	}
	v, err := d.document()
	if err != nil {
		return lang.None, d.fail(err)
	}
	return v, nil
}

// load implements load(fp, **kw): loads(fp.read(), **kw).
func (st *jsonState) load(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if len(args)-len(kw) < 1 {
		return lang.None, lang.NewError(lang.TypeErrorType, "load() missing required argument 'fp'")
	}
	r, ok, err := lang.GetAttr(t, args[0], "read")
	if err != nil {
		return lang.None, err
	}
	if !ok {
		return lang.None, lang.NewError(lang.AttributeErrorType, "'%s' object has no attribute 'read'", args[0].TypeName())
	}
	s, err := t.Call(r, nil, nil)
	if err != nil {
		return lang.None, err
	}
	full := append([]lang.Value{s}, args[1:]...)
	return st.loads(t, full, kw)
}

// fail turns a scanner error into JSONDecodeError with CPython's line,
// column and character position (counted in code points).
func (d *jsonDecoder) fail(err error) error {
	je, ok := err.(*jsonError)
	if !ok {
		return err
	}
	return newJSONDecodeError(d.t, je.msg, d.s, je.pos)
}

func newJSONDecodeError(t *lang.Thread, msg, doc string, bytePos int) error {
	if bytePos > len(doc) {
		bytePos = len(doc)
	}
	pos := utf8.RuneCountInString(doc[:bytePos])
	lineno := strings.Count(doc[:bytePos], "\n") + 1
	colno := pos + 1
	if nl := strings.LastIndexByte(doc[:bytePos], '\n'); nl >= 0 {
		colno = pos - utf8.RuneCountInString(doc[:nl])
	}
	text := msg + ": line " + strconv.Itoa(lineno) + " column " + strconv.Itoa(colno) + " (char " + strconv.Itoa(pos) + ")"
	e := lang.NewError(jsonDecodeErrorType, "%s", text)
	ev := lang.Obj(e)
	for _, a := range []struct {
		name string
		v    lang.Value
	}{{"msg", lang.String(msg)}, {"doc", lang.String(doc)}, {"pos", lang.Int(int64(pos))},
		{"lineno", lang.Int(int64(lineno))}, {"colno", lang.Int(int64(colno))}} {
		if err := lang.SetAttr(t, ev, a.name, a.v); err != nil {
			return err
		}
	}
	return e
}

func (d *jsonDecoder) skipWS(i int) int {
	s := d.s
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

func (d *jsonDecoder) document() (lang.Value, error) {
	i := d.skipWS(0)
	v, i, err := d.value(i)
	if err != nil {
		return lang.None, err
	}
	i = d.skipWS(i)
	if i != len(d.s) {
		return lang.None, &jsonError{"Extra data", i}
	}
	return v, nil
}

func expectingValue(i int) error { return &jsonError{"Expecting value", i} }

// value parses the value starting at byte i (no leading whitespace) and
// returns it with the offset after it.
func (d *jsonDecoder) value(i int) (lang.Value, int, error) {
	s := d.s
	if i >= len(s) {
		return lang.None, i, expectingValue(i)
	}
	switch c := s[i]; c {
	case '"':
		return d.str(i)
	case '{':
		return d.object(i)
	case '[':
		return d.array(i)
	case 'n':
		if strings.HasPrefix(s[i:], "null") {
			return lang.None, i + 4, nil
		}
	case 't':
		if strings.HasPrefix(s[i:], "true") {
			return lang.True, i + 4, nil
		}
	case 'f':
		if strings.HasPrefix(s[i:], "false") {
			return lang.False, i + 5, nil
		}
	case 'N':
		if strings.HasPrefix(s[i:], "NaN") {
			return d.constant("NaN", math.NaN(), i+3)
		}
	case 'I':
		if strings.HasPrefix(s[i:], "Infinity") {
			return d.constant("Infinity", math.Inf(1), i+8)
		}
	case '-':
		if strings.HasPrefix(s[i:], "-Infinity") {
			return d.constant("-Infinity", math.Inf(-1), i+9)
		}
		return d.number(i)
	default:
		if c >= '0' && c <= '9' {
			return d.number(i)
		}
	}
	return lang.None, i, expectingValue(i)
}

func (d *jsonDecoder) constant(name string, f float64, end int) (lang.Value, int, error) {
	if d.hooks && !d.parseConstant.IsNone() {
		v, err := d.t.Call(d.parseConstant, []lang.Value{lang.String(name)}, nil)
		return v, end, err
	}
	return lang.Float(f), end, nil
}

// number parses -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? at i.
func (d *jsonDecoder) number(start int) (lang.Value, int, error) {
	s := d.s
	i := start
	if s[i] == '-' {
		i++
	}
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		return lang.None, start, expectingValue(start)
	}
	if s[i] == '0' {
		i++
	} else {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
		isFloat = true
		i += 2
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := s[start:i]
	if isFloat {
		if d.hooks && !d.parseFloat.IsNone() {
			v, err := d.t.Call(d.parseFloat, []lang.Value{lang.String(text)}, nil)
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !math.IsInf(f, 0) && f != 0 {
			return lang.None, start, expectingValue(start)
		}
		return lang.Float(f), i, nil
	}
	if d.hooks && !d.parseInt.IsNone() {
		v, err := d.t.Call(d.parseInt, []lang.Value{lang.String(text)}, nil)
		return v, i, err
	}
	if len(text) <= 18 {
		var n int64
		neg := text[0] == '-'
		digits := text
		if neg {
			digits = text[1:]
		}
		for j := 0; j < len(digits); j++ {
			n = n*10 + int64(digits[j]-'0')
		}
		if neg {
			n = -n
		}
		return lang.Int(n), i, nil
	}
	if len(text) > 4300 {
		return lang.None, start, lang.NewError(lang.ValueErrorType, "Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", len(text))
	}
	b, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return lang.None, start, expectingValue(start)
	}
	return lang.BigInt(b), i, nil
}

// str parses the string literal whose opening quote is at start.
func (d *jsonDecoder) str(start int) (lang.Value, int, error) {
	raw, end, err := d.strRaw(start)
	if err != nil {
		return lang.None, start, err
	}
	return lang.String(raw), end, nil
}

// strRaw parses the string literal at start and returns its Go value.
func (d *jsonDecoder) strRaw(start int) (string, int, error) {
	s := d.s
	i := start + 1
	// Fast path: no escapes.
	for i < len(s) {
		c := s[i]
		if c == '"' {
			return s[start+1 : i], i + 1, nil
		}
		if c == '\\' || (c < 0x20 && d.strict) {
			break
		}
		i++
	}
	var b []byte
	b = append(b, s[start+1:i]...)
	for {
		if i >= len(s) {
			return "", start, &jsonError{"Unterminated string starting at", start}
		}
		c := s[i]
		switch {
		case c == '"':
			return string(b), i + 1, nil
		case c < 0x20 && d.strict:
			return "", start, &jsonError{"Invalid control character at", i}
		case c != '\\':
			b = append(b, c)
			i++
			continue
		}
		// An escape.
		if i+1 >= len(s) {
			return "", start, &jsonError{"Unterminated string starting at", start}
		}
		esc := s[i+1]
		switch esc {
		case '"', '\\', '/':
			b = append(b, esc)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := hex4(s, i+2)
			if !ok {
				return "", start, &jsonError{"Invalid \\uXXXX escape", i + 1}
			}
			i += 6
			if r >= 0xd800 && r <= 0xdbff && i+1 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
				if r2, ok := hex4(s, i+2); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
					r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
					i += 6
				} else if !ok {
					return "", start, &jsonError{"Invalid \\uXXXX escape", i + 1}
				}
			}
			b = utf8.AppendRune(b, r)
			continue
		default:
			return "", start, &jsonError{"Invalid \\escape", i}
		}
		i += 2
	}
}

func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for j := i; j < i+4; j++ {
		c := s[j]
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

func (d *jsonDecoder) enter(what string) error {
	d.depth++
	if d.depth > jsonMaxDepth {
		return lang.NewError(lang.RecursionErrorType, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what)
	}
	return nil
}

func (d *jsonDecoder) tick() error {
	d.ticks++
	if d.ticks&1023 == 0 {
		return d.t.Tick()
	}
	return nil
}

// next moves on from a value of an array or object that ends at j: past
// the closing bracket end (done is true) or past the ',' and the white
// space after it.
func (d *jsonDecoder) next(j int, end byte) (i int, done bool, err error) {
	s := d.s
	i = d.skipWS(j)
	if i < len(s) && s[i] == end {
		return i + 1, true, nil
	}
	if i >= len(s) || s[i] != ',' {
		return i, false, &jsonError{"Expecting ',' delimiter", i}
	}
	return d.skipWS(i + 1), false, d.tick()
}

func (d *jsonDecoder) array(start int) (lang.Value, int, error) {
	if err := d.enter("array"); err != nil {
		return lang.None, start, err
	}
	s := d.s
	i := d.skipWS(start + 1)
	if i < len(s) && s[i] == ']' {
		d.depth--
		return lang.ListValue(nil), i + 1, nil
	}
	base := len(d.stack)
	for {
		v, j, err := d.value(i)
		if err != nil {
			return lang.None, start, err
		}
		d.stack = append(d.stack, v)
		var done bool
		i, done, err = d.next(j, ']')
		if err != nil {
			return lang.None, start, err
		}
		if done {
			break
		}
	}
	items := make([]lang.Value, len(d.stack)-base)
	copy(items, d.stack[base:])
	clear(d.stack[base:])
	d.stack = d.stack[:base]
	d.depth--
	return lang.ListValue(items), i, nil
}

// key returns the str for an object key, sharing recent ones.
func (d *jsonDecoder) key(k string) *lang.Str {
	if len(k) > 32 {
		return lang.NewStr(k)
	}
	h := uint32(len(k))
	for j := 0; j < len(k); j++ {
		h = h*31 + uint32(k[j])
	}
	slot := &d.keys[h&255]
	if p := *slot; p != nil && p.GoString() == k {
		return p
	}
	p := lang.NewStr(k)
	*slot = p
	return p
}

func (d *jsonDecoder) object(start int) (lang.Value, int, error) {
	if err := d.enter("object"); err != nil {
		return lang.None, start, err
	}
	s := d.s
	i := d.skipWS(start + 1)
	base := len(d.pairs)
	if i < len(s) && s[i] == '}' {
		i++
	} else {
		for {
			if i >= len(s) || s[i] != '"' {
				return lang.None, start, &jsonError{"Expecting property name enclosed in double quotes", i}
			}
			k, j, err := d.strRaw(i)
			if err != nil {
				return lang.None, start, err
			}
			i = j
			if i < len(s) && s[i] == ':' {
				i++
			} else {
				i = d.skipWS(i)
				if i >= len(s) || s[i] != ':' {
					return lang.None, start, &jsonError{"Expecting ':' delimiter", i}
				}
				i++
			}
			i = d.skipWS(i)
			v, j, err := d.value(i)
			if err != nil {
				return lang.None, start, err
			}
			d.pairs = append(d.pairs, jsonPair{d.key(k), v})
			var done bool
			i, done, err = d.next(j, '}')
			if err != nil {
				return lang.None, start, err
			}
			if done {
				break
			}
		}
	}
	pairs := d.pairs[base:]
	d.depth--
	var result lang.Value
	if d.hooks && !d.pairsHook.IsNone() {
		items := make([]lang.Value, len(pairs))
		for n, p := range pairs {
			items[n] = lang.TupleValue(lang.Obj(p.key), p.val)
		}
		clear(pairs)
		d.pairs = d.pairs[:base]
		v, err := d.t.Call(d.pairsHook, []lang.Value{lang.ListValue(items)}, nil)
		return v, i, err
	}
	dict := lang.NewDictSize(len(pairs))
	for _, p := range pairs {
		dict.SetStr(p.key, p.val)
	}
	clear(pairs)
	d.pairs = d.pairs[:base]
	result = lang.Obj(dict)
	if d.hooks && !d.objectHook.IsNone() {
		v, err := d.t.Call(d.objectHook, []lang.Value{result}, nil)
		return v, i, err
	}
	return result, i, nil
}
