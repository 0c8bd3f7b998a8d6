// Package runtime is the guest side of Scriptling's runtime library: the
// native modules scriptling, scriptling.runtime (background, run),
// scriptling.runtime.kv and scriptling.runtime.sync, and the scheduler of
// the interpreter goroutines that runtime.run starts.
//
// The kv stores, sync primitives and background tasks live on the host;
// their methods here are thin stubs over host calls (package host defines
// the op layouts). Promises of runtime.run are local to the instance: a
// run() goroutine shares the interpreter, its globals and closures. See
// Sched for how goroutines block without stalling the instance.
//
// A Runtime serves one entry invocation (a script, a request, a task): the
// guest makes one with New for each interpreter, adds Modules to the
// interpreter's modules, and brackets the entry's code with Start and
// Finish. The package builds natively too (host calls then fail), so it can
// be vetted and its scheduler tested with a fake host.
package runtime

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/lang"
)

// Host makes host calls: op on a request, returning the OK payload (valid
// until the next call) or an error (*abi.Exception for an error envelope).
// *hostcall.Host implements it.
type Host interface {
	Call(op abi.Op, req []byte) ([]byte, error)
}

// Options configure a Runtime.
type Options struct {
	// Clock is the monotonic clock the scheduler's sleeps use; nil uses
	// time.Since of the Runtime's creation.
	Clock func() time.Duration
	// Flush writes buffered script output; it is called before the
	// instance waits in the host, so output is not held back by a wait.
	Flush func()
	// Stderr receives the report of run() exceptions nobody retrieved.
	Stderr io.Writer
}

// Runtime is the runtime library of one entry invocation.
type Runtime struct {
	host  Host
	hdr   Header
	opts  Options
	sched *Sched
	enc   abi.Encoder
	dec   abi.Decoder
	cls   *classes
	kvDef *Store
	http  *HTTP
}

// New returns the runtime library for an invocation described by h.
func New(host Host, h Header, opts Options) *Runtime {
	if opts.Clock == nil {
		start := time.Now()
		opts.Clock = func() time.Duration { return time.Since(start) }
	}
	if h.MaxRun <= 0 {
		h.MaxRun = DefaultMaxRun
	}
	r := &Runtime{host: host, hdr: h, opts: opts}
	r.http = &HTTP{Host: host, Setup: h.Env == EnvSetup, SetupModule: "setup"}
	r.sched = r.newSched()
	return r
}

// HTTP returns the state of scriptling.runtime.http.
func (r *Runtime) HTTP() *HTTP { return r.http }

func (r *Runtime) newSched() *Sched {
	return newSched(r.host, r.opts.Clock, r.hdr.MaxRun, r.opts.Flush)
}

// Header returns the header of the current (or last) invocation.
func (r *Runtime) Header() Header { return r.hdr }

// Reset prepares the runtime for another invocation in the same
// interpreter (one kept from a snapshot's warm-up): h replaces the header
// (its grants must be the ones Modules was built with). Handles held by
// kv and sync objects stay valid: they belong to the app, not to one
// invocation.
func (r *Runtime) Reset(h Header) {
	if h.MaxRun <= 0 {
		h.MaxRun = DefaultMaxRun
	}
	r.hdr = h
	r.http.Setup = h.Env == EnvSetup
}

// Modules returns the runtime's native modules, for lang.Options.Modules.
// A sub-library the app is not granted is still registered, as a module
// whose import raises ImportError naming it (so an app file cannot stand
// in for it).
func (r *Runtime) Modules() map[string]lang.ModuleInit {
	m := map[string]lang.ModuleInit{
		"scriptling":         func(t *lang.Thread) (*lang.Module, error) { return lang.NewModule("scriptling"), nil },
		"scriptling.runtime": r.initRuntime,
	}
	for _, lib := range r.libs() {
		name := "scriptling.runtime." + lib.name
		if r.hdr.Granted(lib.name) {
			m[name] = lib.init
		} else {
			m[name] = r.denied(lib.name)
		}
	}
	return m
}

type library struct {
	name string
	init lang.ModuleInit
}

// libs lists the sub-libraries of scriptling.runtime, each reached as an
// attribute of it and importable on its own.
func (r *Runtime) libs() []library {
	return []library{
		{"http", NewHTTPModule(r.http)},
		{"kv", r.initKV},
		{"sync", r.initSync},
	}
}

func (r *Runtime) denied(lib string) lang.ModuleInit {
	return func(t *lang.Thread) (*lang.Module, error) {
		return nil, lang.NewError(lang.ImportErrorType, "scriptling.runtime.%s is not granted to app '%s'", lib, r.hdr.App)
	}
}

