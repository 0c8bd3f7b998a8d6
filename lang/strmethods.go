package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

func trimSpace(s string) string { return strings.TrimSpace(s) }

func containsStr(s, sub string) bool { return strings.Contains(s, sub) }

// strGetItem implements s[k].
func strGetItem(t *Thread, s *Str, k Value) (Value, error) {
	if sl, ok := k.r.(*Slice); ok {
		start, stop, step, err := sl.indices(t, s.Len())
		if err != nil {
			return None, err
		}
		if step == 1 {
			if stop <= start {
				return String(""), nil
			}
			return String(s.Substr(start, stop)), nil
		}
		n := sliceLen(start, stop, step)
		if s.IsASCII() {
			b := make([]byte, 0, n)
			for i := start; len(b) < n; i += step {
				b = append(b, s.s[i])
			}
			return String(string(b)), nil
		}
		rs := []rune(s.s)
		out := make([]rune, 0, n)
		for i := start; len(out) < n; i += step {
			out = append(out, rs[i])
		}
		return String(string(out)), nil
	}
	if k.IsInt() && s.IsASCII() {
		i := k.AsInt()
		n := int64(len(s.s))
		if i < 0 {
			i += n
		}
		if i >= 0 && i < n {
			return t.interp.char(s.s[i]), nil
		}
		return None, NewError(IndexErrorType, "string index out of range")
	}
	i, err := seqIndex(t, k, s.Len(), "string")
	if err != nil {
		return None, err
	}
	if s.IsASCII() {
		return t.interp.char(s.s[i]), nil
	}
	return String(s.Substr(i, i+1)), nil
}

// strArg returns the str argument i of a method, or a TypeError.
func strArg(name string, args []Value, i int) (string, error) {
	if i >= len(args) {
		return "", NewError(TypeErrorType, "%s() missing required argument", name)
	}
	s, ok := args[i].Str()
	if !ok {
		return "", NewError(TypeErrorType, "%s() argument must be str, not %s", name, args[i].TypeName())
	}
	return s, nil
}

