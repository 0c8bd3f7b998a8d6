package sandbox

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/bits"
	"sync/atomic"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/sys"

	"github.com/wasmling/wasmling/abi"
)

// Defaults of an InstanceConfig.
const (
	DefaultMemoryLimit = 64 << 20 // bytes of linear memory per instance
	DefaultOutputLimit = 64 << 10 // bytes kept per stream between TakeOutput calls
)

// maxRequest is the largest entry request Invoke passes to a guest.
const maxRequest = 1 << 30

// InstanceConfig configures an Instance. It is immutable: each With method
// returns a changed copy. The zero value is the default configuration.
type InstanceConfig struct {
	memoryLimit uint64
	outputLimit int
	handler     Handler
}

// NewInstanceConfig returns the default configuration: [DefaultMemoryLimit],
// [DefaultOutputLimit], and no handler (ops other than the sandbox's own
// fail with abi.ErrUnknownOp).
func NewInstanceConfig() InstanceConfig { return InstanceConfig{} }

// WithMemoryLimit returns a copy that caps the instance's linear memory at
// n bytes, rounded down to whole 64 KiB pages.
func (c InstanceConfig) WithMemoryLimit(n uint64) InstanceConfig {
	c.memoryLimit = n / pageSize * pageSize
	if c.memoryLimit == 0 {
		c.memoryLimit = pageSize
	}
	return c
}

// WithOutputLimit returns a copy that keeps at most n bytes of stdout and
// n of stderr between TakeOutput calls; the rest is counted and dropped.
func (c InstanceConfig) WithOutputLimit(n int) InstanceConfig {
	c.outputLimit = max(n, 0)
	if n == 0 {
		c.outputLimit = -1 // keep nothing, as asked; 0 means the default
	}
	return c
}

// WithHandler returns a copy whose instances pass the ops the sandbox does
// not serve itself to h.
func (c InstanceConfig) WithHandler(h Handler) InstanceConfig {
	c.handler = h
	return c
}

func (c InstanceConfig) memLimit() uint64 {
	if c.memoryLimit == 0 {
		return DefaultMemoryLimit
	}
	return c.memoryLimit
}

func (c InstanceConfig) outLimit() int {
	switch {
	case c.outputLimit == 0:
		return DefaultOutputLimit
	case c.outputLimit < 0:
		return 0
	}
	return c.outputLimit
}

// A Handler serves the ops the sandbox does not serve itself (everything
// but abi.OpSleep and abi.OpStopReason).
type Handler interface {
	// HandleOp runs op on request req and appends the reply envelope (see
	// abi.AppendOK, abi.AppendError) to reply, returning the result. req
	// is a view of the guest's memory, valid only until HandleOp returns:
	// copy what you keep. ctx carries the invocation's deadline and
	// cancellation; a blocking op must end when it is done.
	//
	// A returned abi.Code (e.g. abi.ErrUnknownOp) becomes the negative
	// result of the guest's call. Any other error becomes an error
	// envelope: an *abi.Exception as is; otherwise the exception type is
	// the error's ExceptionType() method's result if it has one, else
	// RuntimeError. A panic is recovered and kills the instance only.
	HandleOp(ctx context.Context, op abi.Op, req, reply []byte) ([]byte, error)
}

// HandlerFunc adapts a function to Handler.
type HandlerFunc func(ctx context.Context, op abi.Op, req, reply []byte) ([]byte, error)

// HandleOp calls f.
func (f HandlerFunc) HandleOp(ctx context.Context, op abi.Op, req, reply []byte) ([]byte, error) {
	return f(ctx, op, req, reply)
}

