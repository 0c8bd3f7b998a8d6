package lang

import "github.com/wasmling/wasmling/lang/compile"

// Generator is the iterator a generator function returns. Its frame lives
// on the heap and is resumed by each next() or send().
type Generator struct {
	frame   *frame
	name    string
	started bool
	running bool
	done    bool
}

// Type implements Object.
func (*Generator) Type() *Class { return GeneratorType }

// Next implements Iterator.
func (g *Generator) Next(t *Thread) (Value, bool, error) {
	v, done, err := g.send(t, None)
	if err != nil || done {
		return None, false, err
	}
	return v, true, nil
}

// send resumes the generator with v as the value of the paused yield. It
// returns the next yielded value, or done and the generator's return
// value.
func (g *Generator) send(t *Thread, v Value) (Value, bool, error) {
	if g.done {
		return None, true, nil
	}
	if g.running {
		return None, false, NewError(ValueErrorType, "generator already executing")
	}
	f := g.frame
	if g.started {
		f.slots[f.sp] = v
		f.sp++
	} else if !v.IsNone() {
		return None, false, NewError(TypeErrorType, "can't send non-None value to a just-started generator")
	}
	return g.resume(t)
}

func (g *Generator) resume(t *Thread) (Value, bool, error) {
	f := g.frame
	g.started = true
	g.running = true
	f.yielded = false
	if t.depth >= t.interp.maxDepth {
		g.running = false
		return None, false, NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	t.depth++
	r, err := t.run(f)
	t.depth--
	g.running = false
	if err != nil {
		g.done = true
		g.frame = nil
		if e, ok := err.(*Exception); ok && e.cls.IsSubclass(StopIterationType) {
			ne := NewError(RuntimeErrorType, "generator raised StopIteration")
			ne.Cause = e
			return None, false, ne
		}
		return None, false, err
	}
	if f.yielded {
		return r, false, nil
	}
	g.done = true
	g.frame = nil
	return r, true, nil
}

// throw raises exc at the generator's paused yield.
func (g *Generator) throw(t *Thread, exc *Exception) (Value, bool, error) {
	if g.done || !g.started {
		g.done = true
		return None, false, exc
	}
	f := g.frame
	if sub, end, ok := g.delegate(); ok {
		// Paused in "yield from sub": the exception goes to sub first.
		if exc.cls.IsSubclass(GeneratorExitType) {
			if err := sub.close(t); err != nil {
				if e, ok := AsException(err); ok {
					exc = e
				} else {
					return None, false, err
				}
			}
		} else {
			v, done, err := sub.throw(t, exc)
			switch {
			case err != nil:
				e, ok := AsException(err)
				if !ok {
					return None, false, err
				}
				exc = e
			case done:
				// The yield from expression ends with sub's return value.
				f.slots[f.sp-1] = v
				f.pc = end
				return g.resume(t)
			default:
				return v, false, nil
			}
		}
	}
	f.throw = exc
	return g.resume(t)
}

// delegate reports whether the paused generator is inside "yield from"
// over another generator; it returns that generator and the pc where the
// yield from expression ends.
func (g *Generator) delegate() (*Generator, int, bool) {
	f := g.frame
	ins := f.code.instrs
	if f.pc < 1 || f.pc >= len(ins) || ins[f.pc-1].Op != compile.YIELD || ins[f.pc].Op != compile.JUMP {
		return nil, 0, false
	}
	send := int(ins[f.pc].A)
	if send < 0 || send >= len(ins) || ins[send].Op != compile.SEND || f.sp < 1 {
		return nil, 0, false
	}
	sub, ok := f.slots[f.sp-1].r.(*Generator)
	if !ok {
		return nil, 0, false
	}
	return sub, int(ins[send].A), true
}

// Attr implements HasAttrs: send, throw, close and the iterator methods.
func (g *Generator) Attr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "send":
		return BuiltinValue("send", func(t *Thread, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return None, NewError(TypeErrorType, "send() takes exactly one argument")
			}
			return resumed(g.send(t, args[0]))
		}), true, nil
	case "throw":
		return BuiltinValue("throw", func(t *Thread, args []Value, kw []string) (Value, error) {
			if len(args) < 1 {
				return None, NewError(TypeErrorType, "throw expected at least 1 argument, got 0")
			}
			exc, err := t.makeException(args[0])
			if err != nil {
				return None, err
			}
			if len(args) > 1 {
				if c, ok := args[0].r.(*Class); ok {
					r, err := t.callClass(c, args[1:2], nil)
					if err != nil {
						return None, err
					}
					exc, _ = r.r.(*Exception)
				}
			}
			return resumed(g.throw(t, exc))
		}), true, nil
	case "close":
		return BuiltinValue("close", func(t *Thread, args []Value, kw []string) (Value, error) {
			return None, g.close(t)
		}), true, nil
	case "__next__":
		return BuiltinValue("__next__", func(t *Thread, args []Value, kw []string) (Value, error) {
			return resumed(g.send(t, None))
		}), true, nil
	case "__iter__":
		return BuiltinValue("__iter__", func(t *Thread, args []Value, kw []string) (Value, error) {
			return Obj(g), nil
		}), true, nil
	case "__name__":
		return String(g.name), true, nil
	}
	return None, false, nil
}

func (g *Generator) close(t *Thread) error {
	if g.done || !g.started {
		g.done = true
		return nil
	}
	_, done, err := g.throw(t, NewException(GeneratorExitType))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.cls.IsSubclass(GeneratorExitType) || e.cls.IsSubclass(StopIterationType)) {
			return nil
		}
		return err
	}
	if !done {
		return NewError(RuntimeErrorType, "generator ignored GeneratorExit")
	}
	return nil
}

