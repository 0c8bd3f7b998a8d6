package lang

import "strings"

// Class is a type object: a built-in type (int, list, ValueError) or a
// class defined by a script. Built-in types are shared, immutable values;
// script classes belong to one interpreter.
type Class struct {
	Name       string // Python name: "int", "ValueError", "Point"
	ScriptName string // Scriptling's type() name: "INTEGER"; the Name for script classes
	QualName   string
	Module     string
	Doc        string
	Bases      []*Class
	MRO        []*Class // the class itself first, then its bases in resolution order
	dict       hashtable

	builtin bool   // immutable built-in type
	layout  layout // what Go value instances of this class are
	// new constructs a value of a built-in type when the class is called.
	new func(t *Thread, cls *Class, args []Value, kw []string) (Value, error)
	// valueBase is the built-in type a layoutValue class derives from.
	valueBase *Class
	// hooks caches which of the attribute-related dunders the class (or a
	// base) defines, so attribute access skips lookups for plain classes.
	hooks classHooks
	// sizeHint is how many attributes instances usually get, so new
	// instances allocate their table once.
	sizeHint int32
	// derived caches what the fast paths need to know of the MRO's
	// dicts, valid while derivedEpoch is the interpreter's class epoch
	// + 1 (see facts).
	derived      classFacts
	derivedEpoch uint32
}

// classFacts are what the fast paths need to know of a script class.
type classFacts struct {
	// plain: an attribute found in an instance's table is the attribute
	// (no class of the MRO defines __getattribute__ or __setattr__ or
	// holds a data descriptor).
	plain bool
	// init is the class's __init__ when it is a script function (not a
	// generator) and __new__ is object's: ctorFrame's fast path.
	init *Function
}

type layout uint8

const (
	layoutNone      layout = iota // built-in value types (no instances made by calling the class through Instance)
	layoutObject                  // *Instance
	layoutException               // *Exception
	layoutValue                   // *Instance wrapping a built-in value (class C(list))
)

type classHooks uint8

const (
	hookGetattr classHooks = 1 << iota // __getattr__
	hookSetattr                        // __setattr__
	hookDelattr                        // __delattr__
	hookGetattribute
)

// Type implements Object: every class is an instance of type.
func (c *Class) Type() *Class { return TypeType }

// IsSubclass reports whether c is base or derives from it.
func (c *Class) IsSubclass(base *Class) bool {
	if c == base || base == ObjectType {
		return true
	}
	for _, m := range c.MRO {
		if m == base {
			return true
		}
	}
	return false
}

// Lookup finds name in the class and its bases.
func (c *Class) Lookup(name *Str) (Value, bool) {
	for _, m := range c.MRO {
		if v, ok := m.dict.getStr(name); ok {
			return v, true
		}
	}
	return None, false
}

// LookupString is Lookup for a Go string.
func (c *Class) LookupString(name string) (Value, bool) {
	return c.Lookup(NewStr(name))
}

// SetAttr sets a class attribute.
func (c *Class) setAttr(t *Thread, name *Str, v Value) error {
	if c.builtin {
		return NewError(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.s, c.Name)
	}
	if handled, err := c.setSpecialAttr(name.s, v); handled {
		return err
	}
	c.dict.setStr(name, v)
	c.updateHooks()
	if t != nil {
		t.interp.classEpoch++
	}
	return nil
}

// facts returns the class's facts, computed again after any class
// changes. Built-in classes are shared between interpreters and never
// written: they have none (nil).
func (c *Class) facts(t *Thread) *classFacts {
	if c.derivedEpoch != t.interp.classEpoch+1 {
		return c.refreshFacts(t)
	}
	return &c.derived
}

func (c *Class) refreshFacts(t *Thread) *classFacts {
	if c.builtin {
		return nil
	}
	c.derived = classFacts{plain: c.computePlain(), init: t.scriptInit(c)}
	c.derivedEpoch = t.interp.classEpoch + 1
	return &c.derived
}

// plainAttrs reports whether an attribute found in an instance's table
// is the attribute. Inline caches then need not match the class, so a
// site that sees instances of several classes (a base class's __init__)
// stays fast.
func (c *Class) plainAttrs(t *Thread) bool {
	f := c.facts(t)
	return f != nil && f.plain
}

func (c *Class) computePlain() bool {
	if c == ObjectType || c.layout != layoutObject {
		return false
	}
	for _, m := range c.MRO {
		if m == ObjectType {
			continue
		}
		for i := range m.dict.entries {
			e := &m.dict.entries[i]
			if e.deleted() {
				continue
			}
			if s, ok := e.key.r.(*Str); ok && (s.s == "__setattr__" || s.s == "__getattribute__") {
				return false
			}
			if isDataDescriptor(e.val) {
				return false
			}
		}
	}
	return true
}

func (c *Class) updateHooks() {
	var h classHooks
	for _, m := range c.MRO {
		if m == ObjectType {
			continue
		}
		for i := range m.dict.entries {
			e := &m.dict.entries[i]
			if s, ok := e.key.r.(*Str); ok {
				switch s.s {
				case "__getattr__":
					h |= hookGetattr
				case "__setattr__":
					h |= hookSetattr
				case "__delattr__":
					h |= hookDelattr
				case "__getattribute__":
					h |= hookGetattribute
				}
			}
		}
	}
	c.hooks = h
}

