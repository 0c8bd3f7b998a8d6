package lang

import (
	"math"
	"math/big"
	"sort"
	"strings"

	"github.com/wasmling/wasmling/lang/compile"
)

// makeBuiltins builds the builtins namespace of an interpreter.
func (in *Interpreter) makeBuiltins() *Dict {
	d := &Dict{}
	set := func(name string, v Value) { d.SetStr(in.intern(name), v) }
	fn := func(name string, f BuiltinFunc) { set(name, Obj(&Builtin{name: name, fn: f})) }
	for _, c := range []*Class{ObjectType, TypeType, IntType, BoolType, FloatType, StrType,
		BytesType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType,
		PropertyType, StaticMethodType, ClassMethodType, SuperType} {
		set(c.Name, Obj(c))
	}
	for _, c := range exceptionClasses() {
		set(c.Name, Obj(c))
	}
	set("None", None)
	set("True", True)
	set("False", False)
	set("NotImplemented", NotImplemented)
	set("Ellipsis", Ellipsis)
	set("__debug__", True)
	fn("print", builtinPrint)
	fn("len", builtinLen)
	fn("repr", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("repr", args, kw, 1, 1); err != nil {
			return None, err
		}
		s, err := Repr(t, args[0])
		return String(s), err
	})
	fn("ascii", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("ascii", args, kw, 1, 1); err != nil {
			return None, err
		}
		s, err := Repr(t, args[0])
		return String(asciiEscape(s)), err
	})
	fn("abs", builtinAbs)
	fn("round", builtinRound)
	fn("pow", builtinPow)
	fn("divmod", builtinDivmod)
	fn("sum", builtinSum)
	fn("min", func(t *Thread, args []Value, kw []string) (Value, error) { return minMax(t, "min", args, kw, true) })
	fn("max", func(t *Thread, args []Value, kw []string) (Value, error) { return minMax(t, "max", args, kw, false) })
	fn("any", func(t *Thread, args []Value, kw []string) (Value, error) { return anyAll(t, "any", args, kw, true) })
	fn("all", func(t *Thread, args []Value, kw []string) (Value, error) { return anyAll(t, "all", args, kw, false) })
	fn("sorted", builtinSorted)
	fn("reversed", builtinReversed)
	fn("enumerate", builtinEnumerate)
	fn("zip", builtinZip)
	fn("map", builtinMap)
	fn("filter", builtinFilter)
	fn("iter", builtinIter)
	fn("next", builtinNext)
	fn("isinstance", builtinIsinstance)
	fn("issubclass", builtinIssubclass)
	fn("callable", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("callable", args, kw, 1, 1); err != nil {
			return None, err
		}
		return Bool(IsCallable(args[0])), nil
	})
	fn("hasattr", func(t *Thread, args []Value, kw []string) (Value, error) {
		var name string
		var obj Value
		if err := UnpackArgs(t, "hasattr", args, kw, "obj", &obj, "name", &name); err != nil {
			return None, err
		}
		_, ok, err := GetAttr(t, obj, name)
		if err != nil {
			if e, isExc := err.(*Exception); isExc && e.cls.IsSubclass(AttributeErrorType) {
				return False, nil
			}
			return None, err
		}
		return Bool(ok), nil
	})
	fn("getattr", builtinGetattr)
	fn("setattr", func(t *Thread, args []Value, kw []string) (Value, error) {
		var name string
		var obj, v Value
		if err := UnpackArgs(t, "setattr", args, kw, "obj", &obj, "name", &name, "value", &v); err != nil {
			return None, err
		}
		return None, SetAttr(t, obj, name, v)
	})
	fn("delattr", func(t *Thread, args []Value, kw []string) (Value, error) {
		var name string
		var obj Value
		if err := UnpackArgs(t, "delattr", args, kw, "obj", &obj, "name", &name); err != nil {
			return None, err
		}
		return None, DelAttr(t, obj, name)
	})
	fn("chr", builtinChr)
	fn("ord", builtinOrd)
	fn("hex", func(t *Thread, args []Value, kw []string) (Value, error) { return intBase(t, "hex", args, kw, "#x") })
	fn("oct", func(t *Thread, args []Value, kw []string) (Value, error) { return intBase(t, "oct", args, kw, "#o") })
	fn("bin", func(t *Thread, args []Value, kw []string) (Value, error) { return intBase(t, "bin", args, kw, "#b") })
	fn("hash", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("hash", args, kw, 1, 1); err != nil {
			return None, err
		}
		switch args[0].r.(type) {
		case *Instance, *Exception:
			// A user __hash__ result is reduced like an int.
			r, ok, err := userHash(t, args[0])
			if err != nil {
				return None, err
			}
			if ok {
				n, _ := NumericHash(r)
				return Int(n), nil
			}
			if b, ok := baseValue(args[0]); ok {
				h, _ := t.interp.builtins.GetString("hash")
				return t.Call(h, []Value{b}, nil)
			}
		}
		h, err := Hash(t, args[0])
		if err != nil {
			return None, err
		}
		if n, ok := NumericHash(args[0]); ok {
			return Int(n), nil
		}
		return Int(int64(h >> 1)), nil
	})
	fn("id", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("id", args, kw, 1, 1); err != nil {
			return None, err
		}
		v := args[0]
		if v.Object() == nil {
			return Int(int64(hashInt(int64(v.n)) >> 2)), nil
		}
		return Int(int64(objectAddress(v))), nil
	})
	fn("dir", builtinDir)
	fn("format", func(t *Thread, args []Value, kw []string) (Value, error) {
		var v Value
		spec := ""
		if err := UnpackArgs(t, "format", args, kw, "value", &v, "format_spec?", &spec); err != nil {
			return None, err
		}
		s, err := Format(t, v, spec)
		return String(s), err
	})
	fn("vars", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("vars", args, kw, 1, 1); err != nil {
			return None, err
		}
		v, ok, err := GetAttr(t, args[0], "__dict__")
		if err != nil {
			return None, err
		}
		if !ok {
			return None, NewError(TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return v, nil
	})
	// Scriptling extras.
	fn("copy", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("copy", args, kw, 1, 1); err != nil {
			return None, err
		}
		return ShallowCopy(t, args[0])
	})
	fn("yield_now", func(t *Thread, args []Value, kw []string) (Value, error) { return None, nil })
	for _, name := range []string{"keys", "values", "items"} {
		name := name
		fn(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := ArgCount(name, args, kw, 1, 1); err != nil {
				return None, err
			}
			d, ok := args[0].r.(*Dict)
			if !ok {
				return None, NewError(TypeErrorType, "%s() argument must be a dict, not %s", name, args[0].TypeName())
			}
			kind := iterKeys
			if name == "values" {
				kind = iterValues
			} else if name == "items" {
				kind = iterItems
			}
			return ListValue(viewItems(d, kind)), nil
		})
	}
	fn("append", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("append", args, kw, 2, 2); err != nil {
			return None, err
		}
		l, ok := args[0].r.(*List)
		if !ok {
			return None, NewError(TypeErrorType, "append() argument must be a list, not %s", args[0].TypeName())
		}
		l.items = append(l.items, args[1])
		return args[0], nil
	})
	return d
}

