package lang

import "github.com/wasmling/wasmling/lang/compile"

// Values of the built-in types implement their operators natively, not
// through methods in their type's table. So that scripts can still call
// (1).__add__(2), "ab".__len__() or list.__getitem__(x, 0), builtinDunder
// makes the special method on demand, bound to the value.

// dunderOps maps the names of the binary operator methods to their
// operators; reflected names have an "r" after the underscores.
var dunderOps = map[string]int{
	"add": opAdd, "sub": opSub, "mul": opMul, "truediv": opDiv, "floordiv": opFloorDiv,
	"mod": opMod, "pow": opPow, "matmul": opMatMul, "lshift": opLShift, "rshift": opRShift,
	"and": opAnd, "or": opOr, "xor": opXor,
}

var dunderCompare = map[string]int{
	"__eq__": compile.CmpEQ, "__ne__": compile.CmpNE, "__lt__": compile.CmpLT,
	"__le__": compile.CmpLE, "__gt__": compile.CmpGT, "__ge__": compile.CmpGE,
}

// builtinDunder returns v's special method name as a bound built-in, or
// ok=false if v's type has no such method.
func builtinDunder(v Value, name string) (Value, bool) {
	if len(name) < 5 || name[:2] != "__" || name[len(name)-2:] != "__" {
		return None, false
	}
	fn := dunderFunc(v, name)
	if fn == nil {
		return None, false
	}
	return Obj(&Builtin{name: name, fn: fn, self: v, bound: true}), true
}

// nArgs checks the argument count of a special method call (args
// excludes the receiver).
func nArgs(name string, args []Value, kw []string, n int) error {
	return ArgCount(name, args, kw, n, n)
}

func dunderFunc(v Value, name string) BuiltinFunc {
	inner := name[2 : len(name)-2]
	isNum := false
	switch v.r.(type) {
	case intTag, boolTag, floatTag, *Big:
		isNum = true
	}
	if op, ok := dunderOps[inner]; ok {
		return binaryDunder(v, name, op, false)
	}
	if len(inner) > 1 && inner[0] == 'r' {
		if op, ok := dunderOps[inner[1:]]; ok {
			return binaryDunder(v, name, op, true)
		}
	}
	if op, ok := dunderCompare[name]; ok {
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := nArgs(name, args[1:], kw, 1); err != nil {
				return None, err
			}
			if !args[0].IsFloat() && args[1].IsFloat() {
				if _, isNum := args[0].ToInt64(); isNum || isBig(args[0]) {
					return NotImplemented, nil // int leaves floats to float
				}
			}
			r, err := Compare(t, op, args[0], args[1])
			if err != nil {
				if e, ok := err.(*Exception); ok && e.cls == TypeErrorType {
					return NotImplemented, nil
				}
			}
			return r, err
		}
	}
	unary := func(f func(t *Thread, x Value) (Value, error)) BuiltinFunc {
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := nArgs(name, args[1:], kw, 0); err != nil {
				return None, err
			}
			return f(t, args[0])
		}
	}
	switch name {
	case "__neg__", "__pos__", "__invert__", "__abs__", "__int__", "__float__", "__index__", "__round__", "__trunc__", "__floor__", "__ceil__":
		if !isNum {
			return nil
		}
	}
	switch name {
	case "__neg__":
		return unary(func(t *Thread, x Value) (Value, error) { return Unary(t, opNeg, x) })
	case "__pos__":
		return unary(func(t *Thread, x Value) (Value, error) { return Unary(t, opPos, x) })
	case "__invert__":
		if v.IsFloat() {
			return nil
		}
		return unary(func(t *Thread, x Value) (Value, error) { return Unary(t, opInvert, x) })
	case "__abs__":
		return unary(func(t *Thread, x Value) (Value, error) { return builtinAbs(t, []Value{x}, nil) })
	case "__int__", "__index__", "__trunc__", "__floor__", "__ceil__":
		if v.IsFloat() && name == "__index__" {
			return nil
		}
		return unary(func(t *Thread, x Value) (Value, error) {
			return t.Call(Obj(IntType), []Value{x}, nil)
		})
	case "__float__":
		return unary(func(t *Thread, x Value) (Value, error) {
			return t.Call(Obj(FloatType), []Value{x}, nil)
		})
	case "__round__":
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			return builtinRound(t, args, kw)
		}
	case "__bool__":
		if !isNum {
			return nil
		}
		return unary(func(t *Thread, x Value) (Value, error) {
			b, err := Truth(t, x)
			return Bool(b), err
		})
	case "__str__":
		return unary(func(t *Thread, x Value) (Value, error) {
			s, err := ToStr(t, x)
			return String(s), err
		})
	case "__repr__":
		return unary(func(t *Thread, x Value) (Value, error) {
			s, err := Repr(t, x)
			return String(s), err
		})
	case "__hash__":
		return unary(func(t *Thread, x Value) (Value, error) {
			h, _ := t.interp.builtins.GetString("hash")
			return t.Call(h, []Value{x}, nil)
		})
	case "__format__":
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := nArgs(name, args[1:], kw, 1); err != nil {
				return None, err
			}
			spec, ok := args[1].Str()
			if !ok {
				return None, NewError(TypeErrorType, "format spec must be a str, not %s", args[1].TypeName())
			}
			s, err := Format(t, args[0], spec)
			return String(s), err
		}
	}
	// Container methods, for the types that support the protocol.
	var isLen, isItems, isIter bool
	switch x := v.r.(type) {
	case *Str, *List, *Tuple, *Dict, *Set, *Bytes, *Range, *DictView:
		isLen, isIter = true, true
		switch x.(type) {
		case *Str, *List, *Tuple, *Dict, *Bytes, *Range:
			isItems = true
		}
	case Iterator:
		isIter = true
	}
	switch name {
	case "__len__":
		if !isLen {
			return nil
		}
		return unary(func(t *Thread, x Value) (Value, error) {
			n, err := Len(t, x)
			return Int(int64(n)), err
		})
	case "__getitem__":
		if !isItems {
			return nil
		}
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := nArgs(name, args[1:], kw, 1); err != nil {
				return None, err
			}
			return GetItem(t, args[0], args[1])
		}
	case "__setitem__", "__delitem__":
		switch v.r.(type) {
		case *List, *Dict:
		default:
			return nil
		}
		if name == "__delitem__" {
			return func(t *Thread, args []Value, kw []string) (Value, error) {
				if err := nArgs(name, args[1:], kw, 1); err != nil {
					return None, err
				}
				return None, DelItem(t, args[0], args[1])
			}
		}
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := nArgs(name, args[1:], kw, 2); err != nil {
				return None, err
			}
			return None, SetItem(t, args[0], args[1], args[2])
		}
	case "__contains__":
		if !isLen {
			return nil
		}
		return func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := nArgs(name, args[1:], kw, 1); err != nil {
				return None, err
			}
			ok, err := Contains(t, args[0], args[1])
			return Bool(ok), err
		}
	case "__iter__":
		if !isIter {
			return nil
		}
		return unary(func(t *Thread, x Value) (Value, error) {
			it, err := Iterate(t, x)
			if err != nil {
				return None, err
			}
			return Obj(it), nil
		})
	case "__next__":
		it, ok := v.r.(Iterator)
		if !ok {
			return nil
		}
		return unary(func(t *Thread, x Value) (Value, error) {
			r, ok, err := it.Next(t)
			if err != nil {
				return None, err
			}
			if !ok {
				return None, NewException(StopIterationType)
			}
			return r, nil
		})
	}
	return nil
}