// bounds resolves optional start/end arguments (in code points) to byte
// offsets of s.
func strBounds(t *Thread, name string, s *Str, args []Value) (int, int, error) {
	n := s.Len()
	start, end := 0, n
	get := func(i int, def int) (int, error) {
		if i >= len(args) || args[i].IsNone() {
			return def, nil
		}
		v, ok := args[i].ToInt64()
		if !ok {
			return 0, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		x := int(v)
		if x < 0 {
			x += n
			if x < 0 {
				x = 0
			}
		}
		if x > n {
			x = n
		}
		return x, nil
	}
	var err error
	if start, err = get(0, 0); err != nil {
		return 0, 0, err
	}
	if end, err = get(1, n); err != nil {
		return 0, 0, err
	}
	return start, end, nil
}

func runeIndex(s *Str, byteOff int) int {
	if s.IsASCII() {
		return byteOff
	}
	return utf8.RuneCountInString(s.s[:byteOff])
}

func initStrMethods() {
	m := func(name string, fn func(t *Thread, s *Str, args []Value, kw []string) (Value, error)) {
		method(StrType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
			return fn(t, args[0].r.(*Str), args[1:], kw)
		})
	}
	simple := func(name string, f func(string) string) {
		m(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			if err := ArgCount(name, args, kw, 0, 0); err != nil {
				return None, err
			}
			return String(f(s.s)), nil
		})
	}
	// upper and lower of an ASCII str: straight into the new str.
	asciiCase := func(name string, from, to byte, f func(string) string) {
		m(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			if err := ArgCount(name, args, kw, 0, 0); err != nil {
				return None, err
			}
			if !s.IsASCII() {
				return String(f(s.s)), nil
			}
			str, buf := newStrBuf(len(s.s))
			for i := 0; i < len(buf); i++ {
				c := s.s[i]
				if from <= c && c <= to {
					c ^= 'a' - 'A'
				}
				buf[i] = c
			}
			return Value{r: str}, nil
		})
	}
	asciiCase("upper", 'a', 'z', strUpper)
	asciiCase("lower", 'A', 'Z', strLower)
	simple("casefold", strCasefold)
	simple("swapcase", func(s string) string {
		var b strings.Builder
		for _, r := range s {
			switch {
			case unicode.IsUpper(r):
				b.WriteString(strLower(string(r)))
			case unicode.IsLower(r):
				b.WriteString(strUpper(string(r)))
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	})
	simple("capitalize", func(s string) string {
		if s == "" {
			return s
		}
		r, n := utf8.DecodeRuneInString(s)
		return titleRune(r) + strLower(s[n:])
	})
	simple("title", func(s string) string {
		var b strings.Builder
		prev := false
		for _, r := range s {
			switch {
			case !isCased(r):
				b.WriteRune(r)
				prev = false
			case prev:
				b.WriteString(strLower(string(r)))
			default:
				b.WriteString(titleRune(r))
				prev = true
			}
		}
		return b.String()
	})
	strip := func(name string, fn func(string, string) string, def func(string) string) {
		m(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			if err := ArgCount(name, args, kw, 0, 1); err != nil {
				return None, err
			}
			if len(args) == 0 || args[0].IsNone() {
				return String(def(s.s)), nil
			}
			chars, err := strArg(name, args, 0)
			if err != nil {
				return None, err
			}
			return String(fn(s.s, chars)), nil
		})
	}
	strip("strip", strings.Trim, func(s string) string { return strings.TrimFunc(s, unicode.IsSpace) })
	strip("lstrip", strings.TrimLeft, func(s string) string { return strings.TrimLeftFunc(s, unicode.IsSpace) })
	strip("rstrip", strings.TrimRight, func(s string) string { return strings.TrimRightFunc(s, unicode.IsSpace) })
	m("split", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		return strSplit(t, "split", s.s, args, kw, false)
	})
	m("rsplit", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		return strSplit(t, "rsplit", s.s, args, kw, true)
	})
	m("splitlines", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		keep := false
		if err := UnpackArgs(t, "splitlines", args, kw, "keepends?", &keep); err != nil {
			return None, err
		}
		return ListValue(splitLines(s.s, keep)), nil
	})
	m("join", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		if err := ArgCount("join", args, kw, 1, 1); err != nil {
			return None, err
		}
		items, err := ToSlice(t, args[0])
		if err != nil {
			return None, err
		}
		size := len(s.s) * len(items)
		for i, it := range items {
			x, ok := it.r.(*Str)
			if !ok {
				return None, NewError(TypeErrorType, "sequence item %d: expected str instance, %s found", i, it.TypeName())
			}
			size += len(x.s)
		}
		if err := t.checkBytes(size); err != nil {
			return None, err
		}
		b := make([]byte, 0, size)
		for i, it := range items {
			if i > 0 {
				b = append(b, s.s...)
			}
			b = append(b, it.r.(*Str).s...)
		}
		return String(string(b)), nil
	})
	m("replace", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		var old, nw string
		count := int64(-1)
		if err := UnpackArgs(t, "replace", args, kw, "old", &old, "new", &nw, "count?", &count); err != nil {
			return None, err
		}
		n := strings.Count(s.s, old)
		if count >= 0 && int64(n) > count {
			n = int(count)
		}
		if err := t.checkBytes(len(s.s) + n*(len(nw)-len(old))); err != nil {
			return None, err
		}
		return String(strings.Replace(s.s, old, nw, int(count))), nil
	})
	find := func(name string, reverse, raise bool) {
		m(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			if err := ArgCount(name, args, kw, 1, 3); err != nil {
				return None, err
			}
			sub, err := strArg(name, args, 0)
			if err != nil {
				return None, err
			}
			start, end, err := strBounds(t, name, s, args[1:])
			if err != nil {
				return None, err
			}
			idx := -1
			if start <= end {
				bs, be := s.runeOffset(start), s.runeOffset(end)
				hay := s.s[bs:be]
				var i int
				if reverse {
					i = strings.LastIndex(hay, sub)
				} else {
					i = strings.Index(hay, sub)
				}
				if i >= 0 {
					idx = runeIndex(s, bs+i)
				}
			}
			if idx < 0 && raise {
				return None, NewError(ValueErrorType, "substring not found")
			}
			return Int(int64(idx)), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	m("count", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		if err := ArgCount("count", args, kw, 1, 3); err != nil {
			return None, err
		}
		sub, err := strArg("count", args, 0)
		if err != nil {
			return None, err
		}
		start, end, err := strBounds(t, "count", s, args[1:])
		if err != nil || start > end {
			return Int(0), err
		}
		hay := s.s[s.runeOffset(start):s.runeOffset(end)]
		if sub == "" {
			return Int(int64(utf8.RuneCountInString(hay) + 1)), nil
		}
		return Int(int64(strings.Count(hay, sub))), nil
	})
	affix := func(name string, test func(string, string) bool) {
		m(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			if err := ArgCount(name, args, kw, 1, 3); err != nil {
				return None, err
			}
			start, end, err := strBounds(t, name, s, args[1:])
			if err != nil {
				return None, err
			}
			if start > end {
				return False, nil
			}
			hay := s.s[s.runeOffset(start):s.runeOffset(end)]
			if tu, ok := args[0].r.(*Tuple); ok {
				for _, it := range tu.items {
					p, ok := it.Str()
					if !ok {
						return None, NewError(TypeErrorType, "tuple for %s must only contain str, not %s", name, it.TypeName())
					}
					if test(hay, p) {
						return True, nil
					}
				}
				return False, nil
			}
			p, ok := args[0].Str()
			if !ok {
				return None, NewError(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, args[0].TypeName())
			}
			return Bool(test(hay, p)), nil
		})
	}
	affix("startswith", strings.HasPrefix)
	affix("endswith", strings.HasSuffix)
	part := func(name string, reverse bool) {
		m(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			if err := ArgCount(name, args, kw, 1, 1); err != nil {
				return None, err
			}
			sep, err := strArg(name, args, 0)
			if err != nil {
				return None, err
			}
			if sep == "" {
				return None, NewError(ValueErrorType, "empty separator")
			}
			var i int
			if reverse {
				i = strings.LastIndex(s.s, sep)
			} else {
				i = strings.Index(s.s, sep)
			}
			if i < 0 {
				if reverse {
					return TupleValue(String(""), String(""), Obj(s)), nil
				}
				return TupleValue(Obj(s), String(""), String("")), nil
			}
			return TupleValue(String(s.s[:i]), String(sep), String(s.s[i+len(sep):])), nil
		})
	}
	part("partition", false)
	part("rpartition", true)
	m("removeprefix", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		p, err := strArg("removeprefix", args, 0)
		if err != nil {
			return None, err
		}
		return String(strings.TrimPrefix(s.s, p)), nil
	})
	m("removesuffix", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		p, err := strArg("removesuffix", args, 0)
		if err != nil {
			return None, err
		}
		return String(strings.TrimSuffix(s.s, p)), nil
	})
	m("zfill", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		var w int64
		if err := UnpackArgs(t, "zfill", args, kw, "width", &w); err != nil {
			return None, err
		}
		n := s.Len()
		if int(w) <= n {
			return Obj(s), nil
		}
		if err := t.checkBytes(int(w)); err != nil {
			return None, err
		}
		sign := ""
		body := s.s
		if body != "" && (body[0] == '+' || body[0] == '-') {
			sign, body = body[:1], body[1:]
		}
		return String(sign + strings.Repeat("0", int(w)-n) + body), nil
	})
	justify := func(name string, align byte) {
		m(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			var w int64
			fill := " "
			if err := UnpackArgs(t, name, args, kw, "width", &w, "fillchar?", &fill); err != nil {
				return None, err
			}
			if utf8.RuneCountInString(fill) != 1 {
				return None, NewError(TypeErrorType, "The fill character must be exactly one character long")
			}
			if err := t.interp.checkAlloc(mulSize(w, int64(len(fill)))); err != nil {
				return None, err
			}
			n := s.Len()
			if int(w) <= n {
				return Obj(s), nil
			}
			gap := int(w) - n
			switch align {
			case '<':
				return String(s.s + strings.Repeat(fill, gap)), nil
			case '>':
				return String(strings.Repeat(fill, gap) + s.s), nil
			}
			l := gap / 2
			if gap%2 == 1 && w%2 == 1 { // CPython's rounding
				l++
			}
			return String(strings.Repeat(fill, l) + s.s + strings.Repeat(fill, gap-l)), nil
		})
	}
	justify("ljust", '<')
	justify("rjust", '>')
	justify("center", '^')
	m("expandtabs", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		size := int64(8)
		if err := UnpackArgs(t, "expandtabs", args, kw, "tabsize?", &size); err != nil {
			return None, err
		}
		var b strings.Builder
		col := 0
		for _, r := range s.s {
			switch r {
			case '\t':
				if size > 0 {
					n := int(size) - col%int(size)
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return String(b.String()), nil
	})
	m("format", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		r, err := StrFormat(t, s.s, args, kw)
		return String(r), err
	})
	m("format_map", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		if err := ArgCount("format_map", args, kw, 1, 1); err != nil {
			return None, err
		}
		d, ok := args[0].r.(*Dict)
		if !ok {
			return None, NewError(TypeErrorType, "format_map() argument must be a mapping")
		}
		var vals []Value
		var names []string
		d.Range(func(k, v Value) bool {
			if ks, ok := k.Str(); ok {
				names = append(names, ks)
				vals = append(vals, v)
			}
			return true
		})
		r, err := StrFormat(t, s.s, vals, names)
		return String(r), err
	})
	m("encode", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		enc, errs := "utf-8", "strict"
		if err := UnpackArgs(t, "encode", args, kw, "encoding?", &enc, "errors?", &errs); err != nil {
			return None, err
		}
		return encodeStr(s.s, enc, errs)
	})
	pred := func(name string, fn func(string) bool) {
		m(name, func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
			return Bool(fn(s.s)), nil
		})
	}
	all := func(s string, f func(rune) bool) bool {
		if s == "" {
			return false
		}
		for _, r := range s {
			if !f(r) {
				return false
			}
		}
		return true
	}
	pred("isdigit", func(s string) bool { return all(s, unicode.IsDigit) })
	pred("isdecimal", func(s string) bool { return all(s, func(r rune) bool { return unicode.Is(unicode.Nd, r) }) })
	pred("isnumeric", func(s string) bool { return all(s, unicode.IsNumber) })
	pred("isalpha", func(s string) bool { return all(s, unicode.IsLetter) })
	pred("isalnum", func(s string) bool {
		return all(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) })
	})
	pred("isspace", func(s string) bool { return all(s, unicode.IsSpace) })
	pred("isascii", func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return false
			}
		}
		return true
	})
	pred("isprintable", func(s string) bool {
		for _, r := range s {
			if !unicode.IsPrint(r) {
				return false
			}
		}
		return true
	})
	pred("isidentifier", func(s string) bool {
		if s == "" {
			return false
		}
		for i, r := range s {
			if r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))) {
				continue
			}
			return false
		}
		return true
	})
	pred("isupper", func(s string) bool {
		cased := false
		for _, r := range s {
			if unicode.IsLower(r) || unicode.IsTitle(r) {
				return false
			}
			if unicode.IsUpper(r) {
				cased = true
			}
		}
		return cased
	})
	pred("islower", func(s string) bool {
		cased := false
		for _, r := range s {
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				return false
			}
			if unicode.IsLower(r) {
				cased = true
			}
		}
		return cased
	})
	pred("istitle", func(s string) bool {
		cased, prev := false, false
		for _, r := range s {
			switch {
			case unicode.IsUpper(r) || unicode.IsTitle(r):
				if prev {
					return false
				}
				prev, cased = true, true
			case unicode.IsLower(r):
				if !prev {
					return false
				}
				prev, cased = true, true
			default:
				prev = false
			}
		}
		return cased
	})
	// maketrans is a static method: str.maketrans(x) and "".maketrans(x)
	// take the same arguments.
	StrType.dict.setStr(NewStr("maketrans"), Obj(&StaticMethod{Fn: Obj(&Builtin{name: "maketrans",
		fn: func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := ArgCount("maketrans", args, kw, 1, 3); err != nil {
				return None, err
			}
			return strMaketrans(t, args)
		}})}))
	m("translate", func(t *Thread, s *Str, args []Value, kw []string) (Value, error) {
		if err := ArgCount("translate", args, kw, 1, 1); err != nil {
			return None, err
		}
		var b strings.Builder
		for _, r := range s.s {
			v, err := GetItem(t, args[0], Int(int64(r)))
			if err != nil {
				if e, ok := err.(*Exception); ok && e.cls.IsSubclass(LookupErrorType) {
					b.WriteRune(r)
					continue
				}
				return None, err
			}
			switch x := v.r.(type) {
			case nil:
			case *Str:
				b.WriteString(x.s)
			case intTag:
				b.WriteRune(rune(v.AsInt()))
			default:
				return None, NewError(TypeErrorType, "character mapping must return integer, None or str")
			}
		}
		return String(b.String()), nil
	})
}

