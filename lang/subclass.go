package lang

// Script classes may derive from the built-in value types (class
// Stack(list), class Name(str)). Their instances are *Instance values
// with the built-in value in Instance.base: methods of the built-in type
// bind to that value, and the operators fall back to it when the class
// does not define the special method.

// subclassable reports whether scripts may derive classes from c.
func subclassable(c *Class) bool {
	switch c {
	case IntType, FloatType, StrType, BytesType, ListType, TupleType, DictType, SetType, FrozenSetType:
		return true
	}
	return false
}

// mutableBase reports whether instances of c start empty and are filled
// by __init__ (list, dict, set) rather than made by __new__.
func mutableBase(c *Class) bool {
	return c == ListType || c == DictType || c == SetType
}

// newValueInstance makes an instance of a class derived from a built-in
// type: the built-in value is made from the arguments for immutable types
// and empty for mutable ones (whose __init__ fills it).
func newValueInstance(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
	vb := cls.valueBase
	if mutableBase(vb) {
		args, kw = nil, nil
	}
	base, err := vb.new(t, vb, args, kw)
	if err != nil {
		return None, err
	}
	return Obj(&Instance{cls: cls, base: base}), nil
}

// initValue implements list/dict/set.__init__ on a plain value or on the
// built-in value inside an instance.
func initValue(c *Class) BuiltinFunc {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return None, NewError(TypeErrorType, "descriptor '__init__' of '%s' object needs an argument", c.Name)
		}
		self := args[0]
		if b, ok := baseValue(self); ok {
			self = b
		}
		fresh, err := c.new(t, c, args[1:], kw)
		if err != nil {
			return None, err
		}
		switch x := self.r.(type) {
		case *List:
			x.items = fresh.r.(*List).items
		case *Dict:
			if err := dictUpdate(t, x, fresh); err != nil {
				return None, err
			}
		case *Set:
			x.ht.copyFrom(&fresh.r.(*Set).ht)
		default:
			return None, NewError(TypeErrorType, "descriptor '__init__' requires a '%s' object but received a '%s'", c.Name, args[0].TypeName())
		}
		return None, nil
	}
}

func initSubclassSupport() {
	for _, c := range []*Class{ListType, DictType, SetType} {
		c.dict.setStr(NewStr("__init__"), Obj(&Builtin{name: "__init__", fn: initValue(c), method: true}))
	}
}

// unwrapValues replaces instances of classes derived from built-in types
// by their built-in values; ok is false when neither operand is one.
func unwrapValues(a, b Value) (Value, Value, bool) {
	ba, okA := baseValue(a)
	bb, okB := baseValue(b)
	if !okA && !okB {
		return a, b, false
	}
	if okA {
		a = ba
	}
	if okB {
		b = bb
	}
	return a, b, true
}

// classLevelMethods are the built-in type methods called on the type
// itself (dict.fromkeys), which take no receiver.
var classLevelMethods = map[string]bool{"fromkeys": true, "fromhex": true, "frombase64": true, "from_bytes": true}

// unboundMethod returns a built-in type's method taken from the type
// (str.lower): it checks that its first argument is of the type, as the
// method's code assumes, and unwraps instances of derived classes.
func unboundMethod(c *Class, b *Builtin) Value {
	if classLevelMethods[b.name] {
		return Obj(b)
	}
	return Obj(&Builtin{name: b.name, doc: b.doc, fn: func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == len(kw) {
			return None, NewError(TypeErrorType, "unbound method %s.%s() needs an argument", c.Name, b.name)
		}
		self := args[0]
		if base, ok := baseValue(self); ok && base.Type().IsSubclass(c) {
			full := append([]Value{base}, args[1:]...)
			return b.fn(t, full, kw)
		}
		if !self.Type().IsSubclass(c) {
			return None, NewError(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b.name, c.Name, self.TypeName())
		}
		return b.fn(t, args, kw)
	}})
}
