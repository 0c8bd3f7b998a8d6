package runtime

// This file is the http branch's stand-in for the scriptling.runtime
// library (scriptling, scriptling.runtime with background() and the http
// submodule), so that apps can load and serve before the runtime
// library (kv, sync, run(), the task supervisor) is merged. When it is,
// its module table replaces HTTPBranchModules; what must survive is the
// OpBackground request layout below, which the host's setup environment
// decodes (see host/app_ops.go).

import (
	"slices"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/bridge"
	"github.com/wasmling/wasmling/lang"
)

// HTTPBranchModules returns the native modules scriptling,
// scriptling.runtime and, when granted, scriptling.runtime.http.
func HTTPBranchModules(h *HTTP, grants []string) map[string]lang.ModuleInit {
	mods := map[string]lang.ModuleInit{
		"scriptling": func(t *lang.Thread) (*lang.Module, error) {
			return lang.NewModule("scriptling"), nil
		},
		"scriptling.runtime": func(t *lang.Thread) (*lang.Module, error) {
			m := lang.NewModule("scriptling.runtime")
			m.SetFunc("background", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
				return h.background(t, args, kw)
			})
			if slices.Contains(grants, "http") {
				// Built here rather than imported: importing the submodule
				// would import this module first, which is not registered
				// until this function returns.
				sub, err := NewHTTPModule(h)(t)
				if err != nil {
					return nil, err
				}
				sub.Set("__name__", lang.String(sub.Name))
				t.Interp().RegisterModule(sub)
				m.Set("http", lang.Obj(sub))
			}
			return m, nil
		},
	}
	if slices.Contains(grants, "http") {
		mods["scriptling.runtime.http"] = NewHTTPModule(h)
	}
	return mods
}

// background implements runtime.background(name, handler, *args,
// **kwargs). In the setup environment it sends
//
//	OpBackground (str name, str handler, str module, str file, int line,
//	              list args, dict kwargs) → ()
//
// (the runtime branch's layout) where handler is "module.function" with
// module "", or the bare name of a function of module (the calling
// module), and file:line is the registering call, in the calling
// module's file. Elsewhere it does nothing.
func (h *HTTP) background(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	npos := len(args) - len(kw)
	if npos < 2 {
		return lang.None, lang.NewError(lang.TypeErrorType, "background() needs a name and a handler")
	}
	name, ok := args[0].Str()
	if !ok || name == "" {
		return lang.None, lang.NewError(lang.TypeErrorType, "background() name must be a non-empty str")
	}
	module := t.ModuleName()
	file, line := t.CallerPos()
	if module == "__main__" && h.SetupModule != "" {
		module = h.SetupModule
	}
	var handler string
	switch v := args[1]; {
	case v.IsNone():
		return lang.None, lang.NewError(lang.TypeErrorType, "background() handler must be a str or a function")
	default:
		if s, ok := v.Str(); ok {
			if !ValidRef(s) && !validIdent(s) {
				return lang.None, lang.NewError(lang.ValueErrorType, "background() handler '%s' must be 'module.function' or a function name", s)
			}
			handler = s
			break
		}
		ref, err := h.HandlerRef(t, v)
		if err != nil {
			return lang.None, err
		}
		handler = ref
		if fn, ok := v.Object().(*lang.Function); ok && (fn.Module() == t.ModuleName()) {
			handler = fn.Name()
		}
	}
	if !h.Setup {
		return lang.None, nil
	}
	if ValidRef(handler) {
		module = ""
	}
	e := abi.NewEncoder(nil)
	e.Str(name)
	e.Str(handler)
	e.Str(module)
	e.Str(file)
	e.Int(int64(line))
	e.BeginList(npos - 2)
	for _, a := range args[2:npos] {
		if err := bridge.Encode(t, e, a); err != nil {
			return lang.None, err
		}
	}
	e.BeginDict(len(kw))
	for i, k := range kw {
		e.Str(k)
		if err := bridge.Encode(t, e, args[npos+i]); err != nil {
			return lang.None, err
		}
	}
	if _, err := h.Host.Call(abi.OpBackground, e.Bytes()); err != nil {
		return lang.None, ExceptionFromHost(err)
	}
	p := Pending{What: "background task '" + name + "'", Ref: handler, File: file, Line: line}
	if !ValidRef(handler) {
		p.Module = t.ModuleName()
	}
	h.AddPending(p)
	return lang.None, nil
}
