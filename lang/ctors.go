package lang

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// Constructors of the built-in types (what calling int, str, list...
// does) and the methods of object and BaseException.
func init() {
	IntType.new = newInt
	BoolType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		if err := ArgCount("bool", args, kw, 0, 1); err != nil {
			return None, err
		}
		if len(args) == 0 {
			return False, nil
		}
		b, err := Truth(t, args[0])
		return Bool(b), err
	}
	FloatType.new = newFloat
	StrType.new = newStr
	BytesType.new = newBytes
	ListType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		if err := ArgCount("list", args, kw, 0, 1); err != nil {
			return None, err
		}
		if len(args) == 0 {
			return ListValue([]Value{}), nil
		}
		items, err := ToSlice(t, args[0])
		if err != nil {
			return None, err
		}
		return ListValue(append([]Value{}, items...)), nil
	}
	TupleType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		if err := ArgCount("tuple", args, kw, 0, 1); err != nil {
			return None, err
		}
		if len(args) == 0 {
			return Obj(&Tuple{}), nil
		}
		if tu, ok := args[0].r.(*Tuple); ok {
			return Obj(tu), nil
		}
		items, err := ToSlice(t, args[0])
		if err != nil {
			return None, err
		}
		return Obj(&Tuple{items: append([]Value{}, items...)}), nil
	}
	DictType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		npos := len(args) - len(kw)
		if npos > 1 {
			return None, NewError(TypeErrorType, "dict expected at most 1 argument, got %d", npos)
		}
		d := &Dict{}
		if npos == 1 {
			if err := dictUpdate(t, d, args[0]); err != nil {
				return None, err
			}
		}
		for i, k := range kw {
			d.SetString(k, args[npos+i])
		}
		return Obj(d), nil
	}
	SetType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		if err := ArgCount("set", args, kw, 0, 1); err != nil {
			return None, err
		}
		s := &Set{}
		if len(args) == 1 {
			items, err := ToSlice(t, args[0])
			if err != nil {
				return None, err
			}
			for _, it := range items {
				if err := s.Add(t, it); err != nil {
					return None, err
				}
			}
		}
		return Obj(s), nil
	}
	FrozenSetType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		v, err := SetType.new(t, SetType, args, kw)
		if err != nil {
			return None, err
		}
		v.r.(*Set).frozen = true
		return v, nil
	}
	RangeType.new = newRange
	SliceType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		if err := ArgCount("slice", args, kw, 1, 3); err != nil {
			return None, err
		}
		switch len(args) {
		case 1:
			return Obj(&Slice{Stop: args[0]}), nil
		case 2:
			return Obj(&Slice{Start: args[0], Stop: args[1]}), nil
		}
		return Obj(&Slice{Start: args[0], Stop: args[1], Step: args[2]}), nil
	}
	ObjectType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		if len(args) > 0 {
			return None, NewError(TypeErrorType, "object() takes no arguments")
		}
		return Obj(&Instance{cls: ObjectType}), nil
	}
	TypeType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		if len(args) == 1 && len(kw) == 0 {
			return Obj(args[0].Type()), nil
		}
		npos := len(args) - len(kw)
		if npos != 3 {
			return None, NewError(TypeErrorType, "type() takes 1 or 3 arguments")
		}
		name, ok := args[0].Str()
		if !ok {
			return None, NewError(TypeErrorType, "type.__new__() argument 1 must be str, not %s", args[0].TypeName())
		}
		bases, ok := args[1].r.(*Tuple)
		if !ok {
			return None, NewError(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", args[1].TypeName())
		}
		ns, ok := args[2].r.(*Dict)
		if !ok {
			return None, NewError(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", args[2].TypeName())
		}
		return t.newClass(name, "__main__", bases.items, kw, args[3:], func(d *Dict) (Value, error) {
			return None, dictUpdate(t, d, Obj(ns))
		})
	}
	PropertyType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		p := &Property{}
		if err := UnpackArgs(t, "property", args, kw, "fget?", &p.Get, "fset?", &p.Set, "fdel?", &p.Del, "doc?", &p.Doc); err != nil {
			return None, err
		}
		if p.Doc.IsNone() && !p.Get.IsNone() {
			if d, ok, _ := GetAttr(t, p.Get, "__doc__"); ok {
				p.Doc = d
			}
		}
		return Obj(p), nil
	}
	StaticMethodType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		if err := ArgCount("staticmethod", args, kw, 1, 1); err != nil {
			return None, err
		}
		return Obj(&StaticMethod{Fn: args[0]}), nil
	}
	ClassMethodType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		if err := ArgCount("classmethod", args, kw, 1, 1); err != nil {
			return None, err
		}
		return Obj(&ClassMethod{Fn: args[0]}), nil
	}
	SuperType.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
		return newSuper(t, args, kw)
	}

	// object's own methods, which script classes inherit.
	objMethod := func(name string, fn BuiltinFunc) {
		ObjectType.dict.setStr(NewStr(name), Obj(&Builtin{name: name, fn: fn, method: true}))
	}
	objMethod("__init__", func(t *Thread, args []Value, kw []string) (Value, error) {
		return None, nil
	})
	objMethod("__init_subclass__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return None, NewError(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", args[0].TypeName())
		}
		return None, nil
	})
	// object.__new__(cls) makes a bare instance; it is a static method.
	ObjectType.dict.setStr(NewStr("__new__"), Obj(&StaticMethod{Fn: Obj(&Builtin{name: "__new__",
		fn: func(t *Thread, args []Value, kw []string) (Value, error) {
			if len(args) == 0 {
				return None, NewError(TypeErrorType, "object.__new__(): not enough arguments")
			}
			cls, ok := args[0].r.(*Class)
			if !ok {
				return None, NewError(TypeErrorType, "object.__new__(X): X is not a type object (%s)", args[0].TypeName())
			}
			switch cls.layout {
			case layoutNone:
				return None, NewError(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
			case layoutValue:
				// int.__new__(cls, v) and friends reach here.
				return newValueInstance(t, cls, args[1:], kw)
			}
			return newInstance(cls, args[1:], kw), nil
		}})}))
	objMethod("__eq__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) != 2 {
			return None, NewError(TypeErrorType, "expected 1 argument")
		}
		if Is(args[0], args[1]) {
			return True, nil
		}
		return NotImplemented, nil
	})
	objMethod("__ne__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) != 2 {
			return None, NewError(TypeErrorType, "expected 1 argument")
		}
		eq, err := Equal(t, args[0], args[1])
		return Bool(!eq), err
	})
	objMethod("__hash__", func(t *Thread, args []Value, kw []string) (Value, error) {
		return Int(int64(identityHash(args[0]) >> 1)), nil
	})
	objMethod("__repr__", func(t *Thread, args []Value, kw []string) (Value, error) {
		v := args[0]
		return String("<" + qualClassName(v.Type()) + " object at 0x" + strconv.FormatUint(uint64(objectAddress(v)), 16) + ">"), nil
	})
	objMethod("__str__", func(t *Thread, args []Value, kw []string) (Value, error) {
		s, err := Repr(t, args[0])
		return String(s), err
	})
	objMethod("__setattr__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) != 3 {
			return None, NewError(TypeErrorType, "__setattr__ expected 2 arguments")
		}
		name, ok := args[1].r.(*Str)
		if !ok {
			return None, NewError(TypeErrorType, "attribute name must be string")
		}
		cls, dict, ok := attrTable(args[0])
		if !ok {
			return None, SetAttr(t, args[0], name.s, args[2])
		}
		return None, defaultSetAttr(t, args[0], cls, dict, name, args[2])
	})
	objMethod("__getattribute__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) != 2 {
			return None, NewError(TypeErrorType, "__getattribute__ expected 1 argument")
		}
		name, ok := args[1].Str()
		if !ok {
			return None, NewError(TypeErrorType, "attribute name must be string, not '%s'", args[1].TypeName())
		}
		if cls, dict, ok := attrTable(args[0]); ok {
			v, found, err := defaultInstanceAttr(t, args[0], cls, dict, NewStr(name), false)
			if err != nil || found {
				return v, err
			}
			return None, attrError(args[0], name)
		}
		v, found, err := GetAttr(t, args[0], name)
		if err != nil || found {
			return v, err
		}
		return None, attrError(args[0], name)
	})
	objMethod("__delattr__", func(t *Thread, args []Value, kw []string) (Value, error) {
		name, _ := args[1].Str()
		if cls, dict, ok := attrTable(args[0]); ok {
			return None, defaultDelAttr(t, args[0], cls, dict, NewStr(name))
		}
		return None, attrError(args[0], name)
	})
	objMethod("__format__", func(t *Thread, args []Value, kw []string) (Value, error) {
		spec := ""
		if len(args) > 1 {
			spec, _ = args[1].Str()
		}
		if spec != "" {
			return None, NewError(TypeErrorType, "unsupported format string passed to %s.__format__", args[0].TypeName())
		}
		s, err := ToStr(t, args[0])
		return String(s), err
	})

	BaseExceptionType.dict.setStr(NewStr("__init__"), Obj(&Builtin{name: "__init__", method: true, fn: func(t *Thread, args []Value, kw []string) (Value, error) {
		if e, ok := args[0].r.(*Exception); ok {
			npos := len(args) - len(kw)
			e.Args = append([]Value(nil), args[1:npos]...)
		}
		return None, nil
	}}))
	BaseExceptionType.dict.setStr(NewStr("with_traceback"), Obj(&Builtin{name: "with_traceback", method: true, fn: func(t *Thread, args []Value, kw []string) (Value, error) {
		return args[0], nil
	}}))
	BaseExceptionType.dict.setStr(NewStr("add_note"), Obj(&Builtin{name: "add_note", method: true, fn: func(t *Thread, args []Value, kw []string) (Value, error) {
		e := args[0].r.(*Exception)
		notes, ok := e.dict.getStr(NewStr("__notes__"))
		if !ok {
			notes = ListValue(nil)
			e.dict.setStr(NewStr("__notes__"), notes)
		}
		if len(args) > 1 {
			notes.r.(*List).Append(args[1])
		}
		return None, nil
	}}))
	initMethods()
}