// binaryDunder makes x.__op__(y) (or x.__rop__(y)): the operator on
// built-in values, NotImplemented when the types do not support it.
func binaryDunder(v Value, name string, op int, reflected bool) BuiltinFunc {
	switch v.r.(type) {
	case intTag, boolTag, *Big:
	case floatTag:
		switch op {
		case opLShift, opRShift, opAnd, opOr, opXor, opMatMul:
			return nil
		}
	case *Str, *List, *Tuple, *Bytes:
		if op != opAdd && op != opMul && !(op == opMod && !reflected) {
			return nil
		}
	case *Set, *DictView:
		switch op {
		case opAnd, opOr, opXor, opSub:
		default:
			return nil
		}
	case *Dict:
		if op != opOr {
			return nil
		}
	default:
		return nil
	}
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := nArgs(name, args[1:], kw, 1); err != nil {
			return None, err
		}
		a, b := args[0], args[1]
		if reflected {
			a, b = b, a
		}
		r, err := binaryBuiltin(t, op, a, b)
		if err == errNotImplemented {
			return NotImplemented, nil
		}
		return r, err
	}
}

// typeDunder returns the special method name of a built-in type as an
// unbound function (list.__getitem__(x, 0)), or ok=false if the type has
// no such method.
func typeDunder(c *Class, name string) (Value, bool) {
	var zero Value
	switch c {
	case IntType:
		zero = Int(0)
	case BoolType:
		zero = False
	case FloatType:
		zero = Float(0)
	case StrType:
		zero = String("")
	case BytesType:
		zero = Obj(&Bytes{})
	case ListType:
		zero = ListValue(nil)
	case TupleType:
		zero = Obj(&Tuple{})
	case DictType:
		zero = Obj(&Dict{})
	case SetType:
		zero = Obj(&Set{})
	case FrozenSetType:
		zero = Obj(&Set{frozen: true})
	default:
		return None, false
	}
	if _, ok := builtinDunder(zero, name); !ok {
		return None, false
	}
	return Obj(&Builtin{name: name, fn: func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == 0 || len(kw) == len(args) {
			return None, NewError(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", name, c.Name)
		}
		if !args[0].Type().IsSubclass(c) {
			return None, NewError(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", name, c.Name, args[0].TypeName())
		}
		m, ok := builtinDunder(args[0], name)
		if !ok {
			return None, NewError(TypeErrorType, "descriptor '%s' of '%s' object does not apply", name, c.Name)
		}
		return t.Call(m, args[1:], kw)
	}}), true
}

func isBig(v Value) bool { _, ok := v.r.(*Big); return ok }
