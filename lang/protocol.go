package lang

// Iterate returns an iterator over v.
func Iterate(t *Thread, v Value) (Iterator, error) {
	switch x := v.r.(type) {
	case *List:
		return &listIter{l: x}, nil
	case *Tuple:
		return &sliceIter{items: x.items}, nil
	case *Range:
		return &rangeIter{next: x.start, step: x.step, left: x.n}, nil
	case *Str:
		return &strIter{s: x.s}, nil
	case *Instance:
		if r, found, err := callDunder(t, v, "__iter__"); found || err != nil {
			if err != nil {
				return nil, err
			}
			if it, ok := r.r.(Iterator); ok {
				return it, nil
			}
			if _, ok := r.r.(*Instance); ok {
				if _, ok := r.Type().LookupString("__next__"); ok {
					return &instIter{obj: r}, nil
				}
			}
			return nil, NewError(TypeErrorType, "iter() returned non-iterator of type '%s'", r.TypeName())
		}
		if b, ok := baseValue(v); ok {
			return Iterate(t, b)
		}
		if _, ok := x.cls.LookupString("__getitem__"); ok {
			return &getitemIter{obj: v}, nil
		}
	case Iterable:
		return x.Iter(t)
	case Iterator:
		return x, nil
	case *Class:
		if r, found, err := classHook(t, x, "__class_iter__"); found || err != nil {
			if err != nil {
				return nil, err
			}
			return Iterate(t, r)
		}
	}
	return nil, NewError(TypeErrorType, "'%s' object is not iterable", v.TypeName())
}

