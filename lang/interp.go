// Package lang is the Scriptling interpreter: values, the bytecode virtual
// machine, built-in functions and modules. It does no I/O of its own: the
// clock, sleeping, randomness, output and module sources come from a Host,
// so the same code runs natively and inside the WebAssembly guest.
//
// An Interpreter holds all state (no package-level mutable state); a
// Thread runs code in it.
package lang

import (
	"errors"
	"io"
	"math"
	"math/big"
	"runtime"
	"runtime/metrics"
	"strings"
	"time"

	"github.com/wasmling/wasmling/lang/compile"
	"github.com/wasmling/wasmling/lang/syntax"
)

// Host supplies everything outside the interpreter.
type Host interface {
	// Check is called every few thousand steps and by long-running
	// built-ins; a non-nil error stops the script (it cannot be caught).
	Check() error
	// Now is the wall clock.
	Now() time.Time
	// Monotonic is a monotonic clock reading.
	Monotonic() time.Duration
	// Sleep pauses for d; it returns early with an error (an *Exception
	// such as TimeoutError, or another error to stop) at a deadline.
	Sleep(d time.Duration) error
	// Random fills p with random bytes from a secure source.
	Random(p []byte)
	// Stdout and Stderr receive printed output.
	Stdout() io.Writer
	Stderr() io.Writer
	// LoadModule returns the source of the script module with the dotted
	// name, and its file name for tracebacks, or ErrModuleNotFound.
	LoadModule(name string) (src []byte, filename string, err error)
}

// ErrModuleNotFound is what Host.LoadModule returns for an unknown module.
var ErrModuleNotFound = errors.New("module not found")

// ModuleInit builds a native module (one written in Go). It is called once
// per interpreter, the first time the module is imported.
type ModuleInit func(t *Thread) (*Module, error)

// Options configure an Interpreter.
type Options struct {
	Host Host
	// Modules are the native modules importable by name, such as the
	// standard library's "json" or "math".
	Modules map[string]ModuleInit
	// MaxDepth bounds the call depth (RecursionError beyond it); 0 means
	// 1000.
	MaxDepth int
	// CheckEvery is the number of steps between calls to Host.Check; 0
	// means 4096.
	CheckEvery int
	// MemoryLimit, when positive, is a soft limit on the Go heap in bytes:
	// above it the script gets a MemoryError.
	MemoryLimit int64
	// MemoryCap is the hard memory limit the soft limit protects (the
	// sandbox's), named in MemoryError messages; 0 means MemoryLimit.
	MemoryCap int64
	// Argv is sys.argv.
	Argv []string
}

// Interpreter is one Scriptling world: its modules, interned names and
// settings.
type Interpreter struct {
	host       Host
	natives    map[string]ModuleInit
	modules    map[string]*Module
	builtins   *Dict
	interner   Interner
	classEpoch uint32
	maxDepth   int
	checkEvery int
	memLimit   int64
	memCap     int64
	memTicks   int
	memPending int64
	argv       []string
	chars      [128]Value
	strInit    *Str
	strNew     *Str
	memSample  []metrics.Sample
	// Data is free for modules and embedders to keep per-interpreter state
	// (the random generator, runtime handles), keyed by a name.
	Data map[string]any
}

// New returns an interpreter.
func New(opts Options) *Interpreter {
	in := &Interpreter{
		host:       opts.Host,
		natives:    opts.Modules,
		modules:    map[string]*Module{},
		maxDepth:   opts.MaxDepth,
		checkEvery: opts.CheckEvery,
		memLimit:   opts.MemoryLimit,
		memCap:     opts.MemoryCap,
		argv:       opts.Argv,
		Data:       map[string]any{},
	}
	if in.host == nil {
		in.host = NewNativeHost(nil, nil, nil)
	}
	if in.maxDepth <= 0 {
		in.maxDepth = 1000
	}
	if in.checkEvery <= 0 {
		in.checkEvery = 4096
	}
	for i := range in.chars {
		in.chars[i] = Obj(in.interner.Intern(string(rune(i))))
	}
	in.strInit = in.intern("__init__")
	in.strNew = in.intern("__new__")
	in.builtins = in.makeBuiltins()
	return in
}

// Host returns the interpreter's host.
func (in *Interpreter) Host() Host { return in.host }

// Argv returns the script arguments (sys.argv).
func (in *Interpreter) Argv() []string { return in.argv }