func strMaketrans(t *Thread, args []Value) (Value, error) {
	d := &Dict{}
	switch len(args) {
	case 1:
		src, ok := args[0].r.(*Dict)
		if !ok {
			return None, NewError(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		var err error
		src.Range(func(k, v Value) bool {
			if s, ok := k.Str(); ok {
				rs := []rune(s)
				if len(rs) != 1 {
					err = NewError(ValueErrorType, "string keys in translate table must be of length 1")
					return false
				}
				k = Int(int64(rs[0]))
			}
			err = d.Set(t, k, v)
			return err == nil
		})
		return Obj(d), err
	case 2, 3:
		x, ok1 := args[0].Str()
		y, ok2 := args[1].Str()
		if !ok1 || !ok2 {
			return None, NewError(TypeErrorType, "maketrans() arguments must be strings")
		}
		xr, yr := []rune(x), []rune(y)
		if len(xr) != len(yr) {
			return None, NewError(ValueErrorType, "the first two maketrans arguments must have equal length")
		}
		for i := range xr {
			_ = d.Set(t, Int(int64(xr[i])), Int(int64(yr[i])))
		}
		if len(args) == 3 {
			z, ok := args[2].Str()
			if !ok {
				return None, NewError(TypeErrorType, "maketrans() arguments must be strings")
			}
			for _, r := range z {
				_ = d.Set(t, Int(int64(r)), None)
			}
		}
		return Obj(d), nil
	}
	return None, NewError(TypeErrorType, "maketrans() takes 1 to 3 arguments")
}

func strSplit(t *Thread, name, s string, args []Value, kw []string, reverse bool) (Value, error) {
	var sepv Value
	maxsplit := int64(-1)
	if err := UnpackArgs(t, name, args, kw, "sep?", &sepv, "maxsplit?", &maxsplit); err != nil {
		return None, err
	}
	var parts []string
	if sepv.IsNone() {
		parts = splitWhitespace(s, int(maxsplit), reverse)
	} else {
		sep, ok := sepv.Str()
		if !ok {
			return None, NewError(TypeErrorType, "must be str or None, not %s", sepv.TypeName())
		}
		if sep == "" {
			return None, NewError(ValueErrorType, "empty separator")
		}
		if maxsplit < 0 {
			parts = strings.Split(s, sep)
		} else if !reverse {
			parts = strings.SplitN(s, sep, int(maxsplit)+1)
		} else {
			parts = rsplitN(s, sep, int(maxsplit))
		}
	}
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = String(p)
	}
	return ListValue(out), nil
}

func rsplitN(s, sep string, n int) []string {
	var out []string
	for n != 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
		n--
	}
	out = append(out, s)
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

func splitWhitespace(s string, maxsplit int, reverse bool) []string {
	if maxsplit < 0 {
		return strings.Fields(s)
	}
	if reverse {
		var out []string
		s = strings.TrimRightFunc(s, unicode.IsSpace)
		for maxsplit > 0 && s != "" {
			i := strings.LastIndexFunc(s, unicode.IsSpace)
			if i < 0 {
				break
			}
			_, n := utf8.DecodeRuneInString(s[i:])
			out = append(out, s[i+n:])
			s = strings.TrimRightFunc(s[:i], unicode.IsSpace)
			maxsplit--
		}
		if s != "" {
			out = append(out, s)
		}
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
		return out
	}
	var out []string
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	for maxsplit > 0 && s != "" {
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			break
		}
		out = append(out, s[:i])
		s = strings.TrimLeftFunc(s[i:], unicode.IsSpace)
		maxsplit--
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

func splitLines(s string, keep bool) []Value {
	var out []Value
	for len(s) > 0 {
		i := strings.IndexAny(s, "\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029")
		if i < 0 {
			out = append(out, String(s))
			break
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			n = 2
		}
		if keep {
			out = append(out, String(s[:i+n]))
		} else {
			out = append(out, String(s[:i]))
		}
		s = s[i+n:]
	}
	if out == nil {
		out = []Value{}
	}
	return out
}

// encodeStr implements str.encode.
func encodeStr(s, enc, errs string) (Value, error) {
	switch normEncoding(enc) {
	case "utf8":
		return Obj(&Bytes{b: []byte(s)}), nil
	case "ascii", "latin1":
		limit := rune(0x7f)
		if normEncoding(enc) == "latin1" {
			limit = 0xff
		}
		out := make([]byte, 0, len(s))
		for i, r := range s {
			if r > limit {
				switch errs {
				case "ignore":
					continue
				case "replace":
					out = append(out, '?')
					continue
				}
				return None, NewError(UnicodeEncodeErrorType, "'%s' codec can't encode character %s in position %d: ordinal not in range(%d)", enc, asciiEscape(QuoteString(string(r))), i, limit+1)
			}
			out = append(out, byte(r))
		}
		return Obj(&Bytes{b: out}), nil
	}
	return None, NewError(LookupErrorType, "unknown encoding: %s", enc)
}

func normEncoding(enc string) string {
	e := strings.ToLower(strings.NewReplacer("-", "", "_", "", " ", "").Replace(enc))
	switch e {
	case "utf8", "u8", "utf":
		return "utf8"
	case "ascii", "usascii":
		return "ascii"
	case "latin1", "iso88591", "l1":
		return "latin1"
	}
	return e
}

// decodeBytes implements bytes.decode and str(b, encoding).
func decodeBytes(b []byte, encv, errsv Value) (Value, error) {
	enc, errs := "utf-8", "strict"
	if s, ok := encv.Str(); ok {
		enc = s
	}
	if s, ok := errsv.Str(); ok {
		errs = s
	}
	switch normEncoding(enc) {
	case "utf8":
		if utf8.Valid(b) {
			return String(string(b)), nil
		}
		switch errs {
		case "ignore":
			return String(strings.ToValidUTF8(string(b), "")), nil
		case "replace":
			return String(strings.ToValidUTF8(string(b), "\uFFFD")), nil
		}
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				return None, NewError(UnicodeDecodeErrorType, "'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", b[i], i)
			}
			i += n
		}
	case "ascii":
		var sb strings.Builder
		for i, c := range b {
			if c >= 0x80 {
				switch errs {
				case "ignore":
					continue
				case "replace":
					sb.WriteRune('\uFFFD')
					continue
				}
				return None, NewError(UnicodeDecodeErrorType, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)
			}
			sb.WriteByte(c)
		}
		return String(sb.String()), nil
	case "latin1":
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		return String(string(rs)), nil
	}
	return None, NewError(LookupErrorType, "unknown encoding: %s", enc)
}

