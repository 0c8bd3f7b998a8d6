// Package runtime builds the scriptling.runtime native modules of the
// guest: the libraries scripts use to reach the host (http, kv, sync,
// background tasks). Every effect is a host call (see package abi); this
// package only converts values and arguments.
package runtime

import (
	"errors"
	"net/url"
	"strings"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/bridge"
	"github.com/wasmling/wasmling/lang"
)

// HTTP is the per-interpreter state of scriptling.runtime.http.
type HTTP struct {
	// Host makes the host calls (a *hostcall.Host in the guest).
	Host interface {
		Call(op abi.Op, req []byte) ([]byte, error)
	}
	// Setup is true while an app's setup script runs: registrations go to
	// the host. In every other environment (requests, tasks) they do
	// nothing, so a module that registers routes with decorators can be
	// imported by a request handler.
	Setup bool
	// SetupModule is the module name handler references use for
	// functions defined in the setup script itself ("setup"): requests
	// load it with only its definitions (see lang.Thread.ExecDefinitions).
	SetupModule string

	pending []Pending
}

// A Pending is a handler reference registered during setup, resolved once
// the setup script has finished (so that it may name functions defined
// after the registering call).
type Pending struct {
	What   string // "route GET /x", "middleware", "background task 'name'"...
	Ref    string // "module.function", or a bare name when Module is set
	Module string // for a bare name: the module that registered it
	File   string
	Line   int
}

// Pending returns the handler references registered so far.
func (h *HTTP) Pending() []Pending { return h.pending }

// AddPending records a reference to resolve at the end of setup.
func (h *HTTP) AddPending(p Pending) { h.pending = append(h.pending, p) }

// The names of the request methods route registers by default.
var defaultMethods = []string{"GET", "POST", "PUT", "DELETE"}

// NewHTTPModule returns the scriptling.runtime.http module over h.
func NewHTTPModule(h *HTTP) lang.ModuleInit {
	return func(t *lang.Thread) (*lang.Module, error) {
		m := lang.NewModule("scriptling.runtime.http")
		for _, meth := range []string{"get", "post", "put", "delete"} {
			method := strings.ToUpper(meth)
			m.SetFunc(meth, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
				var path string
				handler := lang.None
				if err := lang.UnpackArgs(t, meth, args, kw, "path", &path, "handler?", &handler); err != nil {
					return lang.None, err
				}
				return h.register(t, []string{method}, path, handler)
			})
		}
		m.SetFunc("route", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			var path string
			handler, methods := lang.None, lang.None
			if err := lang.UnpackArgs(t, "route", args, kw, "path", &path, "handler?", &handler, "methods?", &methods); err != nil {
				return lang.None, err
			}
			ms := defaultMethods
			if !methods.IsNone() {
				items, err := lang.ToSlice(t, methods)
				if err != nil {
					return lang.None, err
				}
				ms = nil
				for _, it := range items {
					s, ok := it.Str()
					if !ok {
						return lang.None, lang.NewError(lang.TypeErrorType, "route() methods must be strings, not '%s'", it.TypeName())
					}
					ms = append(ms, strings.ToUpper(s))
				}
				if len(ms) == 0 {
					return lang.None, lang.NewError(lang.ValueErrorType, "route() needs at least one method")
				}
			}
			return h.register(t, ms, path, handler)
		})
		m.SetFunc("middleware", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			var handler lang.Value
			if err := lang.UnpackArgs(t, "middleware", args, kw, "handler", &handler); err != nil {
				return lang.None, err
			}
			return h.registerOne(t, abi.OpHTTPMiddleware, "middleware", handler)
		})
		m.SetFunc("not_found", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			var handler lang.Value
			if err := lang.UnpackArgs(t, "not_found", args, kw, "handler", &handler); err != nil {
				return lang.None, err
			}
			return h.registerOne(t, abi.OpHTTPNotFound, "not_found handler", handler)
		})
		m.SetFunc("static", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			var path, dir string
			if err := lang.UnpackArgs(t, "static", args, kw, "path", &path, "directory", &dir); err != nil {
				return lang.None, err
			}
			if !h.Setup {
				return lang.None, nil
			}
			file, line := t.CallerPos()
			e := abi.NewEncoder(nil)
			e.Str(path)
			e.Str(dir)
			e.Str(file)
			e.Int(int64(line))
			_, err := h.Host.Call(abi.OpHTTPStatic, e.Bytes())
			return lang.None, ExceptionFromHost(err)
		})
		m.SetFunc("json", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			var status int64
			var data lang.Value
			if err := lang.UnpackArgs(t, "json", args, kw, "status_code", &status, "data", &data); err != nil {
				return lang.None, err
			}
			body, err := h.EncodeJSON(t, data)
			if err != nil {
				return lang.None, err
			}
			return response(status, "application/json", lang.String(body)), nil
		})
		m.SetFunc("html", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			return textHelper(t, "html", "text/html; charset=utf-8", args, kw)
		})
		m.SetFunc("text", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			return textHelper(t, "text", "text/plain; charset=utf-8", args, kw)
		})
		m.SetFunc("redirect", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			var location string
			status := int64(302)
			if err := lang.UnpackArgs(t, "redirect", args, kw, "location", &location, "status?", &status); err != nil {
				return lang.None, err
			}
			r := lang.NewDict()
			r.SetString("status", lang.Int(status))
			hd := lang.NewDict()
			hd.SetString("Location", lang.String(location))
			r.SetString("headers", lang.Obj(hd))
			r.SetString("body", lang.String(""))
			return lang.Obj(r), nil
		})
		m.SetFunc("parse_query", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			var qs string
			if err := lang.UnpackArgs(t, "parse_query", args, kw, "query_string", &qs); err != nil {
				return lang.None, err
			}
			return lang.Obj(ParseQuery(qs)), nil
		})
		return m, nil
	}
}