func viewItems(d *Dict, kind iterKind) []Value {
	out := make([]Value, 0, d.ht.live)
	d.Range(func(k, v Value) bool {
		switch kind {
		case iterKeys:
			out = append(out, k)
		case iterValues:
			out = append(out, v)
		default:
			out = append(out, pair(k, v))
		}
		return true
	})
	return out
}

func builtinPrint(t *Thread, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	sep, end := " ", "\n"
	out := t.interp.host.Stdout()
	flush := false
	var file Value
	for i, k := range kw {
		v := args[npos+i]
		switch k {
		case "sep":
			if !v.IsNone() {
				s, ok := v.Str()
				if !ok {
					return None, NewError(TypeErrorType, "sep must be None or a string, not %s", v.TypeName())
				}
				sep = s
			}
		case "end":
			if !v.IsNone() {
				s, ok := v.Str()
				if !ok {
					return None, NewError(TypeErrorType, "end must be None or a string, not %s", v.TypeName())
				}
				end = s
			}
		case "file":
			file = v
		case "flush":
			flush = true
		default:
			return None, NewError(TypeErrorType, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	_ = flush
	var b strings.Builder
	for i := 0; i < npos; i++ {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := ToStr(t, args[i])
		if err != nil {
			return None, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if !file.IsNone() {
		w, ok, err := GetAttr(t, file, "write")
		if err != nil {
			return None, err
		}
		if !ok {
			return None, NewError(AttributeErrorType, "'%s' object has no attribute 'write'", file.TypeName())
		}
		_, err = t.Call(w, []Value{String(b.String())}, nil)
		return None, err
	}
	if _, err := out.Write([]byte(b.String())); err != nil {
		if e, ok := err.(*Exception); ok {
			return None, e
		}
		return None, &Interrupt{Err: err}
	}
	return None, nil
}

func builtinLen(t *Thread, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) > 0 {
		return None, ArgCount("len", args, kw, 1, 1)
	}
	n, err := Len(t, args[0])
	return Int(int64(n)), err
}

func builtinAbs(t *Thread, args []Value, kw []string) (Value, error) {
	if err := ArgCount("abs", args, kw, 1, 1); err != nil {
		return None, err
	}
	v := args[0]
	switch x := v.r.(type) {
	case intTag, boolTag:
		i := int64(v.n)
		if i < 0 {
			return Unary(t, opNeg, Int(i))
		}
		return Int(i), nil
	case floatTag:
		return Float(math.Abs(v.AsFloat())), nil
	case *Big:
		return BigInt(new(big.Int).Abs(x.b)), nil
	}
	if r, found, err := callDunder(t, v, "__abs__"); found || err != nil {
		return r, err
	}
	if b, ok := baseValue(v); ok {
		return builtinAbs(t, []Value{b}, nil)
	}
	return None, NewError(TypeErrorType, "bad operand type for abs(): '%s'", v.TypeName())
}

// floatToInt converts a finite float to an int value, truncating.
func floatToInt(f float64) Value {
	f = math.Trunc(f)
	if f >= -9.2e18 && f <= 9.2e18 {
		return Int(int64(f))
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return BigInt(b)
}

func builtinRound(t *Thread, args []Value, kw []string) (Value, error) {
	var v, nd Value
	if err := UnpackArgs(t, "round", args, kw, "number", &v, "ndigits?", &nd); err != nil {
		return None, err
	}
	if _, ok := v.r.(*Instance); ok {
		rargs := []Value{}
		if !nd.IsNone() {
			rargs = append(rargs, nd)
		}
		if r, found, err := callDunder(t, v, "__round__", rargs...); found || err != nil {
			return r, err
		}
		if b, ok := baseValue(v); ok {
			v = b
		}
	}
	if isIntLike(v) {
		if nd.IsNone() {
			if v.IsBool() {
				return Int(int64(v.n)), nil
			}
			return v, nil
		}
		n, ok := nd.ToInt64()
		if !ok {
			return None, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", nd.TypeName())
		}
		if n >= 0 {
			return v, nil
		}
		// Round to a multiple of 10**-n, half to even.
		b, _ := toBig(v)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		q, r := bigFloorDivMod(b, p)
		twice := new(big.Int).Mul(r, big.NewInt(2))
		c := twice.Cmp(p)
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return BigInt(q.Mul(q, p)), nil
	}
	f, ok := v.ToFloat()
	if !ok || !v.IsFloat() {
		return None, NewError(TypeErrorType, "type %s doesn't define __round__ method", v.TypeName())
	}
	if nd.IsNone() {
		if math.IsInf(f, 0) {
			return None, NewError(OverflowErrorType, "cannot convert float infinity to integer")
		}
		if math.IsNaN(f) {
			return None, NewError(ValueErrorType, "cannot convert float NaN to integer")
		}
		return floatToInt(math.RoundToEven(f)), nil
	}
	n, ok := nd.ToInt64()
	if !ok {
		return None, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", nd.TypeName())
	}
	return Float(roundFloat(f, int(n))), nil
}

// roundFloat rounds to n decimal places with correct half-even rounding of
// the exact binary value, as Python does.
func roundFloat(f float64, n int) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f
	}
	if n > 308 {
		return f
	}
	if n < -308 {
		return math.Copysign(0, f)
	}
	s := formatFixed(f, n)
	r, _ := parseFloat(s)
	return r
}

func builtinPow(t *Thread, args []Value, kw []string) (Value, error) {
	var b, e, m Value
	if err := UnpackArgs(t, "pow", args, kw, "base", &b, "exp", &e, "mod?", &m); err != nil {
		return None, err
	}
	if m.IsNone() {
		return Binary(t, opPow, b, e)
	}
	bb, ok1 := toBig(b)
	eb, ok2 := toBig(e)
	mb, ok3 := toBig(m)
	if !ok1 || !ok2 || !ok3 {
		return None, NewError(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	if mb.Sign() == 0 {
		return None, NewError(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	if eb.Sign() < 0 {
		inv := new(big.Int).ModInverse(bb, new(big.Int).Abs(mb))
		if inv == nil {
			return None, NewError(ValueErrorType, "base is not invertible for the given modulus")
		}
		bb = inv
		eb = new(big.Int).Neg(eb)
	}
	r := new(big.Int).Exp(bb, eb, new(big.Int).Abs(mb))
	if mb.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mb)
	}
	return BigInt(r), nil
}

func builtinDivmod(t *Thread, args []Value, kw []string) (Value, error) {
	if err := ArgCount("divmod", args, kw, 2, 2); err != nil {
		return None, err
	}
	a, b := args[0], args[1]
	if _, ok := a.r.(*Instance); ok {
		if r, found, err := callDunder(t, a, "__divmod__", b); found || err != nil {
			return r, err
		}
	}
	q, err := Binary(t, opFloorDiv, a, b)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.cls == TypeErrorType && strings.HasPrefix(e.Message(), "unsupported operand") {
			return None, NewError(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.TypeName(), b.TypeName())
		}
		return None, err
	}
	r, err := Binary(t, opMod, a, b)
	if err != nil {
		return None, err
	}
	return pair(q, r), nil
}

func builtinSum(t *Thread, args []Value, kw []string) (Value, error) {
	var it, start Value
	start = Int(0)
	if err := UnpackArgs(t, "sum", args, kw, "iterable", &it, "start?", &start); err != nil {
		return None, err
	}
	if _, ok := start.r.(*Str); ok {
		return None, NewError(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	}
	iter, err := Iterate(t, it)
	if err != nil {
		return None, err
	}
	acc := start
	fsum := 0.0
	floatMode := false
	for i := 0; ; i++ {
		v, ok, err := iter.Next(t)
		if err != nil {
			return None, err
		}
		if !ok {
			break
		}
		if i&1023 == 1023 {
			if err := t.Tick(); err != nil {
				return None, err
			}
		}
		if acc.IsInt() && v.IsInt() {
			x, y := int64(acc.n), int64(v.n)
			if s := x + y; (s > x) == (y > 0) {
				acc = Int(s)
				continue
			}
		}
		if v.IsFloat() && (acc.IsFloat() || floatMode) {
			if !floatMode {
				fsum = acc.AsFloat()
				floatMode = true
			}
			fsum += v.AsFloat()
			acc = Float(fsum)
			continue
		}
		floatMode = false
		if acc, err = Binary(t, opAdd, acc, v); err != nil {
			return None, err
		}
	}
	return acc, nil
}

func minMax(t *Thread, name string, args []Value, kw []string, isMin bool) (Value, error) {
	npos := len(args) - len(kw)
	var key, def Value
	hasDefault := false
	for i, k := range kw {
		switch k {
		case "key":
			key = args[npos+i]
		case "default":
			def = args[npos+i]
			hasDefault = true
		default:
			return None, NewError(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	var items []Value
	switch {
	case npos == 0:
		return None, NewError(TypeErrorType, "%s expected at least 1 argument, got 0", name)
	case npos == 1:
		var err error
		if items, err = ToSlice(t, args[0]); err != nil {
			return None, err
		}
		if len(items) == 0 {
			if hasDefault {
				return def, nil
			}
			return None, NewError(ValueErrorType, "%s() arg is an empty sequence", name)
		}
	default:
		if hasDefault {
			return None, NewError(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args[:npos]
	}
	best := items[0]
	bestKey := best
	if !key.IsNone() {
		k, err := t.Call(key, []Value{best}, nil)
		if err != nil {
			return None, err
		}
		bestKey = k
	}
	for _, v := range items[1:] {
		k := v
		if !key.IsNone() {
			var err error
			if k, err = t.Call(key, []Value{v}, nil); err != nil {
				return None, err
			}
		}
		var better bool
		var err error
		if isMin {
			better, err = Less(t, k, bestKey)
		} else {
			// max compares item > best, as CPython does (the error
			// message names the operands in that order).
			var r Value
			if r, err = Compare(t, compile.CmpGT, k, bestKey); err == nil {
				better, err = Truth(t, r)
			}
		}
		if err != nil {
			return None, err
		}
		if better {
			best, bestKey = v, k
		}
	}
	return best, nil
}

func anyAll(t *Thread, name string, args []Value, kw []string, isAny bool) (Value, error) {
	if err := ArgCount(name, args, kw, 1, 1); err != nil {
		return None, err
	}
	it, err := Iterate(t, args[0])
	if err != nil {
		return None, err
	}
	for {
		v, ok, err := it.Next(t)
		if err != nil {
			return None, err
		}
		if !ok {
			return Bool(!isAny), nil
		}
		b, err := Truth(t, v)
		if err != nil {
			return None, err
		}
		if b == isAny {
			return Bool(isAny), nil
		}
	}
}

// SortValues sorts items in place, stably, by key function (or the items
// themselves), raising the first comparison error.
func SortValues(t *Thread, items []Value, key Value, reverse bool) error {
	keys := items
	if !key.IsNone() {
		keys = make([]Value, len(items))
		for i, v := range items {
			k, err := t.Call(key, []Value{v}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	var firstErr error
	less := func(a, b Value) bool {
		if firstErr != nil {
			return false
		}
		r, err := Less(t, a, b)
		if err != nil {
			firstErr = err
		}
		return r
	}
	allInts, allStrs := true, true
	for _, k := range keys {
		if !k.IsInt() {
			allInts = false
		}
		if _, ok := k.r.(*Str); !ok {
			allStrs = false
		}
	}
	switch {
	case allInts:
		sort.SliceStable(idx, func(i, j int) bool {
			a, b := int64(keys[idx[i]].n), int64(keys[idx[j]].n)
			if reverse {
				return b < a
			}
			return a < b
		})
	case allStrs:
		sort.SliceStable(idx, func(i, j int) bool {
			a, b := keys[idx[i]].r.(*Str).s, keys[idx[j]].r.(*Str).s
			if reverse {
				return b < a
			}
			return a < b
		})
	default:
		sort.SliceStable(idx, func(i, j int) bool {
			if reverse {
				return less(keys[idx[j]], keys[idx[i]])
			}
			return less(keys[idx[i]], keys[idx[j]])
		})
	}
	if firstErr != nil {
		return firstErr
	}
	sorted := make([]Value, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
	return nil
}

func builtinSorted(t *Thread, args []Value, kw []string) (Value, error) {
	var it, key Value
	reverse := false
	if err := UnpackArgs(t, "sorted", args, kw, "iterable", &it, "*key?", &key, "*reverse?", &reverse); err != nil {
		return None, err
	}
	items, err := ToSlice(t, it)
	if err != nil {
		return None, err
	}
	items = append([]Value(nil), items...)
	if err := SortValues(t, items, key, reverse); err != nil {
		return None, err
	}
	return ListValue(items), nil
}

func builtinReversed(t *Thread, args []Value, kw []string) (Value, error) {
	if err := ArgCount("reversed", args, kw, 1, 1); err != nil {
		return None, err
	}
	v := args[0]
	if _, ok := v.r.(*Instance); ok {
		if r, found, err := callDunder(t, v, "__reversed__"); found || err != nil {
			return r, err
		}
	} else if o := v.Object(); o != nil && !o.Type().IsSubclass(TypeType) {
		// Native types (a deque) may define __reversed__.
		if m, ok := o.Type().LookupString("__reversed__"); ok {
			return t.Call(m, []Value{v}, nil)
		}
	}
	switch v.r.(type) {
	case *List, *Tuple, *Str, *Range, *Bytes, *Instance, *DictView, *Dict:
	default:
		return None, NewError(TypeErrorType, "'%s' object is not reversible", v.TypeName())
	}
	items, err := ToSlice(t, v)
	if err != nil {
		return None, err
	}
	out := make([]Value, len(items))
	for i, x := range items {
		out[len(items)-1-i] = x
	}
	return Obj(&sliceIter{items: out, cls: reverseIterType}), nil
}

func builtinEnumerate(t *Thread, args []Value, kw []string) (Value, error) {
	var it Value
	var start int64
	if err := UnpackArgs(t, "enumerate", args, kw, "iterable", &it, "start?", &start); err != nil {
		return None, err
	}
	iter, err := Iterate(t, it)
	if err != nil {
		return None, err
	}
	return Obj(&enumerateIter{it: iter, i: start}), nil
}

type enumerateIter struct {
	it Iterator
	i  int64
}

func (*enumerateIter) Type() *Class { return enumerateType }

func (e *enumerateIter) Next(t *Thread) (Value, bool, error) {
	v, ok, err := e.it.Next(t)
	if !ok || err != nil {
		return None, false, err
	}
	r := pair(Int(e.i), v)
	e.i++
	return r, true, nil
}

func builtinZip(t *Thread, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	strict := false
	for i, k := range kw {
		if k != "strict" {
			return None, NewError(TypeErrorType, "zip() got an unexpected keyword argument '%s'", k)
		}
		b, err := Truth(t, args[npos+i])
		if err != nil {
			return None, err
		}
		strict = b
	}
	its := make([]Iterator, npos)
	for i := 0; i < npos; i++ {
		it, err := Iterate(t, args[i])
		if err != nil {
			return None, err
		}
		its[i] = it
	}
	return Obj(&zipIter{its: its, strict: strict}), nil
}

type zipIter struct {
	its    []Iterator
	strict bool
	done   bool
	buf    []Value // scratch for the next tuple's items
}

func (*zipIter) Type() *Class { return zipType }

func (z *zipIter) Next(t *Thread) (Value, bool, error) {
	if z.done || len(z.its) == 0 {
		return None, false, nil
	}
	if z.buf == nil {
		z.buf = make([]Value, len(z.its))
	}
	items := z.buf
	for i, it := range z.its {
		v, ok, err := it.Next(t)
		if err != nil {
			return None, false, err
		}
		if !ok {
			z.done = true
			if z.strict {
				if i > 0 {
					return None, false, NewError(ValueErrorType, "zip() argument %d is shorter than argument%s %s", i+1, plural(i), argRange(i))
				}
				for j := 1; j < len(z.its); j++ {
					if _, more, _ := z.its[j].Next(t); more {
						return None, false, NewError(ValueErrorType, "zip() argument %d is longer than argument%s %s", j+1, plural(j), argRange(j))
					}
				}
			}
			return None, false, nil
		}
		items[i] = v
	}
	tup := tupleOf(items)
	clear(items)
	return Obj(tup), true, nil
}

func argRange(n int) string {
	if n > 1 {
		return "1-" + itoa(n)
	}
	return "1"
}

func builtinMap(t *Thread, args []Value, kw []string) (Value, error) {
	if err := NoKwargs("map", kw); err != nil {
		return None, err
	}
	if len(args) < 2 {
		return None, NewError(TypeErrorType, "map() must have at least two arguments.")
	}
	its := make([]Iterator, len(args)-1)
	for i, a := range args[1:] {
		it, err := Iterate(t, a)
		if err != nil {
			return None, err
		}
		its[i] = it
	}
	return Obj(&mapIter{fn: args[0], its: its}), nil
}

type mapIter struct {
	fn  Value
	its []Iterator
	buf []Value
}

func (*mapIter) Type() *Class { return mapType }

func (m *mapIter) Next(t *Thread) (Value, bool, error) {
	if m.buf == nil {
		m.buf = make([]Value, len(m.its))
	}
	for i, it := range m.its {
		v, ok, err := it.Next(t)
		if !ok || err != nil {
			return None, false, err
		}
		m.buf[i] = v
	}
	r, err := t.Call(m.fn, m.buf, nil)
	if err != nil {
		return None, false, err
	}
	return r, true, nil
}

func builtinFilter(t *Thread, args []Value, kw []string) (Value, error) {
	if err := ArgCount("filter", args, kw, 2, 2); err != nil {
		return None, err
	}
	it, err := Iterate(t, args[1])
	if err != nil {
		return None, err
	}
	return Obj(&filterIter{fn: args[0], it: it}), nil
}

type filterIter struct {
	fn  Value
	it  Iterator
	arg [1]Value
}

func (*filterIter) Type() *Class { return filterType }

func (f *filterIter) Next(t *Thread) (Value, bool, error) {
	for {
		v, ok, err := f.it.Next(t)
		if !ok || err != nil {
			return None, false, err
		}
		keep := v
		if !f.fn.IsNone() {
			f.arg[0] = v
			if keep, err = t.Call(f.fn, f.arg[:], nil); err != nil {
				return None, false, err
			}
		}
		b, err := truth(t, keep)
		if err != nil {
			return None, false, err
		}
		if b {
			return v, true, nil
		}
	}
}

func builtinIter(t *Thread, args []Value, kw []string) (Value, error) {
	if err := ArgCount("iter", args, kw, 1, 2); err != nil {
		return None, err
	}
	if len(args) == 2 {
		return Obj(&callableIter{fn: args[0], sentinel: args[1]}), nil
	}
	it, err := Iterate(t, args[0])
	if err != nil {
		return None, err
	}
	if ii, ok := it.(*instIter); ok {
		return ii.obj, nil
	}
	return Obj(it), nil
}

type callableIter struct {
	fn, sentinel Value
	done         bool
}

func (*callableIter) Type() *Class { return callableIterType }

func (c *callableIter) Next(t *Thread) (Value, bool, error) {
	if c.done {
		return None, false, nil
	}
	v, err := t.Call(c.fn, nil, nil)
	if err != nil {
		return None, false, err
	}
	eq, err := Equal(t, v, c.sentinel)
	if err != nil {
		return None, false, err
	}
	if eq {
		c.done = true
		return None, false, nil
	}
	return v, true, nil
}

func builtinNext(t *Thread, args []Value, kw []string) (Value, error) {
	if err := ArgCount("next", args, kw, 1, 2); err != nil {
		return None, err
	}
	v := args[0]
	if _, ok := v.r.(*Instance); ok {
		r, found, err := callDunder(t, v, "__next__")
		if found || err != nil {
			if err != nil && len(args) == 2 {
				if e, ok := err.(*Exception); ok && e.cls.IsSubclass(StopIterationType) {
					return args[1], nil
				}
			}
			return r, err
		}
	}
	it, ok := v.r.(Iterator)
	if !ok {
		return None, NewError(TypeErrorType, "'%s' object is not an iterator", v.TypeName())
	}
	if g, ok := it.(*Generator); ok {
		r, done, err := g.send(t, None)
		if err != nil {
			return None, err
		}
		if done {
			if len(args) == 2 {
				return args[1], nil
			}
			return None, stopIteration(r)
		}
		return r, nil
	}
	r, more, err := it.Next(t)
	if err != nil {
		return None, err
	}
	if !more {
		if len(args) == 2 {
			return args[1], nil
		}
		return None, NewException(StopIterationType)
	}
	return r, nil
}

// isInstance implements isinstance with a class, a tuple of classes, or a
// Scriptling type-name string.
func isInstance(t *Thread, v, cls Value) (bool, error) {
	switch c := cls.r.(type) {
	case *Class:
		vt := v.Type()
		if vt.IsSubclass(c) {
			return true, nil
		}
		return subclassHook(t, c, vt)
	case *Tuple:
		for _, it := range c.items {
			ok, err := isInstance(t, v, it)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *Str:
		for _, m := range v.Type().MRO {
			if m.Name == c.s || m.ScriptName == c.s {
				return true, nil
			}
		}
		switch c.s {
		case "NoneType":
			return v.IsNone(), nil
		case "object":
			return true, nil
		}
		return false, nil
	}
	return false, NewError(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func builtinIsinstance(t *Thread, args []Value, kw []string) (Value, error) {
	if err := ArgCount("isinstance", args, kw, 2, 2); err != nil {
		return None, err
	}
	ok, err := isInstance(t, args[0], args[1])
	return Bool(ok), err
}

func builtinIssubclass(t *Thread, args []Value, kw []string) (Value, error) {
	if err := ArgCount("issubclass", args, kw, 2, 2); err != nil {
		return None, err
	}
	c, ok := args[0].r.(*Class)
	if !ok {
		return None, NewError(TypeErrorType, "issubclass() arg 1 must be a class")
	}
	var check func(Value) (bool, error)
	check = func(b Value) (bool, error) {
		switch x := b.r.(type) {
		case *Class:
			if c.IsSubclass(x) {
				return true, nil
			}
			return subclassHook(t, x, c)
		case *Tuple:
			for _, it := range x.items {
				ok, err := check(it)
				if err != nil || ok {
					return ok, err
				}
			}
			return false, nil
		case *Str:
			for _, m := range c.MRO {
				if m.Name == x.s || m.ScriptName == x.s {
					return true, nil
				}
			}
			return false, nil
		}
		return false, NewError(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	r, err := check(args[1])
	return Bool(r), err
}

func builtinGetattr(t *Thread, args []Value, kw []string) (Value, error) {
	if err := ArgCount("getattr", args, kw, 2, 3); err != nil {
		return None, err
	}
	name, ok := args[1].Str()
	if !ok {
		return None, NewError(TypeErrorType, "attribute name must be string, not '%s'", args[1].TypeName())
	}
	v, found, err := GetAttr(t, args[0], name)
	if err != nil {
		if e, isExc := err.(*Exception); isExc && e.cls.IsSubclass(AttributeErrorType) && len(args) == 3 {
			return args[2], nil
		}
		return None, err
	}
	if !found {
		if len(args) == 3 {
			return args[2], nil
		}
		return None, attrError(args[0], name)
	}
	return v, nil
}

func builtinChr(t *Thread, args []Value, kw []string) (Value, error) {
	var i int64
	if err := UnpackArgs(t, "chr", args, kw, "i", &i); err != nil {
		return None, err
	}
	if i < 0 || i > 0x10ffff {
		return None, NewError(ValueErrorType, "chr() arg not in range(0x110000)")
	}
	if i < 128 {
		return t.interp.char(byte(i)), nil
	}
	return String(string(rune(i))), nil
}

func builtinOrd(t *Thread, args []Value, kw []string) (Value, error) {
	if err := ArgCount("ord", args, kw, 1, 1); err != nil {
		return None, err
	}
	switch x := args[0].r.(type) {
	case *Str:
		rs := []rune(x.s)
		if len(rs) != 1 {
			return None, NewError(TypeErrorType, "ord() expected a character, but string of length %d found", len(rs))
		}
		return Int(int64(rs[0])), nil
	case *Bytes:
		if len(x.b) != 1 {
			return None, NewError(TypeErrorType, "ord() expected a character, but string of length %d found", len(x.b))
		}
		return Int(int64(x.b[0])), nil
	}
	return None, NewError(TypeErrorType, "ord() expected string of length 1, but %s found", args[0].TypeName())
}

func intBase(t *Thread, name string, args []Value, kw []string, spec string) (Value, error) {
	if err := ArgCount(name, args, kw, 1, 1); err != nil {
		return None, err
	}
	v := args[0]
	if !isIntLike(v) {
		if i, ok, err := indexOf(t, v); ok || err != nil {
			if err != nil {
				return None, err
			}
			v = Int(i)
		} else {
			return None, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.TypeName())
		}
	}
	s, err := formatInt(v, spec)
	return String(s), err
}

func builtinDir(t *Thread, args []Value, kw []string) (Value, error) {
	if err := ArgCount("dir", args, kw, 0, 1); err != nil {
		return None, err
	}
	var names []string
	add := func(ht *hashtable) {
		for _, e := range ht.entries {
			if s, ok := e.key.r.(*Str); ok {
				names = append(names, s.s)
			}
		}
	}
	if len(args) == 0 {
		add(&t.interp.builtins.ht)
	} else {
		v := args[0]
		switch x := v.r.(type) {
		case *Module:
			add(&x.Globals.ht)
		case *Instance:
			add(&x.dict)
			for _, c := range x.cls.MRO {
				add(&c.dict)
			}
		case *Class:
			for _, c := range x.MRO {
				add(&c.dict)
			}
		default:
			for _, c := range v.Type().MRO {
				add(&c.dict)
			}
		}
	}
	sort.Strings(names)
	out := make([]Value, 0, len(names))
	for i, n := range names {
		if i > 0 && names[i-1] == n {
			continue
		}
		out = append(out, String(n))
	}
	return ListValue(out), nil
}

// hashModulus is the prime modulus of Python's numeric hash, 2**61 - 1.
const hashModulus = 1<<61 - 1

// NumericHash computes hash() of an int, bool or float as CPython does, so
// that equal numbers of different types hash alike and the values printed
// match CPython's; it reports false for any other value.
func NumericHash(v Value) (int64, bool) {
	var h int64
	switch x := v.r.(type) {
	case intTag, boolTag:
		i := int64(v.n)
		if i < 0 {
			u := uint64(-(i + 1)) + 1 // |i|, also for math.MinInt64
			h = -int64(u % hashModulus)
		} else {
			h = i % hashModulus
		}
	case *Big:
		m := new(big.Int).Abs(x.b)
		m.Mod(m, big.NewInt(hashModulus))
		h = m.Int64()
		if x.b.Sign() < 0 {
			h = -h
		}
	case floatTag:
		f := v.AsFloat()
		switch {
		case math.IsNaN(f):
			return 0, true
		case math.IsInf(f, 1):
			return 314159, true
		case math.IsInf(f, -1):
			return -314159, true
		}
		neg := f < 0
		m, e := math.Frexp(math.Abs(f))
		var u uint64
		for m != 0 {
			u = ((u << 28) & hashModulus) | u>>(61-28)
			m *= 1 << 28
			e -= 28
			y := uint64(m)
			m -= float64(y)
			u += y
			if u >= hashModulus {
				u -= hashModulus
			}
		}
		if e >= 0 {
			e %= 61
		} else {
			e = 61 - 1 - ((-1 - e) % 61)
		}
		u = ((u << uint(e)) & hashModulus) | u>>(61-uint(e))
		h = int64(u)
		if neg {
			h = -h
		}
	default:
		return 0, false
	}
	if h == -1 {
		h = -2
	}
	return h, true
}