func newInt(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
	var v, base Value
	if err := UnpackArgs(t, "int", args, kw, "x?", &v, "base?", &base); err != nil {
		return None, err
	}
	if len(args) == 0 {
		return Int(0), nil
	}
	if !base.IsNone() {
		b, ok := base.ToInt64()
		if !ok || (b != 0 && (b < 2 || b > 36)) {
			return None, NewError(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		switch s := v.r.(type) {
		case *Str:
			return ParseInt(s.s, int(b))
		case *Bytes:
			return ParseInt(string(s.b), int(b))
		}
		return None, NewError(TypeErrorType, "int() can't convert non-string with explicit base")
	}
	switch x := v.r.(type) {
	case intTag:
		return v, nil
	case boolTag:
		return Int(int64(v.n)), nil
	case *Big:
		return v, nil
	case floatTag:
		f := v.AsFloat()
		if math.IsInf(f, 0) {
			return None, NewError(OverflowErrorType, "cannot convert float infinity to integer")
		}
		if math.IsNaN(f) {
			return None, NewError(ValueErrorType, "cannot convert float NaN to integer")
		}
		return floatToInt(f), nil
	case *Str:
		return ParseInt(x.s, 10)
	case *Bytes:
		return ParseInt(string(x.b), 10)
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		if r, found, err := callDunder(t, v, name); found || err != nil {
			if err == nil && !isIntLike(r) {
				return None, NewError(TypeErrorType, "%s returned non-int (type %s)", name, r.TypeName())
			}
			return r, err
		}
	}
	if b, ok := baseValue(v); ok {
		return newInt(t, cls, []Value{b}, nil)
	}
	return None, NewError(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", v.TypeName())
}

// ParseInt parses a Python int literal in the given base (0: from prefix).
func ParseInt(s string, base int) (Value, error) {
	orig, origBase := s, base
	s = strings.TrimSpace(s)
	bad := func() (Value, error) {
		return None, NewError(ValueErrorType, "invalid literal for int() with base %d: %s", origBase, QuoteString(orig))
	}
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
		if s != "" && (s[0] == '+' || s[0] == '-') {
			return bad()
		}
	}
	if len(s) >= 2 && s[0] == '0' {
		pb := 0
		switch s[1] | 0x20 {
		case 'x':
			pb = 16
		case 'o':
			pb = 8
		case 'b':
			pb = 2
		}
		if pb != 0 && (base == 0 || base == pb) {
			s = s[2:]
			base = pb
			if strings.HasPrefix(s, "_") {
				s = s[1:]
			}
		}
	}
	if base == 0 {
		if len(s) > 1 && s[0] == '0' && strings.Trim(s, "0_") != "" {
			return bad()
		}
		base = 10
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return bad()
	}
	clean := strings.ReplaceAll(s, "_", "")
	if len(clean) > maxIntDigits && base == 10 {
		return None, NewError(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxIntDigits, len(clean))
	}
	if i, err := strconv.ParseInt(clean, base, 64); err == nil {
		if neg {
			i = -i
		}
		return Int(i), nil
	}
	clean = asciiDigits(clean)
	if clean != "" && (clean[0] == '+' || clean[0] == '-') {
		return bad()
	}
	bi, ok := new(big.Int).SetString(clean, base)
	if !ok {
		return bad()
	}
	if neg {
		bi.Neg(bi)
	}
	return BigInt(bi), nil
}

// asciiDigits replaces the non-ASCII decimal digits of s (Arabic-Indic,
// Devanagari...) by ASCII ones, as int() and float() accept them.
func asciiDigits(s string) string {
	for _, r := range s {
		if r > 127 && unicode.IsDigit(r) {
			var b strings.Builder
			for _, r := range s {
				if r > 127 && unicode.IsDigit(r) {
					b.WriteByte(byte('0' + digitValue(r)))
				} else {
					b.WriteRune(r)
				}
			}
			return b.String()
		}
	}
	return s
}

func digitValue(r rune) int {
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return 0
}

func newFloat(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
	if err := ArgCount("float", args, kw, 0, 1); err != nil {
		return None, err
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	v := args[0]
	switch x := v.r.(type) {
	case floatTag:
		return v, nil
	case intTag, boolTag:
		return Float(float64(int64(v.n))), nil
	case *Big:
		f, _ := new(big.Float).SetInt(x.b).Float64()
		if math.IsInf(f, 0) {
			return None, NewError(OverflowErrorType, "int too large to convert to float")
		}
		return Float(f), nil
	case *Str:
		f, err := parseFloat(x.s)
		if err != nil {
			return None, NewError(ValueErrorType, "could not convert string to float: %s", QuoteString(x.s))
		}
		return Float(f), nil
	}
	for _, name := range []string{"__float__", "__index__"} {
		if r, found, err := callDunder(t, v, name); found || err != nil {
			if err != nil {
				return None, err
			}
			f, ok := r.ToFloat()
			if !ok {
				return None, NewError(TypeErrorType, "%s returned non-float (type %s)", name, r.TypeName())
			}
			return Float(f), nil
		}
	}
	if b, ok := baseValue(v); ok {
		return newFloat(t, cls, []Value{b}, nil)
	}
	return None, NewError(TypeErrorType, "float() argument must be a string or a real number, not '%s'", v.TypeName())
}

// parseFloat parses Python float syntax: decimal, exponents, underscores
// between digits, inf, infinity, nan, surrounding whitespace.
func parseFloat(s string) (float64, error) {
	s = asciiDigits(strings.TrimSpace(s))
	low := strings.ToLower(s)
	switch strings.TrimLeft(low, "+-") {
	case "inf", "infinity":
		if strings.HasPrefix(low, "-") {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	if s == "" || strings.ContainsAny(low, "xpi") {
		return 0, strconv.ErrSyntax
	}
	if strings.Contains(s, "_") {
		for i := 0; i < len(s); i++ {
			if s[i] == '_' && (i == 0 || i == len(s)-1 || !isDigit(s[i-1]) || !isDigit(s[i+1])) {
				return 0, strconv.ErrSyntax
			}
		}
		s = strings.ReplaceAll(s, "_", "")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return 0, err
	}
	return f, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// formatFixed renders f with n digits after the point (n may be negative).
func formatFixed(f float64, n int) string {
	if n >= 0 {
		return strconv.FormatFloat(f, 'f', n, 64)
	}
	// Round to tens, hundreds...: exact decimal arithmetic.
	r := new(big.Float).SetPrec(2000).SetFloat64(f)
	p := new(big.Float).SetPrec(2000).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil))
	q := new(big.Float).SetPrec(2000).Quo(r, p)
	qs := q.Text('f', 0) // rounds half to even
	qi, _ := new(big.Int).SetString(qs, 10)
	qi.Mul(qi, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil))
	return qi.String()
}

func newStr(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
	if len(args) == 1 && len(kw) == 0 && cls == StrType {
		// The common str(x) of a str or an int.
		switch args[0].r.(type) {
		case *Str:
			return args[0], nil
		case intTag:
			return intStr(int64(args[0].n)), nil
		}
	}
	var v, enc, errs Value
	if err := UnpackArgs(t, "str", args, kw, "object?", &v, "encoding?", &enc, "errors?", &errs); err != nil {
		return None, err
	}
	if len(args) == 0 {
		return String(""), nil
	}
	if b, ok := v.r.(*Bytes); ok && (!enc.IsNone() || !errs.IsNone()) {
		return decodeBytes(b.b, enc, errs)
	}
	s, err := ToStr(t, v)
	if err != nil {
		return None, err
	}
	return String(s), nil
}

func newBytes(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
	var v, enc, errs Value
	if err := UnpackArgs(t, "bytes", args, kw, "source?", &v, "encoding?", &enc, "errors?", &errs); err != nil {
		return None, err
	}
	switch x := v.r.(type) {
	case nil:
		return Obj(&Bytes{}), nil
	case *Str:
		// Scriptling: bytes("text") encodes as UTF-8 without an encoding.
		if encName, ok := enc.Str(); ok {
			errName := "strict"
			if s, ok := errs.Str(); ok {
				errName = s
			}
			return encodeStr(x.s, encName, errName)
		}
		return Obj(&Bytes{b: []byte(x.s)}), nil
	case *Bytes:
		return v, nil
	case intTag:
		n := v.AsInt()
		if n < 0 {
			return None, NewError(ValueErrorType, "negative count")
		}
		if err := t.checkBytes(int(n)); err != nil {
			return None, err
		}
		return Obj(&Bytes{b: make([]byte, n)}), nil
	}
	items, err := ToSlice(t, v)
	if err != nil {
		return None, NewError(TypeErrorType, "cannot convert '%s' object to bytes", v.TypeName())
	}
	out := make([]byte, len(items))
	for i, it := range items {
		n, ok := it.ToInt64()
		if !ok {
			return None, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", it.TypeName())
		}
		if n < 0 || n > 255 {
			return None, NewError(ValueErrorType, "bytes must be in range(0, 256)")
		}
		out[i] = byte(n)
	}
	return Obj(&Bytes{b: out}), nil
}

func newRange(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
	if err := NoKwargs("range", kw); err != nil {
		return None, err
	}
	if len(args) < 1 || len(args) > 3 {
		return None, NewError(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
	}
	nums := make([]int64, len(args))
	for i, a := range args {
		n, ok := a.ToInt64()
		if !ok {
			if idx, ok, err := indexOf(t, a); ok || err != nil {
				if err != nil {
					return None, err
				}
				n = idx
			} else if _, big := a.r.(*Big); big {
				return None, NewError(OverflowErrorType, "range() arguments are too large")
			} else {
				return None, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", a.TypeName())
			}
		}
		nums[i] = n
	}
	var start, stop, step int64 = 0, 0, 1
	switch len(nums) {
	case 1:
		stop = nums[0]
	case 2:
		start, stop = nums[0], nums[1]
	case 3:
		start, stop, step = nums[0], nums[1], nums[2]
	}
	if step == 0 {
		return None, NewError(ValueErrorType, "range() arg 3 must not be zero")
	}
	return Obj(NewRange(start, stop, step)), nil
}