// initRuntime builds scriptling.runtime: background, run, and the granted
// sub-libraries as attributes.
func (r *Runtime) initRuntime(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("scriptling.runtime")
	m.SetFunc("background", r.background)
	m.SetFunc("run", r.run)
	// Register the module before importing its sub-libraries: importing
	// one imports its parent first.
	in := t.Interp()
	in.RegisterModule(m)
	for _, lib := range r.libs() {
		if !r.hdr.Granted(lib.name) {
			continue
		}
		sub, err := in.Import(t, "scriptling.runtime."+lib.name)
		if err != nil {
			return nil, err
		}
		m.Set(lib.name, lang.Obj(sub))
	}
	return m, nil
}

// Start makes t the entry's goroutine, with a fresh scheduler. Call it
// before running the entry's code on t.
func (r *Runtime) Start(t *lang.Thread) {
	r.sched = r.newSched()
	r.sched.start(t)
}

// Finish ends the entry: it cancels the run() goroutines still alive,
// waits until they have unwound, and reports the exceptions of run()
// goroutines that nobody retrieved with get().
func (r *Runtime) Finish() {
	if r.sched.main == nil {
		return
	}
	r.sched.finish()
	r.reportUnretrieved()
	r.sched = r.newSched() // idle until the next Start
}

// Check is the interpreter's periodic check, after the host's: it stops a
// cancelled run() goroutine and lets a long-running goroutine yield.
func (r *Runtime) Check() error {
	if r.sched.main == nil {
		return nil
	}
	return r.sched.check()
}

// Sleep sleeps the running goroutine for d while the others run. Errors
// (the deadline, cancellation) come back as an uncatchable *lang.Interrupt,
// as they do for a sleep without goroutines.
func (r *Runtime) Sleep(d time.Duration) error {
	if r.sched.main == nil {
		r.enc.Reset()
		r.enc.Int(int64(d))
		if _, err := r.host.Call(abi.OpSleep, r.enc.Bytes()); err != nil {
			return &lang.Interrupt{Err: err}
		}
		return nil
	}
	err := r.sched.sleep(max(d, 0))
	if err == nil {
		return nil
	}
	var intr *lang.Interrupt
	if errors.As(err, &intr) {
		return err
	}
	return &lang.Interrupt{Err: err}
}

// begin starts a host call: it refuses to act for a cancelled goroutine
// and returns the request encoder, reset.
func (r *Runtime) begin() (*abi.Encoder, error) {
	if g := r.sched.cur; g != nil && g.cancelled {
		return nil, &lang.Interrupt{Err: errCancelled}
	}
	r.enc.Reset()
	return &r.enc, nil
}

// call runs op on the request in r.enc and returns a decoder over the
// reply payload (valid until the next call), or the script's exception.
func (r *Runtime) call(t *lang.Thread, op abi.Op) (*abi.Decoder, error) {
	reply, err := r.host.Call(op, r.enc.Bytes())
	if err != nil {
		return nil, hostError(t, err)
	}
	r.dec.Reset(reply)
	return &r.dec, nil
}

// wait parks the running goroutine on a host ticket and returns a decoder
// over the ticket's result.
func (r *Runtime) wait(t *lang.Thread, ticket int64) (*abi.Decoder, error) {
	result, err := r.sched.waitTicket(ticket)
	if err != nil {
		return nil, hostError(t, err)
	}
	r.dec.Reset(result)
	return &r.dec, nil
}

// hostError turns a host call's error into what the script sees: the
// exception named by an error envelope (TimeoutError at the deadline is
// catchable), an uncatchable interrupt for cancellation and ABI failures.
func hostError(t *lang.Thread, err error) error {
	var exc *abi.Exception
	if errors.As(err, &exc) {
		if exc.Type == abi.CancelledError {
			return &lang.Interrupt{Err: err}
		}
		return lang.NewError(exceptionClass(t, exc.Type), "%s", exc.Message)
	}
	if _, ok := lang.AsException(err); ok {
		return err
	}
	var intr *lang.Interrupt
	if errors.As(err, &intr) {
		return err
	}
	return &lang.Interrupt{Err: fmt.Errorf("host call failed: %w", err)}
}

// exceptionClass returns the built-in exception class called name, or
// RuntimeError.
func exceptionClass(t *lang.Thread, name string) *lang.Class {
	if v, ok := t.Interp().Builtins().GetString(name); ok {
		if c, ok := v.Object().(*lang.Class); ok {
			for _, b := range c.MRO {
				if b == lang.BaseExceptionType {
					return c
				}
			}
		}
	}
	return lang.RuntimeErrorType
}

// decodeErr reports a malformed reply from the host.
func decodeErr(err error) error {
	return &lang.Interrupt{Err: fmt.Errorf("bad reply from the host: %w", err)}
}
