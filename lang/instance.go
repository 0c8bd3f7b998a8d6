package lang

// Instance is an instance of a class defined by a script.
type Instance struct {
	cls  *Class
	dict hashtable
	// base is the built-in value of an instance of a class derived from
	// a built-in type (class Stack(list)); nil otherwise.
	base Value
}

// baseValue returns the built-in value inside an instance of a class
// derived from a built-in type, which the operators fall back to.
func baseValue(v Value) (Value, bool) {
	if o, ok := v.r.(*Instance); ok && o.base.r != nil {
		return o.base, true
	}
	return None, false
}

// Type implements Object.
func (o *Instance) Type() *Class { return o.cls }

// Class returns the instance's class.
func (o *Instance) Class() *Class { return o.cls }

// attrTarget abstracts the two kinds of objects with a class and an
// attribute table: instances and exceptions.
func attrTable(v Value) (*Class, *hashtable, bool) {
	switch o := v.r.(type) {
	case *Instance:
		return o.cls, &o.dict, true
	case *Exception:
		return o.cls, &o.dict, true
	}
	return nil, nil, false
}

// bindAttr turns a class attribute found for obj into the value obj.name
// yields: functions become bound methods, staticmethods unwrap,
// classmethods bind to the class, properties are called.
func bindAttr(t *Thread, cv Value, obj Value, cls *Class) (Value, error) {
	switch f := cv.r.(type) {
	case *Function:
		return Obj(&BoundMethod{Self: obj, Fn: cv}), nil
	case *StaticMethod:
		return f.Fn, nil
	case *ClassMethod:
		return Obj(&BoundMethod{Self: Obj(cls), Fn: f.Fn}), nil
	case *Property:
		if f.Get.IsNone() {
			return None, NewError(AttributeErrorType, "property of '%s' object has no getter", cls.Name)
		}
		return t.Call(f.Get, []Value{obj}, nil)
	case *Builtin:
		if !f.bound && f.method {
			if b, ok := baseValue(obj); ok && !isObjectBuiltin(cv) {
				return Obj(f.bind(b)), nil // list's append on class Stack(list)
			}
			return Obj(f.bind(obj)), nil
		}
	case *Instance:
		// A descriptor: an object whose class defines __get__.
		if g, ok := f.cls.LookupString("__get__"); ok {
			return t.Call(g, []Value{cv, obj, Obj(cls)}, nil)
		}
	}
	return cv, nil
}

// isDataDescriptor reports whether a class attribute takes precedence
// over the instance's own attributes: a property, or an object whose
// class defines __set__ or __delete__.
func isDataDescriptor(v Value) bool {
	switch d := v.r.(type) {
	case *Property:
		return true
	case *Instance:
		if _, ok := d.cls.LookupString("__set__"); ok {
			return true
		}
		_, ok := d.cls.LookupString("__delete__")
		return ok
	}
	return false
}

// instanceAttr looks up name on an instance or exception object,
// through the class's __getattribute__ if it defines one.
func instanceAttr(t *Thread, obj Value, cls *Class, dict *hashtable, name *Str) (Value, bool, error) {
	if cls.hooks&hookGetattribute != 0 {
		if g, ok := cls.LookupString("__getattribute__"); ok && !isObjectBuiltin(g) {
			v, err := t.Call(g, []Value{obj, Obj(name)}, nil)
			if err == nil {
				return v, true, nil
			}
			if e, ok := err.(*Exception); !ok || !e.cls.IsSubclass(AttributeErrorType) || cls.hooks&hookGetattr == 0 {
				return None, false, err
			}
			ga, _ := cls.LookupString("__getattr__")
			v, err = t.Call(ga, []Value{obj, Obj(name)}, nil)
			return v, err == nil, err
		}
	}
	return defaultInstanceAttr(t, obj, cls, dict, name, true)
}

