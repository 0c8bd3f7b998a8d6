package lang

import (
	"strings"
)

// bindArgs binds call arguments to the parameter slots of fn, applying
// defaults and collecting *args and **kwargs, with Python's errors.
func (t *Thread) bindArgs(fn *Function, slots []Value, args []Value, kw []string) error {
	c := fn.code
	npos := len(args) - len(kw)
	name := fn.qualname // CPython names the function by its qualified name
	// Positional arguments.
	n := npos
	if n > c.NumPos {
		if !c.VarArgs {
			return tooManyPositional(fn, npos)
		}
		n = c.NumPos
	}
	copy(slots, args[:n])
	next := c.NumPos
	if c.VarArgs {
		extra := []Value{}
		if npos > c.NumPos {
			extra = append(extra, args[c.NumPos:npos]...)
		}
		slots[next] = Obj(&Tuple{items: extra})
		next++
	}
	kwStart := next
	next += c.NumKwOnly
	var kwargs *Dict
	if c.VarKw {
		kwargs = &Dict{}
		slots[next] = Obj(kwargs)
	}
	// Keyword arguments.
	for i, k := range kw {
		v := args[npos+i]
		idx := -1
		for j := c.NumPosOnly; j < c.NumPos; j++ {
			if c.paramNames[j].s == k {
				idx = j
				break
			}
		}
		if idx < 0 {
			for j := kwStart; j < kwStart+c.NumKwOnly; j++ {
				if c.paramNames[j].s == k {
					idx = j
					break
				}
			}
		}
		if idx < 0 {
			if kwargs != nil {
				kwargs.SetString(k, v)
				continue
			}
			for j := 0; j < c.NumPosOnly; j++ {
				if c.paramNames[j].s == k {
					return NewError(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, k)
				}
			}
			return NewError(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
		}
		if !isUnbound(slots[idx]) {
			return NewError(TypeErrorType, "%s() got multiple values for argument '%s'", name, k)
		}
		slots[idx] = v
	}
	// Defaults and missing arguments.
	firstDefault := c.NumPos - len(fn.defaults)
	var missing []string
	for i := 0; i < c.NumPos; i++ {
		if !isUnbound(slots[i]) {
			continue
		}
		if i >= firstDefault {
			slots[i] = fn.defaults[i-firstDefault]
			continue
		}
		missing = append(missing, c.paramNames[i].s)
	}
	if len(missing) > 0 {
		return missingArgs(name, "positional", missing)
	}
	for i := 0; i < c.NumKwOnly; i++ {
		j := kwStart + i
		if !isUnbound(slots[j]) {
			continue
		}
		if i < len(fn.kwdefaults) && !isUnbound(fn.kwdefaults[i]) {
			slots[j] = fn.kwdefaults[i]
			continue
		}
		missing = append(missing, c.paramNames[j].s)
	}
	if len(missing) > 0 {
		return missingArgs(name, "keyword-only", missing)
	}
	return nil
}

func tooManyPositional(fn *Function, given int) error {
	c := fn.code
	want := ""
	if len(fn.defaults) > 0 {
		want = "from " + itoa(c.NumPos-len(fn.defaults)) + " to " + itoa(c.NumPos)
	} else {
		want = itoa(c.NumPos)
	}
	s := "s"
	if c.NumPos == 1 && len(fn.defaults) == 0 {
		s = ""
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	return NewError(TypeErrorType, "%s() takes %s positional argument%s but %d %s given", fn.qualname, want, s, given, was)
}

func missingArgs(name, kind string, missing []string) error {
	quoted := make([]string, len(missing))
	for i, m := range missing {
		quoted[i] = "'" + m + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := "s"
	if len(missing) == 1 {
		s = ""
	}
	return NewError(TypeErrorType, "%s() missing %d required %s argument%s: %s", name, len(missing), kind, s, list)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// newInstance makes an uninitialised object of a script class.
func newInstance(cls *Class, args []Value, kw []string) Value {
	if cls.layout == layoutException {
		npos := len(args) - len(kw)
		return Obj(&Exception{cls: cls, Args: append([]Value(nil), args[:npos]...)})
	}
	return Obj(newInstanceOf(cls))
}

// newInstanceOf allocates an instance with room for the attributes
// instances of its class usually get.
func newInstanceOf(cls *Class) *Instance {
	// Up to four attributes share the instance's allocation.
	var o *Instance
	switch n := cls.sizeHint; {
	case n <= 0:
		o = &Instance{}
	case n <= 2:
		p := new(struct {
			o Instance
			a [2]entry
		})
		o = &p.o
		o.dict.entries = p.a[:0]
	case n <= 4:
		p := new(struct {
			o Instance
			a [4]entry
		})
		o = &p.o
		o.dict.entries = p.a[:0]
	default:
		o = &Instance{}
		o.dict.entries = make([]entry, 0, n)
	}
	o.cls = cls
	return o
}

// callClass implements calling a class: construction.
func (t *Thread) callClass(cls *Class, args []Value, kw []string) (Value, error) {
	if cls.new != nil {
		return cls.new(t, cls, args, kw)
	}
	if cls.layout == layoutNone {
		return None, NewError(TypeErrorType, "cannot create '%s' instances", cls.Name)
	}
	var obj Value
	if nf, ok := cls.LookupString("__new__"); ok && !isObjectBuiltin(nf) {
		if sm, ok := nf.r.(*StaticMethod); ok {
			nf = sm.Fn
		}
		full := make([]Value, len(args)+1)
		full[0] = Obj(cls)
		copy(full[1:], args)
		r, err := t.Call(nf, full, kw)
		if err != nil {
			return None, err
		}
		obj = r
		if !r.Type().IsSubclass(cls) {
			return r, nil
		}
	} else if cls.layout == layoutValue {
		var err error
		if obj, err = newValueInstance(t, cls, args, kw); err != nil {
			return None, err
		}
	} else {
		obj = newInstance(cls, args, kw)
	}
	init, ok := cls.LookupString("__init__")
	if !ok || isObjectBuiltin(init) {
		if len(args) > 0 && cls.layout == layoutObject {
			if nf, hasNew := cls.LookupString("__new__"); !hasNew || isObjectBuiltin(nf) {
				return None, NewError(TypeErrorType, "%s() takes no arguments", cls.Name)
			}
		}
		return obj, nil
	}
	full := make([]Value, len(args)+1)
	full[0] = obj
	copy(full[1:], args)
	r, err := t.Call(init, full, kw)
	if err != nil {
		return None, err
	}
	if !r.IsNone() {
		return None, NewError(TypeErrorType, "__init__() should return None, not '%s'", r.TypeName())
	}
	return obj, nil
}

// isObjectBuiltin reports whether v is one of object's own methods.
func isObjectBuiltin(v Value) bool {
	if sm, ok := v.r.(*StaticMethod); ok {
		v = sm.Fn
	}
	b, ok := v.r.(*Builtin)
	if !ok {
		return false
	}
	for _, e := range ObjectType.dict.entries {
		ev := e.val
		if sm, ok := ev.r.(*StaticMethod); ok {
			ev = sm.Fn
		}
		if ob, ok := ev.r.(*Builtin); ok && ob == b {
			return true
		}
	}
	return false
}
