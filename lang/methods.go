package lang

import (
	"fmt"
	"math"
	"math/big"
)

// method registers a built-in method on a built-in type. The receiver is
// args[0].
func method(c *Class, name string, fn BuiltinFunc) {
	c.dict.setStr(NewStr(name), Obj(&Builtin{name: name, fn: fn, method: true}))
}

func initMethods() {
	initListMethods()
	initTupleMethods()
	initDictMethods()
	initSetMethods()
	initStrMethods()
	initBytesMethods()
	initNumberMethods()
	initRangeMethods()
	initSubclassSupport()
}

func initListMethods() {
	method(ListType, "append", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) != 2 || len(kw) > 0 {
			return None, ArgCount("append", args[1:], kw, 1, 1)
		}
		l := args[0].r.(*List)
		l.items = append(l.items, args[1])
		if len(l.items)&16383 == 0 {
			if err := t.checkSlots(len(l.items)); err != nil {
				return None, err
			}
		}
		return None, nil
	})
	method(ListType, "extend", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("extend", args[1:], kw, 1, 1); err != nil {
			return None, err
		}
		l := args[0].r.(*List)
		items, err := ToSlice(t, args[1])
		if err != nil {
			return None, err
		}
		if err := t.checkSlots(len(l.items) + len(items)); err != nil {
			return None, err
		}
		l.items = append(l.items, items...)
		return None, nil
	})
	method(ListType, "insert", func(t *Thread, args []Value, kw []string) (Value, error) {
		var i int64
		var v Value
		if err := UnpackArgs(t, "insert", args[1:], kw, "index", &i, "object", &v); err != nil {
			return None, err
		}
		l := args[0].r.(*List)
		n := int64(len(l.items))
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.items = append(l.items, None)
		copy(l.items[i+1:], l.items[i:])
		l.items[i] = v
		return None, nil
	})
	method(ListType, "remove", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("remove", args[1:], kw, 1, 1); err != nil {
			return None, err
		}
		l := args[0].r.(*List)
		for i, v := range l.items {
			eq, err := Equal(t, v, args[1])
			if err != nil {
				return None, err
			}
			if eq {
				l.items = append(l.items[:i], l.items[i+1:]...)
				return None, nil
			}
		}
		return None, NewError(ValueErrorType, "list.remove(x): x not in list")
	})
	method(ListType, "pop", func(t *Thread, args []Value, kw []string) (Value, error) {
		l := args[0].r.(*List)
		i := int64(-1)
		if err := UnpackArgs(t, "pop", args[1:], kw, "index?", &i); err != nil {
			return None, err
		}
		n := int64(len(l.items))
		if n == 0 {
			return None, NewError(IndexErrorType, "pop from empty list")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return None, NewError(IndexErrorType, "pop index out of range")
		}
		v := l.items[i]
		copy(l.items[i:], l.items[i+1:])
		l.items[n-1] = None
		l.items = l.items[:n-1]
		return v, nil
	})
	method(ListType, "clear", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("clear", args[1:], kw, 0, 0); err != nil {
			return None, err
		}
		l := args[0].r.(*List)
		l.items = nil
		return None, nil
	})
	method(ListType, "copy", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("copy", args[1:], kw, 0, 0); err != nil {
			return None, err
		}
		return ListValue(append([]Value{}, args[0].r.(*List).items...)), nil
	})
	method(ListType, "reverse", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("reverse", args[1:], kw, 0, 0); err != nil {
			return None, err
		}
		items := args[0].r.(*List).items
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		return None, nil
	})
	method(ListType, "index", func(t *Thread, args []Value, kw []string) (Value, error) {
		return seqIndexOf(t, "list", args[0].r.(*List).items, args[1:], kw)
	})
	method(ListType, "count", func(t *Thread, args []Value, kw []string) (Value, error) {
		return seqCount(t, args[0].r.(*List).items, args[1:], kw)
	})
	method(ListType, "sort", func(t *Thread, args []Value, kw []string) (Value, error) {
		var key Value
		reverse := false
		if err := UnpackArgs(t, "sort", args[1:], kw, "*key?", &key, "*reverse?", &reverse); err != nil {
			return None, err
		}
		l := args[0].r.(*List)
		items := append([]Value(nil), l.items...)
		if err := SortValues(t, items, key, reverse); err != nil {
			return None, err
		}
		l.items = items
		return None, nil
	})
}

