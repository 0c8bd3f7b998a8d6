package lang

// object.__new__ and the writable special attributes of script classes.

func init() {
	newFn := &Builtin{name: "__new__", fn: objectNew}
	ObjectType.dict.setStr(NewStr("__new__"), Obj(&StaticMethod{Fn: Obj(newFn)}))
}

// objectNew implements object.__new__(cls, ...): an uninitialised
// instance of a script class.
func objectNew(t *Thread, args []Value, kw []string) (Value, error) {
	if len(args) == 0 {
		return None, NewError(TypeErrorType, "object.__new__(): not enough arguments")
	}
	cls, ok := args[0].r.(*Class)
	if !ok {
		return None, NewError(TypeErrorType, "object.__new__(X): X is not a type object (%s)", args[0].TypeName())
	}
	if cls.new != nil || cls.layout == layoutNone {
		if cls == ObjectType {
			return Obj(&Instance{cls: cls}), nil
		}
		return None, NewError(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
	}
	if cls.layout == layoutException {
		return newInstance(cls, args[1:len(args)-len(kw)], nil), nil
	}
	return newInstance(cls, nil, nil), nil
}

// setSpecialAttr handles assignments to a class's __name__, __qualname__,
// __module__ and __doc__, which live in the Class itself.
func (c *Class) setSpecialAttr(name string, v Value) (bool, error) {
	switch name {
	case "__name__", "__qualname__":
		s, ok := v.Str()
		if !ok {
			return true, NewError(TypeErrorType, "can only assign string to %s.%s, not '%s'", c.Name, name, v.TypeName())
		}
		if name == "__qualname__" {
			c.QualName = s
			return false, nil // also kept in the class dict
		}
		if c.ScriptName == c.Name {
			c.ScriptName = s
		}
		c.Name = s
		return true, nil
	case "__module__":
		if s, ok := v.Str(); ok {
			c.Module = s
		}
	case "__doc__":
		s, _ := v.Str()
		c.Doc = s
	}
	return false, nil
}

// subclassHook asks a script class whether sub counts as its subclass
// through a __subclasshook__ classmethod, as abstract base classes
// (collections.abc.Iterable...) define it.
func subclassHook(t *Thread, c, sub *Class) (bool, error) {
	if c.builtin {
		return false, nil
	}
	h, ok := c.LookupString("__subclasshook__")
	if !ok {
		return false, nil
	}
	cm, ok := h.r.(*ClassMethod)
	if !ok {
		return false, nil
	}
	r, err := t.Call(cm.Fn, []Value{Obj(c), Obj(sub)}, nil)
	if err != nil {
		return false, err
	}
	return r.IsBool() && r.AsBool(), nil
}

// classHook calls a classmethod named __class_iter__ or __class_len__
// that a script class (an enum) defines so that iter(C) and len(C) work:
// the stand-in for a metaclass's __iter__ and __len__.
func classHook(t *Thread, c *Class, name string) (Value, bool, error) {
	if c.builtin {
		return None, false, nil
	}
	h, ok := c.LookupString(name)
	if !ok {
		return None, false, nil
	}
	cm, ok := h.r.(*ClassMethod)
	if !ok {
		return None, false, nil
	}
	r, err := t.Call(cm.Fn, []Value{Obj(c)}, nil)
	return r, true, err
}
