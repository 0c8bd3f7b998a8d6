package lang

// The writable special attributes of script classes, and hooks that stand
// in for metaclass methods.

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
