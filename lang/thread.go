package lang

import (
	"io"
	"time"

	"github.com/wasmling/wasmling/lang/compile"
)

// Thread is the state of one flow of execution in an interpreter: its
// call depth, its value stack and its step budget. The interpreter's run()
// goroutines each have their own Thread; a Thread is not safe for use by
// several goroutines at once.
type Thread struct {
	interp *Interpreter
	depth  int
	// steps counts down to the next call of the host's Check.
	steps int
	arena arena
	free  *frame // released frames, linked through parent
	// handling is the exception being handled by an except block.
	handling *Exception
	// argBuf is scratch space for building argument lists.
	argBuf []Value
	// reprStack holds the containers being rendered, to print "..." for
	// a container that contains itself.
	reprStack []Value
	// noCalls makes special-method lookups fail, for rendering values
	// without a usable interpreter.
	noCalls bool
	// top is the script frame that called the running built-in.
	top *frame
	// Local is free for the embedder (the guest keeps its per-goroutine
	// state here).
	Local any
}

// Interp returns the thread's interpreter.
func (t *Thread) Interp() *Interpreter { return t.interp }

// unboundTag marks a local variable or cell with no value.
type unboundTag struct{}

func (unboundTag) Type() *Class { return NoneType }

var unbound = Value{r: unboundTag{}}

func isUnbound(v Value) bool { _, ok := v.r.(unboundTag); return ok }

// frame is the activation of one Code.
type frame struct {
	code    *code
	fn      *Function
	globals *Dict
	ns      *Dict // class body namespace
	slots   []Value
	cells   []*Cell
	blocks  []block
	pc      int
	sp      int
	parent  *frame
	entry   bool // returning from it returns from run()
	ctor    bool // an __init__ run for a class call: the result is self
	self    Value
	heap    bool // slots and frame belong to a generator
	result  Value
	yielded bool
	throw   *Exception // raised at the paused yield when a generator resumes
}

type block struct {
	handler int32
	depth   int32
}

// arena hands out frame slots in stack order, in chunks that never move.
type arena struct {
	chunk []Value
	used  int
	older []arenaChunk
}

type arenaChunk struct {
	chunk []Value
	used  int
}

const arenaChunkSize = 16 << 10

func (a *arena) alloc(n int) []Value {
	if a.used+n > len(a.chunk) {
		if a.chunk != nil {
			a.older = append(a.older, arenaChunk{a.chunk, a.used})
		}
		size := arenaChunkSize
		if n > size {
			size = n
		}
		a.chunk = make([]Value, size)
		a.used = 0
	}
	s := a.chunk[a.used : a.used+n : a.used+n]
	a.used += n
	return s
}

func (a *arena) free(s []Value) {
	// Drop the references (for the GC); written as a loop the compiler
	// does not turn into a runtime call, which costs more than a frame's
	// few slots.
	for i := len(s) - 1; i >= 0; i-- {
		s[i] = Value{}
	}
	a.used -= len(s)
	if a.used == 0 && len(a.older) > 0 {
		last := a.older[len(a.older)-1]
		a.older = a.older[:len(a.older)-1]
		a.chunk, a.used = last.chunk, last.used
	}
}

func (t *Thread) getFrame() *frame {
	if f := t.free; f != nil {
		t.free = f.parent
		f.parent = nil
		return f
	}
	return &frame{}
}

// releaseFrame returns a finished frame's storage.
func (t *Thread) releaseFrame(f *frame) {
	t.depth--
	if f.heap {
		return
	}
	t.arena.free(f.slots)
	// Field by field: zeroing the whole frame is a bulk memory operation,
	// dearer in WebAssembly. newFrame sets pc, sp and slots.
	f.code, f.fn, f.globals, f.ns, f.cells = nil, nil, nil, nil, nil
	f.blocks = f.blocks[:0]
	f.entry, f.ctor, f.yielded = false, false, false
	f.self, f.result, f.throw = Value{}, Value{}, nil
	f.parent = t.free
	t.free = f
}

