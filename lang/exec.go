package lang

import (
	"github.com/wasmling/wasmling/lang/compile"
)

// exec runs the less frequent instructions, outside the main loop's
// switch. It returns the new stack pointer and program counter.
func (t *Thread) exec(f *frame, in compile.Instr, slots []Value, sp, pc int) (int, int, error) {
	c := f.code
	switch in.Op {
	case compile.BUILD_LIST:
		n := int(in.A)
		items := make([]Value, n)
		copy(items, slots[sp-n:sp])
		sp -= n
		slots[sp] = Obj(&List{items: items})
		return sp + 1, pc, nil

	case compile.BUILD_TUPLE:
		n := int(in.A)
		sp -= n
		slots[sp] = Obj(tupleOf(slots[sp : sp+n]))
		return sp + 1, pc, nil

	case compile.BUILD_SET:
		n := int(in.A)
		s := &Set{}
		for _, v := range slots[sp-n : sp] {
			if err := s.Add(t, v); err != nil {
				return sp, pc, err
			}
		}
		sp -= n
		slots[sp] = Obj(s)
		return sp + 1, pc, nil

	case compile.BUILD_DICT:
		n := int(in.A)
		d := &Dict{}
		base := sp - 2*n
		for i := 0; i < n; i++ {
			if err := d.ht.set(t, slots[base+2*i], slots[base+2*i+1]); err != nil {
				return sp, pc, err
			}
		}
		sp = base
		slots[sp] = Obj(d)
		return sp + 1, pc, nil

	case compile.BUILD_STRING:
		n := int(in.A)
		size := 0
		for _, v := range slots[sp-n : sp] {
			s, _ := v.r.(*Str)
			size += len(s.s)
		}
		str, buf := newStrBuf(size)
		at := 0
		for _, v := range slots[sp-n : sp] {
			at += copy(buf[at:], v.r.(*Str).s)
		}
		sp -= n
		slots[sp] = Value{r: str}
		return sp + 1, pc, nil

	case compile.BUILD_SLICE:
		var s *Slice
		if in.A == 3 {
			s = &Slice{Start: slots[sp-3], Stop: slots[sp-2], Step: slots[sp-1]}
			sp -= 3
		} else {
			s = &Slice{Start: slots[sp-2], Stop: slots[sp-1]}
			sp -= 2
		}
		slots[sp] = Obj(s)
		return sp + 1, pc, nil

	case compile.LIST_APPEND:
		v := slots[sp-1]
		sp--
		l := slots[sp-int(in.A)].r.(*List)
		l.items = append(l.items, v)
		if len(l.items)&4095 == 0 {
			if err := t.checkSlots(len(l.items)); err != nil {
				return sp, pc, err
			}
		}
		return sp, pc, nil

	case compile.SET_ADD:
		v := slots[sp-1]
		sp--
		return sp, pc, slots[sp-int(in.A)].r.(*Set).Add(t, v)

	case compile.MAP_ADD:
		k, v := slots[sp-2], slots[sp-1]
		sp -= 2
		return sp, pc, slots[sp-int(in.A)].r.(*Dict).ht.set(t, k, v)

	case compile.LIST_EXTEND:
		v := slots[sp-1]
		sp--
		items, err := ToSlice(t, v)
		if err != nil {
			return sp, pc, NewError(TypeErrorType, "Value after * must be an iterable, not %s", v.TypeName())
		}
		l := slots[sp-int(in.A)].r.(*List)
		l.items = append(l.items, items...)
		return sp, pc, nil

	case compile.SET_UPDATE:
		v := slots[sp-1]
		sp--
		items, err := ToSlice(t, v)
		if err != nil {
			return sp, pc, err
		}
		s := slots[sp-int(in.A)].r.(*Set)
		for _, it := range items {
			if err := s.Add(t, it); err != nil {
				return sp, pc, err
			}
		}
		return sp, pc, nil

	case compile.DICT_UPDATE:
		v := slots[sp-1]
		sp--
		d := slots[sp-int(in.A)].r.(*Dict)
		if _, ok := v.r.(*Dict); !ok {
			if _, ok := v.r.(*Instance); !ok {
				return sp, pc, NewError(TypeErrorType, "'%s' object is not a mapping", v.TypeName())
			}
		}
		return sp, pc, dictUpdate(t, d, v)

	case compile.DICT_MERGE:
		v := slots[sp-1]
		sp--
		d := slots[sp-int(in.A)].r.(*Dict)
		// The callee sits below the argument tuple and this dict.
		callee := slots[sp-int(in.A)-2]
		src, ok := v.r.(*Dict)
		if !ok {
			nd := &Dict{}
			if err := dictUpdate(t, nd, v); err != nil {
				return sp, pc, NewError(TypeErrorType, "%s() argument after ** must be a mapping, not %s", calleeName(callee), v.TypeName())
			}
			src = nd
		}
		var err error
		src.Range(func(k, val Value) bool {
			ks, isStr := k.Str()
			if !isStr {
				err = NewError(TypeErrorType, "keywords must be strings")
				return false
			}
			if _, dup, _ := d.ht.get(t, k); dup {
				err = NewError(TypeErrorType, "%s() got multiple values for keyword argument '%s'", calleeName(callee), ks)
				return false
			}
			err = d.ht.set(t, k, val)
			return err == nil
		})
		return sp, pc, err

	case compile.LIST_TO_TUPLE:
		l := slots[sp-1].r.(*List)
		slots[sp-1] = Obj(&Tuple{items: l.items})
		return sp, pc, nil

	case compile.FORMAT:
		spec := ""
		if in.C == 1 {
			spec = slots[sp-1].r.(*Str).s
			sp--
		}
		v := slots[sp-1]
		s, err := formatField(t, v, in.B, spec)
		if err != nil {
			return sp, pc, err
		}
		slots[sp-1] = String(s)
		return sp, pc, nil

	case compile.DELETE_SUBSCR:
		x, k := slots[sp-2], slots[sp-1]
		sp -= 2
		return sp, pc, DelItem(t, x, k)

	case compile.UNPACK_SEQUENCE:
		n := int(in.A)
		v := slots[sp-1]
		items, err := unpackItems(t, v, n, -1)
		if err != nil {
			return sp, pc, err
		}
		sp--
		for i := n - 1; i >= 0; i-- {
			slots[sp] = items[i]
			sp++
		}
		return sp, pc, nil

	case compile.UNPACK_EX:
		before, after := int(in.A), int(in.C)
		v := slots[sp-1]
		items, err := unpackItems(t, v, before+after, before)
		if err != nil {
			return sp, pc, err
		}
		sp--
		mid := ListValue(append([]Value{}, items[before:len(items)-after]...))
		for i := after - 1; i >= 0; i-- {
			slots[sp] = items[len(items)-after+i]
			sp++
		}
		slots[sp] = mid
		sp++
		for i := before - 1; i >= 0; i-- {
			slots[sp] = items[i]
			sp++
		}
		return sp, pc, nil

	case compile.MAKE_FUNCTION:
		code := slots[sp-1].r.(*code)
		sp--
		fn := &Function{code: code, name: code.Name, qualname: code.QualName, globals: f.globals}
		if code.Doc != "" {
			fn.doc = String(code.Doc)
		}
		if in.B&4 != 0 {
			cells := slots[sp-1].r.(*Tuple).items
			sp--
			fn.closure = make([]*Cell, len(cells))
			for i, cv := range cells {
				fn.closure[i] = cv.r.(*Cell)
			}
		}
		if in.B&2 != 0 {
			kwd := slots[sp-1].r.(*Dict)
			sp--
			kwStart := code.NumPos
			if code.VarArgs {
				kwStart++
			}
			fn.kwdefaults = make([]Value, code.NumKwOnly)
			for i := range fn.kwdefaults {
				fn.kwdefaults[i] = unbound
				if v, ok := kwd.ht.getStr(code.paramNames[kwStart+i]); ok {
					fn.kwdefaults[i] = v
				}
			}
		}
		if in.B&1 != 0 {
			fn.defaults = slots[sp-1].r.(*Tuple).items
			sp--
		}
		slots[sp] = Obj(fn)
		return sp + 1, pc, nil

	case compile.BUILD_CLASS:
		var kwNames []string
		if in.C > 0 {
			kwNames = c.Consts[in.C-1].([]string)
		}
		nb, nk := int(in.A), len(kwNames)
		base := sp - (2 + nb + nk)
		body := slots[base].r.(*Function)
		name := slots[base+1].r.(*Str).s
		bases := append([]Value(nil), slots[base+2:base+2+nb]...)
		kwvals := slots[base+2+nb : sp]
		cls, err := t.buildClass(f, body, name, bases, kwNames, kwvals)
		if err != nil {
			return sp, pc, err
		}
		sp = base
		slots[sp] = cls
		return sp + 1, pc, nil

	case compile.GET_YIELD_FROM_ITER:
		v := slots[sp-1]
		if _, ok := v.r.(*Generator); ok {
			return sp, pc, nil
		}
		it, err := Iterate(t, v)
		if err != nil {
			return sp, pc, err
		}
		slots[sp-1] = Obj(it)
		return sp, pc, nil

	case compile.SEND:
		it, v := slots[sp-2], slots[sp-1]
		if g, ok := it.r.(*Generator); ok {
			r, done, err := g.send(t, v)
			if err != nil {
				return sp, pc, err
			}
			if done {
				sp -= 2
				slots[sp] = r
				return sp + 1, int(in.A), nil
			}
			slots[sp-1] = r
			return sp, pc, nil
		}
		if !v.IsNone() {
			return sp, pc, NewError(TypeErrorType, "can't send non-None value to a non-generator iterator")
		}
		r, ok, err := it.r.(Iterator).Next(t)
		if err != nil {
			return sp, pc, err
		}
		if !ok {
			sp -= 2
			slots[sp] = None
			return sp + 1, int(in.A), nil
		}
		slots[sp-1] = r
		return sp, pc, nil

	case compile.RAISE:
		return sp, pc, t.raise(slots, sp, int(in.A))

	case compile.SETUP_FINALLY:
		f.blocks = append(f.blocks, block{handler: in.A, depth: int32(sp - int(in.C))})
		return sp, pc, nil

	case compile.POP_BLOCK:
		f.blocks = f.blocks[:len(f.blocks)-1]
		return sp, pc, nil

	case compile.PUSH_EXC_INFO:
		exc := slots[sp-1]
		prev := None
		if t.handling != nil {
			prev = Obj(t.handling)
		}
		slots[sp-1] = prev
		slots[sp] = exc
		t.handling, _ = exc.r.(*Exception)
		return sp + 1, pc, nil

	case compile.POP_EXCEPT:
		prev := slots[sp-1]
		t.handling, _ = prev.r.(*Exception)
		return sp - 1, pc, nil

	case compile.CHECK_EXC_MATCH:
		exc := slots[sp-2].r.(*Exception)
		ok, err := excMatches(t, exc, slots[sp-1])
		if err != nil {
			return sp, pc, err
		}
		slots[sp-1] = Bool(ok)
		return sp, pc, nil

	case compile.RERAISE:
		exc := slots[sp-1].r.(*Exception)
		return sp - 1, pc, exc

	case compile.BEFORE_WITH:
		mgr := slots[sp-1]
		exit, res, err := t.enterContext(mgr)
		if err != nil {
			return sp, pc, err
		}
		slots[sp-1] = exit
		slots[sp] = res
		return sp + 1, pc, nil

	case compile.WITH_EXIT:
		exit := slots[sp-1]
		sp--
		_, err := t.Call(exit, []Value{None, None, None}, nil)
		return sp, pc, err

	case compile.WITH_EXCEPT_START:
		exit := slots[sp-3]
		exc := slots[sp-1]
		e := exc.r.(*Exception)
		r, err := t.Call(exit, []Value{Obj(e.cls), exc, None}, nil)
		if err != nil {
			return sp, pc, err
		}
		slots[sp] = r
		return sp + 1, pc, nil

	case compile.IMPORT_NAME:
		m, err := t.interp.importName(t, f, c.names[in.A].s, int(in.B), in.C == 1)
		if err != nil {
			return sp, pc, err
		}
		slots[sp] = m
		return sp + 1, pc, nil

	case compile.IMPORT_FROM:
		v, err := t.interp.importFrom(t, slots[sp-1], c.names[in.A].s)
		if err != nil {
			return sp, pc, err
		}
		slots[sp] = v
		return sp + 1, pc, nil

	case compile.MATCH_CLASS:
		r, err := matchClass(t, slots[sp-3], slots[sp-2], slots[sp-1].r.(*kwNames).names, int(in.A))
		if err != nil {
			return sp, pc, err
		}
		sp -= 2
		slots[sp-1] = r
		return sp, pc, nil

	case compile.MATCH_MAPPING:
		_, ok := slots[sp-1].r.(*Dict)
		slots[sp] = Bool(ok)
		return sp + 1, pc, nil

	case compile.MATCH_SEQUENCE:
		switch slots[sp-1].r.(type) {
		case *List, *Tuple, *Range:
			slots[sp] = True
		default:
			slots[sp] = False
		}
		return sp + 1, pc, nil

	case compile.MATCH_KEYS:
		d := slots[sp-2].r.(*Dict)
		keys := slots[sp-1].r.(*Tuple).items
		vals := make([]Value, len(keys))
		for i, k := range keys {
			v, ok, err := d.ht.get(t, k)
			if err != nil {
				return sp, pc, err
			}
			if !ok {
				slots[sp] = None
				return sp + 1, pc, nil
			}
			vals[i] = v
		}
		slots[sp] = Obj(&Tuple{items: vals})
		return sp + 1, pc, nil

	case compile.GET_LEN:
		n, err := Len(t, slots[sp-1])
		if err != nil {
			return sp, pc, err
		}
		slots[sp] = Int(int64(n))
		return sp + 1, pc, nil

	case compile.COPY_DICT_WITHOUT_KEYS:
		d := slots[sp-2].r.(*Dict).Copy()
		for _, k := range slots[sp-1].r.(*Tuple).items {
			if _, _, err := d.ht.del(t, k); err != nil {
				return sp, pc, err
			}
		}
		slots[sp] = Obj(d)
		return sp + 1, pc, nil

	case compile.ASSERT_FAIL:
		if in.B == 1 {
			msg := slots[sp-1]
			return sp - 1, pc, &Exception{cls: AssertionErrorType, Args: []Value{msg}}
		}
		return sp, pc, &Exception{cls: AssertionErrorType}
	}
	return sp, pc, NewError(SystemErrorType, "unknown opcode %s", in.Op)
}

