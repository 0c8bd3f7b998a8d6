package stdlib

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"strings"

	"github.com/wasmling/wasmling/lang"
)

// The base64 module. Encoders follow CPython (bytes in, bytes out) and
// Scriptling (a str in gives a str out); decoders accept str or bytes and
// return bytes. Errors are binascii.Error, a ValueError.

var binasciiErrorType = lang.NewExceptionClass("Error", "binascii", lang.ValueErrorType)

func base64Module(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("base64")
	m.Set("__doc__", lang.String("Base16, Base32 and Base64 encodings (CPython's base64 module); encoding a str returns a str (Scriptling)."))
	std := base64.StdEncoding
	url := base64.URLEncoding
	m.SetFunc("b64encode", b64Encoder("b64encode", true))
	m.SetFunc("standard_b64encode", b64Encoder("standard_b64encode", false))
	m.SetFunc("urlsafe_b64encode", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return encodeWith(t, "urlsafe_b64encode", args, kw, url.EncodeToString)
	})
	m.SetFunc("b64decode", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var s, alt lang.Value
		validate := false
		if err := lang.UnpackArgs(t, "b64decode", args, kw, "s", &s, "altchars?", &alt, "validate?", &validate); err != nil {
			return lang.None, err
		}
		data, err := asciiData("b64decode", s)
		if err != nil {
			return lang.None, err
		}
		if !alt.IsNone() {
			a, err := bytesData("b64decode", alt)
			if err != nil {
				return lang.None, err
			}
			if len(a) != 2 {
				return lang.None, lang.NewError(lang.ValueErrorType, "altchars must be a bytes-like object of length 2")
			}
			data = strings.NewReplacer(string(a[0]), "+", string(a[1]), "/").Replace(data)
		}
		return decodeB64(data, validate, false)
	})
	m.SetFunc("standard_b64decode", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return decodeArg(t, "standard_b64decode", args, kw, func(s string) (lang.Value, error) { return decodeB64(s, false, false) })
	})
	m.SetFunc("urlsafe_b64decode", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return decodeArg(t, "urlsafe_b64decode", args, kw, func(s string) (lang.Value, error) { return decodeB64(s, false, true) })
	})
	m.SetFunc("encodebytes", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return encodeWith(t, "encodebytes", args, kw, func(b []byte) string {
			enc := std.EncodeToString(b)
			var sb strings.Builder
			for len(enc) > 76 {
				sb.WriteString(enc[:76])
				sb.WriteByte('\n')
				enc = enc[76:]
			}
			if enc != "" {
				sb.WriteString(enc)
				sb.WriteByte('\n')
			}
			return sb.String()
		})
	})
	m.SetFunc("decodebytes", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return decodeArg(t, "decodebytes", args, kw, func(s string) (lang.Value, error) { return decodeB64(s, false, false) })
	})
	m.SetFunc("b32encode", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return encodeWith(t, "b32encode", args, kw, base32.StdEncoding.EncodeToString)
	})
	m.SetFunc("b32hexencode", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return encodeWith(t, "b32hexencode", args, kw, base32.HexEncoding.EncodeToString)
	})
	m.SetFunc("b32decode", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return b32Decode(t, "b32decode", args, kw, base32.StdEncoding)
	})
	m.SetFunc("b32hexdecode", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return b32Decode(t, "b32hexdecode", args, kw, base32.HexEncoding)
	})
	m.SetFunc("b16encode", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return encodeWith(t, "b16encode", args, kw, func(b []byte) string { return strings.ToUpper(hex.EncodeToString(b)) })
	})
	m.SetFunc("b16decode", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var s lang.Value
		casefold := false
		if err := lang.UnpackArgs(t, "b16decode", args, kw, "s", &s, "casefold?", &casefold); err != nil {
			return lang.None, err
		}
		data, err := asciiData("b16decode", s)
		if err != nil {
			return lang.None, err
		}
		if casefold {
			data = strings.ToUpper(data)
		}
		if strings.ContainsAny(data, "abcdef") || strings.Trim(data, "0123456789ABCDEF") != "" {
			return lang.None, lang.NewError(binasciiErrorType, "Non-base16 digit found")
		}
		if len(data)%2 != 0 {
			return lang.None, lang.NewError(binasciiErrorType, "Odd-length string")
		}
		b, _ := hex.DecodeString(data)
		return lang.NewBytes(b), nil
	})
	return m, nil
}

// bytesData returns the bytes of a bytes value or the UTF-8 of a str.
func bytesData(fname string, v lang.Value) ([]byte, error) {
	switch x := v.Object().(type) {
	case *lang.Bytes:
		return x.Bytes(), nil
	case *lang.Str:
		return []byte(x.GoString()), nil
	}
	return nil, lang.NewError(lang.TypeErrorType, "a bytes-like object is required, not '%s'", v.TypeName())
}

