package stdlib

import (
	"strings"

	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/compile"
)

// operatorModule is operator: the operators as functions, and
// itemgetter, attrgetter and methodcaller.
func operatorModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("operator")
	fn := func(names string, f lang.BuiltinFunc) {
		for _, n := range strings.Fields(names) {
			m.SetFunc(n, f)
		}
	}
	binary := func(names string, op int) {
		name := strings.Fields(names)[0]
		fn(names, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			if err := lang.ArgCount(name, args, kw, 2, 2); err != nil {
				return lang.None, err
			}
			return lang.Binary(t, op, args[0], args[1])
		})
	}
	inplace := func(names string, op int) {
		name := strings.Fields(names)[0]
		fn(names, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			if err := lang.ArgCount(name, args, kw, 2, 2); err != nil {
				return lang.None, err
			}
			return lang.Inplace(t, op, args[0], args[1])
		})
	}
	compare := func(names string, op int) {
		name := strings.Fields(names)[0]
		fn(names, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			if err := lang.ArgCount(name, args, kw, 2, 2); err != nil {
				return lang.None, err
			}
			return lang.Compare(t, op, args[0], args[1])
		})
	}
	unary := func(names string, op int) {
		name := strings.Fields(names)[0]
		fn(names, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			if err := lang.ArgCount(name, args, kw, 1, 1); err != nil {
				return lang.None, err
			}
			return lang.Unary(t, op, args[0])
		})
	}
	binary("add __add__", compile.OpAdd)
	binary("sub __sub__", compile.OpSub)
	binary("mul __mul__", compile.OpMul)
	binary("truediv __truediv__", compile.OpDiv)
	binary("floordiv __floordiv__", compile.OpFloorDiv)
	binary("mod __mod__", compile.OpMod)
	binary("pow __pow__", compile.OpPow)
	binary("matmul __matmul__", compile.OpMatMul)
	binary("lshift __lshift__", compile.OpLShift)
	binary("rshift __rshift__", compile.OpRShift)
	binary("and_ __and__", compile.OpAnd)
	binary("or_ __or__", compile.OpOr)
	binary("xor __xor__", compile.OpXor)
	inplace("iadd __iadd__", compile.OpAdd)
	inplace("isub __isub__", compile.OpSub)
	inplace("imul __imul__", compile.OpMul)
	inplace("itruediv __itruediv__", compile.OpDiv)
	inplace("ifloordiv __ifloordiv__", compile.OpFloorDiv)
	inplace("imod __imod__", compile.OpMod)
	inplace("ipow __ipow__", compile.OpPow)
	inplace("ilshift __ilshift__", compile.OpLShift)
	inplace("irshift __irshift__", compile.OpRShift)
	inplace("iand __iand__", compile.OpAnd)
	inplace("ior __ior__", compile.OpOr)
	inplace("ixor __ixor__", compile.OpXor)
	inplace("iconcat __iconcat__", compile.OpAdd)
	compare("lt __lt__", compile.CmpLT)
	compare("le __le__", compile.CmpLE)
	compare("eq __eq__", compile.CmpEQ)
	compare("ne __ne__", compile.CmpNE)
	compare("gt __gt__", compile.CmpGT)
	compare("ge __ge__", compile.CmpGE)
	unary("neg __neg__", compile.OpNeg)
	unary("pos __pos__", compile.OpPos)
	unary("invert __invert__ inv __inv__", compile.OpInvert)
	fn("abs __abs__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return callBuiltin(t, "abs", args, kw)
	})
	fn("index __index__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("index", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		if _, ok := args[0].ToInt64(); ok || args[0].TypeName() == "int" {
			if args[0].IsBool() {
				return lang.Int(boolInt(args[0].AsBool())), nil
			}
			return args[0], nil
		}
		if r, ok, err := lang.GetAttr(t, args[0], "__index__"); ok || err != nil {
			if err != nil {
				return lang.None, err
			}
			return t.Call(r, nil, nil)
		}
		return lang.None, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].TypeName())
	})
	fn("concat __concat__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("concat", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		if _, err := lang.GetItem(t, args[0], lang.Int(0)); err != nil {
			if e, ok := lang.AsException(err); ok && e.Class() == lang.TypeErrorType {
				return lang.None, lang.NewError(lang.TypeErrorType, "'%s' object can't be concatenated", args[0].TypeName())
			}
		}
		return lang.Binary(t, compile.OpAdd, args[0], args[1])
	})
	fn("not_ __not__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("not_", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		b, err := lang.Truth(t, args[0])
		return lang.Bool(!b), err
	})
	fn("truth", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("truth", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		b, err := lang.Truth(t, args[0])
		return lang.Bool(b), err
	})
	fn("is_", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("is_", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		return lang.Bool(lang.Is(args[0], args[1])), nil
	})
	fn("is_not", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("is_not", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		return lang.Bool(!lang.Is(args[0], args[1])), nil
	})
	fn("contains __contains__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("contains", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		b, err := lang.Contains(t, args[0], args[1])
		return lang.Bool(b), err
	})
	fn("countOf", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("countOf", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		items, err := lang.ToSlice(t, args[0])
		if err != nil {
			return lang.None, err
		}
		n := 0
		for _, x := range items {
			if lang.Is(x, args[1]) {
				n++
				continue
			}
			eq, err := lang.Equal(t, x, args[1])
			if err != nil {
				return lang.None, err
			}
			if eq {
				n++
			}
		}
		return lang.Int(int64(n)), nil
	})
	fn("indexOf", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("indexOf", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		items, err := lang.ToSlice(t, args[0])
		if err != nil {
			return lang.None, err
		}
		for i, x := range items {
			eq, err := lang.Equal(t, x, args[1])
			if err != nil {
				return lang.None, err
			}
			if lang.Is(x, args[1]) || eq {
				return lang.Int(int64(i)), nil
			}
		}
		return lang.None, lang.NewError(lang.ValueErrorType, "sequence.index(x): x not in sequence")
	})
	fn("getitem __getitem__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("getitem", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		return lang.GetItem(t, args[0], args[1])
	})
	fn("setitem __setitem__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("setitem", args, kw, 3, 3); err != nil {
			return lang.None, err
		}
		return lang.None, lang.SetItem(t, args[0], args[1], args[2])
	})
	fn("delitem __delitem__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("delitem", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		return lang.None, lang.DelItem(t, args[0], args[1])
	})
	fn("length_hint", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("length_hint", args, kw, 1, 2); err != nil {
			return lang.None, err
		}
		if n, err := lang.Len(t, args[0]); err == nil {
			return lang.Int(int64(n)), nil
		}
		if len(args) > 1 {
			return args[1], nil
		}
		return lang.Int(0), nil
	})
	fn("call __call__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if len(args)-len(kw) < 1 {
			return lang.None, lang.NewError(lang.TypeErrorType, "call() missing required argument 'obj'")
		}
		return t.Call(args[0], args[1:], kw)
	})

	ig := lang.NewClass("itemgetter", "operator", newItemgetter)
	m.Set("itemgetter", lang.Obj(ig))
	ag := lang.NewClass("attrgetter", "operator", newAttrgetter)
	m.Set("attrgetter", lang.Obj(ag))
	mc := lang.NewClass("methodcaller", "operator", newMethodcaller)
	m.Set("methodcaller", lang.Obj(mc))
	return m, nil
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// callBuiltin calls a function of the builtins namespace.
func callBuiltin(t *lang.Thread, name string, args []lang.Value, kw []string) (lang.Value, error) {
	f, _ := t.Interp().Builtins().GetString(name)
	return t.Call(f, args, kw)
}