// ToSlice collects the values of an iterable. The result may share
// storage with a list or tuple and must not be modified.
func ToSlice(t *Thread, v Value) ([]Value, error) {
	switch x := v.r.(type) {
	case *List:
		return x.items, nil
	case *Tuple:
		return x.items, nil
	}
	it, err := Iterate(t, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	if l, ok := v.r.(Lener); ok {
		out = make([]Value, 0, l.Len())
	} else if n := lenHint(it); n > 0 {
		out = make([]Value, 0, n)
	}
	for {
		x, ok, err := it.Next(t)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
		if len(out)&1023 == 0 {
			if err := t.checkSlots(len(out)); err != nil {
				return nil, err
			}
			if err := t.tick(); err != nil {
				return nil, err
			}
		}
	}
}

type strIter struct {
	s string
	i int
}

func (it *strIter) Type() *Class {
	for i := 0; i < len(it.s); i++ {
		if it.s[i] >= 0x80 {
			return strIterType
		}
	}
	return strASCIIIterType
}

func (it *strIter) Next(t *Thread) (Value, bool, error) {
	if it.i >= len(it.s) {
		return None, false, nil
	}
	c := it.s[it.i]
	if c < 0x80 {
		it.i++
		return t.interp.char(c), true, nil
	}
	r, n := decodeRune(it.s[it.i:])
	it.i += n
	return String(string(r)), true, nil
}

// instIter adapts an instance with __next__.
type instIter struct{ obj Value }

func (*instIter) Type() *Class { return IteratorType }

func (it *instIter) Next(t *Thread) (Value, bool, error) {
	r, _, err := callDunder(t, it.obj, "__next__")
	if err != nil {
		if e, ok := err.(*Exception); ok && e.cls.IsSubclass(StopIterationType) {
			return None, false, nil
		}
		return None, false, err
	}
	return r, true, nil
}

// getitemIter iterates an instance through __getitem__(0), (1), ...
type getitemIter struct {
	obj Value
	i   int64
}

func (*getitemIter) Type() *Class { return IteratorType }

func (it *getitemIter) Next(t *Thread) (Value, bool, error) {
	r, _, err := callDunder(t, it.obj, "__getitem__", Int(it.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.cls.IsSubclass(IndexErrorType) || e.cls.IsSubclass(StopIterationType)) {
			return None, false, nil
		}
		return None, false, err
	}
	it.i++
	return r, true, nil
}

// GetItem evaluates x[k].
func GetItem(t *Thread, x, k Value) (Value, error) {
	switch c := x.r.(type) {
	case *List:
		return c.GetItem(t, k)
	case *Dict:
		if ks, ok := k.r.(*Str); ok {
			// A str key found: no hashing, equality or error paths.
			if i := c.ht.lookupStr(ks); i >= 0 {
				return c.ht.entries[i].val, nil
			}
		}
		return c.GetItem(t, k)
	case *Str:
		return strGetItem(t, c, k)
	case *Instance:
		r, found, err := callDunder(t, x, "__getitem__", k)
		if found || err != nil {
			return r, err
		}
		if b, ok := baseValue(x); ok {
			r, err := GetItem(t, b, k)
			if e, isExc := err.(*Exception); isExc && e.cls == KeyErrorType {
				// dict subclasses may supply missing keys.
				if _, isDict := b.r.(*Dict); isDict {
					if r, found, err2 := callDunder(t, x, "__missing__", k); found || err2 != nil {
						return r, err2
					}
				}
			}
			return r, err
		}
	case *Class:
		if c == TypeType || c.builtin {
			// list[int] and friends: generic aliases are accepted and ignored.
			return x, nil
		}
		if r, found, err := classGetItem(t, c, k); found || err != nil {
			return r, err
		}
	case Indexable:
		return c.GetItem(t, k)
	}
	return None, NewError(TypeErrorType, "'%s' object is not subscriptable", x.TypeName())
}

func classGetItem(t *Thread, c *Class, k Value) (Value, bool, error) {
	f, ok := c.LookupString("__class_getitem__")
	if !ok {
		return None, false, nil
	}
	if cm, ok := f.r.(*ClassMethod); ok {
		f = cm.Fn
	}
	r, err := t.Call(f, []Value{Obj(c), k}, nil)
	return r, true, err
}

// SetItem evaluates x[k] = v.
func SetItem(t *Thread, x, k, v Value) error {
	switch c := x.r.(type) {
	case *List:
		return c.SetItem(t, k, v)
	case *Dict:
		return c.ht.set(t, k, v)
	case *Instance:
		_, found, err := callDunder(t, x, "__setitem__", k, v)
		if found || err != nil {
			return err
		}
		if b, ok := baseValue(x); ok {
			return SetItem(t, b, k, v)
		}
	case ItemSetter:
		return c.SetItem(t, k, v)
	}
	return NewError(TypeErrorType, "'%s' object does not support item assignment", x.TypeName())
}

// DelItem evaluates del x[k].
func DelItem(t *Thread, x, k Value) error {
	switch c := x.r.(type) {
	case *Instance:
		_, found, err := callDunder(t, x, "__delitem__", k)
		if found || err != nil {
			return err
		}
		if b, ok := baseValue(x); ok {
			return DelItem(t, b, k)
		}
	case ItemSetter:
		return c.DelItem(t, k)
	}
	return NewError(TypeErrorType, "'%s' object doesn't support item deletion", x.TypeName())
}

// Contains evaluates x in c.
func Contains(t *Thread, c, x Value) (bool, error) {
	switch y := c.r.(type) {
	case *Str:
		s, ok := x.Str()
		if !ok {
			return false, NewError(TypeErrorType, "'in <string>' requires string as left operand, not %s", x.TypeName())
		}
		return containsStr(y.s, s), nil
	case *Dict:
		return y.Contains(t, x)
	case *Set:
		return y.Contains(t, x)
	case *List:
		return y.Contains(t, x)
	case *Instance:
		r, found, err := callDunder(t, c, "__contains__", x)
		if err != nil {
			return false, err
		}
		if found {
			return Truth(t, r)
		}
		if b, ok := baseValue(c); ok {
			return Contains(t, b, x)
		}
	case Container:
		return y.Contains(t, x)
	}
	// Fall back to iteration.
	it, err := Iterate(t, c)
	if err != nil {
		return false, NewError(TypeErrorType, "argument of type '%s' is not iterable", c.TypeName())
	}
	for {
		v, ok, err := it.Next(t)
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(t, v, x)
		if err != nil || eq {
			return eq, err
		}
	}
}

// GetAttr evaluates v.name; ok is false if there is no such attribute.
func GetAttr(t *Thread, v Value, name string) (Value, bool, error) {
	return getAttr(t, v, t.interp.intern(name))
}

func getAttr(t *Thread, v Value, name *Str) (Value, bool, error) {
	switch x := v.r.(type) {
	case *Instance:
		return instanceAttr(t, v, x.cls, &x.dict, name)
	case *Exception:
		return instanceAttr(t, v, x.cls, &x.dict, name)
	case *Class:
		return classAttr(t, x, name)
	case *Module:
		return x.Attr(t, name.s)
	case *Dict:
		if m, ok := DictType.dict.getStr(name); ok {
			return Obj(m.r.(*Builtin).bind(v)), true, nil
		}
		// Scriptling: d.key reads d["key"].
		if r, ok := x.ht.getStr(name); ok {
			return r, true, nil
		}
		if name.s == "type" {
			return typeMethod(v), true, nil
		}
		if m, ok := builtinDunder(v, name.s); ok {
			return m, true, nil
		}
		return None, false, nil
	}
	if h, ok := v.r.(HasAttrs); ok {
		if r, found, err := h.Attr(t, name.s); found || err != nil {
			return r, found, err
		}
	}
	if v.r != nil {
		if m, ok := v.Type().Lookup(name); ok {
			if isObjectBuiltin(m) {
				// (1.5).__format__ is float's, not object's.
				if d, ok := builtinDunder(v, name.s); ok {
					return d, true, nil
				}
			}
			switch b := m.r.(type) {
			case *Builtin:
				return Obj(b.bind(v)), true, nil
			case *StaticMethod:
				return b.Fn, true, nil
			case *Property:
				r, err := t.Call(b.Get, []Value{v}, nil)
				return r, err == nil, err
			}
			return m, true, nil
		}
	}
	switch name.s {
	case "__class__":
		return Obj(v.Type()), true, nil
	case "type":
		return typeMethod(v), true, nil
	}
	if v.Type().builtin {
		if m, ok := builtinDunder(v, name.s); ok {
			return m, true, nil
		}
	}
	return None, false, nil
}

// typeMethod is Scriptling's x.type(), the same as type(x), available on
// values of the built-in types.
func typeMethod(v Value) Value {
	return Obj(&Builtin{name: "type", fn: func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ArgCount("type", args, kw, 0, 0); err != nil {
			return None, err
		}
		return Obj(v.Type()), nil
	}})
}