// An Instance is one guest: its own linear memory, globals and Go runtime.
// It runs one call at a time (a concurrent Invoke or Close gets ErrBusy);
// Err and MemorySize must not run concurrently with a call, TakeOutput
// may. After a trap, a host panic or an interrupted sleep it is dead: its
// memory is released and every call returns ErrDead.
type Instance struct {
	mod      api.Module
	mem      *linearMemory
	memLimit uint64
	handler  Handler
	stdout   *capture
	stderr   *capture

	// The guest's monotonic clock reads clockBase plus the time since
	// clockStart: an instance from a snapshot continues the snapshot's
	// clock, as if no time had passed since the capture.
	clockBase  int64
	clockStart time.Time

	fnBuffer, fnInvoke api.Function
	stack              [2]uint64
	bufPtr, bufCap     uint32 // the request buffer the guest last gave

	// State of the running call, read by the host functions.
	cctx    callCtx
	done    <-chan struct{}
	limit   time.Duration
	stopped abi.StopReason
	reply   []byte // the last host call's reply
	pending bool   // reply waits for take

	busy    atomic.Bool
	failure error // why the instance died
	closed  bool

	// Reuse (see Reset).
	snap      *Snapshot // the snapshot the instance started from, if any
	abandoned bool      // a call returned with a host reply not taken
	resets    int       // times reset
	lastReset restoreStats
	owner     *Pool // the pool that counts the instance, if any
}

// callCtx is the context of a call into the guest: the caller's context,
// which also leads host functions to the instance. An Instance keeps one,
// so calls do not allocate.
type callCtx struct {
	context.Context
	in *Instance
}

type instanceKey struct{}

// Value returns the instance for instanceKey{}, else the caller's value.
func (c *callCtx) Value(key any) any {
	if _, ok := key.(instanceKey); ok {
		return c.in
	}
	return c.Context.Value(key)
}

// instanceOf returns the instance whose call is running with ctx, or nil.
func instanceOf(ctx context.Context) *Instance {
	if c, ok := ctx.(*callCtx); ok {
		return c.in
	}
	in, _ := ctx.Value(instanceKey{}).(*Instance)
	return in
}

// NewInstance starts a fresh instance: instantiation and the guest's
// _initialize (the Go runtime's start-up). ctx bounds the start-up like an
// Invoke.
func (e *Engine) NewInstance(ctx context.Context, cfg InstanceConfig) (*Instance, error) {
	in, err := e.instantiate(ctx, cfg, e.compiled, nil)
	if err != nil {
		return nil, err
	}
	if err := in.callExport(ctx, in.mod.ExportedFunction(abi.ExportInitialize), nil); err != nil {
		in.Close(ctx)
		return nil, err
	}
	return in, nil
}

// instantiate creates an instance of compiled whose memory starts with
// image (if not nil), without running any of its code.
func (e *Engine) instantiate(ctx context.Context, cfg InstanceConfig, compiled wazero.CompiledModule, image *memoryImage) (*Instance, error) {
	limit := cfg.memLimit()
	need := e.minMem
	if image != nil {
		need = max(need, image.size)
	}
	if limit < need {
		return nil, fmt.Errorf("sandbox: the guest needs %s of memory to start, over the limit of %s", formatBytes(need), formatBytes(limit))
	}
	mem, err := newLinearMemory(limit, image)
	if err != nil {
		return nil, err
	}
	in := &Instance{
		mem:        mem,
		memLimit:   limit,
		handler:    cfg.handler,
		stdout:     newCapture(cfg.outLimit(), 0),
		stderr:     newCapture(cfg.outLimit(), stderrTail),
		clockStart: time.Now(),
	}
	if image != nil {
		in.clockBase = image.clock
	}
	in.cctx.in = in
	mod, err := e.runtime.InstantiateModule(experimental.WithMemoryAllocator(ctx, mem), compiled, e.moduleConfig(in))
	if err != nil {
		mem.Free()
		return nil, fmt.Errorf("sandbox: instantiating guest: %w", err)
	}
	in.mod = mod
	in.fnBuffer = mod.ExportedFunction(abi.ExportBuffer)
	in.fnInvoke = mod.ExportedFunction(abi.ExportInvoke)
	return in, nil
}

