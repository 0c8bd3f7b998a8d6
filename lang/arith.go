package lang

import (
	"math"
	"math/big"
	"strings"
)

// Binary evaluates a op b for an arithmetic or bitwise operator.
func Binary(t *Thread, op int, a, b Value) (Value, error) {
	// Fast paths for the common cases.
	if a.IsInt() && b.IsInt() {
		x, y := int64(a.n), int64(b.n)
		switch op {
		case opAdd:
			if c := x + y; (c > x) == (y > 0) {
				return Value{r: intTag{}, n: uint64(c)}, nil
			}
		case opSub:
			if c := x - y; (c < x) == (y > 0) {
				return Value{r: intTag{}, n: uint64(c)}, nil
			}
		case opMod:
			if y > 0 && x >= 0 {
				return Value{r: intTag{}, n: uint64(x % y)}, nil
			}
		}
	}
	r, err := binaryBuiltin(t, op, a, b)
	var builtinErr error
	if err != errNotImplemented {
		if _, inst := b.r.(*Instance); err == nil || !inst {
			return r, err
		}
		// "abc" + obj: obj.__radd__ gets its chance before the error.
		builtinErr = err
	}
	// Dunder methods on instances: a.__op__(b), then b.__rop__(a).
	if op < len(opDunders) && opDunders[op][0] != "" {
		if r, found, err := callDunder(t, a, opDunders[op][0], b); found || err != nil {
			if err != nil || !isNotImplemented(r) {
				return r, err
			}
		}
		if r, found, err := callDunder(t, b, opDunders[op][1], a); found || err != nil {
			if err != nil || !isNotImplemented(r) {
				return r, err
			}
		}
	}
	if x, y, ok := unwrapValues(a, b); ok {
		// Operators of the built-in type a class derives from.
		return Binary(t, op, x, y)
	}
	if op == opMul {
		// seq * obj and obj * seq with obj.__index__.
		seq, other := a, b
		if !isSequence(seq) {
			seq, other = b, a
		}
		if isSequence(seq) {
			if n, ok, err := indexOf(t, other); ok || err != nil {
				if err != nil {
					return None, err
				}
				return binaryBuiltin(t, op, seq, Int(n))
			}
		}
	}
	if builtinErr != nil {
		return None, builtinErr
	}
	if op == opMul && (isSequence(a) || isSequence(b)) {
		other := b
		if !isSequence(a) {
			other = a
		}
		return None, NewError(TypeErrorType, "can't multiply sequence by non-int of type '%s'", other.TypeName())
	}
	if op == opMod {
		if _, ok := a.r.(*Str); ok {
			return formatPercent(t, a, b)
		}
	}
	return None, NewError(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", opSymbols[op], a.TypeName(), b.TypeName())
}

// Inplace evaluates a op= b: lists extend in place; instances may define
// __iop__; otherwise it is Binary.
func Inplace(t *Thread, op int, a, b Value) (Value, error) {
	switch x := a.r.(type) {
	case *List:
		switch op {
		case opAdd:
			items, err := ToSlice(t, b)
			if err != nil {
				return None, NewError(TypeErrorType, "'%s' object is not iterable", b.TypeName())
			}
			if err := t.checkSlots(len(x.items) + len(items)); err != nil {
				return None, err
			}
			x.items = append(x.items, items...)
			return a, nil
		case opMul:
			n, ok := b.ToInt64()
			if !ok {
				break
			}
			if n <= 0 {
				clear(x.items)
				x.items = x.items[:0]
				return a, nil
			}
			if err := t.interp.checkAlloc(mulSize(mulSize(n, int64(len(x.items))), 24)); err != nil {
				return None, err
			}
			orig := x.items
			out := make([]Value, 0, len(orig)*int(n))
			for i := int64(0); i < n; i++ {
				out = append(out, orig...)
			}
			x.items = out
			return a, nil
		}
	case *Dict:
		if op == opOr {
			if err := dictUpdate(t, x, b); err != nil {
				return None, err
			}
			return a, nil
		}
	case *Set:
		if !x.frozen {
			if y, ok := b.r.(*Set); ok {
				if err := setInplace(t, op, x, y); err != errNotImplemented {
					return a, err
				}
			}
		}
	case *Instance:
		if op < len(opDunders) {
			if r, found, err := callDunder(t, a, opDunders[op][2], b); found || err != nil {
				if err != nil || !isNotImplemented(r) {
					return r, err
				}
			}
			if _, found := x.cls.LookupString(opDunders[op][0]); !found {
				if base, ok := baseValue(a); ok {
					switch base.r.(type) {
					case *List, *Dict, *Set:
						// list.__iadd__ and friends change the value in
						// place; the name stays bound to the instance.
						if _, err := Inplace(t, op, base, b); err != nil {
							return None, err
						}
						return a, nil
					}
				}
			}
		}
	}
	return Binary(t, op, a, b)
}

// binaryBuiltin handles operators between built-in types; it returns
// errNotImplemented when it has nothing to offer.
func binaryBuiltin(t *Thread, op int, a, b Value) (Value, error) {
	switch x := a.r.(type) {
	case intTag, boolTag, *Big:
		if a.IsBool() && b.IsBool() {
			// & | ^ between two bools give a bool.
			switch op {
			case opAnd:
				return Bool(a.n&b.n != 0), nil
			case opOr:
				return Bool(a.n|b.n != 0), nil
			case opXor:
				return Bool(a.n != b.n), nil
			}
		}
		switch b.r.(type) {
		case intTag, boolTag, *Big:
			if op == opPow {
				return powInt(t, a, b)
			}
			if op == opDiv {
				return trueDiv(a, b)
			}
			return intBinary(t, op, a, b)
		case floatTag:
			return floatBinary(op, a, b)
		case *Str, *List, *Tuple, *Bytes:
			if op == opMul {
				return binaryBuiltin(t, op, b, a)
			}
		}
	case floatTag:
		switch b.r.(type) {
		case intTag, boolTag, *Big, floatTag:
			return floatBinary(op, a, b)
		}
	case *Str:
		switch op {
		case opAdd:
			if y, ok := b.r.(*Str); ok {
				if err := t.checkBytes(len(x.s) + len(y.s)); err != nil {
					return None, err
				}
				return concatStr(x.s, y.s), nil
			}
			return None, NewError(TypeErrorType, "can only concatenate str (not \"%s\") to str", b.TypeName())
		case opMul:
			n, ok := b.ToInt64()
			if !ok {
				if _, big := b.r.(*Big); big {
					return None, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
				}
				break
			}
			if n <= 0 || x.s == "" {
				return String(""), nil
			}
			if int64(len(x.s)) > math.MaxInt32/n {
				return None, NewError(MemoryErrorType, "repeated string is too long (%d bytes)", int64(len(x.s))*n)
			}
			if err := t.interp.checkAlloc(mulSize(int64(len(x.s)), n)); err != nil {
				return None, err
			}
			return String(strings.Repeat(x.s, int(n))), nil
		case opMod:
			return formatPercent(t, a, b)
		}
	case *List:
		switch op {
		case opAdd:
			if y, ok := b.r.(*List); ok {
				if err := t.checkSlots(len(x.items) + len(y.items)); err != nil {
					return None, err
				}
				out := make([]Value, 0, len(x.items)+len(y.items))
				return ListValue(append(append(out, x.items...), y.items...)), nil
			}
			return None, NewError(TypeErrorType, "can only concatenate list (not \"%s\") to list", b.TypeName())
		case opMul:
			items, err := repeatItems(t, x.items, b)
			if err != nil {
				return None, err
			}
			return ListValue(items), nil
		}
	case *Tuple:
		switch op {
		case opAdd:
			if y, ok := b.r.(*Tuple); ok {
				out := make([]Value, 0, len(x.items)+len(y.items))
				return Obj(&Tuple{items: append(append(out, x.items...), y.items...)}), nil
			}
			return None, NewError(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", b.TypeName())
		case opMul:
			items, err := repeatItems(t, x.items, b)
			if err != nil {
				return None, err
			}
			return Obj(&Tuple{items: items}), nil
		}
	case *Bytes:
		switch op {
		case opAdd:
			if y, ok := b.r.(*Bytes); ok {
				out := make([]byte, 0, len(x.b)+len(y.b))
				return Obj(&Bytes{b: append(append(out, x.b...), y.b...)}), nil
			}
			return None, NewError(TypeErrorType, "can't concat %s to bytes", b.TypeName())
		case opMul:
			n, ok := b.ToInt64()
			if ok {
				if n <= 0 {
					return Obj(&Bytes{}), nil
				}
				if int64(len(x.b)) > math.MaxInt32/n {
					return None, NewError(MemoryErrorType, "repeated bytes are too long")
				}
				if err := t.interp.checkAlloc(mulSize(int64(len(x.b)), n)); err != nil {
					return None, err
				}
				out := make([]byte, 0, len(x.b)*int(n))
				for i := int64(0); i < n; i++ {
					out = append(out, x.b...)
				}
				return Obj(&Bytes{b: out}), nil
			}
		case opMod:
			return bytesPercent(t, x, b)
		}
	case *Dict:
		if op == opOr {
			if y, ok := b.r.(*Dict); ok {
				c := x.Copy()
				if err := dictUpdate(t, c, Obj(y)); err != nil {
					return None, err
				}
				return Obj(c), nil
			}
		}
	case *Set:
		if y, ok := b.r.(*Set); ok {
			return setBinary(t, op, x, y)
		}
	case *DictView:
		if x.kind != iterValues {
			if _, ok := b.r.(Iterable); ok {
				items, err := ToSlice(t, a)
				if err != nil {
					return None, err
				}
				s := &Set{}
				for _, it := range items {
					if err := s.Add(t, it); err != nil {
						return None, err
					}
				}
				other, err := toSet(t, b)
				if err != nil {
					return None, err
				}
				return setBinary(t, op, s, other)
			}
		}
	}
	return None, errNotImplemented
}

func repeatItems(t *Thread, items []Value, nv Value) ([]Value, error) {
	n, ok := nv.ToInt64()
	if !ok {
		return nil, NewError(TypeErrorType, "can't multiply sequence by non-int of type '%s'", nv.TypeName())
	}
	if n <= 0 || len(items) == 0 {
		return []Value{}, nil
	}
	if int64(len(items)) > math.MaxInt32/n {
		return nil, NewError(MemoryErrorType, "repeated sequence is too long")
	}
	if err := t.interp.checkAlloc(mulSize(mulSize(int64(len(items)), n), 24)); err != nil {
		return nil, err
	}
	out := make([]Value, 0, len(items)*int(n))
	for i := int64(0); i < n; i++ {
		out = append(out, items...)
	}
	return out, nil
}

// Unary evaluates -a, +a, ~a.
func Unary(t *Thread, op int, a Value) (Value, error) {
	switch x := a.r.(type) {
	case intTag, boolTag:
		i := int64(a.n)
		switch op {
		case opNeg:
			if i == math.MinInt64 {
				return BigInt(new(big.Int).Neg(big.NewInt(i))), nil
			}
			return Int(-i), nil
		case opPos:
			return Int(i), nil
		case opInvert:
			return Int(^i), nil
		}
	case *Big:
		switch op {
		case opNeg:
			return BigInt(new(big.Int).Neg(x.b)), nil
		case opPos:
			return a, nil
		case opInvert:
			return BigInt(new(big.Int).Not(x.b)), nil
		}
	case floatTag:
		switch op {
		case opNeg:
			return Float(-a.AsFloat()), nil
		case opPos:
			return a, nil
		}
	case *Instance:
		name := "__neg__"
		switch op {
		case opPos:
			name = "__pos__"
		case opInvert:
			name = "__invert__"
		}
		if r, found, err := callDunder(t, a, name); found || err != nil {
			return r, err
		}
		if b, ok := baseValue(a); ok {
			return Unary(t, op, b)
		}
	}
	return None, NewError(TypeErrorType, "bad operand type for %s: '%s'", opSymbols[op], a.TypeName())
}

// isSequence reports whether v is a built-in sequence that * repeats.
func isSequence(v Value) bool {
	switch v.r.(type) {
	case *Str, *List, *Tuple, *Bytes:
		return true
	}
	return false
}