// defaultInstanceAttr is object.__getattribute__ (and, with getattr set,
// the fallback to __getattr__).
func defaultInstanceAttr(t *Thread, obj Value, cls *Class, dict *hashtable, name *Str, getattr bool) (Value, bool, error) {
	cv, found := cls.Lookup(name)
	if found && isDataDescriptor(cv) {
		v, err := bindAttr(t, cv, obj, cls)
		return v, err == nil, err
	}
	if v, ok := dict.getStr(name); ok {
		return v, true, nil
	}
	if found {
		v, err := bindAttr(t, cv, obj, cls)
		return v, err == nil, err
	}
	if e, ok := obj.r.(*Exception); ok {
		if v, ok, err := e.Attr(t, name.s); ok || err != nil {
			return v, ok, err
		}
	}
	switch name.s {
	case "__class__":
		return Obj(cls), true, nil
	case "__dict__":
		return Obj(liveDict(dict)), true, nil
	}
	if getattr && cls.hooks&hookGetattr != 0 {
		if g, ok := cls.LookupString("__getattr__"); ok {
			v, err := t.Call(g, []Value{obj, Obj(name)}, nil)
			if err != nil {
				return None, false, err
			}
			return v, true, nil
		}
	}
	return None, false, nil
}

// setInstanceAttr assigns obj.name = v.
func setInstanceAttr(t *Thread, obj Value, cls *Class, dict *hashtable, name *Str, v Value) error {
	if cls.hooks&hookSetattr != 0 {
		if f, ok := cls.Lookup(NewStr("__setattr__")); ok {
			_, err := t.Call(f, []Value{obj, Obj(name), v}, nil)
			return err
		}
	}
	return defaultSetAttr(t, obj, cls, dict, name, v)
}

// defaultSetAttr is object.__setattr__: a property or data descriptor of
// the class, else the instance's attribute table.
func defaultSetAttr(t *Thread, obj Value, cls *Class, dict *hashtable, name *Str, v Value) error {
	if cv, ok := cls.Lookup(name); ok {
		switch d := cv.r.(type) {
		case *Property:
			if d.Set.IsNone() {
				return NewError(AttributeErrorType, "property '%s' of '%s' object has no setter", name.s, cls.Name)
			}
			_, err := t.Call(d.Set, []Value{obj, v}, nil)
			return err
		case *Instance:
			if s, ok := d.cls.LookupString("__set__"); ok {
				_, err := t.Call(s, []Value{cv, obj, v}, nil)
				return err
			}
			if _, ok := d.cls.LookupString("__delete__"); ok {
				return NewError(AttributeErrorType, "__set__")
			}
		}
	}
	if cls == ObjectType {
		// Bare object() instances have no attribute dict.
		return NewError(AttributeErrorType, "'object' object has no attribute '%s'", name.s)
	}
	dict.setStr(name, v)
	return nil
}

// delInstanceAttr deletes obj.name.
func delInstanceAttr(t *Thread, obj Value, cls *Class, dict *hashtable, name *Str) error {
	if cls.hooks&hookDelattr != 0 {
		if f, ok := cls.Lookup(NewStr("__delattr__")); ok {
			_, err := t.Call(f, []Value{obj, Obj(name)}, nil)
			return err
		}
	}
	return defaultDelAttr(t, obj, cls, dict, name)
}

// defaultDelAttr is object.__delattr__.
func defaultDelAttr(t *Thread, obj Value, cls *Class, dict *hashtable, name *Str) error {
	if cv, ok := cls.Lookup(name); ok {
		switch d := cv.r.(type) {
		case *Property:
			if d.Del.IsNone() {
				return NewError(AttributeErrorType, "property '%s' of '%s' object has no deleter", name.s, cls.Name)
			}
			_, err := t.Call(d.Del, []Value{obj}, nil)
			return err
		case *Instance:
			if del, ok := d.cls.LookupString("__delete__"); ok {
				_, err := t.Call(del, []Value{cv, obj}, nil)
				return err
			}
			if _, ok := d.cls.LookupString("__set__"); ok {
				return NewError(AttributeErrorType, "__delete__")
			}
		}
	}
	if _, ok, _ := dict.del(t, Obj(name)); !ok {
		return NewError(AttributeErrorType, "'%s' object has no attribute '%s'", cls.Name, name.s)
	}
	return nil
}