// Invoke runs entry point entry on request (a sequence of encoded values)
// and returns the guest's reply envelope, a copy.
//
// ctx's deadline and cancellation reach the guest through should_stop and
// cut abi.OpSleep and host sleeps short. If ctx is done when the guest
// returns, Invoke returns the reply (usually the script's own error
// envelope with its traceback) together with a *TimeoutError or
// *CancelledError; the instance stays usable. A guest that never calls
// should_stop cannot be interrupted: it runs to completion.
//
// A trap becomes a *MemoryError (out of memory at the cap) or a
// *CrashError, a host panic a *HostPanicError, a sleep cut short a
// *TimeoutError or *CancelledError; after those the instance is dead.
func (in *Instance) Invoke(ctx context.Context, entry abi.Entry, request []byte) ([]byte, error) {
	if !in.busy.CompareAndSwap(false, true) {
		return nil, ErrBusy
	}
	defer in.busy.Store(false)
	return in.invoke(ctx, entry, request)
}

// invoke is Invoke for a caller that holds in.busy.
func (in *Instance) invoke(ctx context.Context, entry abi.Entry, request []byte) ([]byte, error) {
	if err := in.usable(); err != nil {
		return nil, err
	}
	if len(request) > maxRequest {
		return nil, fmt.Errorf("sandbox: request of %d bytes is over the limit of %d", len(request), maxRequest)
	}
	in.begin(ctx)
	defer in.end()
	if ctx.Err() != nil {
		return nil, in.stopError()
	}
	if uint32(len(request)) > in.bufCap {
		size := max(uint32(4096), uint32(1)<<bits.Len32(uint32(len(request))-1))
		in.stack[0] = uint64(size)
		if err := in.call(in.fnBuffer); err != nil {
			return nil, err
		}
		ptr := uint32(in.stack[0])
		if ptr == 0 {
			return nil, fmt.Errorf("sandbox: the guest refused a request buffer of %d bytes", size)
		}
		if _, ok := in.mod.Memory().Read(ptr, size); !ok {
			return nil, in.die(&CrashError{Trap: "wl_buffer returned an out-of-range buffer", Stderr: string(in.stderr.lastBytes())})
		}
		in.bufPtr, in.bufCap = ptr, size
	}
	in.mod.Memory().Write(in.bufPtr, request)
	in.stack[0], in.stack[1] = uint64(entry), uint64(len(request))
	if err := in.call(in.fnInvoke); err != nil {
		return nil, err
	}
	out, ok := in.mod.Memory().Read(uint32(in.stack[0]>>32), uint32(in.stack[0]))
	if !ok || len(out) == 0 {
		return nil, in.die(&CrashError{
			Trap:   fmt.Sprintf("wl_invoke returned an out-of-range or empty reply (ptr %#x, len %d)", in.stack[0]>>32, uint32(in.stack[0])),
			Stderr: string(in.stderr.lastBytes()),
		})
	}
	reply := bytes.Clone(out)
	if in.stopReason() != abi.StopNone {
		return reply, in.stopError()
	}
	return reply, nil
}

// callExport runs fn with stack as a complete call of its own (start-up,
// snapshot restore).
func (in *Instance) callExport(ctx context.Context, fn api.Function, stack []uint64) error {
	if !in.busy.CompareAndSwap(false, true) {
		return ErrBusy
	}
	defer in.busy.Store(false)
	in.begin(ctx)
	defer in.end()
	if fn == nil {
		return fmt.Errorf("sandbox: %w: missing export", ErrInvalidGuest)
	}
	if err := fn.CallWithStack(&in.cctx, stack); err != nil {
		return in.classify(err)
	}
	return nil
}

// call runs fn on in.stack within the current call.
func (in *Instance) call(fn api.Function) error {
	if err := fn.CallWithStack(&in.cctx, in.stack[:]); err != nil {
		return in.classify(err)
	}
	return nil
}

