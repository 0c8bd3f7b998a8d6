package stdlib

import (
	_ "embed"
	"errors"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/wasmling/wasmling/lang"
)

// The json module: CPython's json.dumps/loads output and errors, plus
// Scriptling's aliases parse and stringify. The encoder and the decoder
// work directly on lang values (no reflection, no intermediate tree).

// jsonDecodeErrorType is json.JSONDecodeError, a ValueError with msg, doc,
// pos, lineno and colno attributes.
var jsonDecodeErrorType = lang.NewExceptionClass("JSONDecodeError", "json.decoder", lang.ValueErrorType)

// jsonMaxDepth bounds the nesting of encoded and decoded values, like
// CPython's recursion limit: deeper input raises RecursionError.
const jsonMaxDepth = 1000

const jsonDoc = `JSON (JavaScript Object Notation) encoder and decoder.

dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
allow_nan=True, indent=None, separators=None, default=None,
sort_keys=False) and loads(s, *, object_hook=None, parse_float=None,
parse_int=None, parse_constant=None, object_pairs_hook=None) behave as in
CPython; stringify and parse are Scriptling's names for them.`

//go:embed json_classes.py
var jsonClassesSource string

func jsonModule(t *lang.Thread) (*lang.Module, error) {
	classes, err := t.Interp().Import(t, "_json_classes")
	if err != nil {
		return nil, err
	}
	st := &jsonState{}
	classes.Set("_dumps", lang.BuiltinValue("dumps", st.dumps))
	classes.Set("_loads", lang.BuiltinValue("loads", st.loads))
	m := lang.NewModule("json")
	for _, name := range []string{"JSONEncoder", "JSONDecoder"} {
		v, _ := classes.Globals.GetString(name)
		m.Set(name, v)
	}
	m.Set("__doc__", lang.String(jsonDoc))
	m.SetFunc("dumps", st.dumps)
	m.SetFunc("stringify", st.dumps)
	m.SetFunc("loads", st.loads)
	m.SetFunc("parse", st.loads)
	m.SetFunc("dump", st.dump)
	m.SetFunc("load", st.load)
	m.Set("JSONDecodeError", lang.Obj(jsonDecodeErrorType))
	return m, nil
}

// jsonEncoder renders values as JSON text.
type jsonEncoder struct {
	t             *lang.Thread
	buf           []byte
	indent        string
	hasIndent     bool
	itemSep       string
	keySep        string
	sortKeys      bool
	skipKeys      bool
	ensureASCII   bool
	allowNaN      bool
	checkCircular bool
	dflt          lang.Value
	hasDefault    bool
	stack         []lang.Object // containers being encoded, for circularity
	stackBuf      [16]lang.Object
	depth         int
	ticks         int
}

// jsonState is one interpreter's json module: an encoder and a decoder
// kept between calls (buffers, key cache), each taken out while in use
// since hooks and default= may call back into json.
type jsonState struct {
	enc *jsonEncoder
	dec *jsonDecoder
}

// reset prepares e for a dumps call and returns the object to encode.
func (e *jsonEncoder) reset(t *lang.Thread, fname string, args []lang.Value, kw []string) (lang.Value, error) {
	buf := e.buf[:0]
	*e = jsonEncoder{t: t, buf: buf, ensureASCII: true, allowNaN: true, checkCircular: true}
	e.stack = e.stackBuf[:0]
	obj, err := e.parseArgs(t, fname, args, kw)
	return obj, err
}

func (e *jsonEncoder) parseArgs(t *lang.Thread, fname string, args []lang.Value, kw []string) (lang.Value, error) {
	var obj, indent, separators, dflt, cls lang.Value
	if len(kw) == 0 && len(args) == 1 {
		obj = args[0]
	} else {
		for i, k := range kw {
			if k == "cls" && !args[len(args)-len(kw)+i].IsNone() {
				return lang.None, errUseCls
			}
		}
		if err := lang.UnpackArgs(t, fname, args, kw, "obj", &obj, "indent?", &indent,
			"*skipkeys?", &e.skipKeys, "*ensure_ascii?", &e.ensureASCII,
			"*check_circular?", &e.checkCircular, "*allow_nan?", &e.allowNaN,
			"*cls?", &cls, "*separators?", &separators,
			"*default?", &dflt, "*sort_keys?", &e.sortKeys); err != nil {
			return lang.None, err
		}
	}
	e.itemSep, e.keySep = ", ", ": "
	if !indent.IsNone() {
		e.hasIndent = true
		e.itemSep = ","
		if n, ok := indent.ToInt64(); ok && !indent.IsBool() {
			if n > 0 {
				if err := t.CheckMemory(n); err != nil {
					return lang.None, err
				}
				b := make([]byte, n)
				for i := range b {
					b[i] = ' '
				}
				e.indent = string(b)
			}
		} else if s, ok := indent.Str(); ok {
			e.indent = s
		} else {
			return lang.None, lang.NewError(lang.TypeErrorType, "indent must be an int or a str, not %s", indent.TypeName())
		}
	}
	if !separators.IsNone() {
		items, err := lang.ToSlice(t, separators)
		if err != nil {
			return lang.None, err
		}
		if len(items) != 2 {
			return lang.None, lang.NewError(lang.ValueErrorType, "separators must be a pair of strings")
		}
		a, ok1 := items[0].Str()
		b, ok2 := items[1].Str()
		if !ok1 || !ok2 {
			return lang.None, lang.NewError(lang.TypeErrorType, "separators must be a pair of strings")
		}
		e.itemSep, e.keySep = a, b
	}
	if !dflt.IsNone() {
		e.dflt, e.hasDefault = dflt, true
	}
	return obj, nil
}