// attrError builds the AttributeError for a missing attribute.
func attrError(v Value, name string) error {
	switch x := v.r.(type) {
	case *Module:
		return NewError(AttributeErrorType, "module '%s' has no attribute '%s'", x.Name, name)
	case *Class:
		return NewError(AttributeErrorType, "type object '%s' has no attribute '%s'", x.Name, name)
	}
	return NewError(AttributeErrorType, "'%s' object has no attribute '%s'", v.TypeName(), name)
}

// SetAttr evaluates v.name = x.
func SetAttr(t *Thread, v Value, name string, x Value) error {
	return setAttr(t, v, t.interp.intern(name), x)
}

func setAttr(t *Thread, v Value, name *Str, x Value) error {
	switch o := v.r.(type) {
	case *Instance:
		return setInstanceAttr(t, v, o.cls, &o.dict, name, x)
	case *Exception:
		switch name.s {
		case "__cause__":
			c, _ := x.r.(*Exception)
			o.Cause = c
			o.SuppressContext = true
			return nil
		case "__context__":
			c, _ := x.r.(*Exception)
			o.Context = c
			return nil
		case "args":
			items, err := ToSlice(t, x)
			if err != nil {
				return err
			}
			o.Args = append([]Value(nil), items...)
			return nil
		}
		return setInstanceAttr(t, v, o.cls, &o.dict, name, x)
	case *Class:
		return o.setAttr(t, name, x)
	case SetAttrs:
		return o.SetAttr(t, name.s, x)
	}
	if m, ok := v.Type().Lookup(name); ok && isProperty(m) {
		return NewError(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", name.s, v.TypeName())
	}
	if _, ok, _ := getAttr(t, v, name); ok {
		return NewError(AttributeErrorType, "'%s' object attribute '%s' is read-only", v.TypeName(), name.s)
	}
	return NewError(AttributeErrorType, "'%s' object has no attribute '%s'", v.TypeName(), name.s)
}

// DelAttr evaluates del v.name.
func DelAttr(t *Thread, v Value, name string) error {
	key := t.interp.intern(name)
	switch o := v.r.(type) {
	case *Instance:
		return delInstanceAttr(t, v, o.cls, &o.dict, key)
	case *Exception:
		return delInstanceAttr(t, v, o.cls, &o.dict, key)
	case *Class:
		if o.builtin {
			return NewError(TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name, o.Name)
		}
		if _, ok, _ := o.dict.del(t, Obj(key)); !ok {
			return attrError(v, name)
		}
		o.updateHooks()
		t.interp.classEpoch++
		return nil
	case SetAttrs:
		return o.DelAttr(t, name)
	}
	if m, ok := v.Type().Lookup(key); ok && isProperty(m) {
		return NewError(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", name, v.TypeName())
	}
	return attrError(v, name)
}

// lengthHinter is an iterator that knows (an upper bound of) how many
// values it has left, so collecting it can allocate once.
type lengthHinter interface {
	lenHint() int
}

func lenHint(it Iterator) int {
	if h, ok := it.(lengthHinter); ok {
		n := h.lenHint()
		if n > 1<<24 {
			n = 1 << 24
		}
		return n
	}
	return 0
}

func (it *listIter) lenHint() int {
	if n := len(it.l.items) - it.i; n > 0 {
		return n
	}
	return 0
}
func (it *sliceIter) lenHint() int    { return len(it.items) - it.i }
func (it *rangeIter) lenHint() int    { return int(it.left) }
func (it *strIter) lenHint() int      { return len(it.s) - it.i }
func (it *bytesIter) lenHint() int    { return len(it.b) - it.i }
func (e *enumerateIter) lenHint() int { return lenHint(e.it) }
func (f *filterIter) lenHint() int    { return lenHint(f.it) }
func (m *mapIter) lenHint() int       { return shortestHint(m.its) }
func (z *zipIter) lenHint() int       { return shortestHint(z.its) }

// shortestHint is the smallest length hint of its, which run in step.
func shortestHint(its []Iterator) int {
	n := -1
	for _, it := range its {
		if h := lenHint(it); n < 0 || h < n {
			n = h
		}
	}
	return max(n, 0)
}