// resumed turns the results of resuming g into those of send, throw and
// __next__: the value yielded, or StopIteration carrying the value returned.
func resumed(v Value, done bool, err error) (Value, error) {
	if err != nil {
		return None, err
	}
	if done {
		return None, stopIteration(v)
	}
	return v, nil
}

func stopIteration(v Value) *Exception {
	if v.IsNone() {
		return NewException(StopIterationType)
	}
	return NewException(StopIterationType, v)
}

// buildClass runs a class body and creates the class.
func (t *Thread) buildClass(f *frame, body *Function, name string, bases []Value, kwNames []string, kwvals []Value) (Value, error) {
	module := ""
	if modName, ok := f.globals.GetString("__name__"); ok {
		module, _ = modName.Str()
	}
	return t.newClass(name, module, bases, kwNames, kwvals, func(ns *Dict) (Value, error) {
		nf, err := t.newFrame(body, nil, nil, false)
		if err != nil {
			return None, err
		}
		nf.ns = ns
		return t.run(nf)
	})
}

// newClass creates a class: fill populates its namespace (running the
// class body, or copying type()'s dict) and returns the __class__ cell.
func (t *Thread) newClass(name, module string, bases []Value, kwNames []string, kwvals []Value, fill func(ns *Dict) (Value, error)) (Value, error) {
	// Class keywords other than metaclass go to __init_subclass__.
	var subNames []string
	var subVals []Value
	for i, k := range kwNames {
		if k == "metaclass" {
			if c, ok := kwvals[i].r.(*Class); ok && c == TypeType {
				continue
			}
			return None, NewError(TypeErrorType, "metaclasses are not supported")
		}
		subNames = append(subNames, k)
		subVals = append(subVals, kwvals[i])
	}
	cls := &Class{Name: name, ScriptName: name, QualName: name, layout: layoutObject}
	for _, b := range bases {
		bc, ok := b.r.(*Class)
		if !ok {
			return None, NewError(TypeErrorType, "bases must be types, not %s", b.TypeName())
		}
		if bc == ObjectType {
			continue
		}
		switch bc.layout {
		case layoutException:
			if cls.valueBase != nil {
				return None, NewError(TypeErrorType, "multiple bases have instance lay-out conflict")
			}
			cls.layout = layoutException
		case layoutNone, layoutValue:
			vb := bc
			if bc.layout == layoutValue {
				vb = bc.valueBase
			} else if !subclassable(bc) {
				return None, NewError(TypeErrorType, "type '%s' is not an acceptable base type", bc.Name)
			}
			if cls.layout == layoutException || (cls.valueBase != nil && cls.valueBase != vb) {
				return None, NewError(TypeErrorType, "multiple bases have instance lay-out conflict")
			}
			cls.layout, cls.valueBase = layoutValue, vb
		}
		cls.Bases = append(cls.Bases, bc)
	}
	if err := cls.computeMRO(); err != nil {
		return None, err
	}
	cls.Module = module
	ns := &Dict{}
	ns.SetStr(t.interp.intern("__module__"), String(cls.Module))
	cell, err := fill(ns)
	if err != nil {
		return None, err
	}
	if m, ok := ns.GetString("__module__"); ok {
		cls.Module, _ = m.Str()
	}
	cls.dict = ns.ht
	if q, ok := ns.GetString("__qualname__"); ok {
		cls.QualName, _ = q.Str()
	}
	if d, ok := ns.GetString("__doc__"); ok {
		cls.Doc, _ = d.Str()
	}
	// Implicit wrappers, as Python applies them.
	if v, ok := ns.GetString("__new__"); ok {
		if _, isFn := v.r.(*Function); isFn {
			cls.dict.setStr(t.interp.intern("__new__"), Obj(&StaticMethod{Fn: v}))
		}
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if v, ok := ns.GetString(n); ok {
			if _, isFn := v.r.(*Function); isFn {
				cls.dict.setStr(t.interp.intern(n), Obj(&ClassMethod{Fn: v}))
			}
		}
	}
	if _, hasEq := ns.GetString("__eq__"); hasEq {
		if _, hasHash := ns.GetString("__hash__"); !hasHash {
			cls.dict.setStr(t.interp.intern("__hash__"), None)
		}
	}
	cls.updateHooks()
	if c, ok := cell.r.(*Cell); ok {
		c.v = Obj(cls)
	}
	// __set_name__ of the descriptors in the namespace.
	for _, e := range append([]entry(nil), cls.dict.entries...) {
		if inst, ok := e.val.r.(*Instance); ok && !e.deleted() {
			if sn, ok := inst.cls.LookupString("__set_name__"); ok {
				if _, err := t.Call(sn, []Value{e.val, Obj(cls), e.key}, nil); err != nil {
					return None, err
				}
			}
		}
	}
	// __init_subclass__ of the nearest base that defines it.
	called := false
	if len(cls.MRO) > 1 {
		for _, m := range cls.MRO[1:] {
			if v, ok := m.dict.getStr(t.interp.intern("__init_subclass__")); ok {
				if cm, ok := v.r.(*ClassMethod); ok {
					args := append([]Value{Obj(cls)}, subVals...)
					if _, err := t.Call(cm.Fn, args, subNames); err != nil {
						return None, err
					}
					called = true
				}
				break
			}
		}
	}
	if !called && len(subNames) > 0 {
		return None, NewError(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", name)
	}
	return Obj(cls), nil
}