func (st *jsonState) dumps(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	e := st.enc
	st.enc = nil
	if e == nil {
		e = &jsonEncoder{}
	}
	obj, err := e.reset(t, "dumps", args, kw)
	if err == errUseCls {
		st.enc = e
		return callWithCls(t, "dumps", args, kw)
	}
	if err == nil {
		err = e.encode(obj)
	}
	out := string(e.buf)
	e.t, e.dflt = nil, lang.None
	clear(e.stackBuf[:])
	if cap(e.buf) > 1<<16 {
		e.buf = nil
	}
	st.enc = e
	if err != nil {
		return lang.None, err
	}
	return lang.String(out), nil
}

// jsonDumps is dumps with a fresh state (tests).
func jsonDumps(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	return (&jsonState{}).dumps(t, args, kw)
}

// dump implements dump(obj, fp, **kw): fp.write(dumps(obj, **kw)).
func (st *jsonState) dump(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if len(args)-len(kw) < 2 {
		return lang.None, lang.NewError(lang.TypeErrorType, "dump() missing required argument 'fp'")
	}
	fp := args[1]
	rest := append([]lang.Value{args[0]}, args[2:]...)
	s, err := st.dumps(t, rest, kw)
	if err != nil {
		return lang.None, err
	}
	w, ok, err := lang.GetAttr(t, fp, "write")
	if err != nil {
		return lang.None, err
	}
	if !ok {
		return lang.None, lang.NewError(lang.AttributeErrorType, "'%s' object has no attribute 'write'", fp.TypeName())
	}
	_, err = t.Call(w, []lang.Value{s}, nil)
	return lang.None, err
}

func (e *jsonEncoder) tick() error {
	e.ticks++
	if e.ticks&1023 == 0 {
		if err := e.t.Tick(); err != nil {
			return err
		}
		return e.t.CheckMemory(int64(len(e.buf)))
	}
	return nil
}

func (e *jsonEncoder) newline() {
	e.buf = append(e.buf, '\n')
	for i := 0; i < e.depth; i++ {
		e.buf = append(e.buf, e.indent...)
	}
}

func (e *jsonEncoder) enter(o lang.Object, what string) error {
	if e.depth >= jsonMaxDepth {
		return lang.NewError(lang.RecursionErrorType, "maximum recursion depth exceeded while encoding a JSON object")
	}
	if e.checkCircular {
		for _, s := range e.stack {
			if s == o {
				return lang.NewError(lang.ValueErrorType, "Circular reference detected")
			}
		}
		e.stack = append(e.stack, o)
	}
	e.depth++
	return nil
}

func (e *jsonEncoder) leave() {
	e.depth--
	if e.checkCircular {
		e.stack = e.stack[:len(e.stack)-1]
	}
}

func (e *jsonEncoder) encode(v lang.Value) error {
	switch {
	case v.IsNone():
		e.buf = append(e.buf, "null"...)
		return nil
	case v.IsBool():
		if v.AsBool() {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
		return nil
	case v.IsInt():
		e.buf = strconv.AppendInt(e.buf, v.AsInt(), 10)
		return nil
	case v.IsFloat():
		return e.float(v.AsFloat())
	}
	switch x := v.Object().(type) {
	case *lang.Str:
		e.buf = appendJSONString(e.buf, x.GoString(), e.ensureASCII)
		return nil
	case *lang.Big:
		e.buf = x.Int().Append(e.buf, 10)
		return nil
	case *lang.List:
		return e.array(x, x.Items())
	case *lang.Tuple:
		return e.array(x, x.Items())
	case *lang.Dict:
		return e.object(x)
	}
	if !e.hasDefault {
		return lang.NewError(lang.TypeErrorType, "Object of type %s is not JSON serializable", v.TypeName())
	}
	o := v.Object()
	if err := e.enter(o, "object"); err != nil {
		return err
	}
	r, err := e.t.Call(e.dflt, []lang.Value{v}, nil)
	if err != nil {
		return err
	}
	err = e.encode(r)
	e.leave()
	return err
}

func (e *jsonEncoder) float(f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if !e.allowNaN {
			return lang.NewError(lang.ValueErrorType, "Out of range float values are not JSON compliant")
		}
		switch {
		case math.IsNaN(f):
			e.buf = append(e.buf, "NaN"...)
		case f > 0:
			e.buf = append(e.buf, "Infinity"...)
		default:
			e.buf = append(e.buf, "-Infinity"...)
		}
		return nil
	}
	e.buf = appendFloatRepr(e.buf, f)
	return nil
}

