package lang

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"strings"
)

func bytesArg(name string, v Value) ([]byte, error) {
	switch x := v.r.(type) {
	case *Bytes:
		return x.b, nil
	}
	return nil, NewError(TypeErrorType, "%s: a bytes-like object is required, not '%s'", name, v.TypeName())
}

func initBytesMethods() {
	m := func(name string, fn func(t *Thread, b []byte, args []Value, kw []string) (Value, error)) {
		method(BytesType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if _, ok := args[0].r.(*Bytes); !ok {
				return fn(t, nil, args, kw) // called on the class
			}
			return fn(t, args[0].r.(*Bytes).b, args[1:], kw)
		})
	}
	m("decode", func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
		var enc, errs Value
		if err := UnpackArgs(t, "decode", args, kw, "encoding?", &enc, "errors?", &errs); err != nil {
			return None, err
		}
		return decodeBytes(b, enc, errs)
	})
	m("hex", func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
		return String(hex.EncodeToString(b)), nil
	})
	m("base64", func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
		return String(base64.StdEncoding.EncodeToString(b)), nil
	})
	m("length", func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
		return Int(int64(len(b))), nil
	})
	classFn := func(name string, fn func(s string) ([]byte, error)) {
		method(BytesType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
			rest := args
			if len(args) > 0 && isClassValue(args[0]) {
				rest = args[1:]
			} else if len(args) > 1 {
				rest = args[1:]
			}
			if len(rest) != 1 {
				return None, NewError(TypeErrorType, "%s() takes exactly one argument", name)
			}
			s, ok := rest[0].Str()
			if !ok {
				return None, NewError(TypeErrorType, "%s() argument must be str, not %s", name, rest[0].TypeName())
			}
			b, err := fn(s)
			if err != nil {
				return None, err
			}
			return Obj(&Bytes{b: b}), nil
		})
	}
	classFn("fromhex", func(s string) ([]byte, error) {
		b, err := hex.DecodeString(strings.Join(strings.Fields(s), ""))
		if err != nil {
			return nil, NewError(ValueErrorType, "non-hexadecimal number found in fromhex() arg")
		}
		return b, nil
	})
	classFn("frombase64", func(s string) ([]byte, error) {
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			return nil, NewError(ValueErrorType, "invalid base64 data")
		}
		return b, nil
	})
	affix := func(name string, test func([]byte, []byte) bool) {
		m(name, func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
			if err := ArgCount(name, args, kw, 1, 1); err != nil {
				return None, err
			}
			if tu, ok := args[0].r.(*Tuple); ok {
				for _, it := range tu.items {
					p, err := bytesArg(name, it)
					if err != nil {
						return None, err
					}
					if test(b, p) {
						return True, nil
					}
				}
				return False, nil
			}
			p, err := bytesArg(name, args[0])
			if err != nil {
				return None, err
			}
			return Bool(test(b, p)), nil
		})
	}
	affix("startswith", bytes.HasPrefix)
	affix("endswith", bytes.HasSuffix)
	m("find", func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
		if err := ArgCount("find", args, kw, 1, 1); err != nil {
			return None, err
		}
		p, err := bytesArg("find", args[0])
		if err != nil {
			return None, err
		}
		return Int(int64(bytes.Index(b, p))), nil
	})
	m("count", func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
		if err := ArgCount("count", args, kw, 1, 1); err != nil {
			return None, err
		}
		p, err := bytesArg("count", args[0])
		if err != nil {
			return None, err
		}
		return Int(int64(bytes.Count(b, p))), nil
	})
	m("replace", func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
		if err := ArgCount("replace", args, kw, 2, 2); err != nil {
			return None, err
		}
		o, err := bytesArg("replace", args[0])
		if err != nil {
			return None, err
		}
		n, err := bytesArg("replace", args[1])
		if err != nil {
			return None, err
		}
		return Obj(&Bytes{b: bytes.ReplaceAll(b, o, n)}), nil
	})
	m("split", func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
		var parts [][]byte
		if len(args) == 0 || args[0].IsNone() {
			parts = bytes.Fields(b)
		} else {
			sep, err := bytesArg("split", args[0])
			if err != nil {
				return None, err
			}
			if len(sep) == 0 {
				return None, NewError(ValueErrorType, "empty separator")
			}
			parts = bytes.Split(b, sep)
		}
		out := make([]Value, len(parts))
		for i, p := range parts {
			out[i] = Obj(&Bytes{b: p})
		}
		return ListValue(out), nil
	})
	m("join", func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
		if err := ArgCount("join", args, kw, 1, 1); err != nil {
			return None, err
		}
		items, err := ToSlice(t, args[0])
		if err != nil {
			return None, err
		}
		parts := make([][]byte, len(items))
		for i, it := range items {
			if parts[i], err = bytesArg("join", it); err != nil {
				return None, err
			}
		}
		return Obj(&Bytes{b: bytes.Join(parts, b)}), nil
	})
	m("strip", func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
		if len(args) == 0 || args[0].IsNone() {
			return Obj(&Bytes{b: bytes.TrimSpace(b)}), nil
		}
		p, err := bytesArg("strip", args[0])
		if err != nil {
			return None, err
		}
		return Obj(&Bytes{b: bytes.Trim(b, string(p))}), nil
	})
	m("upper", func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
		return Obj(&Bytes{b: bytes.ToUpper(b)}), nil
	})
	m("lower", func(t *Thread, b []byte, args []Value, kw []string) (Value, error) {
		return Obj(&Bytes{b: bytes.ToLower(b)}), nil
	})
	initBytesStrMethods()
}

// ShallowCopy implements copy(x) and copy.copy(x).
func ShallowCopy(t *Thread, v Value) (Value, error) {
	switch x := v.r.(type) {
	case *List:
		return ListValue(append([]Value{}, x.items...)), nil
	case *Dict:
		return Obj(x.Copy()), nil
	case *Set:
		c := x.copySet()
		c.frozen = x.frozen
		return Obj(c), nil
	case *Instance:
		if r, found, err := callDunder(t, v, "__copy__"); found || err != nil {
			return r, err
		}
		c := &Instance{cls: x.cls}
		c.dict.copyFrom(&x.dict)
		if x.base.r != nil {
			b, err := ShallowCopy(t, x.base)
			if err != nil {
				return None, err
			}
			c.base = b
		}
		return Obj(c), nil
	}
	return v, nil
}
