package lang

import "bytes"

// Bytes is an immutable byte string.
type Bytes struct {
	b []byte
}

// NewBytes returns a bytes value holding b (not copied).
func NewBytes(b []byte) Value { return Obj(&Bytes{b: b}) }

// Type implements Object.
func (*Bytes) Type() *Class { return BytesType }

// Bytes returns the contents, which must not be modified.
func (x *Bytes) Bytes() []byte { return x.b }

// Len implements Lener.
func (x *Bytes) Len() int { return len(x.b) }

// Truth implements Truther.
func (x *Bytes) Truth() bool { return len(x.b) > 0 }

// GetItem implements Indexable: b[i] is an int, b[i:j] bytes.
func (x *Bytes) GetItem(t *Thread, k Value) (Value, error) {
	if s, ok := k.r.(*Slice); ok {
		start, stop, step, err := s.indices(t, len(x.b))
		if err != nil {
			return None, err
		}
		n := sliceLen(start, stop, step)
		out := make([]byte, 0, n)
		for i := start; len(out) < n; i += step {
			out = append(out, x.b[i])
		}
		return Obj(&Bytes{b: out}), nil
	}
	i, err := seqIndex(t, k, len(x.b), "index")
	if err != nil {
		return None, err
	}
	return Int(int64(x.b[i])), nil
}

// Iter implements Iterable.
func (x *Bytes) Iter(t *Thread) (Iterator, error) { return &bytesIter{b: x.b}, nil }

// Contains implements Container.
func (x *Bytes) Contains(t *Thread, v Value) (bool, error) {
	switch y := v.r.(type) {
	case *Bytes:
		return bytes.Contains(x.b, y.b), nil
	case intTag:
		i := v.AsInt()
		if i < 0 || i > 255 {
			return false, NewError(ValueErrorType, "byte must be in range(0, 256)")
		}
		return bytes.IndexByte(x.b, byte(i)) >= 0, nil
	}
	return false, NewError(TypeErrorType, "a bytes-like object is required, not '%s'", v.TypeName())
}

type bytesIter struct {
	b []byte
	i int
}

func (*bytesIter) Type() *Class { return bytesIterType }

func (it *bytesIter) Next(t *Thread) (Value, bool, error) {
	if it.i < len(it.b) {
		v := it.b[it.i]
		it.i++
		return Int(int64(v)), true, nil
	}
	return None, false, nil
}