func seqIndexOf(t *Thread, what string, items []Value, args []Value, kw []string) (Value, error) {
	var x Value
	start, stop := int64(0), int64(math.MaxInt64)
	if err := UnpackArgs(t, "index", args, kw, "value", &x, "start?", &start, "stop?", &stop); err != nil {
		return None, err
	}
	n := int64(len(items))
	if start < 0 {
		start = max(start+n, 0)
	}
	if stop < 0 {
		stop = max(stop+n, 0)
	}
	stop = min(stop, n)
	for i := start; i < stop; i++ {
		eq, err := Equal(t, items[i], x)
		if err != nil {
			return None, err
		}
		if eq {
			return Int(i), nil
		}
	}
	if what == "list" {
		return None, NewError(ValueErrorType, "%s is not in list", reprNoThread(x))
	}
	return None, NewError(ValueErrorType, "tuple.index(x): x not in tuple")
}

func seqCount(t *Thread, items []Value, args []Value, kw []string) (Value, error) {
	if err := ArgCount("count", args, kw, 1, 1); err != nil {
		return None, err
	}
	n := 0
	for _, v := range items {
		eq, err := Equal(t, v, args[0])
		if err != nil {
			return None, err
		}
		if eq {
			n++
		}
	}
	return Int(int64(n)), nil
}

func initTupleMethods() {
	method(TupleType, "index", func(t *Thread, args []Value, kw []string) (Value, error) {
		return seqIndexOf(t, "tuple", args[0].r.(*Tuple).items, args[1:], kw)
	})
	method(TupleType, "count", func(t *Thread, args []Value, kw []string) (Value, error) {
		return seqCount(t, args[0].r.(*Tuple).items, args[1:], kw)
	})
}

func initDictMethods() {
	view := func(name string, kind iterKind) {
		method(DictType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := ArgCount(name, args[1:], kw, 0, 0); err != nil {
				return None, err
			}
			return Obj(&DictView{d: args[0].r.(*Dict), kind: kind}), nil
		})
	}
	view("keys", iterKeys)
	view("values", iterValues)
	view("items", iterItems)
	method(DictType, "get", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("get", args[1:], kw, 1, 2); err != nil {
			return None, err
		}
		v, ok, err := args[0].r.(*Dict).ht.get(t, args[1])
		if err != nil {
			return None, err
		}
		if !ok {
			if len(args) == 3 {
				return args[2], nil
			}
			return None, nil
		}
		return v, nil
	})
	method(DictType, "pop", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("pop", args[1:], kw, 1, 2); err != nil {
			return None, err
		}
		v, ok, err := args[0].r.(*Dict).ht.del(t, args[1])
		if err != nil {
			return None, err
		}
		if !ok {
			if len(args) == 3 {
				return args[2], nil
			}
			return None, &Exception{cls: KeyErrorType, Args: []Value{args[1]}}
		}
		return v, nil
	})
	method(DictType, "popitem", func(t *Thread, args []Value, kw []string) (Value, error) {
		d := args[0].r.(*Dict)
		for i := len(d.ht.entries) - 1; i >= 0; i-- {
			e := d.ht.entries[i]
			if !e.deleted() {
				d.ht.deleteAt(i)
				return pair(e.key, e.val), nil
			}
		}
		return None, NewError(KeyErrorType, "popitem(): dictionary is empty")
	})
	method(DictType, "setdefault", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("setdefault", args[1:], kw, 1, 2); err != nil {
			return None, err
		}
		d := args[0].r.(*Dict)
		v, ok, err := d.ht.get(t, args[1])
		if err != nil {
			return None, err
		}
		if ok {
			return v, nil
		}
		def := None
		if len(args) == 3 {
			def = args[2]
		}
		return def, d.ht.set(t, args[1], def)
	})
	method(DictType, "update", func(t *Thread, args []Value, kw []string) (Value, error) {
		d := args[0].r.(*Dict)
		npos := len(args) - 1 - len(kw)
		if npos > 1 {
			return None, NewError(TypeErrorType, "update expected at most 1 argument, got %d", npos)
		}
		if npos == 1 {
			if err := dictUpdate(t, d, args[1]); err != nil {
				return None, err
			}
		}
		for i, k := range kw {
			d.SetString(k, args[1+npos+i])
		}
		return None, nil
	})
	method(DictType, "clear", func(t *Thread, args []Value, kw []string) (Value, error) {
		args[0].r.(*Dict).ht.clear()
		return None, nil
	})
	method(DictType, "copy", func(t *Thread, args []Value, kw []string) (Value, error) {
		return Obj(args[0].r.(*Dict).Copy()), nil
	})
	method(DictType, "fromkeys", func(t *Thread, args []Value, kw []string) (Value, error) {
		// Called on the class (args[0] is dict) or an instance.
		rest := args
		if _, ok := args[0].r.(*Class); ok || len(args) > 1 {
			if _, isDict := args[0].r.(*Dict); isDict || isClassValue(args[0]) {
				rest = args[1:]
			}
		}
		if err := ArgCount("fromkeys", rest, kw, 1, 2); err != nil {
			return None, err
		}
		keys, err := ToSlice(t, rest[0])
		if err != nil {
			return None, err
		}
		v := None
		if len(rest) == 2 {
			v = rest[1]
		}
		d := &Dict{}
		for _, k := range keys {
			if err := d.ht.set(t, k, v); err != nil {
				return None, err
			}
		}
		return Obj(d), nil
	})
}