// enter and leave bound the depth of recursion through Go code (repr of
// nested containers, equality, calls from built-ins).
func (t *Thread) enter() error {
	t.depth++
	if t.depth > t.interp.maxDepth {
		t.depth--
		return NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	return nil
}

func (t *Thread) leave() { t.depth-- }

// newFrame makes the frame for a call of fn with bound arguments.
func (t *Thread) newFrame(fn *Function, args []Value, kw []string, heap bool) (*frame, error) {
	c := fn.code
	if t.depth >= t.interp.maxDepth {
		return nil, NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	size := c.frameSize
	var slots []Value
	if heap {
		slots = make([]Value, size)
	} else {
		slots = t.arena.alloc(size)
	}
	if kw == nil && len(args) == c.simpleArgs {
		// Element by element: for the few arguments of a call this beats
		// copy's runtime call, above all in WebAssembly.
		for i, a := range args {
			slots[i] = a
		}
		for i := len(args); i < c.nlocals; i++ {
			slots[i] = unbound
		}
	} else {
		for i := 0; i < c.nlocals; i++ {
			slots[i] = unbound
		}
		if err := t.bindArgs(fn, slots, args, kw); err != nil {
			if !heap {
				t.arena.free(slots)
			}
			return nil, err
		}
	}
	var f *frame
	if heap {
		f = &frame{heap: true}
	} else {
		f = t.getFrame()
	}
	f.code = c
	f.fn = fn
	f.globals = fn.globals
	f.slots = slots
	f.pc = 0
	f.sp = c.nlocals
	if nc := c.ncells; nc > 0 {
		cells := make([]*Cell, nc)
		for i := range c.CellVars {
			cell := &Cell{v: unbound}
			if p := c.CellParam[i]; p >= 0 {
				cell.v = slots[p]
			}
			cells[i] = cell
		}
		copy(cells[len(c.CellVars):], fn.closure)
		f.cells = cells
	} else {
		f.cells = nil
	}
	t.depth++
	return f, nil
}

// Call calls a callable value with positional arguments followed by
// keyword values named by kw.
func (t *Thread) Call(fv Value, args []Value, kw []string) (Value, error) {
	switch f := fv.r.(type) {
	case *Function:
		return t.callFunction(f, args, kw)
	case *Builtin:
		if f.bound {
			return f.Call(t, args, kw)
		}
		return f.fn(t, args, kw)
	case *BoundMethod:
		return f.Call(t, args, kw)
	case *Class:
		return t.callClass(f, args, kw)
	case *Instance:
		if c, ok := f.cls.LookupString("__call__"); ok {
			full := make([]Value, len(args)+1)
			full[0] = fv
			copy(full[1:], args)
			return t.Call(c, full, kw)
		}
	case Callable:
		return f.Call(t, args, kw)
	}
	return None, NewError(TypeErrorType, "'%s' object is not callable", fv.TypeName())
}

// callFunction runs a script function to completion.
func (t *Thread) callFunction(fn *Function, args []Value, kw []string) (Value, error) {
	if fn.code.Flags&compile.FlagGenerator != 0 {
		f, err := t.newFrame(fn, args, kw, true)
		if err != nil {
			return None, err
		}
		t.depth--
		return Obj(&Generator{frame: f, name: fn.name}), nil
	}
	f, err := t.newFrame(fn, args, kw, false)
	if err != nil {
		return None, err
	}
	return t.run(f)
}

// Callable reports whether v can be called.
func IsCallable(v Value) bool {
	switch x := v.r.(type) {
	case *Function, *Builtin, *BoundMethod, *Class:
		return true
	case *Instance:
		_, ok := x.cls.LookupString("__call__")
		return ok
	case Callable:
		return true
	}
	return false
}

// tick is called every few thousand steps: it asks the host whether to
// stop and checks the memory budget.
func (t *Thread) tick() error {
	t.steps = t.interp.checkEvery
	if err := t.interp.host.Check(); err != nil {
		return &Interrupt{Err: err}
	}
	return t.interp.checkMemory()
}

// checkSlots refuses to build a sequence of n values that would blow the
// memory budget.
func (t *Thread) checkSlots(n int) error { return t.interp.checkAlloc(mulSize(int64(n), 24)) }

// checkBytes refuses to build a string or bytes of n bytes over budget.
func (t *Thread) checkBytes(n int) error { return t.interp.checkAlloc(int64(n)) }

// nullHost is a Host that does nothing, for rendering values in error
// messages without a running interpreter.
type nullHost struct{}

func (nullHost) Check() error                              { return nil }
func (nullHost) Now() time.Time                            { return time.Time{} }
func (nullHost) Monotonic() time.Duration                  { return 0 }
func (nullHost) Sleep(time.Duration) error                 { return nil }
func (nullHost) Random(p []byte)                           {}
func (nullHost) Stdout() io.Writer                         { return io.Discard }
func (nullHost) Stderr() io.Writer                         { return io.Discard }
func (nullHost) LoadModule(string) ([]byte, string, error) { return nil, "", ErrModuleNotFound }

// CallerPos returns the file and line of the script code that called the
// running built-in function, or "", 0 outside a call.
func (t *Thread) CallerPos() (string, int) {
	f := t.top
	if f == nil || f.code == nil {
		return "", 0
	}
	pc := f.pc - 1
	if pc < 0 || pc >= len(f.code.Pos) {
		return f.code.Filename, 0
	}
	return f.code.Filename, int(f.code.Pos[pc].Line)
}

// ModuleName returns the name of the module whose code called the running
// built-in function ("" outside a call).
func (t *Thread) ModuleName() string {
	if t.top == nil || t.top.code == nil {
		return ""
	}
	return t.top.code.module
}

// Globals returns the globals of the module whose code called the running
// built-in function (nil outside a call).
func (t *Thread) Globals() *Dict {
	if t.top == nil {
		return nil
	}
	return t.top.globals
}