func (in *Instance) begin(ctx context.Context) {
	in.cctx.Context = ctx
	in.done = ctx.Done()
	in.stopped = abi.StopNone
	in.limit = timeLimit(ctx)
}

func (in *Instance) end() {
	in.cctx.Context = nil
	in.done = nil
	if in.pending {
		in.abandoned = true // the guest returned in the middle of a host call
	}
	in.pending = false
	in.trimReply()
}

func (in *Instance) usable() error {
	switch {
	case in.closed:
		return ErrClosed
	case in.failure != nil:
		return fmt.Errorf("%w: %w", ErrDead, in.failure)
	}
	return nil
}

// stopReason tells whether the running call must stop, and remembers
// that the guest was told.
func (in *Instance) stopReason() abi.StopReason {
	select {
	case <-in.done:
	default:
		return abi.StopNone
	}
	in.stopped = abi.StopCancelled
	if errors.Is(in.cctx.Err(), context.DeadlineExceeded) {
		in.stopped = abi.StopDeadline
	}
	return in.stopped
}

// stopError returns the error for the running call's done context.
func (in *Instance) stopError() error {
	if errors.Is(in.cctx.Err(), context.DeadlineExceeded) {
		return &TimeoutError{Limit: in.limit}
	}
	return &CancelledError{Cause: context.Cause(in.cctx.Context)}
}

// errInterrupted aborts a guest sleeping in WASI poll_oneoff at its
// deadline: the Go scheduler inside would only go back to sleep.
var errInterrupted = errors.New("sandbox: guest sleep interrupted")

// classify turns an error of a call into the guest into the instance's
// failure and kills the instance.
func (in *Instance) classify(err error) error {
	var hp *HostPanicError
	var exit *sys.ExitError
	tail := in.stderr.lastBytes()
	var fail error
	switch {
	case errors.As(err, &hp):
		fail = hp
	case errors.Is(err, errInterrupted):
		fail = in.stopError()
	case in.mem.refused || in.stderr.outOfMemory():
		fail = &MemoryError{Limit: in.memLimit}
	case errors.As(err, &exit):
		fail = &CrashError{Trap: fmt.Sprintf("guest exited with code %d", exit.ExitCode()), Stderr: string(tail)}
	default:
		fail = &CrashError{Trap: err.Error(), Stderr: string(tail)}
	}
	return in.die(fail)
}

// die marks the instance dead with err and releases its module and memory.
func (in *Instance) die(err error) error {
	if in.failure == nil {
		in.failure = err
	}
	if in.mod != nil {
		_ = in.mod.Close(context.Background())
	}
	return err
}

// nanotime is the guest's monotonic clock.
func (in *Instance) nanotime() int64 { return in.clockBase + int64(time.Since(in.clockStart)) }

// Err returns why the instance is dead, or nil.
func (in *Instance) Err() error { return in.failure }

// MemorySize returns the current size of the instance's linear memory in
// bytes (0 once it is dead or closed).
func (in *Instance) MemorySize() uint64 { return uint64(len(in.mem.buf)) }

// TakeOutput returns what the guest wrote to stdout and stderr since the
// last TakeOutput, capped by the instance's output limit, and starts over.
func (in *Instance) TakeOutput() Output {
	var o Output
	o.Stdout, o.StdoutDropped = in.stdout.take()
	o.Stderr, o.StderrDropped = in.stderr.take()
	return o
}

// Close releases the instance. It fails with ErrBusy while a call runs:
// cancel the call's context and wait for it first.
func (in *Instance) Close(ctx context.Context) error {
	if !in.busy.CompareAndSwap(false, true) {
		return ErrBusy
	}
	defer in.busy.Store(false)
	if in.closed {
		return nil
	}
	in.closed = true
	if p := in.owner; p != nil {
		in.owner = nil
		p.gone()
	}
	if in.mod != nil {
		return in.mod.Close(ctx)
	}
	return nil
}