// upperSpecial holds the characters whose upper case is several
// characters (Unicode SpecialCasing), which strings.ToUpper leaves alone.
var upperSpecial = map[rune]string{
	'ß': "SS", 'ŉ': "ʼN", 'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI",
	'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST",
}

// strUpper is str.upper, with the multi-character special cases.
func strUpper(s string) string {
	for _, r := range s {
		if _, ok := upperSpecial[r]; ok {
			var b strings.Builder
			for _, r := range s {
				if u, ok := upperSpecial[r]; ok {
					b.WriteString(u)
				} else {
					b.WriteRune(unicode.ToUpper(r))
				}
			}
			return b.String()
		}
	}
	return strings.ToUpper(s)
}

// strLower is str.lower: İ (U+0130) lowers to i and a combining dot, the
// one multi-character lower case in Unicode.
func strLower(s string) string {
	if strings.ContainsRune(s, 'İ') {
		s = strings.ReplaceAll(s, "İ", "i\u0307")
	}
	return strings.ToLower(s)
}

// strCasefold is str.casefold: lower case with the special expansions
// (ß is "ss") and final sigma folded.
func strCasefold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if u, ok := upperSpecial[r]; ok {
			b.WriteString(strings.ToLower(u))
		} else if r == 'ς' {
			b.WriteRune('σ')
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// titleSpecial holds the characters whose title case is several
// characters (Unicode SpecialCasing).
var titleSpecial = map[rune]string{
	'ß': "Ss", 'ŉ': "ʼN", 'ﬀ': "Ff", 'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi",
	'ﬄ': "Ffl", 'ﬅ': "St", 'ﬆ': "St",
}

// titleRune returns the title case of r.
func titleRune(r rune) string {
	if s, ok := titleSpecial[r]; ok {
		return s
	}
	return string(unicode.ToTitle(r))
}

// isCased reports whether r has case (upper, lower or title).
func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r)
}
