package lang

import "unsafe"

// Dict is an insertion-ordered dict.
type Dict struct {
	ht hashtable
}

// liveDict returns the attribute table of an instance, exception or
// function as the dict obj.__dict__ that reads and writes it. A Dict is
// exactly a hashtable (its only field), so the pointer conversion is
// sound, and the object's own table stays inline for fast attribute access.
func liveDict(ht *hashtable) *Dict { return (*Dict)(unsafe.Pointer(ht)) }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSize returns an empty dict with room for n items, for built-ins
// that know the size of the dict they build (a decoder).
func NewDictSize(n int) *Dict {
	d := &Dict{}
	if n > 0 {
		d.ht.entries = make([]entry, 0, n)
	}
	return d
}

// Type implements Object.
func (*Dict) Type() *Class { return DictType }

// Len implements Lener.
func (d *Dict) Len() int { return d.ht.live }

// Truth implements Truther.
func (d *Dict) Truth() bool { return d.ht.live > 0 }

// Get returns d[k].
func (d *Dict) Get(t *Thread, k Value) (Value, bool, error) { return d.ht.get(t, k) }

// Set stores d[k] = v.
func (d *Dict) Set(t *Thread, k, v Value) error { return d.ht.set(t, k, v) }

// Delete removes k, returning its value.
func (d *Dict) Delete(t *Thread, k Value) (Value, bool, error) { return d.ht.del(t, k) }

// GetString returns d[s] for a str key.
func (d *Dict) GetString(s string) (Value, bool) { return d.ht.getStr(NewStr(s)) }

// SetString stores d[s] = v for a str key.
func (d *Dict) SetString(s string, v Value) { d.ht.setStr(NewStr(s), v) }

// GetStr looks up an existing *Str key.
func (d *Dict) GetStr(s *Str) (Value, bool) { return d.ht.getStr(s) }

// SetStr stores d[s] = v.
func (d *Dict) SetStr(s *Str, v Value) { d.ht.setStr(s, v) }

// Clear removes every item.
func (d *Dict) Clear() { d.ht.clear() }

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := &Dict{}
	c.ht.copyFrom(&d.ht)
	return c
}

// Range calls fn for each item in order until fn returns false. The dict
// must not change meanwhile.
func (d *Dict) Range(fn func(k, v Value) bool) {
	for i := range d.ht.entries {
		e := &d.ht.entries[i]
		if e.deleted() {
			continue
		}
		if !fn(e.key, e.val) {
			return
		}
	}
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.ht.live)
	d.Range(func(k, _ Value) bool { out = append(out, k); return true })
	return out
}

// Iter implements Iterable: iterating a dict yields its keys.
func (d *Dict) Iter(t *Thread) (Iterator, error) {
	return &dictIter{it: tableIter{ht: &d.ht, keys: d.ht.keys}, kind: iterKeys}, nil
}

// GetItem implements Indexable.
func (d *Dict) GetItem(t *Thread, k Value) (Value, error) {
	v, ok, err := d.ht.get(t, k)
	if err != nil {
		return None, err
	}
	if !ok {
		return None, &Exception{cls: KeyErrorType, Args: []Value{k}}
	}
	return v, nil
}

// SetItem implements ItemSetter.
func (d *Dict) SetItem(t *Thread, k, v Value) error { return d.ht.set(t, k, v) }

// DelItem implements ItemSetter.
func (d *Dict) DelItem(t *Thread, k Value) error {
	_, ok, err := d.ht.del(t, k)
	if err != nil {
		return err
	}
	if !ok {
		return &Exception{cls: KeyErrorType, Args: []Value{k}}
	}
	return nil
}

// Contains implements Container.
func (d *Dict) Contains(t *Thread, k Value) (bool, error) {
	_, ok, err := d.ht.get(t, k)
	return ok, err
}

type iterKind uint8

const (
	iterKeys iterKind = iota
	iterValues
	iterItems
)

type dictIter struct {
	it   tableIter
	kind iterKind
}

func (di *dictIter) Type() *Class {
	switch di.kind {
	case iterValues:
		return dictValueIterType
	case iterItems:
		return dictItemIterType
	}
	return dictKeyIterType
}

func (di *dictIter) Next(t *Thread) (Value, bool, error) {
	e, err := di.it.next()
	if e == nil || err != nil {
		return None, false, err
	}
	switch di.kind {
	case iterValues:
		return e.val, true, nil
	case iterItems:
		return pair(e.key, e.val), true, nil
	}
	return e.key, true, nil
}

// DictView is one of the live views keys(), values(), items().
type DictView struct {
	d    *Dict
	kind iterKind
}

// Type implements Object.
func (v *DictView) Type() *Class {
	switch v.kind {
	case iterValues:
		return DictValuesType
	case iterItems:
		return DictItemsType
	}
	return DictKeysType
}

