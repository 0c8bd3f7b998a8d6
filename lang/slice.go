package lang

import "math"

// Slice is a slice object, lo:hi:step.
type Slice struct {
	Start, Stop, Step Value
}

// Type implements Object.
func (*Slice) Type() *Class { return SliceType }

// Attr implements HasAttrs.
func (s *Slice) Attr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "start":
		return s.Start, true, nil
	case "stop":
		return s.Stop, true, nil
	case "step":
		return s.Step, true, nil
	case "indices":
		return Obj(&Builtin{name: "indices", fn: func(t *Thread, args []Value, kw []string) (Value, error) {
			var n int64
			if err := UnpackArgs(t, "indices", args, kw, "len", &n); err != nil {
				return None, err
			}
			if n < 0 {
				return None, NewError(ValueErrorType, "length should not be negative")
			}
			start, stop, step, err := s.indices(t, int(n))
			if err != nil {
				return None, err
			}
			return TupleValue(Int(int64(start)), Int(int64(stop)), Int(int64(step))), nil
		}}), true, nil
	}
	return None, false, nil
}

// Equal implements Equaler.
func (s *Slice) Equal(t *Thread, other Value) (bool, error) {
	o, ok := other.r.(*Slice)
	if !ok {
		return false, nil
	}
	return Equal(t, TupleValue(s.Start, s.Stop, s.Step), TupleValue(o.Start, o.Stop, o.Step))
}

func sliceBound(t *Thread, v Value) (int64, error) {
	if i, ok := v.ToInt64(); ok {
		return i, nil
	}
	if b, ok := v.r.(*Big); ok {
		if b.b.Sign() < 0 {
			return math.MinInt64 / 2, nil
		}
		return math.MaxInt64 / 2, nil
	}
	if i, ok, err := indexOf(t, v); ok || err != nil {
		return i, err
	}
	return 0, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
}

// indices resolves the slice against a sequence of length n, as Python's
// slice.indices does.
func (s *Slice) indices(t *Thread, n int) (start, stop, step int, err error) {
	st := int64(1)
	if !s.Step.IsNone() {
		if st, err = sliceBound(t, s.Step); err != nil {
			return
		}
		if st == 0 {
			err = NewError(ValueErrorType, "slice step cannot be zero")
			return
		}
	}
	ln := int64(n)
	var lo, hi int64
	if st > 0 {
		lo, hi = 0, ln
	} else {
		lo, hi = ln-1, -1
	}
	clamp := func(v Value, def int64) (int64, error) {
		if v.IsNone() {
			return def, nil
		}
		i, err := sliceBound(t, v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += ln
			if i < 0 {
				if st < 0 {
					return -1, nil
				}
				return 0, nil
			}
		} else if i >= ln {
			if st < 0 {
				return ln - 1, nil
			}
			return ln, nil
		}
		return i, nil
	}
	if lo, err = clamp(s.Start, lo); err != nil {
		return
	}
	if hi, err = clamp(s.Stop, hi); err != nil {
		return
	}
	return int(lo), int(hi), int(st), nil
}

// sliceLen returns the number of items a resolved slice selects.
func sliceLen(start, stop, step int) int {
	if step > 0 {
		if stop <= start {
			return 0
		}
		return (stop - start + step - 1) / step
	}
	if stop >= start {
		return 0
	}
	return (start - stop - step - 1) / -step
}

// Range is an immutable arithmetic sequence, range(start, stop, step).
type Range struct {
	start, stop, step int64
	n                 int64
}

// NewRange returns range(start, stop, step); step must not be zero.
func NewRange(start, stop, step int64) *Range {
	r := &Range{start: start, stop: stop, step: step}
	switch {
	case step > 0 && stop > start:
		r.n = (stop-start-1)/step + 1
	case step < 0 && stop < start:
		r.n = (start-stop-1)/(-step) + 1
	}
	return r
}

// Type implements Object.
func (*Range) Type() *Class { return RangeType }

// Len implements Lener.
func (r *Range) Len() int { return int(r.n) }

// Truth implements Truther.
func (r *Range) Truth() bool { return r.n > 0 }

// Iter implements Iterable.
func (r *Range) Iter(t *Thread) (Iterator, error) {
	return &rangeIter{next: r.start, step: r.step, left: r.n}, nil
}

// GetItem implements Indexable.
func (r *Range) GetItem(t *Thread, k Value) (Value, error) {
	if s, ok := k.r.(*Slice); ok {
		start, stop, step, err := s.indices(t, int(r.n))
		if err != nil {
			return None, err
		}
		return Obj(NewRange(r.start+int64(start)*r.step, r.start+int64(stop)*r.step, r.step*int64(step))), nil
	}
	i, err := seqIndex(t, k, int(r.n), "range object")
	if err != nil {
		return None, err
	}
	return Int(r.start + int64(i)*r.step), nil
}

// Contains implements Container.
func (r *Range) Contains(t *Thread, x Value) (bool, error) {
	if isIntLike(x) || x.IsFloat() {
		f, _ := x.ToFloat()
		i, ok := x.ToInt64()
		if !ok || float64(i) != f {
			if x.IsFloat() && f == math.Trunc(f) && math.Abs(f) < 1<<62 {
				i, ok = int64(f), true
			} else {
				return false, nil
			}
		}
		if r.step > 0 {
			return i >= r.start && i < r.stop && (i-r.start)%r.step == 0, nil
		}
		return i <= r.start && i > r.stop && (r.start-i)%(-r.step) == 0, nil
	}
	return false, nil
}

// Equal implements Equaler: ranges are equal when they hold the same values.
func (r *Range) Equal(t *Thread, other Value) (bool, error) {
	o, ok := other.r.(*Range)
	if !ok {
		return false, nil
	}
	if r.n != o.n {
		return false, nil
	}
	if r.n == 0 {
		return true, nil
	}
	if r.start != o.start {
		return false, nil
	}
	return r.n == 1 || r.step == o.step, nil
}

// Attr implements HasAttrs.
func (r *Range) Attr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "start":
		return Int(r.start), true, nil
	case "stop":
		return Int(r.stop), true, nil
	case "step":
		return Int(r.step), true, nil
	}
	return rangeMethod(r, name)
}

type rangeIter struct {
	next, step, left int64
}

func (*rangeIter) Type() *Class { return rangeIterType }

func (it *rangeIter) Next(t *Thread) (Value, bool, error) {
	if it.left <= 0 {
		return None, false, nil
	}
	v := it.next
	it.next += it.step
	it.left--
	return Int(v), true, nil
}