// Builtins returns the builtins namespace.
func (in *Interpreter) Builtins() *Dict { return in.builtins }

func (in *Interpreter) intern(s string) *Str { return in.interner.Intern(s) }

// Intern returns the interned str for s.
func (in *Interpreter) Intern(s string) Value { return Obj(in.interner.Intern(s)) }

// char returns the one-character string for an ASCII byte.
func (in *Interpreter) char(c byte) Value { return in.chars[c] }

// NewThread returns a thread for running code in the interpreter.
func (in *Interpreter) NewThread() *Thread {
	return &Thread{interp: in, steps: in.checkEvery}
}

// Compile parses and compiles a source file.
func (in *Interpreter) Compile(filename string, src []byte) (*compile.Code, error) {
	f, err := syntax.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	return compile.File(f)
}

// load prepares compiled code for this interpreter.
func (in *Interpreter) load(cc *compile.Code, module string) *code {
	c := &code{Code: cc, module: module, nlocals: len(cc.Locals),
		frameSize: len(cc.Locals) + cc.MaxStack, simpleArgs: -1, ncells: len(cc.CellVars) + len(cc.FreeVars)}
	if !cc.VarArgs && !cc.VarKw && cc.NumKwOnly == 0 {
		c.simpleArgs = cc.NumPos
	}
	c.instrs = append([]compile.Instr(nil), cc.Instrs...)
	ncache := 0
	for i := range c.instrs {
		switch c.instrs[i].Op {
		case compile.LOAD_ATTR, compile.STORE_ATTR, compile.LOAD_METHOD, compile.LOAD_GLOBAL, compile.STORE_GLOBAL, compile.INPLACE_GLOBAL_SMALL, compile.INPLACE_GLOBAL_GLOBAL, compile.CMPJ_GLOBAL_K:
			// Past the 65535th, instructions share the spare slot, which
			// is never filled: they always take the slow path.
			c.instrs[i].C = uint16(ncache)
			if ncache < noCache {
				ncache++
			}
		}
	}
	c.caches = make([]inlineCache, ncache+1)
	c.consts = make([]Value, len(cc.Consts))
	for i, k := range cc.Consts {
		c.consts[i] = in.constValue(k, module)
	}
	c.names = make([]*Str, len(cc.Names))
	for i, n := range cc.Names {
		c.names[i] = in.intern(n)
	}
	np := cc.NumParams()
	c.paramNames = make([]*Str, np)
	for i := 0; i < np; i++ {
		c.paramNames[i] = in.intern(cc.Locals[i])
	}
	return c
}

func (in *Interpreter) constValue(k any, module string) Value {
	switch x := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(x)
	case int64:
		return Int(x)
	case *big.Int:
		return BigInt(x)
	case float64:
		return Float(x)
	case string:
		if len(x) <= 32 {
			return Obj(in.intern(x))
		}
		return String(x)
	case []byte:
		return Obj(&Bytes{b: x})
	case syntax.EllipsisValue:
		return Ellipsis
	case *compile.Code:
		return Obj(in.load(x, module))
	case []string:
		return Obj(&kwNames{names: x})
	}
	panic("lang: unknown constant type")
}

// ExecModule runs source as a module named name (use "__main__" for the
// entry script) and returns the module and the value of its last
// statement. A syntax error is returned as a *syntax.Error.
func (t *Thread) ExecModule(name, filename string, src []byte) (*Module, Value, error) {
	cc, err := t.interp.Compile(filename, src)
	if err != nil {
		return nil, None, err
	}
	m := t.interp.newModule(name, filename, false)
	r, err := t.execCode(m, cc)
	return m, r, err
}

func (in *Interpreter) newModule(name, filename string, pkg bool) *Module {
	g := &Dict{}
	g.SetStr(in.intern("__name__"), String(name))
	if filename != "" {
		g.SetStr(in.intern("__file__"), String(filename))
	}
	p := name
	if !pkg {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			p = name[:i]
		} else {
			p = ""
		}
	}
	g.SetStr(in.intern("__package__"), String(p))
	g.SetStr(in.intern("__builtins__"), Obj(in.builtins))
	return &Module{Name: name, Globals: g}
}

func (t *Thread) execCode(m *Module, cc *compile.Code) (Value, error) {
	c := t.interp.load(cc, m.Name)
	fn := &Function{code: c, name: c.Name, qualname: c.Name, globals: m.Globals}
	f, err := t.newFrame(fn, nil, nil, false)
	if err != nil {
		return None, err
	}
	return t.run(f)
}