// asciiData is the input of a decoder: bytes, or a str of ASCII
// characters.
func asciiData(fname string, v lang.Value) (string, error) {
	switch x := v.Object().(type) {
	case *lang.Bytes:
		return string(x.Bytes()), nil
	case *lang.Str:
		s := x.GoString()
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return "", lang.NewError(lang.ValueErrorType, "string argument should contain only ASCII characters")
			}
		}
		return s, nil
	}
	return "", lang.NewError(lang.TypeErrorType, "argument should be a bytes-like object or ASCII string, not '%s'", v.TypeName())
}

// encodeWith encodes bytes to bytes, or a str to a str (Scriptling).
func encodeWith(t *lang.Thread, fname string, args []lang.Value, kw []string, enc func([]byte) string) (lang.Value, error) {
	if err := lang.ArgCount(fname, args, kw, 1, 1); err != nil {
		return lang.None, err
	}
	b, err := bytesData(fname, args[0])
	if err != nil {
		return lang.None, err
	}
	out := enc(b)
	if _, isStr := args[0].Str(); isStr {
		return lang.String(out), nil
	}
	return lang.NewBytes([]byte(out)), nil
}

func b64Encoder(fname string, alt bool) lang.BuiltinFunc {
	return func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var s, altchars lang.Value
		if err := lang.UnpackArgs(t, fname, args, kw, "s", &s, "altchars?", &altchars); err != nil {
			return lang.None, err
		}
		b, err := bytesData(fname, s)
		if err != nil {
			return lang.None, err
		}
		out := base64.StdEncoding.EncodeToString(b)
		if alt && !altchars.IsNone() {
			a, err := bytesData(fname, altchars)
			if err != nil {
				return lang.None, err
			}
			if len(a) != 2 {
				return lang.None, lang.NewError(lang.ValueErrorType, "altchars must be a bytes-like object of length 2")
			}
			out = strings.NewReplacer("+", string(a[0]), "/", string(a[1])).Replace(out)
		}
		if _, isStr := s.Str(); isStr {
			return lang.String(out), nil
		}
		return lang.NewBytes([]byte(out)), nil
	}
}

func decodeArg(t *lang.Thread, fname string, args []lang.Value, kw []string, dec func(string) (lang.Value, error)) (lang.Value, error) {
	if err := lang.ArgCount(fname, args, kw, 1, 1); err != nil {
		return lang.None, err
	}
	s, err := asciiData(fname, args[0])
	if err != nil {
		return lang.None, err
	}
	return dec(s)
}

// decodeB64 decodes like binascii.a2b_base64: without validate,
// characters outside the alphabet are skipped and decoding stops at the
// padding.
func decodeB64(s string, validate, urlsafe bool) (lang.Value, error) {
	if urlsafe {
		s = strings.NewReplacer("-", "+", "_", "/").Replace(s)
	}
	var data []byte
	pads := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			if pads > 0 {
				if validate {
					return lang.None, lang.NewError(binasciiErrorType, "Discontinuous padding not allowed")
				}
				// Data after complete padding is ignored.
				if (len(data)+pads)%4 == 0 {
					i = len(s)
					continue
				}
				pads = 0
			}
			data = append(data, c)
		case c == '=':
			if len(data)%4 >= 2 || pads > 0 {
				pads++
				if (len(data)+pads)%4 == 0 && !validate {
					i = len(s)
				}
			} else if validate {
				return lang.None, lang.NewError(binasciiErrorType, "Leading padding not allowed")
			}
		default:
			if validate {
				return lang.None, lang.NewError(binasciiErrorType, "Only base64 data is allowed")
			}
		}
	}
	switch len(data) % 4 {
	case 1:
		return lang.None, lang.NewError(binasciiErrorType, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(data))
	case 2, 3:
		if (len(data)+pads)%4 != 0 && pads < 4-len(data)%4 {
			return lang.None, lang.NewError(binasciiErrorType, "Incorrect padding")
		}
	}
	out, err := base64.RawStdEncoding.DecodeString(string(data))
	if err != nil {
		// Non-zero trailing bits: decode leniently as CPython does.
		out, err = base64.RawStdEncoding.Strict().DecodeString(string(data))
		if err != nil {
			out = lenientB64(data)
		}
	}
	return lang.NewBytes(out), nil
}

func lenientB64(data []byte) []byte {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	var out []byte
	var acc uint32
	bits := 0
	for _, c := range data {
		acc = acc<<6 | uint32(strings.IndexByte(alphabet, c))
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
		}
	}
	return out
}

func b32Decode(t *lang.Thread, fname string, args []lang.Value, kw []string, enc *base32.Encoding) (lang.Value, error) {
	var s lang.Value
	casefold := false
	if err := lang.UnpackArgs(t, fname, args, kw, "s", &s, "casefold?", &casefold); err != nil {
		return lang.None, err
	}
	data, err := asciiData(fname, s)
	if err != nil {
		return lang.None, err
	}
	if casefold {
		data = strings.ToUpper(data)
	}
	if len(data)%8 != 0 {
		return lang.None, lang.NewError(binasciiErrorType, "Incorrect padding")
	}
	out, err := enc.DecodeString(data)
	if err != nil {
		return lang.None, lang.NewError(binasciiErrorType, "Non-base32 digit found")
	}
	return lang.NewBytes(out), nil
}
