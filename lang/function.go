package lang

import (
	"github.com/wasmling/wasmling/lang/compile"
)

// code is a compile.Code prepared for one interpreter: constants turned
// into Values, names interned, and inline caches for attribute and global
// lookups.
type code struct {
	*compile.Code
	instrs  []compile.Instr
	consts  []Value
	names   []*Str
	caches  []inlineCache
	nlocals int
	// Precomputed for newFrame: slots a frame needs, the number of
	// positional arguments when they are the only parameters (else -1),
	// and the cells (cell and free variables).
	frameSize, simpleArgs, ncells int
	// kwIndex maps keyword-only and normal parameter names to local slots.
	paramNames []*Str
	module     string
}

// Type implements Object.
func (*code) Type() *Class { return ObjectType }

// inlineCache remembers the result of a lookup at one instruction.
type inlineCache struct {
	cls   *Class // receiver class the entry is valid for
	epoch uint32 // interpreter class epoch, or the globals table version
	idx   int32  // index of the entry in the instance or globals table; -1 for a class attribute
	kind  uint8
	val   Value // class attribute (method) or builtin value
}

// noCache is the inline cache index of instructions past the 65535th of
// a code object: a spare slot that fill never writes.
const noCache = 1<<16 - 1

// fill stores a cache entry for in, unless in has no slot of its own.
func (c *code) fill(in compile.Instr, e inlineCache) {
	if in.C != noCache {
		c.caches[in.C] = e
	}
}

const (
	cacheEmpty uint8 = iota
	cacheInstanceDict
	cacheClassAttr  // a plain class attribute or method found on the class
	cacheGlobal     // LOAD_GLOBAL found in globals at idx
	cacheBuiltin    // LOAD_GLOBAL found in builtins
	cacheTypeMethod // LOAD_METHOD on a built-in value type
	// cacheInstanceAppend: STORE_ATTR added the attribute to an instance
	// whose table then held idx entries (self.x = x in __init__).
	cacheInstanceAppend
)

// Function is a function defined by a script (def or lambda).
type Function struct {
	code       *code
	name       string
	qualname   string
	globals    *Dict
	defaults   []Value
	kwdefaults []Value // per keyword-only parameter; unbound if none
	closure    []*Cell
	dict       *hashtable
	doc        Value
}

// Type implements Object.
func (f *Function) Type() *Class {
	if f.code.Flags&compile.FlagLambda != 0 {
		return LambdaType
	}
	return FunctionType
}

// Name implements Callable.
func (f *Function) Name() string { return f.name }

// Call implements Callable.
func (f *Function) Call(t *Thread, args []Value, kw []string) (Value, error) {
	return t.callFunction(f, args, kw)
}

// Attr implements HasAttrs.
func (f *Function) Attr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "__name__":
		return String(f.name), true, nil
	case "__qualname__":
		return String(f.qualname), true, nil
	case "__doc__":
		return f.doc, true, nil
	case "__module__":
		return String(f.code.module), true, nil
	case "__defaults__":
		if len(f.defaults) == 0 {
			return None, true, nil
		}
		return Obj(&Tuple{items: f.defaults}), true, nil
	case "__kwdefaults__":
		kwStart := f.code.NumPos
		if f.code.VarArgs {
			kwStart++
		}
		var d *Dict
		for i, v := range f.kwdefaults {
			if !isUnbound(v) {
				if d == nil {
					d = &Dict{}
				}
				d.SetStr(f.code.paramNames[kwStart+i], v)
			}
		}
		if d == nil {
			return None, true, nil
		}
		return Obj(d), true, nil
	case "__closure__":
		if len(f.closure) == 0 {
			return None, true, nil
		}
		items := make([]Value, len(f.closure))
		for i, c := range f.closure {
			items[i] = Obj(c)
		}
		return Obj(&Tuple{items: items}), true, nil
	case "__dict__":
		if f.dict == nil {
			f.dict = &hashtable{}
		}
		return Obj(liveDict(f.dict)), true, nil
	}
	if f.dict != nil {
		if v, ok := f.dict.getStr(NewStr(name)); ok {
			return v, true, nil
		}
	}
	return None, false, nil
}

// SetAttr implements SetAttrs.
func (f *Function) SetAttr(t *Thread, name string, v Value) error {
	switch name {
	case "__name__":
		s, ok := v.Str()
		if !ok {
			return NewError(TypeErrorType, "__name__ must be set to a string object")
		}
		f.name = s
		return nil
	case "__qualname__":
		s, ok := v.Str()
		if !ok {
			return NewError(TypeErrorType, "__qualname__ must be set to a string object")
		}
		f.qualname = s
		return nil
	case "__doc__":
		f.doc = v
		return nil
	}
	if f.dict == nil {
		f.dict = &hashtable{}
	}
	f.dict.setStr(NewStr(name), v)
	return nil
}

// DelAttr implements SetAttrs.
func (f *Function) DelAttr(t *Thread, name string) error {
	if f.dict != nil {
		if _, ok, _ := f.dict.del(t, String(name)); ok {
			return nil
		}
	}
	return NewError(AttributeErrorType, "'function' object has no attribute '%s'", name)
}

// BuiltinFunc is the Go implementation of a built-in function. args holds
// the positional arguments followed by the values of the keyword
// arguments named in kw.
type BuiltinFunc func(t *Thread, args []Value, kw []string) (Value, error)

// Builtin is a function implemented in Go.
type Builtin struct {
	name string
	fn   BuiltinFunc
	doc  string
	// self is the receiver a method is bound to (bound built-in method).
	self  Value
	bound bool
	// method marks a method of a built-in type (list.append), which binds
	// to instances like a function; other built-ins stored in a class
	// (f = len) do not.
	method bool
}

