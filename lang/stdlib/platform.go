package stdlib

import "github.com/wasmling/wasmling/lang"

// The platform module reports fixed values describing the sandbox, never
// the host's operating system, CPU or name.

// Version is the version of this Scriptling implementation.
const Version = "0.1.0"

var platformInfo = []struct{ name, value string }{
	{"system", "WASI"},
	{"node", "sandbox"},
	{"release", ""},
	{"version", ""},
	{"machine", "wasm32"},
	{"processor", ""},
}

func platformModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("platform")
	m.Set("__doc__", lang.String("Information about the platform: fixed values describing the Scriptling sandbox (never the host's)."))
	for _, p := range platformInfo {
		v := lang.String(p.value)
		m.SetFunc(p.name, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) { return v, nil })
	}
	fixed := func(v lang.Value) lang.BuiltinFunc {
		return func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) { return v, nil }
	}
	m.SetFunc("platform", fixed(lang.String("WASI-wasm32")))
	m.SetFunc("architecture", fixed(lang.TupleValue(lang.String("32bit"), lang.String(""))))
	m.SetFunc("python_version", fixed(lang.String("3.11.0")))
	m.SetFunc("python_version_tuple", fixed(lang.TupleValue(lang.String("3"), lang.String("11"), lang.String("0"))))
	m.SetFunc("python_implementation", fixed(lang.String("Scriptling")))
	m.SetFunc("scriptling_version", fixed(lang.String(Version)))
	m.SetFunc("uname", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		d := lang.NewDict()
		for _, p := range platformInfo {
			d.SetString(p.name, lang.String(p.value))
		}
		return lang.Obj(d), nil
	})
	return m, nil
}