// classAttr looks up name on a class object.
func classAttr(t *Thread, c *Class, name *Str) (Value, bool, error) {
	if v, ok := c.Lookup(name); ok {
		if c.builtin && isObjectBuiltin(v) {
			if d, ok := typeDunder(c, name.s); ok {
				return d, true, nil
			}
		}
		if b, ok := v.r.(*Builtin); ok && !b.bound && !isObjectBuiltin(v) {
			// str.lower, list.append, MyError.add_note: a built-in
			// type's method, which must check its receiver.
			for _, m := range c.MRO {
				if mv, ok := m.dict.getStr(name); ok {
					if m.builtin && mv.r == v.r {
						return unboundMethod(m, b), true, nil
					}
					break
				}
			}
		}
		switch f := v.r.(type) {
		case *StaticMethod:
			return f.Fn, true, nil
		case *ClassMethod:
			return Obj(&BoundMethod{Self: Obj(c), Fn: f.Fn}), true, nil
		case *Instance:
			if g, ok := f.cls.LookupString("__get__"); ok {
				r, err := t.Call(g, []Value{v, None, Obj(c)}, nil)
				return r, err == nil, err
			}
		}
		return v, true, nil
	}
	switch name.s {
	case "__name__":
		return String(c.Name), true, nil
	case "__qualname__":
		return String(c.QualName), true, nil
	case "__module__":
		return String(c.Module), true, nil
	case "__doc__":
		if c.Doc == "" {
			return None, true, nil
		}
		return String(c.Doc), true, nil
	case "__mro__":
		items := make([]Value, len(c.MRO))
		for i, m := range c.MRO {
			items[i] = Obj(m)
		}
		if len(c.MRO) == 0 || c.MRO[len(c.MRO)-1] != ObjectType {
			items = append(items, Obj(ObjectType))
		}
		return Obj(&Tuple{items: items}), true, nil
	case "__bases__":
		items := make([]Value, len(c.Bases))
		for i, b := range c.Bases {
			items[i] = Obj(b)
		}
		if len(items) == 0 && c != ObjectType {
			items = []Value{Obj(ObjectType)}
		}
		return Obj(&Tuple{items: items}), true, nil
	case "__base__":
		if len(c.Bases) == 0 {
			if c == ObjectType {
				return None, true, nil
			}
			return Obj(ObjectType), true, nil
		}
		return Obj(c.Bases[0]), true, nil
	case "__dict__":
		d := &Dict{}
		d.ht.copyFrom(&c.dict)
		for i := range d.ht.entries {
			e := &d.ht.entries[i]
			if b, ok := e.val.r.(*Builtin); ok && b.method && !b.bound && c != ObjectType {
				e.val = unboundMethod(c, b) // checks its receiver
			}
		}
		return Obj(d), true, nil
	case "__class__":
		return Obj(TypeType), true, nil
	case "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__",
		"__and__", "__or__", "__xor__", "__lshift__", "__rshift__", "__radd__", "__rsub__",
		"__rmul__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__neg__",
		"__abs__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
		"__iter__", "__int__", "__float__", "__index__", "__bool__", "__str__", "__repr__",
		"__hash__", "__format__", "__round__", "__invert__", "__pos__":
		if c.builtin {
			if m, ok := typeDunder(c, name.s); ok {
				return m, true, nil
			}
		}
	case "mro":
		return Obj(&Builtin{name: "mro", fn: func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := ArgCount("mro", args, kw, 0, 0); err != nil {
				return None, err
			}
			mro, _, err := classAttr(t, c, NewStr("__mro__"))
			if err != nil {
				return None, err
			}
			return ListValue(append([]Value(nil), mro.r.(*Tuple).items...)), nil
		}}), true, nil
	}
	return None, false, nil
}

// Super is the object super() returns.
type Super struct {
	cls *Class // start the lookup after this class
	obj Value  // the instance (or class) the lookup binds to
}

// Type implements Object.
func (*Super) Type() *Class { return SuperType }

