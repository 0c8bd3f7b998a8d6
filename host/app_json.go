package host

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wasmling/wasmling/abi"
)

// JSON for the http library is done natively on the host: faster than in
// the guest, and one implementation for the helpers, request.json() and
// handlers that return plain dicts and lists.

// appendJSON reads one encoded value from d and appends it to dst as
// compact JSON. Like Python's json.dumps: tuples are arrays; dict keys
// that are int, float, bool or None become strings; bytes, sets, other
// keys and non-finite floats are errors (TypeError, ValueError).
func appendJSON(dst []byte, d *abi.Decoder) ([]byte, error) {
	tag, err := d.Peek()
	if err != nil {
		return dst, err
	}
	switch tag {
	case abi.TagNone:
		return append(dst, "null"...), d.None()
	case abi.TagFalse, abi.TagTrue:
		b, err := d.Bool()
		return strconv.AppendBool(dst, b), err
	case abi.TagInt:
		i, err := d.Int()
		return strconv.AppendInt(dst, i, 10), err
	case abi.TagBigInt:
		b, err := d.BigInt()
		if err != nil {
			return dst, err
		}
		return b.Append(dst, 10), nil
	case abi.TagFloat:
		f, err := d.Float()
		if err != nil {
			return dst, err
		}
		return appendJSONFloat(dst, f)
	case abi.TagStr:
		s, err := d.Str()
		return appendJSONString(dst, s), err
	case abi.TagList, abi.TagTuple:
		_, n, err := d.Container()
		if err != nil {
			return dst, err
		}
		dst = append(dst, '[')
		for i := 0; i < n; i++ {
			if i > 0 {
				dst = append(dst, ',')
			}
			if dst, err = appendJSON(dst, d); err != nil {
				return dst, err
			}
		}
		return append(dst, ']'), nil
	case abi.TagDict:
		n, err := d.Dict()
		if err != nil {
			return dst, err
		}
		dst = append(dst, '{')
		for i := 0; i < n; i++ {
			if i > 0 {
				dst = append(dst, ',')
			}
			if dst, err = appendJSONKey(dst, d); err != nil {
				return dst, err
			}
			dst = append(dst, ':')
			if dst, err = appendJSON(dst, d); err != nil {
				return dst, err
			}
		}
		return append(dst, '}'), nil
	case abi.TagBytes:
		return dst, &abi.Exception{Type: abi.TypeError, Message: "Object of type bytes is not JSON serializable"}
	case abi.TagSet:
		return dst, &abi.Exception{Type: abi.TypeError, Message: "Object of type set is not JSON serializable"}
	}
	return dst, &abi.Exception{Type: abi.TypeError, Message: "value is not JSON serializable"}
}

func appendJSONKey(dst []byte, d *abi.Decoder) ([]byte, error) {
	tag, err := d.Peek()
	if err != nil {
		return dst, err
	}
	switch tag {
	case abi.TagStr:
		s, err := d.Str()
		return appendJSONString(dst, s), err
	case abi.TagNone, abi.TagFalse, abi.TagTrue, abi.TagInt, abi.TagBigInt, abi.TagFloat:
		var tmp []byte
		if tmp, err = appendJSON(nil, d); err != nil {
			return dst, err
		}
		return appendJSONString(dst, string(tmp)), nil
	}
	return dst, &abi.Exception{Type: abi.TypeError, Message: "keys must be str, int, float, bool or None, not " + tagName(tag)}
}

func tagName(t abi.Tag) string {
	switch t {
	case abi.TagBytes:
		return "bytes"
	case abi.TagList:
		return "list"
	case abi.TagTuple:
		return "tuple"
	case abi.TagDict:
		return "dict"
	case abi.TagSet:
		return "set"
	}
	return t.String()
}

// appendJSONFloat formats f as Python's repr does (1.0, 1e+16, 1.5e-05).
func appendJSONFloat(dst []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return dst, &abi.Exception{Type: abi.ValueError, Message: "Out of range float values are not JSON compliant"}
	}
	if a := math.Abs(f); a != 0 && (a < 1e-4 || a >= 1e16) {
		return strconv.AppendFloat(dst, f, 'e', -1, 64), nil
	}
	start := len(dst)
	dst = strconv.AppendFloat(dst, f, 'f', -1, 64)
	if !bytes.ContainsAny(dst[start:], ".e") {
		dst = append(dst, ".0"...)
	}
	return dst, nil
}

// appendJSONString appends s as a JSON string, UTF-8 kept as is.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c < 0x20 || c == 0x7f:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, `\u202`...)
			dst = append(dst, hex[r&15])
		} else {
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return append(dst, '"')
}

// errJSON is the ValueError for invalid JSON text.
func errJSON(err error) error {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "json: ")
	return &abi.Exception{Type: abi.ValueError, Message: "invalid JSON: " + msg}
}

// appendJSONValue parses JSON text and appends it as one encoded value:
// objects are dicts (order kept), arrays lists, integers int, other
// numbers float.
func appendJSONValue(e *abi.Encoder, text string) error {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	v, err := jsonTree(dec, 0)
	if err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errJSON(errors.New("extra data after the JSON value"))
	}
	return e.Value(v)
}

func jsonTree(dec *json.Decoder, depth int) (any, error) {
	if depth >= abi.MaxDepth-1 {
		return nil, errJSON(errors.New("nested too deeply"))
	}
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			err = errors.New("unexpected end of JSON input")
		}
		return nil, errJSON(err)
	}
	switch x := tok.(type) {
	case json.Delim:
		switch x {
		case '[':
			list := []any{}
			for dec.More() {
				v, err := jsonTree(dec, depth+1)
				if err != nil {
					return nil, err
				}
				list = append(list, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, errJSON(err)
			}
			return list, nil
		case '{':
			d := &abi.Dict{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, errJSON(err)
				}
				k, ok := kt.(string)
				if !ok {
					return nil, errJSON(errors.New("object key is not a string"))
				}
				v, err := jsonTree(dec, depth+1)
				if err != nil {
					return nil, err
				}
				// A duplicate key stays in the encoding: the guest's dict
				// keeps the last value, as Python does.
				d.Append(k, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, errJSON(err)
			}
			return d, nil
		}
		return nil, errJSON(errors.New("unexpected delimiter"))
	case json.Number:
		s := string(x)
		if !strings.ContainsAny(s, ".eE") {
			if i, err := strconv.ParseInt(s, 10, 64); err == nil {
				return i, nil
			}
			if b, ok := new(big.Int).SetString(s, 10); ok {
				return b, nil
			}
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			return nil, errJSON(err)
		}
		return f, nil
	case string:
		return strings.ToValidUTF8(x, "\uFFFD"), nil
	case bool, nil:
		return x, nil
	}
	return nil, errJSON(errors.New("unexpected token"))
}