// mulSize multiplies two non-negative sizes, giving -1 (which checkAlloc
// refuses) when an operand is negative or the product overflows.
func mulSize(a, b int64) int64 {
	if a < 0 || b < 0 || (a != 0 && b > math.MaxInt64/a) {
		return -1
	}
	return a * b
}

// checkAlloc refuses an allocation of n bytes that would not fit in the
// memory budget.
func (in *Interpreter) checkAlloc(n int64) error {
	if n < 0 {
		return NewError(MemoryErrorType, "allocation too large")
	}
	if in.memLimit > 0 && n > in.memLimit {
		return NewError(MemoryErrorType, "cannot allocate %d bytes: memory limit %s", n, in.capText())
	}
	if n > 1<<34 {
		return NewError(MemoryErrorType, "cannot allocate %d bytes", n)
	}
	if in.memLimit > 0 {
		// Large allocations between two periodic checks add up: check the
		// heap once they amount to an eighth of the limit.
		in.memPending += n
		if in.memPending > in.memLimit/8 {
			in.memPending = 0
			in.memTicks = 7
			return in.checkMemory()
		}
	}
	return nil
}

// checkMemory compares the heap with the soft memory limit, now and then.
func (in *Interpreter) checkMemory() error {
	if in.memLimit <= 0 {
		return nil
	}
	in.memTicks++
	if in.memTicks&7 != 0 {
		return nil
	}
	if in.heapBytes() <= uint64(in.memLimit) {
		return nil
	}
	runtime.GC()
	if in.heapBytes() <= uint64(in.memLimit) {
		return nil
	}
	return NewError(MemoryErrorType, "out of memory: memory limit %s", in.capText())
}

// capText names the memory limit for messages, e.g. "64MiB".
func (in *Interpreter) capText() string {
	n := in.memCap
	if n <= 0 {
		n = in.memLimit
	}
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return itoa(int(n>>30)) + "GiB"
	case n >= 1<<20 && n%(1<<20) == 0:
		return itoa(int(n>>20)) + "MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return itoa(int(n>>10)) + "KiB"
	}
	return itoa(int(n)) + "B"
}

func (in *Interpreter) heapBytes() uint64 {
	if in.memSample == nil {
		in.memSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	}
	metrics.Read(in.memSample)
	if in.memSample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return in.memSample[0].Value.Uint64()
}

// CheckMemory lets long-running built-ins check the memory budget.
func (t *Thread) CheckMemory(n int64) error { return t.interp.checkAlloc(n) }

// Tick lets long-running built-ins give the host a chance to stop the
// script; call it every few thousand iterations.
func (t *Thread) Tick() error {
	t.steps -= 64
	if t.steps <= 0 {
		return t.tick()
	}
	return nil
}

// ExecDefinitions runs only the definitions of a module's source: its
// top-level def and class statements and imports, not its other code. A
// background task named by a bare function name runs in a fresh
// interpreter set up this way, so it sees the functions, classes and
// imports of the module that registered it without re-running the code
// that registered it.
func (t *Thread) ExecDefinitions(name, filename string, src []byte) (*Module, error) {
	f, err := syntax.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	keep := f.Stmts[:0:0]
	for _, s := range f.Stmts {
		switch s.(type) {
		case *syntax.FuncDef, *syntax.ClassDef, *syntax.Import, *syntax.ImportFrom:
			keep = append(keep, s)
		}
	}
	f.Stmts = keep
	cc, err := compile.File(f)
	if err != nil {
		return nil, err
	}
	m := t.interp.newModule(name, filename, false)
	t.interp.modules[name] = m
	if _, err := t.execCode(m, cc); err != nil {
		delete(t.interp.modules, name)
		return nil, err
	}
	return m, nil
}

// RegisterModule makes m importable under its name in this interpreter
// (for modules an embedder builds, such as the runtime libraries).
func (in *Interpreter) RegisterModule(m *Module) { in.modules[m.Name] = m }

// ExecModule runs source as module name and registers it, so that a later
// import of that name finds it.
func (t *Thread) ExecNamedModule(name, filename string, src []byte) (*Module, Value, error) {
	m, r, err := t.ExecModule(name, filename, src)
	if err == nil {
		t.interp.modules[name] = m
	}
	return m, r, err
}