// getter is an itemgetter, attrgetter or methodcaller object.
type getter struct {
	cls  *lang.Class
	call func(t *lang.Thread, obj lang.Value) (lang.Value, error)
	repr func(t *lang.Thread) (string, error)
}

func (g *getter) Type() *lang.Class { return g.cls }
func (g *getter) Name() string      { return g.cls.Name }

func (g *getter) Call(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.NoKwargs(g.cls.Name, kw); err != nil {
		return lang.None, err
	}
	if len(args) != 1 {
		return lang.None, lang.NewError(lang.TypeErrorType, "%s expected 1 argument, got %d", g.cls.Name, len(args))
	}
	return g.call(t, args[0])
}

func (g *getter) Repr(t *lang.Thread) (string, error) { return g.repr(t) }

func reprArgs(t *lang.Thread, args []lang.Value) (string, error) {
	parts := make([]string, len(args))
	for i, a := range args {
		s, err := lang.Repr(t, a)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return strings.Join(parts, ", "), nil
}

func newItemgetter(t *lang.Thread, cls *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.NoKwargs("itemgetter", kw); err != nil {
		return lang.None, err
	}
	if len(args) == 0 {
		return lang.None, lang.NewError(lang.TypeErrorType, "itemgetter expected 1 argument, got 0")
	}
	items := append([]lang.Value(nil), args...)
	return lang.Obj(&getter{cls: cls,
		call: func(t *lang.Thread, obj lang.Value) (lang.Value, error) {
			if len(items) == 1 {
				return lang.GetItem(t, obj, items[0])
			}
			out := make([]lang.Value, len(items))
			for i, k := range items {
				v, err := lang.GetItem(t, obj, k)
				if err != nil {
					return lang.None, err
				}
				out[i] = v
			}
			return lang.TupleValue(out...), nil
		},
		repr: func(t *lang.Thread) (string, error) {
			s, err := reprArgs(t, items)
			return "operator.itemgetter(" + s + ")", err
		}}), nil
}

func newAttrgetter(t *lang.Thread, cls *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.NoKwargs("attrgetter", kw); err != nil {
		return lang.None, err
	}
	if len(args) == 0 {
		return lang.None, lang.NewError(lang.TypeErrorType, "attrgetter expected 1 argument, got 0")
	}
	names := make([]string, len(args))
	for i, a := range args {
		s, ok := a.Str()
		if !ok {
			return lang.None, lang.NewError(lang.TypeErrorType, "attribute name must be a string")
		}
		names[i] = s
	}
	get := func(t *lang.Thread, obj lang.Value, dotted string) (lang.Value, error) {
		for _, part := range strings.Split(dotted, ".") {
			v, ok, err := lang.GetAttr(t, obj, part)
			if err != nil {
				return lang.None, err
			}
			if !ok {
				return lang.None, lang.NewError(lang.AttributeErrorType, "'%s' object has no attribute '%s'", obj.TypeName(), part)
			}
			obj = v
		}
		return obj, nil
	}
	return lang.Obj(&getter{cls: cls,
		call: func(t *lang.Thread, obj lang.Value) (lang.Value, error) {
			if len(names) == 1 {
				return get(t, obj, names[0])
			}
			out := make([]lang.Value, len(names))
			for i, n := range names {
				v, err := get(t, obj, n)
				if err != nil {
					return lang.None, err
				}
				out[i] = v
			}
			return lang.TupleValue(out...), nil
		},
		repr: func(t *lang.Thread) (string, error) {
			vals := make([]lang.Value, len(names))
			for i, n := range names {
				vals[i] = lang.String(n)
			}
			s, err := reprArgs(t, vals)
			return "operator.attrgetter(" + s + ")", err
		}}), nil
}

func newMethodcaller(t *lang.Thread, cls *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
	npos := len(args) - len(kw)
	if npos < 1 {
		return lang.None, lang.NewError(lang.TypeErrorType, "methodcaller needs at least one argument, the method name")
	}
	name, ok := args[0].Str()
	if !ok {
		return lang.None, lang.NewError(lang.TypeErrorType, "method name must be a string")
	}
	rest := append([]lang.Value(nil), args[1:]...)
	nameVal := lang.String(name)
	var kws []string
	if len(kw) > 0 {
		kws = append([]string(nil), kw...)
	}
	return lang.Obj(&getter{cls: cls,
		call: func(t *lang.Thread, obj lang.Value) (lang.Value, error) {
			f, ok, err := lang.GetAttr(t, obj, name)
			if err != nil {
				return lang.None, err
			}
			if !ok {
				return lang.None, lang.NewError(lang.AttributeErrorType, "'%s' object has no attribute '%s'", obj.TypeName(), name)
			}
			return t.Call(f, append([]lang.Value(nil), rest...), kws)
		},
		repr: func(t *lang.Thread) (string, error) {
			parts := []string{}
			s, _ := lang.Repr(t, nameVal)
			parts = append(parts, s)
			np := len(rest) - len(kws)
			for _, a := range rest[:np] {
				s, err := lang.Repr(t, a)
				if err != nil {
					return "", err
				}
				parts = append(parts, s)
			}
			for i, k := range kws {
				s, err := lang.Repr(t, rest[np+i])
				if err != nil {
					return "", err
				}
				parts = append(parts, k+"="+s)
			}
			return "operator.methodcaller(" + strings.Join(parts, ", ") + ")", nil
		}}), nil
}
