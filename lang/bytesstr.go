package lang

import "strings"

// Many bytes methods behave like the str methods of the same name on the
// text that has one character per byte (Latin-1). They are implemented by
// converting the receiver and the bytes arguments to such text, calling
// the str method and converting str results back to bytes. Python's bytes
// methods know only ASCII letters, digits and spaces, so the predicates
// and case conversions below treat bytes 128-255 as uncased non-letters.

// latin1 returns the text with one character per byte of b.
func latin1(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// unlatin1 is the inverse of latin1 (characters above 255 cannot occur).
func unlatin1(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

// bytesToText converts bytes values (also inside a tuple) to Latin-1
// text, for passing to a str method.
func bytesToText(name string, v Value) (Value, error) {
	switch x := v.r.(type) {
	case *Bytes:
		return String(latin1(x.b)), nil
	case *Tuple:
		items := make([]Value, len(x.items))
		for i, it := range x.items {
			b, ok := it.r.(*Bytes)
			if !ok {
				return None, NewError(TypeErrorType, "a bytes-like object is required, not '%s'", it.TypeName())
			}
			items[i] = String(latin1(b.b))
		}
		return Obj(&Tuple{items: items}), nil
	case *Str:
		return None, NewError(TypeErrorType, "a bytes-like object is required, not 'str'")
	}
	return v, nil
}

// textToBytes converts the result of a str method back.
func textToBytes(v Value) Value {
	switch x := v.r.(type) {
	case *Str:
		return Obj(&Bytes{b: unlatin1(x.s)})
	case *List:
		out := make([]Value, len(x.items))
		for i, it := range x.items {
			out[i] = textToBytes(it)
		}
		return ListValue(out)
	case *Tuple:
		out := make([]Value, len(x.items))
		for i, it := range x.items {
			out[i] = textToBytes(it)
		}
		return Obj(&Tuple{items: out})
	}
	return v
}

// asciiOnly replaces bytes 128-255 by NUL, an uncased non-letter.
func asciiOnly(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c < 128 {
			out[i] = c
		}
	}
	return out
}

func initBytesStrMethods() {
	delegate := func(name string, ascii bool) {
		sm, _ := StrType.dict.getStr(NewStr(name))
		strFn := sm.r.(*Builtin).fn
		method(BytesType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
			b, ok := args[0].r.(*Bytes)
			if !ok {
				return None, NewError(TypeErrorType, "descriptor '%s' for 'bytes' objects doesn't apply to a '%s' object", name, args[0].TypeName())
			}
			recv := b.b
			if ascii {
				recv = asciiOnly(recv)
			}
			full := make([]Value, len(args))
			full[0] = String(latin1(recv))
			for i, a := range args[1:] {
				if i == 0 && len(kw) < len(args)-1 {
					switch name {
					case "find", "rfind", "index", "rindex", "count":
						// The needle may be an int (a single byte).
						if n, ok := a.ToInt64(); ok && !a.IsBool() {
							if n < 0 || n > 255 {
								return None, NewError(ValueErrorType, "byte must be in range(0, 256)")
							}
							full[1] = String(string(rune(n)))
							continue
						} else if _, ok := a.r.(*Bytes); !ok {
							return None, NewError(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", a.TypeName())
						}
					case "startswith", "endswith":
						switch a.r.(type) {
						case *Bytes, *Tuple:
						default:
							return None, NewError(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, a.TypeName())
						}
					}
				}
				v, err := bytesToText(name, a)
				if err != nil {
					return None, err
				}
				full[i+1] = v
			}
			r, err := strFn(t, full, kw)
			if err != nil {
				return None, err
			}
			return textToBytes(r), nil
		})
	}
	for _, name := range []string{"find", "rfind", "index", "rindex", "count",
		"startswith", "endswith", "split", "rsplit", "splitlines", "partition",
		"rpartition", "strip", "lstrip", "rstrip", "replace", "removeprefix",
		"removesuffix", "center", "ljust", "rjust", "zfill", "expandtabs"} {
		delegate(name, false)
	}
	for _, name := range []string{"isdigit", "isalpha", "isalnum", "isspace",
		"isupper", "islower", "istitle", "upper", "lower", "swapcase", "title",
		"capitalize"} {
		delegate(name, true)
	}
	// Case conversions must keep bytes 128-255 unchanged: redo them on the
	// ASCII bytes only.
	for _, name := range []string{"upper", "lower", "swapcase", "title", "capitalize"} {
		asciiFn := BytesType.dict
		m, _ := asciiFn.getStr(NewStr(name))
		conv := m.r.(*Builtin).fn
		name := name
		method(BytesType, name, func(t *Thread, args []Value, kw []string) (Value, error) {
			r, err := conv(t, args, kw)
			if err != nil {
				return None, err
			}
			src := args[0].r.(*Bytes).b
			out := r.r.(*Bytes).b
			for i, c := range src {
				if c >= 128 {
					out[i] = c
				}
			}
			return r, nil
		})
	}
	method(BytesType, "isascii", func(t *Thread, args []Value, kw []string) (Value, error) {
		for _, c := range args[0].r.(*Bytes).b {
			if c >= 128 {
				return False, nil
			}
		}
		return True, nil
	})
}

// bytesPercent implements bytes % args through the Latin-1 text of the
// format and of the bytes arguments (%s of a bytes value inserts its bytes).
func bytesPercent(t *Thread, f *Bytes, args Value) (Value, error) {
	conv := func(v Value) Value {
		if b, ok := v.r.(*Bytes); ok {
			return String(latin1(b.b))
		}
		return v
	}
	switch x := args.r.(type) {
	case *Tuple:
		items := make([]Value, len(x.items))
		for i, it := range x.items {
			items[i] = conv(it)
		}
		args = Obj(&Tuple{items: items})
	case *Dict:
		d := &Dict{}
		for _, e := range x.ht.entries {
			if !e.deleted() {
				if err := d.ht.set(t, conv(e.key), conv(e.val)); err != nil {
					return None, err
				}
			}
		}
		args = Obj(d)
	default:
		args = conv(args)
	}
	r, err := formatPercent(t, String(latin1(f.b)), args)
	if err != nil {
		return None, err
	}
	s, _ := r.Str()
	for _, c := range s {
		if c > 255 {
			return None, NewError(UnicodeEncodeErrorType, "bytes formatting produced a character above 255")
		}
	}
	return Obj(&Bytes{b: unlatin1(s)}), nil
}
