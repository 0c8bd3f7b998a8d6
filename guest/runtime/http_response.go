package runtime

import (
	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/bridge"
	"github.com/wasmling/wasmling/lang"
)

// AppendResponse encodes what a handler returned as the response part of
// the abi.EntryHTTP reply:
//
//	(int status, list headers, body, bool json)
//
// headers alternates names and values (str); body is a str or bytes sent
// as is, or (json true) a value the host sends as JSON. A handler may
// return a response dict ({"status", "headers", "body"}; only "status"
// is required), a str (200 text), bytes (200 octet stream), None (204),
// or any other transferable value (200 JSON).
func AppendResponse(t *lang.Thread, e *abi.Encoder, v lang.Value) error {
	status := int64(200)
	var headers *lang.Dict
	body := v
	ctype := ""
	json := false
	switch x := v.Object().(type) {
	case *lang.Dict:
		if isResponseDict(x) {
			sv, _ := x.GetString("status")
			n, ok := sv.ToInt64()
			if !ok || sv.IsBool() || n < 200 || n > 599 {
				return lang.NewError(lang.ValueErrorType, "response status must be an int from 200 to 599, not %s", reprOf(t, sv))
			}
			status = n
			if hv, ok := x.GetString("headers"); ok && !hv.IsNone() {
				hd, ok := hv.Object().(*lang.Dict)
				if !ok {
					return lang.NewError(lang.TypeErrorType, "response headers must be a dict, not '%s'", hv.TypeName())
				}
				headers = hd
			}
			body, _ = x.GetString("body")
			switch body.Object().(type) {
			case *lang.Str, *lang.Bytes:
			default:
				if !body.IsNone() {
					json = true
				}
			}
		} else {
			json = true
		}
	case *lang.Str:
		ctype = "text/plain; charset=utf-8"
	case *lang.Bytes:
		ctype = "application/octet-stream"
	default:
		if v.IsNone() {
			status = 204
		} else {
			json = true
		}
	}
	e.Int(status)
	// Header values that are lists give one header line each.
	var pairs []string
	if ctype != "" {
		pairs = append(pairs, "Content-Type", ctype)
	}
	if headers != nil {
		var err error
		headers.Range(func(k, hv lang.Value) bool {
			name, ok := k.Str()
			if !ok {
				err = lang.NewError(lang.TypeErrorType, "response header names must be str, not '%s'", k.TypeName())
				return false
			}
			if l, ok := hv.Object().(*lang.List); ok {
				for _, it := range l.Items() {
					var s string
					if s, err = lang.ToStr(t, it); err != nil {
						return false
					}
					pairs = append(pairs, name, s)
				}
				return true
			}
			var s string
			if s, err = lang.ToStr(t, hv); err != nil {
				return false
			}
			pairs = append(pairs, name, s)
			return true
		})
		if err != nil {
			return err
		}
	}
	e.Strs(pairs)
	if body.IsNone() {
		e.Str("")
	} else if err := bridge.Encode(t, e, body); err != nil {
		return err
	}
	e.Bool(json)
	return nil
}

// isResponseDict reports whether d is a response dict: it has a "status"
// key and no keys but "status", "headers" and "body".
func isResponseDict(d *lang.Dict) bool {
	if _, ok := d.GetString("status"); !ok || d.Len() > 3 {
		return false
	}
	ok := true
	d.Range(func(k, _ lang.Value) bool {
		s, isStr := k.Str()
		ok = isStr && (s == "status" || s == "headers" || s == "body")
		return ok
	})
	return ok
}

func reprOf(t *lang.Thread, v lang.Value) string {
	s, err := lang.Repr(t, v)
	if err != nil {
		return v.TypeName()
	}
	return s
}