// Attr implements HasAttrs.
func (s *Super) Attr(t *Thread, name string) (Value, bool, error) {
	return s.attr(t, t.interp.intern(name))
}

// find returns the first class attribute named name after s.cls in the
// MRO, unbound.
func (s *Super) find(name *Str) (Value, bool) {
	mro, _ := s.after()
	for _, m := range mro {
		if v, ok := m.dict.getStr(name); ok {
			return v, true
		}
	}
	return None, false
}

// after returns the classes after s.cls in the MRO of s.obj (itself, if a
// class, or else its type); found is false if s.cls is not in that MRO.
func (s *Super) after() (rest []*Class, found bool) {
	var mro []*Class
	if oc, isClass := s.obj.r.(*Class); isClass {
		mro = oc.MRO
	} else {
		mro = s.obj.Type().MRO
	}
	for i, m := range mro {
		if m == s.cls {
			return mro[i+1:], true
		}
	}
	return nil, false
}

func (s *Super) attr(t *Thread, key *Str) (Value, bool, error) {
	_, isClass := s.obj.r.(*Class)
	mro, found := s.after()
	for _, m := range mro {
		v, ok := m.dict.getStr(key)
		if !ok {
			if b, isValue := baseValue(s.obj); isValue && m == s.obj.Type().valueBase {
				// super().__getitem__(k) in class C(dict).
				if d, ok := builtinDunder(b, key.s); ok {
					return d, true, nil
				}
			}
			continue
		}
		if isClass {
			switch f := v.r.(type) {
			case *ClassMethod:
				return Obj(&BoundMethod{Self: s.obj, Fn: f.Fn}), true, nil
			case *StaticMethod:
				return f.Fn, true, nil
			}
			return v, true, nil
		}
		r, err := bindAttr(t, v, s.obj, s.obj.Type())
		return r, err == nil, err
	}
	if !isClass && !found {
		return None, false, nil
	}
	// object's methods.
	if v, ok := ObjectType.dict.getStr(key); ok {
		if b, ok := v.r.(*Builtin); ok {
			return Obj(b.bind(s.obj)), true, nil
		}
		return v, true, nil
	}
	return None, false, nil
}

// newSuper implements super(cls, obj).
func newSuper(t *Thread, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return None, NewError(TypeErrorType, "super() takes no keyword arguments")
	}
	if len(args) != 2 {
		if len(args) == 0 {
			return None, NewError(RuntimeErrorType, "super(): no arguments")
		}
		return None, NewError(TypeErrorType, "super() takes 2 arguments in this interpreter")
	}
	cls, ok := args[0].r.(*Class)
	if !ok {
		return None, NewError(TypeErrorType, "super() argument 1 must be a type, not %s", args[0].TypeName())
	}
	obj := args[1]
	if oc, isClass := obj.r.(*Class); isClass {
		if !oc.IsSubclass(cls) {
			return None, NewError(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
		}
	} else if !obj.Type().IsSubclass(cls) {
		return None, NewError(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	return Obj(&Super{cls: cls, obj: obj}), nil
}

// callDunder calls the special method name on v's class with v as self.
// found is false when the class doesn't define it.
func callDunder(t *Thread, v Value, name string, args ...Value) (Value, bool, error) {
	cls, _, ok := attrTable(v)
	if !ok || t.noCalls {
		return None, false, nil
	}
	f, ok := cls.LookupString(name)
	if !ok {
		return None, false, nil
	}
	if b, ok := f.r.(*Builtin); ok && b == objectDefault(name) {
		return None, false, nil
	}
	full := make([]Value, 0, len(args)+1)
	full = append(full, v)
	full = append(full, args...)
	r, err := t.Call(f, full, nil)
	return r, true, err
}

// objectDefault returns object's own built-in implementation of a special
// method, which callDunder treats as "not defined".
func objectDefault(name string) *Builtin {
	v, ok := ObjectType.dict.getStr(NewStr(name))
	if !ok {
		return nil
	}
	b, _ := v.r.(*Builtin)
	return b
}
