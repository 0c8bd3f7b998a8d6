package lang

import (
	"errors"

	"github.com/wasmling/wasmling/lang/syntax"
)

// NewClass returns a class for values implemented in Go by a native
// module (a regex Match, a deque, a hash object). Its instances are Go
// types whose Type method returns it; calling the class runs ctor (nil:
// the class cannot be called). Scripts cannot subclass it; a type meant to
// be subclassed belongs in a source module.
func NewClass(name, module string, ctor func(t *Thread, cls *Class, args []Value, kw []string) (Value, error)) *Class {
	c := newBuiltinClass(name, name, ObjectType)
	c.Module = module
	c.new = ctor
	if ctor == nil {
		c.new = func(t *Thread, cls *Class, args []Value, kw []string) (Value, error) {
			return None, NewError(TypeErrorType, "cannot create '%s.%s' instances", module, name)
		}
	}
	return c
}

// DefineMethod adds a method to a class made by NewClass; the receiver is
// args[0]. Call it only while setting the class up.
func (c *Class) DefineMethod(name string, fn BuiltinFunc) {
	c.dict.setStr(NewStr(name), Obj(&Builtin{name: name, fn: fn, method: true}))
}

// DefineAttr adds a class attribute to a class made by NewClass.
func (c *Class) DefineAttr(name string, v Value) {
	c.dict.setStr(NewStr(name), v)
}

// SourceModule returns a ModuleInit that runs Scriptling source as the
// module: standard-library modules that are most naturally written in the
// language itself (or that scripts subclass) are built this way. The
// source may import native helper modules.
func SourceModule(name, filename, src string) ModuleInit {
	return func(t *Thread) (*Module, error) {
		in := t.interp
		cc, err := in.Compile(filename, []byte(src))
		if err != nil {
			var se *syntax.Error
			if errors.As(err, &se) {
				return nil, syntaxException(se)
			}
			return nil, err
		}
		m := in.newModule(name, filename, false)
		in.modules[name] = m
		if _, err := t.execCode(m, cc); err != nil {
			delete(in.modules, name)
			return nil, err
		}
		return m, nil
	}
}