// textHelper implements html() and text().
func textHelper(t *lang.Thread, name, ctype string, args []lang.Value, kw []string) (lang.Value, error) {
	var status int64
	var content lang.Value
	if err := lang.UnpackArgs(t, name, args, kw, "status_code", &status, "content", &content); err != nil {
		return lang.None, err
	}
	if _, ok := content.Str(); !ok {
		s, err := lang.ToStr(t, content)
		if err != nil {
			return lang.None, err
		}
		content = lang.String(s)
	}
	return response(status, ctype, content), nil
}

// response returns a response dict.
func response(status int64, ctype string, body lang.Value) lang.Value {
	r := lang.NewDict()
	r.SetString("status", lang.Int(status))
	hd := lang.NewDict()
	hd.SetString("Content-Type", lang.String(ctype))
	r.SetString("headers", lang.Obj(hd))
	r.SetString("body", body)
	return lang.Obj(r)
}

// ParseQuery returns a query string's keys and values; a key given more
// than once keeps its first value. Malformed pairs are skipped, and keys
// after the first abi.MaxQueryFields too, as the host does for a
// request's query.
func ParseQuery(qs string) *lang.Dict {
	d := lang.NewDict()
	for qs != "" && d.Len() < abi.MaxQueryFields {
		var pair string
		pair, qs, _ = strings.Cut(qs, "&")
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		k, err1 := url.QueryUnescape(k)
		v, err2 := url.QueryUnescape(v)
		if err1 != nil || err2 != nil {
			continue
		}
		k, v = strings.ToValidUTF8(k, "\uFFFD"), strings.ToValidUTF8(v, "\uFFFD")
		if _, dup := d.GetString(k); !dup {
			d.SetString(k, lang.String(v))
		}
	}
	return d
}

// register implements get/post/put/delete/route: with a handler it
// registers it; without, it returns a decorator that does.
func (h *HTTP) register(t *lang.Thread, methods []string, path string, handler lang.Value) (lang.Value, error) {
	if handler.IsNone() {
		return lang.BuiltinValue("route_decorator", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			var fn lang.Value
			if err := lang.UnpackArgs(t, "route decorator", args, kw, "handler", &fn); err != nil {
				return lang.None, err
			}
			if _, err := h.registerRoute(t, methods, path, fn); err != nil {
				return lang.None, err
			}
			return fn, nil
		}), nil
	}
	return h.registerRoute(t, methods, path, handler)
}

func (h *HTTP) registerRoute(t *lang.Thread, methods []string, path string, handler lang.Value) (lang.Value, error) {
	ref, err := h.HandlerRef(t, handler)
	if err != nil || !h.Setup {
		return lang.None, err
	}
	file, line := t.CallerPos()
	e := abi.NewEncoder(nil)
	e.Strs(methods)
	e.Str(path)
	e.Str(ref)
	e.Str(file)
	e.Int(int64(line))
	if _, err := h.Host.Call(abi.OpHTTPRoute, e.Bytes()); err != nil {
		return lang.None, ExceptionFromHost(err)
	}
	h.AddPending(Pending{What: "route " + strings.Join(methods, ",") + " " + path, Ref: ref, File: file, Line: line})
	return lang.None, nil
}