func isClassValue(v Value) bool { _, ok := v.r.(*Class); return ok }

func initSetMethods() {
	others := func(t *Thread, args []Value) ([]*Set, error) {
		out := make([]*Set, 0, len(args))
		for _, a := range args {
			s, err := toSet(t, a)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
		return out, nil
	}
	binary := func(name string, op int) {
		method(SetType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := NoKwargs(name, kw); err != nil {
				return None, err
			}
			s := args[0].r.(*Set)
			os, err := others(t, args[1:])
			if err != nil {
				return None, err
			}
			res := Obj(s.copySet())
			for _, o := range os {
				if res, err = setBinary(t, op, res.r.(*Set), o); err != nil {
					return None, err
				}
			}
			res.r.(*Set).frozen = s.frozen
			return res, nil
		})
		FrozenSetType.dict.setStr(NewStr(name), mustGet(SetType, name))
	}
	binary("union", opOr)
	binary("intersection", opAnd)
	binary("difference", opSub)
	binary("symmetric_difference", opXor)
	inplace := func(name string, op int) {
		method(SetType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
			s := args[0].r.(*Set)
			os, err := others(t, args[1:])
			if err != nil {
				return None, err
			}
			for _, o := range os {
				if err := setInplace(t, op, s, o); err != nil {
					return None, err
				}
			}
			return None, nil
		})
	}
	inplace("update", opOr)
	inplace("intersection_update", opAnd)
	inplace("difference_update", opSub)
	inplace("symmetric_difference_update", opXor)
	method(SetType, "add", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("add", args[1:], kw, 1, 1); err != nil {
			return None, err
		}
		return None, args[0].r.(*Set).Add(t, args[1])
	})
	method(SetType, "remove", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("remove", args[1:], kw, 1, 1); err != nil {
			return None, err
		}
		ok, err := args[0].r.(*Set).Remove(t, args[1])
		if err != nil {
			return None, err
		}
		if !ok {
			return None, &Exception{cls: KeyErrorType, Args: []Value{args[1]}}
		}
		return None, nil
	})
	method(SetType, "discard", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("discard", args[1:], kw, 1, 1); err != nil {
			return None, err
		}
		_, err := args[0].r.(*Set).Remove(t, args[1])
		return None, err
	})
	method(SetType, "pop", func(t *Thread, args []Value, kw []string) (Value, error) {
		s := args[0].r.(*Set)
		for i := range s.ht.entries {
			e := s.ht.entries[i]
			if !e.deleted() {
				s.ht.deleteAt(i)
				return e.key, nil
			}
		}
		return None, NewError(KeyErrorType, "pop from an empty set")
	})
	method(SetType, "clear", func(t *Thread, args []Value, kw []string) (Value, error) {
		args[0].r.(*Set).ht.clear()
		return None, nil
	})
	method(SetType, "copy", func(t *Thread, args []Value, kw []string) (Value, error) {
		return Obj(args[0].r.(*Set).copySet()), nil
	})
	rel := func(name string, fn func(t *Thread, a, b *Set) (bool, error)) {
		method(SetType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := ArgCount(name, args[1:], kw, 1, 1); err != nil {
				return None, err
			}
			o, err := toSet(t, args[1])
			if err != nil {
				return None, err
			}
			r, err := fn(t, args[0].r.(*Set), o)
			return Bool(r), err
		})
		FrozenSetType.dict.setStr(NewStr(name), mustGet(SetType, name))
	}
	rel("issubset", isSubset)
	rel("issuperset", func(t *Thread, a, b *Set) (bool, error) { return isSubset(t, b, a) })
	rel("isdisjoint", func(t *Thread, a, b *Set) (bool, error) {
		for _, e := range a.Elems() {
			ok, err := b.Has(t, e)
			if err != nil || ok {
				return false, err
			}
		}
		return true, nil
	})
	FrozenSetType.dict.setStr(NewStr("copy"), mustGet(SetType, "copy"))
}