func (e *jsonEncoder) array(o lang.Object, items []lang.Value) error {
	if len(items) == 0 {
		e.buf = append(e.buf, "[]"...)
		return nil
	}
	if err := e.enter(o, "array"); err != nil {
		return err
	}
	e.buf = append(e.buf, '[')
	if e.hasIndent {
		e.newline()
	}
	for i := 0; i < len(items); i++ {
		if i > 0 {
			e.buf = append(e.buf, e.itemSep...)
			if e.hasIndent {
				e.newline()
			}
			if err := e.tick(); err != nil {
				return err
			}
		}
		if err := e.encode(items[i]); err != nil {
			return err
		}
	}
	e.leave()
	if e.hasIndent {
		e.newline()
	}
	e.buf = append(e.buf, ']')
	return nil
}

func (e *jsonEncoder) object(d *lang.Dict) error {
	if d.Len() == 0 {
		e.buf = append(e.buf, "{}"...)
		return nil
	}
	if err := e.enter(d, "object"); err != nil {
		return err
	}
	e.buf = append(e.buf, '{')
	if e.hasIndent {
		e.newline()
	}
	first := true
	var err error
	item := func(k, v lang.Value) bool {
		var key string
		if s, ok := k.Str(); ok {
			key = s
		} else {
			var ok bool
			key, ok, err = e.key(k)
			if err != nil {
				return false
			}
			if !ok {
				return true
			}
		}
		if !first {
			e.buf = append(e.buf, e.itemSep...)
			if e.hasIndent {
				e.newline()
			}
			if err = e.tick(); err != nil {
				return false
			}
		}
		first = false
		e.buf = appendJSONString(e.buf, key, e.ensureASCII)
		e.buf = append(e.buf, e.keySep...)
		err = e.encode(v)
		return err == nil
	}
	if e.sortKeys {
		keys := d.Keys()
		if err := lang.SortValues(e.t, keys, lang.None, false); err != nil {
			return err
		}
		for _, k := range keys {
			v, _, err2 := d.Get(e.t, k)
			if err2 != nil {
				return err2
			}
			if !item(k, v) {
				break
			}
		}
	} else {
		// Copy the items first: encoding may call back into the script
		// (default=), which could change the dict.
		var kv [32]lang.Value
		pairs := kv[:0]
		if n := d.Len(); n > 16 {
			pairs = make([]lang.Value, 0, 2*n)
		}
		d.Range(func(k, v lang.Value) bool { pairs = append(pairs, k, v); return true })
		for i := 0; i < len(pairs); i += 2 {
			if !item(pairs[i], pairs[i+1]) {
				break
			}
		}
	}
	if err != nil {
		return err
	}
	e.leave()
	if e.hasIndent {
		e.newline()
	}
	e.buf = append(e.buf, '}')
	return nil
}