// registerOne implements middleware() and not_found().
func (h *HTTP) registerOne(t *lang.Thread, op abi.Op, what string, handler lang.Value) (lang.Value, error) {
	ref, err := h.HandlerRef(t, handler)
	if err != nil || !h.Setup {
		return lang.None, err
	}
	file, line := t.CallerPos()
	e := abi.NewEncoder(nil)
	e.Str(ref)
	e.Str(file)
	e.Int(int64(line))
	if _, err := h.Host.Call(op, e.Bytes()); err != nil {
		return lang.None, ExceptionFromHost(err)
	}
	h.AddPending(Pending{What: what, Ref: ref, File: file, Line: line})
	return lang.None, nil
}

// HandlerRef turns a handler argument into a reference "module.function":
// a str is checked for that shape; a function defined at the top level
// of a module gives its module and name (functions of the setup script
// itself name the setup module).
func (h *HTTP) HandlerRef(t *lang.Thread, v lang.Value) (string, error) {
	if s, ok := v.Str(); ok {
		if !ValidRef(s) {
			return "", lang.NewError(lang.ValueErrorType, "handler reference '%s' must look like 'module.function' (dots before the last name folders)", s)
		}
		return s, nil
	}
	fn, ok := v.Object().(*lang.Function)
	if !ok {
		return "", lang.NewError(lang.TypeErrorType, "a handler must be a 'module.function' string or a function, not '%s'", v.TypeName())
	}
	if fn.QualName() != fn.Name() || !validIdent(fn.Name()) {
		return "", lang.NewError(lang.ValueErrorType, "handler '%s' must be a function defined at the top level of a module", fn.QualName())
	}
	mod := fn.Module()
	if mod == "__main__" || mod == "" {
		if h.SetupModule == "" {
			return "", lang.NewError(lang.ValueErrorType, "handler '%s' is defined in the main script: define it in a module of the app", fn.Name())
		}
		mod = h.SetupModule
	}
	return mod + "." + fn.Name(), nil
}

// ValidRef reports whether s is "module.function" with identifiers only.
func ValidRef(s string) bool {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 {
		return false
	}
	for _, part := range strings.Split(s, ".") {
		if !validIdent(part) {
			return false
		}
	}
	return true
}

func validIdent(s string) bool {
	if s == "" || len(s) > 200 {
		return false
	}
	for i, c := range s {
		switch {
		case c == '_', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// EncodeJSON returns v as JSON text, encoded by the host.
func (h *HTTP) EncodeJSON(t *lang.Thread, v lang.Value) (string, error) {
	e := abi.NewEncoder(nil)
	if err := bridge.Encode(t, e, v); err != nil {
		return "", err
	}
	reply, err := h.Host.Call(abi.OpHTTPJSONEncode, e.Bytes())
	if err != nil {
		return "", ExceptionFromHost(err)
	}
	d := abi.NewDecoder(reply)
	return d.Str()
}

// DecodeJSON parses JSON text, decoded by the host.
func (h *HTTP) DecodeJSON(t *lang.Thread, text string) (lang.Value, error) {
	e := abi.NewEncoder(nil)
	e.Str(text)
	reply, err := h.Host.Call(abi.OpHTTPJSONDecode, e.Bytes())
	if err != nil {
		return lang.None, ExceptionFromHost(err)
	}
	d := abi.NewDecoder(reply)
	return bridge.Decode(t, d)
}

// ExceptionFromHost turns the error of a host call into the exception the
// script sees: an error envelope becomes its exception type (RuntimeError
// for types the interpreter does not know); other errors are RuntimeError.
func ExceptionFromHost(err error) error {
	if err == nil {
		return nil
	}
	var exc *abi.Exception
	if errors.As(err, &exc) {
		cls := httpExceptionClass(exc.Type)
		if cls == nil {
			return lang.NewError(lang.RuntimeErrorType, "%s: %s", exc.Type, exc.Message)
		}
		return lang.NewError(cls, "%s", exc.Message)
	}
	return lang.NewError(lang.RuntimeErrorType, "host call failed: %v", err)
}

func httpExceptionClass(name string) *lang.Class {
	switch name {
	case "TypeError":
		return lang.TypeErrorType
	case "ValueError":
		return lang.ValueErrorType
	case "KeyError":
		return lang.KeyErrorType
	case "TimeoutError":
		return lang.TimeoutErrorType
	case "MemoryError":
		return lang.MemoryErrorType
	case "RuntimeError":
		return lang.RuntimeErrorType
	case "ImportError":
		return lang.ImportErrorType
	case "ModuleNotFoundError":
		return lang.ModuleNotFoundErrorType
	case "IndexError":
		return lang.IndexErrorType
	case "OverflowError":
		return lang.OverflowErrorType
	case "NotImplementedError":
		return lang.NotImplementedErrorType
	case "PermissionError":
		return lang.PermissionErrorType
	case "OSError":
		return lang.OSErrorType
	}
	return nil
}
