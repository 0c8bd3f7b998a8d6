// Package bridge converts Scriptling values to and from the ABI's value
// encoding, for the guest's entry points and runtime libraries. Only
// transferable values cross: None, bool, int, float, str, bytes, and
// lists, tuples, dicts and sets of those.
package bridge

import (
	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/lang"
)

// Encode appends the encoding of v to e. A value that cannot cross the
// sandbox boundary is a TypeError naming its type.
func Encode(t *lang.Thread, e *abi.Encoder, v lang.Value) error {
	return encode(t, e, v, 0)
}

func encode(t *lang.Thread, e *abi.Encoder, v lang.Value, depth int) error {
	if depth > abi.MaxDepth-1 {
		return lang.NewError(lang.ValueErrorType, "value nested too deeply to transfer (more than %d levels)", abi.MaxDepth-1)
	}
	switch {
	case v.IsNone():
		e.None()
		return nil
	case v.IsBool():
		e.Bool(v.AsBool())
		return nil
	case v.IsInt():
		e.Int(v.AsInt())
		return nil
	case v.IsFloat():
		e.Float(v.AsFloat())
		return nil
	}
	switch x := v.Object().(type) {
	case *lang.Str:
		e.Str(x.GoString())
	case *lang.Big:
		e.BigInt(x.Int())
	case *lang.Bytes:
		e.Blob(x.Bytes())
	case *lang.List:
		items := x.Items()
		e.BeginList(len(items))
		for _, it := range items {
			if err := encode(t, e, it, depth+1); err != nil {
				return err
			}
		}
	case *lang.Tuple:
		items := x.Items()
		e.BeginTuple(len(items))
		for _, it := range items {
			if err := encode(t, e, it, depth+1); err != nil {
				return err
			}
		}
	case *lang.Set:
		items := x.Elems()
		e.BeginSet(len(items))
		for _, it := range items {
			if err := encode(t, e, it, depth+1); err != nil {
				return err
			}
		}
	case *lang.Dict:
		e.BeginDict(x.Len())
		var err error
		x.Range(func(k, val lang.Value) bool {
			if err = encode(t, e, k, depth+1); err != nil {
				return false
			}
			err = encode(t, e, val, depth+1)
			return err == nil
		})
		return err
	default:
		return lang.NewError(lang.TypeErrorType, "cannot transfer a value of type '%s': only None, bool, int, float, str, bytes, list, tuple, dict and set can cross to the host", v.TypeName())
	}
	return nil
}

// Decode reads one value from d.
func Decode(t *lang.Thread, d *abi.Decoder) (lang.Value, error) {
	tag, err := d.Peek()
	if err != nil {
		return lang.None, err
	}
	switch tag {
	case abi.TagNone:
		return lang.None, d.None()
	case abi.TagFalse, abi.TagTrue:
		b, err := d.Bool()
		return lang.Bool(b), err
	case abi.TagInt:
		i, err := d.Int()
		return lang.Int(i), err
	case abi.TagBigInt:
		b, err := d.BigInt()
		if err != nil {
			return lang.None, err
		}
		return lang.BigInt(b), nil
	case abi.TagFloat:
		f, err := d.Float()
		return lang.Float(f), err
	case abi.TagStr:
		s, err := d.Str()
		return lang.String(s), err
	case abi.TagBytes:
		b, err := d.Bytes()
		return lang.NewBytes(append([]byte(nil), b...)), err
	case abi.TagList, abi.TagTuple, abi.TagSet:
		_, n, err := d.Container()
		if err != nil {
			return lang.None, err
		}
		items := make([]lang.Value, n)
		for i := range items {
			if items[i], err = Decode(t, d); err != nil {
				return lang.None, err
			}
		}
		switch tag {
		case abi.TagList:
			return lang.ListValue(items), nil
		case abi.TagTuple:
			return lang.TupleValue(items...), nil
		}
		s := lang.NewSet()
		for _, it := range items {
			if err := s.Add(t, it); err != nil {
				return lang.None, err
			}
		}
		return lang.Obj(s), nil
	case abi.TagDict:
		n, err := d.Dict()
		if err != nil {
			return lang.None, err
		}
		dict := lang.NewDict()
		for i := 0; i < n; i++ {
			k, err := Decode(t, d)
			if err != nil {
				return lang.None, err
			}
			v, err := Decode(t, d)
			if err != nil {
				return lang.None, err
			}
			if err := dict.Set(t, k, v); err != nil {
				return lang.None, err
			}
		}
		return lang.Obj(dict), nil
	}
	return lang.None, lang.NewError(lang.ValueErrorType, "cannot decode value with tag %d", tag)
}
