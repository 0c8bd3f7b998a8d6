package lang

import (
	"errors"
	"strings"

	"github.com/wasmling/wasmling/lang/syntax"
)

// importName implements IMPORT_NAME: it imports the dotted module (and
// its parents) and returns the top-level package, or the module itself
// when leaf is set (import a.b as c, from a.b import x).
func (in *Interpreter) importName(t *Thread, f *frame, name string, level int, leaf bool) (Value, error) {
	full := name
	if level > 0 {
		pkg := ""
		if p, ok := f.globals.GetString("__package__"); ok {
			pkg, _ = p.Str()
		}
		parts := []string{}
		if pkg != "" {
			parts = strings.Split(pkg, ".")
		}
		if level-1 > len(parts) || (pkg == "" && level > 0) {
			return None, NewError(ImportErrorType, "attempted relative import beyond top-level package")
		}
		base := strings.Join(parts[:len(parts)-(level-1)], ".")
		switch {
		case base == "":
			full = name
		case name == "":
			full = base
		default:
			full = base + "." + name
		}
		if full == "" {
			return None, NewError(ImportErrorType, "attempted relative import with no known parent package")
		}
	}
	m, err := in.Import(t, full)
	if err != nil {
		return None, err
	}
	if leaf || level > 0 {
		return Obj(m), nil
	}
	top := full
	if i := strings.IndexByte(full, '.'); i >= 0 {
		top = full[:i]
	}
	return Obj(in.modules[top]), nil
}

// importFrom implements IMPORT_FROM: an attribute of the module, or its
// submodule of that name.
func (in *Interpreter) importFrom(t *Thread, mv Value, name string) (Value, error) {
	m, ok := mv.r.(*Module)
	if !ok {
		v, found, err := GetAttr(t, mv, name)
		if err != nil {
			return None, err
		}
		if !found {
			return None, NewError(ImportErrorType, "cannot import name '%s'", name)
		}
		return v, nil
	}
	if v, ok := m.Globals.GetString(name); ok {
		return v, nil
	}
	sub, err := in.Import(t, m.Name+"."+name)
	if err == nil {
		return Obj(sub), nil
	}
	if e, ok := err.(*Exception); ok && e.cls == ModuleNotFoundErrorType {
		if f, ok := m.Globals.GetString("__file__"); ok {
			if fs, ok := f.Str(); ok && fs != "" {
				return None, NewError(ImportErrorType, "cannot import name '%s' from '%s' (%s)", name, m.Name, fs)
			}
		}
		return None, NewError(ImportErrorType, "cannot import name '%s' from '%s'", name, m.Name)
	}
	return None, err
}

// Import imports the module with the dotted name, its parent packages
// first, and returns it.
func (in *Interpreter) Import(t *Thread, name string) (*Module, error) {
	if m, ok := in.modules[name]; ok {
		return m, nil
	}
	if name == "" || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".") || strings.Contains(name, "..") {
		return nil, NewError(ModuleNotFoundErrorType, "No module named '%s'", name)
	}
	var parent *Module
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		p, err := in.Import(t, name[:i])
		if err != nil {
			return nil, err
		}
		parent = p
		if m, ok := in.modules[name]; ok {
			return m, nil
		}
	}
	m, err := in.loadModule(t, name)
	if err != nil {
		return nil, err
	}
	if parent != nil {
		leaf := name[strings.LastIndexByte(name, '.')+1:]
		if _, exists := parent.Globals.GetString(leaf); !exists {
			parent.Globals.SetString(leaf, Obj(m))
		}
	}
	return m, nil
}

func (in *Interpreter) loadModule(t *Thread, name string) (*Module, error) {
	if init, ok := in.natives[name]; ok {
		m, err := init(t)
		if err != nil {
			return nil, err
		}
		if m.Name == "" {
			m.Name = name
		}
		if _, ok := m.Globals.GetString("__name__"); !ok {
			m.Globals.SetString("__name__", String(name))
		}
		in.modules[name] = m
		return m, nil
	}
	src, filename, err := in.host.LoadModule(name)
	if err != nil {
		if errors.Is(err, ErrModuleNotFound) {
			if in.isNativePackage(name) {
				m := in.newModule(name, "", true)
				in.modules[name] = m
				return m, nil
			}
			return nil, NewError(ModuleNotFoundErrorType, "No module named '%s'", name)
		}
		if e, ok := err.(*Exception); ok {
			return nil, e
		}
		return nil, NewError(ImportErrorType, "cannot load module '%s': %v", name, err)
	}
	cc, err := in.Compile(filename, src)
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			return nil, syntaxException(se)
		}
		return nil, err
	}
	isPkg := strings.HasSuffix(filename, "__init__.py")
	m := in.newModule(name, filename, isPkg)
	in.modules[name] = m
	if _, err := t.execCode(m, cc); err != nil {
		delete(in.modules, name)
		return nil, err
	}
	return m, nil
}

// isNativePackage reports whether name is a parent of a native module
// (so "urllib" exists because "urllib.parse" does).
func (in *Interpreter) isNativePackage(name string) bool {
	prefix := name + "."
	for n := range in.natives {
		if strings.HasPrefix(n, prefix) {
			return true
		}
	}
	return false
}

// syntaxException turns a syntax error in an imported module into a
// SyntaxError exception.
func syntaxException(se *syntax.Error) *Exception {
	cls := SyntaxErrorType
	if se.TypeName() == "IndentationError" {
		cls = IndentationErrorType
	}
	e := NewError(cls, "%s (%s, line %d)", se.Msg, se.File, se.Pos.Line)
	e.dict.setStr(NewStr("filename"), String(se.File))
	e.dict.setStr(NewStr("lineno"), Int(int64(se.Pos.Line)))
	e.dict.setStr(NewStr("offset"), Int(int64(se.Pos.Col)))
	e.dict.setStr(NewStr("msg"), String(se.Msg))
	e.dict.setStr(NewStr("text"), String(se.Line))
	return e
}

// NewModule makes an empty module for a native module's ModuleInit.
func NewModule(name string) *Module {
	g := &Dict{}
	g.SetString("__name__", String(name))
	return &Module{Name: name, Globals: g}
}

// Set adds a name to a native module.
func (m *Module) Set(name string, v Value) { m.Globals.SetString(name, v) }

// SetFunc adds a built-in function to a native module.
func (m *Module) SetFunc(name string, fn BuiltinFunc) {
	m.Globals.SetString(name, Obj(&Builtin{name: name, fn: fn}))
}