// computeMRO sets c.MRO by C3 linearisation of the bases.
func (c *Class) computeMRO() error {
	for i, b := range c.Bases {
		for _, b2 := range c.Bases[:i] {
			if b == b2 {
				return NewError(TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
	}
	seqs := make([][]*Class, 0, len(c.Bases)+1)
	for _, b := range c.Bases {
		seqs = append(seqs, append([]*Class(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Class(nil), c.Bases...))
	mro := []*Class{c}
	for {
		nonEmpty := false
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = true
			}
		}
		if !nonEmpty {
			break
		}
		var head *Class
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			cand := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == cand {
						inTail = true
					}
				}
			}
			if !inTail {
				head = cand
				break
			}
		}
		if head == nil {
			names := make([]string, len(c.Bases))
			for i, b := range c.Bases {
				names[i] = b.Name
			}
			return NewError(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		mro = append(mro, head)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == head {
				seqs[i] = s[1:]
			}
		}
	}
	c.MRO = mro
	return nil
}

// newBuiltinClass makes an immutable built-in type.
func newBuiltinClass(name, scriptName string, base *Class) *Class {
	c := &Class{Name: name, ScriptName: scriptName, QualName: name, Module: "builtins", builtin: true}
	if base != nil {
		c.Bases = []*Class{base}
		c.MRO = append([]*Class{c}, base.MRO...)
		c.layout = base.layout
	} else {
		c.MRO = []*Class{c}
	}
	return c
}

// The built-in types. They are created once and never change after
// package initialisation.
var (
	ObjectType    = newBuiltinClass("object", "OBJECT", nil)
	TypeType      = newBuiltinClass("type", "CLASS", ObjectType)
	NoneType      = newBuiltinClass("NoneType", "NULL", ObjectType)
	IntType       = newBuiltinClass("int", "INTEGER", ObjectType)
	BoolType      = newBuiltinClass("bool", "BOOLEAN", IntType)
	FloatType     = newBuiltinClass("float", "FLOAT", ObjectType)
	StrType       = newBuiltinClass("str", "STRING", ObjectType)
	BytesType     = newBuiltinClass("bytes", "BYTES", ObjectType)
	ListType      = newBuiltinClass("list", "LIST", ObjectType)
	TupleType     = newBuiltinClass("tuple", "TUPLE", ObjectType)
	DictType      = newBuiltinClass("dict", "DICT", ObjectType)
	SetType       = newBuiltinClass("set", "SET", ObjectType)
	FrozenSetType = newBuiltinClass("frozenset", "SET", ObjectType)
	RangeType     = newBuiltinClass("range", "RANGE", ObjectType)
	SliceType     = newBuiltinClass("slice", "SLICE", ObjectType)

	FunctionType  = newBuiltinClass("function", "FUNCTION", ObjectType)
	LambdaType    = newBuiltinClass("function", "LAMBDA", ObjectType)
	BuiltinType   = newBuiltinClass("builtin_function_or_method", "BUILTIN", ObjectType)
	MethodType    = newBuiltinClass("method", "FUNCTION", ObjectType)
	GeneratorType = newBuiltinClass("generator", "ITERATOR", ObjectType)
	IteratorType  = newBuiltinClass("iterator", "ITERATOR", ObjectType)
	// The iterators of the built-in types, named as in CPython.
	listIterType       = newBuiltinClass("list_iterator", "ITERATOR", ObjectType)
	tupleIterType      = newBuiltinClass("tuple_iterator", "ITERATOR", ObjectType)
	reverseIterType    = newBuiltinClass("list_reverseiterator", "ITERATOR", ObjectType)
	strIterType        = newBuiltinClass("str_iterator", "ITERATOR", ObjectType)
	strASCIIIterType   = newBuiltinClass("str_ascii_iterator", "ITERATOR", ObjectType)
	rangeIterType      = newBuiltinClass("range_iterator", "ITERATOR", ObjectType)
	bytesIterType      = newBuiltinClass("bytes_iterator", "ITERATOR", ObjectType)
	dictKeyIterType    = newBuiltinClass("dict_keyiterator", "ITERATOR", ObjectType)
	dictValueIterType  = newBuiltinClass("dict_valueiterator", "ITERATOR", ObjectType)
	dictItemIterType   = newBuiltinClass("dict_itemiterator", "ITERATOR", ObjectType)
	setIterType        = newBuiltinClass("set_iterator", "ITERATOR", ObjectType)
	enumerateType      = newBuiltinClass("enumerate", "ITERATOR", ObjectType)
	zipType            = newBuiltinClass("zip", "ITERATOR", ObjectType)
	mapType            = newBuiltinClass("map", "ITERATOR", ObjectType)
	filterType         = newBuiltinClass("filter", "ITERATOR", ObjectType)
	callableIterType   = newBuiltinClass("callable_iterator", "ITERATOR", ObjectType)
	ModuleType         = newBuiltinClass("module", "DICT", ObjectType)
	CellType           = newBuiltinClass("cell", "CELL", ObjectType)
	PropertyType       = newBuiltinClass("property", "PROPERTY", ObjectType)
	StaticMethodType   = newBuiltinClass("staticmethod", "STATICMETHOD", ObjectType)
	ClassMethodType    = newBuiltinClass("classmethod", "CLASSMETHOD", ObjectType)
	SuperType          = newBuiltinClass("super", "SUPER", ObjectType)
	DictKeysType       = newBuiltinClass("dict_keys", "DICT_KEYS", ObjectType)
	DictValuesType     = newBuiltinClass("dict_values", "DICT_VALUES", ObjectType)
	DictItemsType      = newBuiltinClass("dict_items", "DICT_ITEMS", ObjectType)
	NotImplementedType = newBuiltinClass("NotImplementedType", "NOTIMPLEMENTED", ObjectType)
	EllipsisType       = newBuiltinClass("ellipsis", "ELLIPSIS", ObjectType)
)
