package lang

// List is a mutable sequence.
type List struct {
	items []Value
	// iterating counts live iterators created by for loops, so that
	// sort() can detect modification during sorting.
	sorting bool
}

// Tuple is an immutable sequence.
type Tuple struct {
	items []Value
	hash  uint64
}

// NewList returns a list holding items (not copied).
func NewList(items []Value) *List { return &List{items: items} }

// NewTuple returns a tuple holding items (not copied).
func NewTuple(items []Value) *Tuple { return &Tuple{items: items} }

// tupleOf returns a new tuple of copies of vals. Up to four items live in
// the same allocation as the tuple: allocations are dear (about 200 ns
// each in WebAssembly), and small tuples are the common ones (pairs from
// items(), enumerate, zip; multiple return values).
func tupleOf(vals []Value) *Tuple {
	var t *Tuple
	var items []Value
	switch n := len(vals); {
	case n <= 2:
		p := new(struct {
			t Tuple
			a [2]Value
		})
		t, items = &p.t, p.a[:n:n]
	case n <= 4:
		p := new(struct {
			t Tuple
			a [4]Value
		})
		t, items = &p.t, p.a[:n:n]
	default:
		t, items = &Tuple{}, make([]Value, n)
	}
	for i, v := range vals { // not copy: a runtime call, dearer for a few items
		items[i] = v
	}
	t.items = items
	return t
}

// pair returns the tuple (a, b) in one allocation.
func pair(a, b Value) Value { return Value{r: tupleOf([]Value{a, b})} }

// ListValue returns a list Value holding items (not copied).
func ListValue(items []Value) Value { return Value{r: &List{items: items}} }

// TupleValue returns a tuple Value holding items (not copied).
func TupleValue(items ...Value) Value { return Value{r: &Tuple{items: items}} }

// Type implements Object.
func (*List) Type() *Class { return ListType }

// Type implements Object.
func (*Tuple) Type() *Class { return TupleType }

// Items returns the list's items; callers must not keep the slice across
// calls that may modify the list.
func (l *List) Items() []Value { return l.items }

// Items returns the tuple's items, which must not be modified.
func (t *Tuple) Items() []Value { return t.items }

// Len implements Lener.
func (l *List) Len() int { return len(l.items) }

// Len implements Lener.
func (t *Tuple) Len() int { return len(t.items) }

// Truth implements Truther.
func (l *List) Truth() bool { return len(l.items) > 0 }

// Truth implements Truther.
func (t *Tuple) Truth() bool { return len(t.items) > 0 }

// Append adds v at the end.
func (l *List) Append(v Value) { l.items = append(l.items, v) }

// SetItems replaces the list's contents.
func (l *List) SetItems(items []Value) { l.items = items }

// Iter implements Iterable.
func (l *List) Iter(t *Thread) (Iterator, error) { return &listIter{l: l}, nil }

// Iter implements Iterable.
func (tu *Tuple) Iter(t *Thread) (Iterator, error) { return &sliceIter{items: tu.items}, nil }

type listIter struct {
	l *List
	i int
}

func (*listIter) Type() *Class { return listIterType }

func (it *listIter) Next(t *Thread) (Value, bool, error) {
	if it.i < len(it.l.items) {
		v := it.l.items[it.i]
		it.i++
		return v, true, nil
	}
	it.i = 1 << 62 // exhausted for good, even if the list grows
	return None, false, nil
}

type sliceIter struct {
	items []Value
	i     int
	cls   *Class // nil for a tuple's iterator
}

func (it *sliceIter) Type() *Class {
	if it.cls != nil {
		return it.cls
	}
	return tupleIterType
}

func (it *sliceIter) Next(t *Thread) (Value, bool, error) {
	if it.i < len(it.items) {
		v := it.items[it.i]
		it.i++
		return v, true, nil
	}
	return None, false, nil
}

// seqIndex normalises a sequence index for a sequence of length n.
func seqIndex(t *Thread, k Value, n int, what string) (int, error) {
	i, ok := k.ToInt64()
	if !ok {
		if k.IsNone() || !isIntLike(k) {
			if idx, ok, err := indexOf(t, k); ok || err != nil {
				if err != nil {
					return 0, err
				}
				i = idx
			} else {
				return 0, NewError(TypeErrorType, "%s indices must be integers or slices, not %s", what, k.TypeName())
			}
		} else {
			return 0, NewError(IndexErrorType, "cannot fit 'int' into an index-sized integer")
		}
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, NewError(IndexErrorType, "%s index out of range", what)
	}
	return int(i), nil
}

