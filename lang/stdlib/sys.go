package stdlib

import (
	"github.com/wasmling/wasmling/lang"
)

// maxDepthKey keeps the interpreter's configured depth in Interp().Data:
// sys.setrecursionlimit may lower the limit or raise it back up to that,
// never beyond.
const maxDepthKey = "sys.maxdepth"

// sysNative is _sys: what py/sys.py needs from the interpreter. Nothing
// here describes the host machine.
func sysNative(t *lang.Thread) (*lang.Module, error) {
	in := t.Interp()
	if _, ok := in.Data[maxDepthKey]; !ok {
		in.Data[maxDepthKey] = in.MaxDepth()
	}
	m := lang.NewModule("_sys")
	argv := []lang.Value{}
	for _, a := range in.Argv() {
		argv = append(argv, lang.String(a))
	}
	if len(argv) == 0 {
		argv = append(argv, lang.String(""))
	}
	m.Set("argv", lang.ListValue(argv))
	streams := hostStreamClass()
	m.Set("stdout", lang.Obj(&hostStream{cls: streams}))
	m.Set("stderr", lang.Obj(&hostStream{cls: streams, err: true}))
	m.Set("modules", lang.Obj(&moduleView{cls: moduleViewClass()}))
	m.SetFunc("getrecursionlimit", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("getrecursionlimit", args, kw, 0, 0); err != nil {
			return lang.None, err
		}
		return lang.Int(int64(t.Interp().MaxDepth())), nil
	})
	m.SetFunc("setrecursionlimit", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var n int64
		if err := lang.UnpackArgs(t, "setrecursionlimit", args, kw, "limit", &n); err != nil {
			return lang.None, err
		}
		if n < 1 {
			return lang.None, lang.NewError(lang.ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		limit, _ := t.Interp().Data[maxDepthKey].(int)
		if limit > 0 && n > int64(limit) {
			n = int64(limit)
		}
		t.Interp().SetMaxDepth(int(n))
		return lang.None, nil
	})
	m.SetFunc("exc_info", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		e := t.Handling()
		if e == nil {
			return lang.TupleValue(lang.None, lang.None, lang.None), nil
		}
		return lang.TupleValue(lang.Obj(e.Class()), lang.Obj(e), lang.None), nil
	})
	m.SetFunc("exception", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if e := t.Handling(); e != nil {
			return lang.Obj(e), nil
		}
		return lang.None, nil
	})
	return m, nil
}

// moduleView is sys.modules: a read-only mapping of the imported modules.
type moduleView struct{ cls *lang.Class }

func (v *moduleView) Type() *lang.Class { return v.cls }

func (v *moduleView) GetItem(t *lang.Thread, k lang.Value) (lang.Value, error) {
	if s, ok := k.Str(); ok {
		if m, ok := t.Interp().LoadedModule(s); ok {
			return lang.Obj(m), nil
		}
	}
	r, _ := lang.Repr(t, k)
	return lang.None, lang.NewError(lang.KeyErrorType, "%s", r)
}

func (v *moduleView) Contains(t *lang.Thread, k lang.Value) (bool, error) {
	if s, ok := k.Str(); ok {
		_, found := t.Interp().LoadedModule(s)
		return found, nil
	}
	return false, nil
}

func (v *moduleView) Iter(t *lang.Thread) (lang.Iterator, error) {
	names := t.Interp().ModuleNames()
	items := make([]lang.Value, len(names))
	for i, n := range names {
		items[i] = lang.String(n)
	}
	return lang.Iterate(t, lang.ListValue(items))
}

func moduleViewClass() *lang.Class {
	cls := lang.NewClass("modules", "sys", nil)
	cls.DefineMethod("get", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("get", args[1:], kw, 1, 2); err != nil {
			return lang.None, err
		}
		if s, ok := args[1].Str(); ok {
			if m, ok := t.Interp().LoadedModule(s); ok {
				return lang.Obj(m), nil
			}
		}
		if len(args) > 2 {
			return args[2], nil
		}
		return lang.None, nil
	})
	cls.DefineMethod("keys", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		names := t.Interp().ModuleNames()
		items := make([]lang.Value, len(names))
		for i, n := range names {
			items[i] = lang.String(n)
		}
		return lang.ListValue(items), nil
	})
	return cls
}