// unpackItems gets exactly n items from v (at least n when star >= 0).
func unpackItems(t *Thread, v Value, n, star int) ([]Value, error) {
	items, err := ToSlice(t, v)
	if err != nil {
		return nil, NewError(TypeErrorType, "cannot unpack non-iterable %s object", v.TypeName())
	}
	if star < 0 {
		if len(items) != n {
			if len(items) > n {
				return nil, NewError(ValueErrorType, "too many values to unpack (expected %d)", n)
			}
			return nil, NewError(ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, len(items))
		}
		return items, nil
	}
	if len(items) < n {
		return nil, NewError(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", n, len(items))
	}
	return items, nil
}

// raise implements the RAISE instruction.
func (t *Thread) raise(slots []Value, sp, n int) error {
	if n == 0 {
		if t.handling == nil {
			return NewError(RuntimeErrorType, "No active exception to reraise")
		}
		return t.handling
	}
	exc, err := t.makeException(slots[sp-n])
	if err != nil {
		return err
	}
	if n == 2 {
		cause := slots[sp-1]
		if cause.IsNone() {
			exc.Cause = nil
		} else {
			ce, err := t.makeException(cause)
			if err != nil {
				return NewError(TypeErrorType, "exception causes must derive from BaseException")
			}
			exc.Cause = ce
		}
		exc.SuppressContext = true
	}
	return exc
}

// makeException turns the operand of raise into an exception object.
func (t *Thread) makeException(v Value) (*Exception, error) {
	switch x := v.r.(type) {
	case *Exception:
		return x, nil
	case *Class:
		if x.IsSubclass(BaseExceptionType) {
			r, err := t.callClass(x, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.r.(*Exception); ok {
				return e, nil
			}
		}
	case *Str:
		// Scriptling: raise "message" raises Exception(message).
		return &Exception{cls: ExceptionType, Args: []Value{v}}, nil
	}
	return nil, NewError(TypeErrorType, "exceptions must derive from BaseException")
}

// excMatches implements except T: a class, a tuple of classes, or (as in
// Scriptling) a type-name string.
func excMatches(t *Thread, exc *Exception, typ Value) (bool, error) {
	switch x := typ.r.(type) {
	case *Class:
		if !x.IsSubclass(BaseExceptionType) {
			return false, NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		return exc.cls.IsSubclass(x), nil
	case *Tuple:
		for _, it := range x.items {
			ok, err := excMatches(t, exc, it)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *Str:
		for _, m := range exc.cls.MRO {
			if m.Name == x.s {
				return true, nil
			}
		}
		return false, nil
	}
	return false, NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
}

// enterContext calls mgr.__enter__ and returns mgr's bound __exit__.
func (t *Thread) enterContext(mgr Value) (exit, result Value, err error) {
	if cm, ok := mgr.r.(ContextManager); ok {
		res, err := cm.Enter(t)
		if err != nil {
			return None, None, err
		}
		exit := BuiltinValue("__exit__", func(t *Thread, args []Value, kw []string) (Value, error) {
			var exc *Exception
			if len(args) >= 2 {
				exc, _ = args[1].r.(*Exception)
			}
			suppress, err := cm.Exit(t, exc)
			return Bool(suppress), err
		})
		return exit, res, nil
	}
	enter, ok, err := getAttr(t, mgr, t.interp.intern("__enter__"))
	if err != nil {
		return None, None, err
	}
	exitv, ok2, err := getAttr(t, mgr, t.interp.intern("__exit__"))
	if err != nil {
		return None, None, err
	}
	if !ok || !ok2 {
		return None, None, NewError(TypeErrorType, "'%s' object does not support the context manager protocol", mgr.TypeName())
	}
	res, err := t.Call(enter, nil, nil)
	if err != nil {
		return None, None, err
	}
	return exitv, res, nil
}

// ContextManager is a Go object usable in a with statement.
type ContextManager interface {
	Object
	Enter(t *Thread) (Value, error)
	// Exit is called with the exception raised in the block (nil if none)
	// and returns true to suppress it.
	Exit(t *Thread, exc *Exception) (bool, error)
}

// matchClass implements a class pattern: isinstance, then the positional
// and keyword attributes. It returns a tuple of them, or None.
func matchClass(t *Thread, subject, cls Value, kw []string, npos int) (Value, error) {
	c, ok := cls.r.(*Class)
	if !ok {
		return None, NewError(TypeErrorType, "called match pattern must be a class")
	}
	ok, err := isInstance(t, subject, cls)
	if err != nil || !ok {
		return None, err
	}
	vals := make([]Value, 0, npos+len(kw))
	if npos > 0 {
		if c.builtin && c.layout == layoutNone {
			if npos > 1 {
				return None, NewError(TypeErrorType, "%s() accepts 1 positional sub-pattern (%d given)", c.Name, npos)
			}
			vals = append(vals, subject)
		} else {
			ma, ok := c.LookupString("__match_args__")
			if !ok {
				return None, NewError(TypeErrorType, "%s() accepts 0 positional sub-patterns (%d given)", c.Name, npos)
			}
			names, err := ToSlice(t, ma)
			if err != nil {
				return None, err
			}
			if npos > len(names) {
				return None, NewError(TypeErrorType, "%s() accepts %d positional sub-patterns (%d given)", c.Name, len(names), npos)
			}
			for _, n := range names[:npos] {
				s, _ := n.Str()
				v, ok, err := GetAttr(t, subject, s)
				if err != nil || !ok {
					return None, err
				}
				vals = append(vals, v)
			}
		}
	}
	for _, k := range kw {
		v, ok, err := GetAttr(t, subject, k)
		if err != nil || !ok {
			return None, err
		}
		vals = append(vals, v)
	}
	return Obj(&Tuple{items: vals}), nil
}

// calleeName names a callable in call errors as CPython does: script
// functions and classes with their module and qualified name.
func calleeName(v Value) string {
	switch f := v.r.(type) {
	case *Function:
		return f.code.module + "." + f.qualname
	case *BoundMethod:
		return calleeName(f.Fn)
	case *Class:
		if f.builtin {
			return f.Name
		}
		return qualClassName(f)
	case Callable:
		return f.Name()
	}
	return v.TypeName()
}