// NewBuiltin returns a built-in function.
func NewBuiltin(name string, fn BuiltinFunc) *Builtin { return &Builtin{name: name, fn: fn} }

// BuiltinValue returns a built-in function as a Value.
func BuiltinValue(name string, fn BuiltinFunc) Value { return Obj(&Builtin{name: name, fn: fn}) }

// Type implements Object.
func (*Builtin) Type() *Class { return BuiltinType }

// Name implements Callable.
func (b *Builtin) Name() string { return b.name }

// Call implements Callable.
func (b *Builtin) Call(t *Thread, args []Value, kw []string) (Value, error) {
	if b.bound {
		full := make([]Value, len(args)+1)
		full[0] = b.self
		copy(full[1:], args)
		return b.fn(t, full, kw)
	}
	return b.fn(t, args, kw)
}

// Attr implements HasAttrs.
func (b *Builtin) Attr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "__name__", "__qualname__":
		return String(b.name), true, nil
	case "__doc__":
		if b.doc == "" {
			return None, true, nil
		}
		return String(b.doc), true, nil
	case "__self__":
		return b.self, true, nil
	}
	return None, false, nil
}

// bind returns the built-in method bound to self.
func (b *Builtin) bind(self Value) *Builtin {
	return &Builtin{name: b.name, fn: b.fn, doc: b.doc, self: self, bound: true, method: b.method}
}

// BoundMethod is a script function bound to an instance (or a class, for
// classmethods).
type BoundMethod struct {
	Self Value
	Fn   Value
}

// Type implements Object.
func (*BoundMethod) Type() *Class { return MethodType }

// Name implements Callable.
func (m *BoundMethod) Name() string { return callableName(m.Fn) }

// Call implements Callable.
func (m *BoundMethod) Call(t *Thread, args []Value, kw []string) (Value, error) {
	full := make([]Value, len(args)+1)
	full[0] = m.Self
	copy(full[1:], args)
	return t.Call(m.Fn, full, kw)
}

// Attr implements HasAttrs.
func (m *BoundMethod) Attr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "__self__":
		return m.Self, true, nil
	case "__func__":
		return m.Fn, true, nil
	}
	return GetAttr(t, m.Fn, name)
}

// Equal implements Equaler.
func (m *BoundMethod) Equal(t *Thread, other Value) (bool, error) {
	o, ok := other.r.(*BoundMethod)
	return ok && Is(m.Self, o.Self) && Is(m.Fn, o.Fn), nil
}

// Cell holds a variable shared between a function and the closures
// defined in it.
type Cell struct {
	v Value // unbound when empty
}

// Type implements Object.
func (*Cell) Type() *Class { return CellType }

// Attr implements HasAttrs: cell_contents.
func (c *Cell) Attr(t *Thread, name string) (Value, bool, error) {
	if name != "cell_contents" {
		return None, false, nil
	}
	if isUnbound(c.v) {
		return None, false, NewError(ValueErrorType, "Cell is empty")
	}
	return c.v, true, nil
}

// Property is a @property descriptor.
type Property struct {
	Get, Set, Del Value
	Doc           Value
}

// Type implements Object.
func (*Property) Type() *Class { return PropertyType }

// Attr implements HasAttrs: setter, getter and deleter make copies.
func (p *Property) Attr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "setter", "getter", "deleter":
		return BuiltinValue(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return None, NewError(TypeErrorType, "%s() takes exactly one argument", name)
			}
			np := *p
			switch name {
			case "setter":
				np.Set = args[0]
			case "getter":
				np.Get = args[0]
			default:
				np.Del = args[0]
			}
			return Obj(&np), nil
		}), true, nil
	case "fget":
		return p.Get, true, nil
	case "fset":
		return p.Set, true, nil
	case "__doc__":
		return p.Doc, true, nil
	}
	return None, false, nil
}

// StaticMethod wraps a function so that it is not bound.
type StaticMethod struct{ Fn Value }

// Type implements Object.
func (*StaticMethod) Type() *Class { return StaticMethodType }

// Call implements Callable.
func (s *StaticMethod) Call(t *Thread, args []Value, kw []string) (Value, error) {
	return t.Call(s.Fn, args, kw)
}

// Name implements Callable.
func (s *StaticMethod) Name() string { return callableName(s.Fn) }

// Attr implements HasAttrs: the wrapped function.
func (s *StaticMethod) Attr(t *Thread, name string) (Value, bool, error) {
	return wrapperAttr(t, s.Fn, name)
}

// Attr implements HasAttrs: the wrapped function.
func (c *ClassMethod) Attr(t *Thread, name string) (Value, bool, error) {
	return wrapperAttr(t, c.Fn, name)
}

// wrapperAttr gives staticmethod and classmethod objects __func__ and
// __wrapped__, and the wrapped function's name and doc.
func wrapperAttr(t *Thread, fn Value, name string) (Value, bool, error) {
	switch name {
	case "__func__", "__wrapped__":
		return fn, true, nil
	case "__name__", "__qualname__", "__doc__":
		return GetAttr(t, fn, name)
	}
	return None, false, nil
}

// ClassMethod wraps a function so that it is bound to the class.
type ClassMethod struct{ Fn Value }

// Type implements Object.
func (*ClassMethod) Type() *Class { return ClassMethodType }

func callableName(v Value) string {
	if c, ok := v.r.(Callable); ok {
		return c.Name()
	}
	if c, ok := v.r.(*Class); ok {
		return c.Name
	}
	return v.TypeName()
}

// Module returns the name of the module that defined the function.
func (f *Function) Module() string { return f.code.module }

// QualName returns the function's qualified name.
func (f *Function) QualName() string { return f.qualname }