// key converts a non-str dict key as CPython does; ok is false for a key
// skipped because of skipkeys.
func (e *jsonEncoder) key(k lang.Value) (string, bool, error) {
	switch {
	case k.IsNone():
		return "null", true, nil
	case k.IsBool():
		if k.AsBool() {
			return "true", true, nil
		}
		return "false", true, nil
	case k.IsInt():
		return strconv.FormatInt(k.AsInt(), 10), true, nil
	case k.IsFloat():
		f := k.AsFloat()
		switch {
		case math.IsNaN(f) || math.IsInf(f, 0):
			if !e.allowNaN {
				return "", false, lang.NewError(lang.ValueErrorType, "Out of range float values are not JSON compliant")
			}
			if math.IsNaN(f) {
				return "NaN", true, nil
			}
			if f > 0 {
				return "Infinity", true, nil
			}
			return "-Infinity", true, nil
		}
		return string(appendFloatRepr(nil, f)), true, nil
	}
	if b, ok := k.Object().(*lang.Big); ok {
		return b.Int().String(), true, nil
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, lang.NewError(lang.TypeErrorType, "keys must be str, int, float, bool or None, not %s", k.TypeName())
}

const hexDigits = "0123456789abcdef"

// jsonSafe marks the ASCII bytes written as themselves.
var jsonSafe = func() (t [128]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return
}()

// appendJSONString appends s as a JSON string literal. With ensureASCII
// every non-ASCII character (and DEL) becomes a \uXXXX escape, as in
// CPython.
func appendJSONString(buf []byte, s string, ensureASCII bool) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] || (c == 0x7f && !ensureASCII) {
				i++
				continue
			}
			buf = append(buf, s[start:i]...)
			switch c {
			case '"':
				buf = append(buf, '\\', '"')
			case '\\':
				buf = append(buf, '\\', '\\')
			case '\n':
				buf = append(buf, '\\', 'n')
			case '\r':
				buf = append(buf, '\\', 'r')
			case '\t':
				buf = append(buf, '\\', 't')
			case '\b':
				buf = append(buf, '\\', 'b')
			case '\f':
				buf = append(buf, '\\', 'f')
			default:
				buf = append(buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			}
			i++
			start = i
			continue
		}
		if !ensureASCII {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		buf = append(buf, s[start:i]...)
		if r >= 0x10000 {
			r -= 0x10000
			hi, lo := 0xd800+(r>>10), 0xdc00+(r&0x3ff)
			buf = appendU4(buf, hi)
			buf = appendU4(buf, lo)
		} else {
			buf = appendU4(buf, r)
		}
		i += size
		start = i
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

func appendU4(buf []byte, r rune) []byte {
	return append(buf, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
}

// appendFloatRepr appends Python's repr of a finite float: the shortest
// round-tripping digits, fixed notation for exponents in [-5, 16), else
// d.ddde+XX.
func appendFloatRepr(buf []byte, f float64) []byte {
	var scratch [32]byte
	s := strconv.AppendFloat(scratch[:0], f, 'e', -1, 64)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
		buf = append(buf, '-')
	}
	// s is d[.ddd]e±XX
	ePos := 0
	for ePos < len(s) && s[ePos] != 'e' {
		ePos++
	}
	mant := s[:ePos]
	exp := 0
	expNeg := s[ePos+1] == '-'
	for _, c := range s[ePos+2:] {
		exp = exp*10 + int(c-'0')
	}
	if expNeg {
		exp = -exp
	}
	var dbuf [24]byte
	digits := dbuf[:0]
	digits = append(digits, mant[0])
	if len(mant) > 2 {
		digits = append(digits, mant[2:]...)
	}
	if exp >= -5 && exp < 16 && !(exp < -4) {
		if exp >= 0 {
			if len(digits) <= exp+1 {
				buf = append(buf, digits...)
				for i := len(digits); i < exp+1; i++ {
					buf = append(buf, '0')
				}
				return append(buf, '.', '0')
			}
			buf = append(buf, digits[:exp+1]...)
			buf = append(buf, '.')
			return append(buf, digits[exp+1:]...)
		}
		buf = append(buf, '0', '.')
		for i := 0; i < -exp-1; i++ {
			buf = append(buf, '0')
		}
		return append(buf, digits...)
	}
	buf = append(buf, digits[0])
	if len(digits) > 1 {
		buf = append(buf, '.')
		buf = append(buf, digits[1:]...)
	}
	buf = append(buf, 'e')
	if exp < 0 {
		buf = append(buf, '-')
		exp = -exp
	} else {
		buf = append(buf, '+')
	}
	if exp < 10 {
		buf = append(buf, '0')
	}
	return strconv.AppendInt(buf, int64(exp), 10)
}

// errUseCls tells dumps to delegate to a cls= class.
var errUseCls = errors.New("json: cls")

// callWithCls implements dumps/loads(x, cls=C, **kw): C(**kw).method(x).
func callWithCls(t *lang.Thread, method string, args []lang.Value, kw []string) (lang.Value, error) {
	npos := len(args) - len(kw)
	if npos != 1 {
		return lang.None, lang.NewError(lang.TypeErrorType, "%s() takes 1 positional argument but %d were given", method, npos)
	}
	var cls lang.Value
	var kwVals []lang.Value
	var kwNames []string
	for i, k := range kw {
		if k == "cls" {
			cls = args[npos+i]
			continue
		}
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, args[npos+i])
	}
	obj, err := t.Call(cls, kwVals, kwNames)
	if err != nil {
		return lang.None, err
	}
	name := "encode"
	if method == "loads" {
		name = "decode"
	}
	fn, ok, err := lang.GetAttr(t, obj, name)
	if err != nil {
		return lang.None, err
	}
	if !ok {
		return lang.None, lang.NewError(lang.AttributeErrorType, "'%s' object has no attribute '%s'", obj.TypeName(), name)
	}
	return t.Call(fn, []lang.Value{args[0]}, nil)
}
