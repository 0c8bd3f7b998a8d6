package runtime

import (
	"strings"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/bridge"
	"github.com/wasmling/wasmling/lang"
)

// background implements runtime.background(name, handler, *args,
// **kwargs): OpBackground (str name, str handler, str module, str file,
// int line, list args, dict kwargs) → ().
//
// handler is sent as "module.function" for a function of another module
// (the task imports it afresh), or as a bare name with the calling module
// in module, for a function of the calling module (the task runs only
// that module's definitions). A "module.function" reference is resolved
// here, so a typo fails at the registering line rather than in the task.
func (r *Runtime) background(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	npos := len(args) - len(kw)
	if npos < 2 {
		return lang.None, lang.NewError(lang.TypeErrorType, "background() needs a task name and a handler")
	}
	name, ok := args[0].Str()
	if !ok {
		return lang.None, lang.NewError(lang.TypeErrorType, "background() task name must be a str, not %s", args[0].TypeName())
	}
	if name == "" {
		return lang.None, lang.NewError(lang.ValueErrorType, "background() task name must not be empty")
	}
	file, line := t.CallerPos()
	caller := t.ModuleName()
	handler, module, err := r.taskHandler(t, args[1], caller)
	if err != nil {
		return lang.None, err
	}

	e, err := r.begin()
	if err != nil {
		return lang.None, err
	}
	e.Str(name)
	e.Str(handler)
	e.Str(module)
	e.Str(file)
	e.Int(int64(line))
	pos := args[2:npos]
	e.BeginList(len(pos))
	for _, a := range pos {
		if err := encodeTaskArg(t, e, a); err != nil {
			return lang.None, err
		}
	}
	e.BeginDict(len(kw))
	for i, k := range kw {
		e.Str(k)
		if err := encodeTaskArg(t, e, args[npos+i]); err != nil {
			return lang.None, err
		}
	}
	_, err = r.call(t, abi.OpBackground)
	return lang.None, err
}

func encodeTaskArg(t *lang.Thread, e *abi.Encoder, v lang.Value) error {
	if err := bridge.Encode(t, e, v); err != nil {
		if exc, ok := lang.AsException(err); ok && exc.Class() == lang.TypeErrorType {
			return lang.NewError(lang.TypeErrorType, "background() arguments must be transferable: %s", exc.Message())
		}
		return err
	}
	return nil
}

// taskHandler resolves a task handler to what OpBackground sends: a
// "module.function" reference with no module, or a bare function name and
// the module defining it.
func (r *Runtime) taskHandler(t *lang.Thread, h lang.Value, caller string) (handler, module string, err error) {
	if s, ok := h.Str(); ok {
		i := strings.LastIndexByte(s, '.')
		if i < 0 {
			fn, ok := t.Globals().GetString(s)
			if !ok && r.http.Setup && caller == "__main__" {
				// In a setup script the function may be defined further
				// down: it is checked when the script has finished, with
				// the route handlers.
				file, line := t.CallerPos()
				r.http.AddPending(Pending{What: "background task", Ref: s, Module: "__main__", File: file, Line: line})
				return s, caller, nil
			}
			if !ok {
				return "", "", lang.NewError(lang.NameErrorType, "background() handler '%s' is not defined in module '%s'", s, caller)
			}
			if _, isFn := fn.Object().(*lang.Function); !isFn {
				return "", "", lang.NewError(lang.TypeErrorType, "background() handler '%s' must be a function, not %s", s, fn.TypeName())
			}
			return s, caller, nil
		}
		modName, fnName := s[:i], s[i+1:]
		if modName == "" || fnName == "" {
			return "", "", lang.NewError(lang.ValueErrorType, "background() handler '%s' is not a \"module.function\" reference", s)
		}
		m, err := t.Interp().Import(t, modName)
		if err != nil {
			return "", "", err
		}
		fn, ok := m.Globals.GetString(fnName)
		if !ok {
			return "", "", lang.NewError(lang.AttributeErrorType, "background() handler '%s': module '%s' has no attribute '%s'", s, modName, fnName)
		}
		if !lang.IsCallable(fn) {
			return "", "", lang.NewError(lang.TypeErrorType, "background() handler '%s' is not callable", s)
		}
		return s, "", nil
	}
	fn, ok := h.Object().(*lang.Function)
	if !ok {
		return "", "", lang.NewError(lang.TypeErrorType, "background() handler must be a function or a \"module.function\" str, not %s", h.TypeName())
	}
	if fn.QualName() != fn.Name() || strings.HasPrefix(fn.Name(), "<") {
		return "", "", lang.NewError(lang.TypeErrorType, "background() handler must be a top-level function of a module, not %s", fn.QualName())
	}
	if fn.Module() == caller {
		return fn.Name(), caller, nil
	}
	if fn.Module() == "__main__" {
		return "", "", lang.NewError(lang.ValueErrorType, "background() handler %s belongs to the main script; register it from there", fn.Name())
	}
	return fn.Module() + "." + fn.Name(), "", nil
}
