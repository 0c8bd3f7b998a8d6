package lang

// Optional capabilities of Objects. The interpreter handles the built-in
// types directly on its hot paths and falls back to these interfaces, so a
// Go type added by a library module (a regex match, a deque, a hash object)
// gains a capability by implementing an interface rather than by a switch
// elsewhere.
//
// Every Object implementation must be a pointer type (or another comparable
// type) so that Values can be compared for identity.

// HasAttrs is an Object with attributes reached by obj.name.
type HasAttrs interface {
	Object
	// Attr returns the attribute, or ok=false if there is none (the caller
	// raises AttributeError). An error is an exception raised while
	// computing it.
	Attr(t *Thread, name string) (v Value, ok bool, err error)
}

// SetAttrs is an Object whose attributes can be assigned and deleted.
type SetAttrs interface {
	Object
	SetAttr(t *Thread, name string, v Value) error
	DelAttr(t *Thread, name string) error
}

// Lener is an Object with a length.
type Lener interface {
	Object
	Len() int
}

// Iterable is an Object that can be iterated.
type Iterable interface {
	Object
	Iter(t *Thread) (Iterator, error)
}

// Iterator produces values one at a time. Next returns ok=false when the
// iteration is over. Iterators are Objects too (`iter(x)`, `next(it)`).
type Iterator interface {
	Object
	Next(t *Thread) (v Value, ok bool, err error)
}

// Indexable is an Object supporting x[k].
type Indexable interface {
	Object
	GetItem(t *Thread, k Value) (Value, error)
}

// ItemSetter is an Object supporting x[k] = v and del x[k].
type ItemSetter interface {
	Object
	SetItem(t *Thread, k, v Value) error
	DelItem(t *Thread, k Value) error
}

// Container is an Object supporting `x in obj`.
type Container interface {
	Object
	Contains(t *Thread, x Value) (bool, error)
}

// Callable is an Object that can be called. args holds the positional
// arguments followed by the values of the keyword arguments, whose names
// are in kw (len(kw) <= len(args)); kw is nil when there are none.
type Callable interface {
	Object
	Call(t *Thread, args []Value, kw []string) (Value, error)
	// Name is the function's name for error messages and tracebacks.
	Name() string
}

// Truther is an Object with its own truth value.
type Truther interface {
	Object
	Truth() bool
}

// Hasher is an Object usable as a dict key or set element, with a hash
// consistent with its Equaler.
type Hasher interface {
	Object
	Hash(t *Thread) (uint64, error)
}

// Equaler is an Object with value equality (beyond identity).
type Equaler interface {
	Object
	Equal(t *Thread, other Value) (bool, error)
}

// Reprer is an Object with its own repr() text.
type Reprer interface {
	Object
	Repr(t *Thread) (string, error)
}

// Stringer is an Object whose str() differs from its repr().
type Stringer interface {
	Object
	Str(t *Thread) (string, error)
}
