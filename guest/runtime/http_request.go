package runtime

import (
	"github.com/wasmling/wasmling/lang"
)

// Request is the request object handlers and middleware receive: method,
// path, body (str), headers (dict, lower-case keys), query (dict), params
// (dict of path parameters), remote_addr, and json(). Middleware may set
// other attributes (request.user = ...); the handler sees them.
type Request struct {
	h      *HTTP
	fields *lang.Dict
	cls    *lang.Class
}

// RequestClass returns the class of request objects; make it once per
// interpreter.
func RequestClass() *lang.Class {
	cls := lang.NewClass("Request", "scriptling.runtime.http", nil)
	cls.DefineMethod("json", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("json", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		r, ok := args[0].Object().(*Request)
		if !ok {
			return lang.None, lang.NewError(lang.TypeErrorType, "json() needs a request")
		}
		body, _ := r.fields.GetString("body")
		s, ok := body.Str()
		if !ok {
			return lang.None, lang.NewError(lang.TypeErrorType, "request body is not a str")
		}
		if s == "" {
			return lang.None, lang.NewError(lang.ValueErrorType, "invalid JSON in request body: the body is empty")
		}
		return r.h.DecodeJSON(t, s)
	})
	return cls
}

// NewRequest returns a request object over fields (method, path, body,
// headers, query, params, remote_addr).
func NewRequest(h *HTTP, cls *lang.Class, fields *lang.Dict) *Request {
	return &Request{h: h, fields: fields, cls: cls}
}

// Type implements lang.Object.
func (r *Request) Type() *lang.Class { return r.cls }

// Attr implements lang.HasAttrs.
func (r *Request) Attr(t *lang.Thread, name string) (lang.Value, bool, error) {
	if v, ok := r.fields.GetString(name); ok {
		return v, true, nil
	}
	if m, ok := r.cls.LookupString(name); ok {
		if b, ok := m.Object().(*lang.Builtin); ok {
			self := lang.Obj(r)
			return lang.BuiltinValue(b.Name(), func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
				return b.Call(t, append([]lang.Value{self}, args...), kw)
			}), true, nil
		}
	}
	return lang.None, false, nil
}

// SetAttr implements lang.SetAttrs.
func (r *Request) SetAttr(t *lang.Thread, name string, v lang.Value) error {
	r.fields.SetString(name, v)
	return nil
}

// DelAttr implements lang.SetAttrs.
func (r *Request) DelAttr(t *lang.Thread, name string) error {
	_, ok, err := r.fields.Delete(t, lang.String(name))
	if err != nil {
		return err
	}
	if !ok {
		return lang.NewError(lang.AttributeErrorType, "'Request' object has no attribute '%s'", name)
	}
	return nil
}

// Repr implements lang.Reprer.
func (r *Request) Repr(t *lang.Thread) (string, error) {
	m, _ := r.fields.GetString("method")
	p, _ := r.fields.GetString("path")
	ms, _ := m.Str()
	ps, _ := p.Str()
	return "<Request " + ms + " " + ps + ">", nil
}