// indexOf calls __index__ on an instance.
func indexOf(t *Thread, k Value) (int64, bool, error) {
	if _, ok := k.r.(*Instance); !ok {
		return 0, false, nil
	}
	r, found, err := callDunder(t, k, "__index__")
	if err != nil {
		return 0, false, err
	}
	if !found {
		if b, ok := baseValue(k); ok {
			if i, ok := b.ToInt64(); ok {
				return i, true, nil // an instance of a class derived from int
			}
		}
		return 0, false, nil
	}
	i, ok := r.ToInt64()
	if !ok {
		return 0, true, NewError(TypeErrorType, "__index__ returned non-int (type %s)", r.TypeName())
	}
	return i, true, nil
}

// GetItem implements Indexable.
func (l *List) GetItem(t *Thread, k Value) (Value, error) {
	if k.IsInt() {
		i := int64(k.n)
		n := int64(len(l.items))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return None, NewError(IndexErrorType, "list index out of range")
		}
		return l.items[i], nil
	}
	if s, ok := k.r.(*Slice); ok {
		start, stop, step, err := s.indices(t, len(l.items))
		if err != nil {
			return None, err
		}
		return ListValue(sliceItems(l.items, start, stop, step)), nil
	}
	i, err := seqIndex(t, k, len(l.items), "list")
	if err != nil {
		return None, err
	}
	return l.items[i], nil
}

// GetItem implements Indexable.
func (tu *Tuple) GetItem(t *Thread, k Value) (Value, error) {
	if s, ok := k.r.(*Slice); ok {
		start, stop, step, err := s.indices(t, len(tu.items))
		if err != nil {
			return None, err
		}
		return Obj(&Tuple{items: sliceItems(tu.items, start, stop, step)}), nil
	}
	i, err := seqIndex(t, k, len(tu.items), "tuple")
	if err != nil {
		return None, err
	}
	return tu.items[i], nil
}

// sliceItems copies items[start:stop:step] (indices already clamped).
func sliceItems(items []Value, start, stop, step int) []Value {
	if step == 1 {
		if stop <= start {
			return []Value{}
		}
		return append([]Value(nil), items[start:stop]...)
	}
	n := sliceLen(start, stop, step)
	out := make([]Value, 0, n)
	for i := start; len(out) < n; i += step {
		out = append(out, items[i])
	}
	return out
}

// SetItem implements ItemSetter.
func (l *List) SetItem(t *Thread, k, v Value) error {
	if s, ok := k.r.(*Slice); ok {
		return l.setSlice(t, s, v)
	}
	i, err := seqIndex(t, k, len(l.items), "list assignment")
	if err != nil {
		return err
	}
	l.items[i] = v
	return nil
}

func (l *List) setSlice(t *Thread, s *Slice, v Value) error {
	vals, err := ToSlice(t, v)
	if err != nil {
		return NewError(TypeErrorType, "can only assign an iterable")
	}
	start, stop, step, err := s.indices(t, len(l.items))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		vals = append([]Value(nil), vals...)
		tail := append([]Value(nil), l.items[stop:]...)
		l.items = append(append(l.items[:start], vals...), tail...)
		return nil
	}
	n := sliceLen(start, stop, step)
	if len(vals) != n {
		return NewError(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(vals), n)
	}
	for j, i := 0, start; j < n; j, i = j+1, i+step {
		l.items[i] = vals[j]
	}
	return nil
}

// DelItem implements ItemSetter.
func (l *List) DelItem(t *Thread, k Value) error {
	if s, ok := k.r.(*Slice); ok {
		start, stop, step, err := s.indices(t, len(l.items))
		if err != nil {
			return err
		}
		if step < 0 {
			n := sliceLen(start, stop, step)
			start, step = start+(n-1)*step, -step
			stop = start + n*step
		}
		keep := l.items[:0:0]
		for i, v := range l.items {
			if i >= start && i < stop && (i-start)%step == 0 {
				continue
			}
			keep = append(keep, v)
		}
		l.items = keep
		return nil
	}
	i, err := seqIndex(t, k, len(l.items), "list assignment")
	if err != nil {
		return err
	}
	copy(l.items[i:], l.items[i+1:])
	l.items[len(l.items)-1] = None
	l.items = l.items[:len(l.items)-1]
	return nil
}

// Contains implements Container.
func (l *List) Contains(t *Thread, x Value) (bool, error) { return containsValue(t, l.items, x) }

// Contains implements Container.
func (tu *Tuple) Contains(t *Thread, x Value) (bool, error) { return containsValue(t, tu.items, x) }

func containsValue(t *Thread, items []Value, x Value) (bool, error) {
	for i := 0; i < len(items); i++ {
		if Is(items[i], x) && !x.IsFloat() { // identity implies equality (but NaN)
			return true, nil
		}
		eq, err := Equal(t, items[i], x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}