func mustGet(c *Class, name string) Value {
	v, _ := c.dict.getStr(NewStr(name))
	return v
}

func (s *Set) copySet() *Set {
	c := &Set{}
	c.ht.copyFrom(&s.ht)
	return c
}

// getter registers a read-only data attribute of a built-in type.
func getter(c *Class, name string, fn func(v Value) Value) {
	c.dict.setStr(NewStr(name), Obj(&Property{Get: Obj(&Builtin{name: name, fn: func(t *Thread, args []Value, kw []string) (Value, error) {
		return fn(args[0]), nil
	}})}))
}

func initNumberMethods() {
	asInt := func(v Value) Value {
		if v.IsBool() {
			return Int(int64(v.n))
		}
		return v
	}
	getter(IntType, "real", asInt)
	getter(IntType, "numerator", asInt)
	getter(IntType, "imag", func(Value) Value { return Int(0) })
	getter(IntType, "denominator", func(Value) Value { return Int(1) })
	getter(FloatType, "real", func(v Value) Value { return v })
	getter(FloatType, "imag", func(Value) Value { return Float(0) })
	method(IntType, "bit_length", func(t *Thread, args []Value, kw []string) (Value, error) {
		b, _ := toBig(args[0])
		return Int(int64(b.BitLen())), nil
	})
	method(IntType, "bit_count", func(t *Thread, args []Value, kw []string) (Value, error) {
		b, _ := toBig(args[0])
		n := 0
		for _, w := range new(big.Int).Abs(b).Bits() {
			for x := uint64(w); x != 0; x &= x - 1 {
				n++
			}
		}
		return Int(int64(n)), nil
	})
	method(IntType, "conjugate", func(t *Thread, args []Value, kw []string) (Value, error) { return args[0], nil })
	method(IntType, "is_integer", func(t *Thread, args []Value, kw []string) (Value, error) { return True, nil })
	method(IntType, "to_bytes", func(t *Thread, args []Value, kw []string) (Value, error) {
		length := int64(1)
		order := "big"
		signed := false
		if err := UnpackArgs(t, "to_bytes", args[1:], kw, "length?", &length, "byteorder?", &order, "*signed?", &signed); err != nil {
			return None, err
		}
		b, _ := toBig(args[0])
		if b.Sign() < 0 && !signed {
			return None, NewError(OverflowErrorType, "can't convert negative int to unsigned")
		}
		v := new(big.Int).Set(b)
		if v.Sign() < 0 {
			v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
		}
		raw := v.Bytes()
		if int64(len(raw)) > length || (signed && b.Sign() >= 0 && length > 0 && int64(len(raw)) == length && raw[0]&0x80 != 0) {
			return None, NewError(OverflowErrorType, "int too big to convert")
		}
		out := make([]byte, length)
		copy(out[length-int64(len(raw)):], raw)
		if order == "little" {
			for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
		}
		return Obj(&Bytes{b: out}), nil
	})
	method(IntType, "from_bytes", func(t *Thread, args []Value, kw []string) (Value, error) {
		var data Value
		order := "big"
		signed := false
		rest := args
		if isClassValue(args[0]) {
			rest = args[1:]
		}
		if err := UnpackArgs(t, "from_bytes", rest, kw, "bytes", &data, "byteorder?", &order, "*signed?", &signed); err != nil {
			return None, err
		}
		var raw []byte
		if b, ok := data.r.(*Bytes); ok {
			raw = append([]byte(nil), b.b...)
		} else {
			items, err := ToSlice(t, data)
			if err != nil {
				return None, err
			}
			for _, it := range items {
				n, _ := it.ToInt64()
				raw = append(raw, byte(n))
			}
		}
		if order == "little" {
			for i, j := 0, len(raw)-1; i < j; i, j = i+1, j-1 {
				raw[i], raw[j] = raw[j], raw[i]
			}
		}
		v := new(big.Int).SetBytes(raw)
		if signed && len(raw) > 0 && raw[0]&0x80 != 0 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(raw))))
		}
		return BigInt(v), nil
	})
	method(FloatType, "is_integer", func(t *Thread, args []Value, kw []string) (Value, error) {
		f := args[0].AsFloat()
		return Bool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
	})
	method(FloatType, "conjugate", func(t *Thread, args []Value, kw []string) (Value, error) { return args[0], nil })
	method(FloatType, "hex", func(t *Thread, args []Value, kw []string) (Value, error) {
		return String(floatHex(args[0].AsFloat())), nil
	})
	method(FloatType, "as_integer_ratio", func(t *Thread, args []Value, kw []string) (Value, error) {
		f := args[0].AsFloat()
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return None, NewError(OverflowErrorType, "cannot convert Infinity to integer ratio")
		}
		r := new(big.Rat)
		r.SetFloat64(f)
		return TupleValue(BigInt(new(big.Int).Set(r.Num())), BigInt(new(big.Int).Set(r.Denom()))), nil
	})
}

func initRangeMethods() {
	method(RangeType, "index", func(t *Thread, args []Value, kw []string) (Value, error) {
		r := args[0].r.(*Range)
		if err := ArgCount("index", args[1:], kw, 1, 1); err != nil {
			return None, err
		}
		ok, err := r.Contains(t, args[1])
		if err != nil {
			return None, err
		}
		if !ok {
			return None, NewError(ValueErrorType, "%s is not in range", reprNoThread(args[1]))
		}
		i, _ := args[1].ToInt64()
		return Int((i - r.start) / r.step), nil
	})
	method(RangeType, "count", func(t *Thread, args []Value, kw []string) (Value, error) {
		ok, err := args[0].r.(*Range).Contains(t, args[1])
		if ok {
			return Int(1), err
		}
		return Int(0), err
	})
}

// rangeMethod is consulted by Range.Attr for names not in the type table.
func rangeMethod(r *Range, name string) (Value, bool, error) { return None, false, nil }

// floatHex renders f as float.hex() does: 0x1.<13 hex digits>p<exp>.
func floatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign, f = "-", -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead, exp = 0, -1022
	} else {
		exp -= 1023
	}
	return fmt.Sprintf("%s0x%d.%013xp%+d", sign, lead, mant, exp)
}