// Len implements Lener.
func (v *DictView) Len() int { return v.d.ht.live }

// Iter implements Iterable.
func (v *DictView) Iter(t *Thread) (Iterator, error) {
	return &dictIter{it: tableIter{ht: &v.d.ht, keys: v.d.ht.keys}, kind: v.kind}, nil
}

// Contains implements Container.
func (v *DictView) Contains(t *Thread, x Value) (bool, error) {
	switch v.kind {
	case iterKeys:
		return v.d.Contains(t, x)
	case iterItems:
		tu, ok := x.r.(*Tuple)
		if !ok || len(tu.items) != 2 {
			return false, nil
		}
		val, found, err := v.d.ht.get(t, tu.items[0])
		if err != nil || !found {
			return false, err
		}
		return Equal(t, val, tu.items[1])
	}
	for i := range v.d.ht.entries {
		e := &v.d.ht.entries[i]
		if e.deleted() {
			continue
		}
		eq, err := Equal(t, e.val, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// GetItem implements Indexable; Scriptling allows indexing views.
func (v *DictView) GetItem(t *Thread, k Value) (Value, error) {
	items, err := ToSlice(t, Obj(v))
	if err != nil {
		return None, err
	}
	return (&List{items: items}).GetItem(t, k)
}

// Set is a mutable set with insertion-ordered iteration.
type Set struct {
	ht     hashtable
	frozen bool
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// Type implements Object.
func (s *Set) Type() *Class {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// Len implements Lener.
func (s *Set) Len() int { return s.ht.live }

// Truth implements Truther.
func (s *Set) Truth() bool { return s.ht.live > 0 }

// Add inserts x.
func (s *Set) Add(t *Thread, x Value) error { return s.ht.set(t, x, None) }

// Has reports whether x is in the set.
func (s *Set) Has(t *Thread, x Value) (bool, error) {
	_, ok, err := s.ht.get(t, x)
	return ok, err
}

// Contains implements Container.
func (s *Set) Contains(t *Thread, x Value) (bool, error) {
	ok, err := s.Has(t, x)
	if err != nil {
		if inner, isSet := x.r.(*Set); isSet {
			// A set can be looked up in a set as if it were frozen.
			fs := &Set{frozen: true}
			fs.ht.copyFrom(&inner.ht)
			return s.Has(t, Obj(fs))
		}
	}
	return ok, err
}

// Remove deletes x, reporting whether it was present.
func (s *Set) Remove(t *Thread, x Value) (bool, error) {
	_, ok, err := s.ht.del(t, x)
	return ok, err
}

// Elems returns the elements in order.
func (s *Set) Elems() []Value {
	out := make([]Value, 0, s.ht.live)
	for i := range s.ht.entries {
		if !s.ht.entries[i].deleted() {
			out = append(out, s.ht.entries[i].key)
		}
	}
	return out
}

// Iter implements Iterable.
func (s *Set) Iter(t *Thread) (Iterator, error) {
	return &setIter{it: tableIter{ht: &s.ht, keys: s.ht.keys}}, nil
}

type setIter struct{ it tableIter }

func (*setIter) Type() *Class { return setIterType }

func (si *setIter) Next(t *Thread) (Value, bool, error) {
	e, err := si.it.next()
	if err != nil {
		return None, false, NewError(RuntimeErrorType, "Set changed size during iteration")
	}
	if e == nil {
		return None, false, nil
	}
	return e.key, true, nil
}

// Module is an imported module: a name and a namespace of globals.
type Module struct {
	Name    string
	Globals *Dict
}

// Type implements Object.
func (*Module) Type() *Class { return ModuleType }

// Attr implements HasAttrs.
func (m *Module) Attr(t *Thread, name string) (Value, bool, error) {
	if v, ok := m.Globals.GetString(name); ok {
		return v, true, nil
	}
	if name == "__dict__" {
		return Obj(m.Globals), true, nil
	}
	return None, false, nil
}

// SetAttr implements SetAttrs.
func (m *Module) SetAttr(t *Thread, name string, v Value) error {
	m.Globals.SetString(name, v)
	return nil
}

// DelAttr implements SetAttrs.
func (m *Module) DelAttr(t *Thread, name string) error {
	if _, ok, _ := m.Globals.Delete(t, String(name)); !ok {
		return NewError(AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name)
	}
	return nil
}

// GetItem implements Indexable: Scriptling modules are dicts of globals.
func (m *Module) GetItem(t *Thread, k Value) (Value, error) { return m.Globals.GetItem(t, k) }

// Contains implements Container.
func (m *Module) Contains(t *Thread, k Value) (bool, error) { return m.Globals.Contains(t, k) }

// Iter implements Iterable (over the global names).
func (m *Module) Iter(t *Thread) (Iterator, error) { return m.Globals.Iter(t) }

// Len implements Lener.
func (m *Module) Len() int { return m.Globals.Len() }
