package abi

import (
	"fmt"
	"math/big"
)

// The Go types of decoded trees: None is nil, bool is bool, int is int64
// (or *big.Int outside int64), float is float64, str is string, bytes is
// []byte, list is []any, and the types below.
type (
	// Tuple is a decoded tuple.
	Tuple []any
	// Set is a decoded set, its items in encoded order.
	Set []any
)

// Dict is a decoded dict: its keys and values in order, Keys[i] mapping to
// Values[i].
type Dict struct {
	Keys   []any
	Values []any
}

// Len returns the number of pairs.
func (d *Dict) Len() int { return len(d.Keys) }

// Append adds a pair at the end.
func (d *Dict) Append(key, value any) {
	d.Keys = append(d.Keys, key)
	d.Values = append(d.Values, value)
}

// Get returns the value of the first pair whose key equals key, comparing
// None, bool, int64, float64 and string keys by value.
func (d *Dict) Get(key any) (any, bool) {
	for i, k := range d.Keys {
		if scalarEqual(k, key) {
			return d.Values[i], true
		}
	}
	return nil, false
}

func scalarEqual(a, b any) bool {
	switch a.(type) {
	case nil, bool, int64, float64, string:
		switch b.(type) {
		case nil, bool, int64, float64, string:
			return a == b
		}
	}
	return false
}

// Encode encodes one tree value (see [Encoder.Value]).
func Encode(v any) ([]byte, error) {
	var e Encoder
	if err := e.Value(v); err != nil {
		return nil, err
	}
	return e.Bytes(), nil
}

// Value encodes a tree of Go values: nil, bool, int, int64, *big.Int,
// float64, string, []byte, []any, [Tuple], [Set], *[Dict]. Other types,
// and nesting deeper than [MaxDepth], are errors; on error the encoder
// holds a partial value.
func (e *Encoder) Value(v any) error {
	return e.value(v, 0)
}

func (e *Encoder) value(v any, depth int) error {
	switch v := v.(type) {
	case nil:
		e.None()
	case bool:
		e.Bool(v)
	case int:
		e.Int(int64(v))
	case int64:
		e.Int(v)
	case *big.Int:
		if v == nil {
			return fmt.Errorf("abi: cannot encode a nil *big.Int")
		}
		e.BigInt(v)
	case float64:
		e.Float(v)
	case string:
		e.Str(v)
	case []byte:
		e.Blob(v)
	case []any:
		return e.items(TagList, v, depth)
	case Tuple:
		return e.items(TagTuple, v, depth)
	case Set:
		return e.items(TagSet, v, depth)
	case *Dict:
		if depth >= MaxDepth {
			return fmt.Errorf("abi: cannot encode nesting deeper than %d", MaxDepth)
		}
		if len(v.Keys) != len(v.Values) {
			return fmt.Errorf("abi: dict has %d keys and %d values", len(v.Keys), len(v.Values))
		}
		e.BeginDict(len(v.Keys))
		for i := range v.Keys {
			if err := e.value(v.Keys[i], depth+1); err != nil {
				return err
			}
			if err := e.value(v.Values[i], depth+1); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("abi: cannot encode Go type %T", v)
	}
	return nil
}

func (e *Encoder) items(t Tag, items []any, depth int) error {
	if depth >= MaxDepth {
		return fmt.Errorf("abi: cannot encode nesting deeper than %d", MaxDepth)
	}
	e.header(t, len(items))
	for _, it := range items {
		if err := e.value(it, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// Decode decodes exactly one value into a tree (see [Decoder.Value]);
// trailing bytes are an error.
func Decode(b []byte) (any, error) {
	d := NewDecoder(b)
	v, err := d.Value()
	if err != nil {
		return nil, err
	}
	if err := d.End(); err != nil {
		return nil, err
	}
	return v, nil
}

// DecodeAll decodes a sequence of values (a request or payload) into trees.
func DecodeAll(b []byte) ([]any, error) {
	d := NewDecoder(b)
	var vs []any
	for d.More() {
		v, err := d.Value()
		if err != nil {
			return nil, err
		}
		vs = append(vs, v)
	}
	return vs, nil
}

// Value decodes the next value into a tree of Go values: nil, bool, int64,
// *big.Int (only outside int64), float64, string, []byte (copied), []any,
// [Tuple], [Set], *[Dict].
func (d *Decoder) Value() (any, error) {
	t, err := d.Peek()
	if err != nil {
		return nil, err
	}
	switch t {
	case TagNone:
		return nil, d.None()
	case TagFalse, TagTrue:
		return d.Bool()
	case TagInt:
		return d.Int()
	case TagBigInt:
		return d.BigInt()
	case TagFloat:
		return d.Float()
	case TagStr:
		return d.Str()
	case TagBytes:
		b, err := d.Bytes()
		if err != nil {
			return nil, err
		}
		return append([]byte{}, b...), nil
	case TagDict:
		n, err := d.Dict()
		if err != nil {
			return nil, err
		}
		dict := &Dict{Keys: make([]any, n), Values: make([]any, n)}
		for i := range n {
			if dict.Keys[i], err = d.Value(); err != nil {
				return nil, err
			}
			if dict.Values[i], err = d.Value(); err != nil {
				return nil, err
			}
		}
		return dict, nil
	}
	n, err := d.container(t)
	if err != nil {
		return nil, err
	}
	items := make([]any, n)
	for i := range items {
		if items[i], err = d.Value(); err != nil {
			return nil, err
		}
	}
	switch t {
	case TagTuple:
		return Tuple(items), nil
	case TagSet:
		return Set(items), nil
	}
	return items, nil
}
