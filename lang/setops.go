package lang

// toSet returns v as a *Set, building one from any iterable.
func toSet(t *Thread, v Value) (*Set, error) {
	if s, ok := v.r.(*Set); ok {
		return s, nil
	}
	items, err := ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	s := &Set{}
	for _, it := range items {
		if err := s.Add(t, it); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// setBinary evaluates | & - ^ between sets.
func setBinary(t *Thread, op int, a, b *Set) (Value, error) {
	out := &Set{frozen: a.frozen}
	var err error
	switch op {
	case opOr:
		out.ht.copyFrom(&a.ht)
		for _, e := range b.Elems() {
			if err := out.Add(t, e); err != nil {
				return None, err
			}
		}
	case opAnd:
		err = out.addWhere(t, a, b, true)
	case opSub:
		err = out.addWhere(t, a, b, false)
	case opXor:
		if err = out.addWhere(t, a, b, false); err == nil {
			err = out.addWhere(t, b, a, false)
		}
	default:
		return None, errNotImplemented
	}
	if err != nil {
		return None, err
	}
	return Obj(out), nil
}

// addWhere adds to s the elements of from that are in other, if in, or
// that are not, if not.
func (s *Set) addWhere(t *Thread, from, other *Set, in bool) error {
	for _, e := range from.Elems() {
		ok, err := other.Has(t, e)
		if err != nil {
			return err
		}
		if ok == in {
			if err := s.Add(t, e); err != nil {
				return err
			}
		}
	}
	return nil
}

// setInplace evaluates |= &= -= ^= on a mutable set.
func setInplace(t *Thread, op int, a, b *Set) error {
	switch op {
	case opOr:
		for _, e := range b.Elems() {
			if err := a.Add(t, e); err != nil {
				return err
			}
		}
		return nil
	case opAnd, opSub, opXor:
		r, err := setBinary(t, op, a, b)
		if err != nil {
			return err
		}
		a.ht.copyFrom(&r.r.(*Set).ht)
		return nil
	}
	return errNotImplemented
}

// dictUpdate merges a mapping or an iterable of pairs into d.
func dictUpdate(t *Thread, d *Dict, src Value) error {
	switch s := src.r.(type) {
	case *Dict:
		for _, e := range s.ht.entries {
			if e.deleted() {
				continue
			}
			if err := d.ht.set(t, e.key, e.val); err != nil {
				return err
			}
		}
		return nil
	case *Module:
		return dictUpdate(t, d, Obj(s.Globals))
	}
	// A mapping with keys() and __getitem__, or an iterable of pairs.
	if inst, ok := src.r.(*Instance); ok {
		if b, ok := inst.base.r.(*Dict); ok {
			if _, iter := inst.cls.LookupString("__iter__"); !iter {
				return dictUpdate(t, d, Obj(b)) // CPython copies a dict subclass's entries directly
			}
		}
		if keys, ok, err := GetAttr(t, src, "keys"); ok || err != nil {
			if err != nil {
				return err
			}
			kv, err := t.Call(keys, nil, nil)
			if err != nil {
				return err
			}
			ks, err := ToSlice(t, kv)
			if err != nil {
				return err
			}
			for _, k := range ks {
				v, err := GetItem(t, src, k)
				if err != nil {
					return err
				}
				if err := d.ht.set(t, k, v); err != nil {
					return err
				}
			}
			return nil
		}
	}
	items, err := ToSlice(t, src)
	if err != nil {
		return NewError(TypeErrorType, "'%s' object is not iterable", src.TypeName())
	}
	for i, it := range items {
		pair, err := ToSlice(t, it)
		if err != nil {
			return NewError(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return NewError(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if err := d.ht.set(t, pair[0], pair[1]); err != nil {
			return err
		}
	}
	return nil
}
