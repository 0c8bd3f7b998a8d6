package runtime

import (
	"fmt"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/bridge"
	"github.com/wasmling/wasmling/lang"
)

// Kinds of sync primitives in OpSyncOpen.
const (
	KindAtomic    = 1
	KindShared    = 2
	KindWaitGroup = 3
	KindQueue     = 4
)

// Prim is a named sync primitive of the app: the object holds the host
// handle; the state lives on the host, shared by every environment.
type Prim struct {
	cls    *lang.Class
	kind   int
	name   string
	handle int64
}

// Type implements lang.Object.
func (p *Prim) Type() *lang.Class { return p.cls }

// Repr implements lang.Reprer.
func (p *Prim) Repr(t *lang.Thread) (string, error) {
	return fmt.Sprintf("<%s %s>", p.cls.Name, lang.QuoteString(p.name)), nil
}

// initSync builds scriptling.runtime.sync.
func (r *Runtime) initSync(t *lang.Thread) (*lang.Module, error) {
	c := r.classes()
	m := lang.NewModule("scriptling.runtime.sync")
	m.Set("Atomic", lang.Obj(c.atomic))
	m.Set("Shared", lang.Obj(c.shared))
	m.Set("WaitGroup", lang.Obj(c.waitGroup))
	m.Set("Queue", lang.Obj(c.queue))
	return m, nil
}

// openPrim finds or creates a primitive: OpSyncOpen (int kind, str name,
// value arg) → (int handle). arg is the initial value (Atomic, Shared),
// the maxsize (Queue) or None; it only matters when the call creates the
// primitive.
func (r *Runtime) openPrim(t *lang.Thread, cls *lang.Class, kind int, name string, arg lang.Value) (lang.Value, error) {
	if name == "" {
		return lang.None, lang.NewError(lang.ValueErrorType, "%s() needs a name", cls.Name)
	}
	e, err := r.begin()
	if err != nil {
		return lang.None, err
	}
	e.Int(int64(kind))
	e.Str(name)
	if err := bridge.Encode(t, e, arg); err != nil {
		return lang.None, err
	}
	d, err := r.call(t, abi.OpSyncOpen)
	if err != nil {
		return lang.None, err
	}
	h, err := d.Int()
	if err != nil {
		return lang.None, decodeErr(err)
	}
	return lang.Obj(&Prim{cls: cls, kind: kind, name: name, handle: h}), nil
}

func (r *Runtime) newAtomic(t *lang.Thread, cls *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
	var name string
	initial := lang.Int(0)
	if err := lang.UnpackArgs(t, "Atomic", args, kw, "name", &name, "initial?", &initial); err != nil {
		return lang.None, err
	}
	if !initial.IsInt() {
		return lang.None, atomicValueError("Atomic() initial value", initial)
	}
	return r.openPrim(t, cls, KindAtomic, name, initial)
}

func (r *Runtime) newShared(t *lang.Thread, cls *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
	var name string
	initial := lang.None
	if err := lang.UnpackArgs(t, "Shared", args, kw, "name", &name, "initial?", &initial); err != nil {
		return lang.None, err
	}
	return r.openPrim(t, cls, KindShared, name, initial)
}

func (r *Runtime) newWaitGroup(t *lang.Thread, cls *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
	var name string
	if err := lang.UnpackArgs(t, "WaitGroup", args, kw, "name", &name); err != nil {
		return lang.None, err
	}
	return r.openPrim(t, cls, KindWaitGroup, name, lang.None)
}

func (r *Runtime) newQueue(t *lang.Thread, cls *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
	var name string
	var maxsize int64
	if err := lang.UnpackArgs(t, "Queue", args, kw, "name", &name, "maxsize?", &maxsize); err != nil {
		return lang.None, err
	}
	if maxsize < 0 {
		maxsize = 0
	}
	return r.openPrim(t, cls, KindQueue, name, lang.Int(maxsize))
}

// prim returns the receiver of a method if it is a primitive of kind.
func prim(args []lang.Value, kind int, fname string) (*Prim, error) {
	if len(args) > 0 {
		if p, ok := args[0].Object().(*Prim); ok && p.kind == kind {
			return p, nil
		}
	}
	return nil, lang.NewError(lang.TypeErrorType, "%s() called on the wrong object", fname)
}

// noArgOp checks a method call without arguments on a primitive of kind
// and sends (int h) for op.
func (r *Runtime) noArgOp(t *lang.Thread, args []lang.Value, kw []string, kind int, fname string, op abi.Op) (*abi.Decoder, error) {
	p, err := prim(args, kind, fname)
	if err != nil {
		return nil, err
	}
	if err := lang.ArgCount(fname, args[1:], kw, 0, 0); err != nil {
		return nil, err
	}
	e, err := r.begin()
	if err != nil {
		return nil, err
	}
	e.Int(p.handle)
	return r.call(t, op)
}

// intOp sends (int h, int n) for op.
func (r *Runtime) intOp(t *lang.Thread, p *Prim, op abi.Op, n int64) (*abi.Decoder, error) {
	e, err := r.begin()
	if err != nil {
		return nil, err
	}
	e.Int(p.handle)
	e.Int(n)
	return r.call(t, op)
}

// valueOp sends (int h, value) for op.
func (r *Runtime) valueOp(t *lang.Thread, p *Prim, op abi.Op, v lang.Value) (*abi.Decoder, error) {
	e, err := r.begin()
	if err != nil {
		return nil, err
	}
	e.Int(p.handle)
	if err := bridge.Encode(t, e, v); err != nil {
		return nil, err
	}
	return r.call(t, op)
}

// intArg returns the single optional int argument of a method (after the
// receiver), without the cost of UnpackArgs on hot paths.
func intArg(t *lang.Thread, args []lang.Value, kw []string, fname, pname string, def int64) (int64, error) {
	if len(kw) == 0 {
		switch len(args) {
		case 1:
			return def, nil
		case 2:
			if args[1].IsInt() {
				return args[1].AsInt(), nil
			}
		}
	}
	v := def
	if err := lang.UnpackArgs(t, fname, args[1:], kw, pname+"?", &v); err != nil {
		return 0, err
	}
	return v, nil
}

// atomicAdd: OpAtomicAdd (int h, int delta) → (int new value).
func (r *Runtime) atomicAdd(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	p, err := prim(args, KindAtomic, "add")
	if err != nil {
		return lang.None, err
	}
	delta, err := intArg(t, args, kw, "add", "delta", 1)
	if err != nil {
		return lang.None, err
	}
	d, err := r.intOp(t, p, abi.OpAtomicAdd, delta)
	if err != nil {
		return lang.None, err
	}
	n, err := d.Int()
	if err != nil {
		return lang.None, decodeErr(err)
	}
	return lang.Int(n), nil
}

// atomicGet: OpAtomicGet (int h) → (int).
func (r *Runtime) atomicGet(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	d, err := r.noArgOp(t, args, kw, KindAtomic, "get", abi.OpAtomicGet)
	if err != nil {
		return lang.None, err
	}
	return decodeValue(t, d)
}

// atomicSet: OpAtomicSet (int h, int value) → ().
func (r *Runtime) atomicSet(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	p, err := prim(args, KindAtomic, "set")
	if err != nil {
		return lang.None, err
	}
	v, err := oneArg(t, "set", "value", args[1:], kw)
	if err != nil {
		return lang.None, err
	}
	if !v.IsInt() {
		return lang.None, atomicValueError("Atomic.set() value", v)
	}
	_, err = r.intOp(t, p, abi.OpAtomicSet, v.AsInt())
	return lang.None, err
}

// sharedGet: OpSharedGet (int h) → (value).
func (r *Runtime) sharedGet(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	d, err := r.noArgOp(t, args, kw, KindShared, "get", abi.OpSharedGet)
	if err != nil {
		return lang.None, err
	}
	return decodeValue(t, d)
}

// sharedSet: OpSharedSet (int h, value) → ().
func (r *Runtime) sharedSet(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	p, err := prim(args, KindShared, "set")
	if err != nil {
		return lang.None, err
	}
	v, err := oneArg(t, "set", "value", args[1:], kw)
	if err != nil {
		return lang.None, err
	}
	_, err = r.valueOp(t, p, abi.OpSharedSet, v)
	return lang.None, err
}

// waitGroupAdd: OpWaitGroupAdd (int h, int delta) → ().
func (r *Runtime) waitGroupAdd(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	p, err := prim(args, KindWaitGroup, "add")
	if err != nil {
		return lang.None, err
	}
	delta, err := intArg(t, args, kw, "add", "delta", 1)
	if err != nil {
		return lang.None, err
	}
	_, err = r.intOp(t, p, abi.OpWaitGroupAdd, delta)
	return lang.None, err
}

// waitGroupDone: OpWaitGroupDone (int h) → ().
func (r *Runtime) waitGroupDone(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	_, err := r.noArgOp(t, args, kw, KindWaitGroup, "done", abi.OpWaitGroupDone)
	return lang.None, err
}

// waitGroupWait: OpWaitGroupWait (int h) → (int ticket), 0 when the
// counter is zero already; else the goroutine parks on the ticket.
func (r *Runtime) waitGroupWait(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	d, err := r.noArgOp(t, args, kw, KindWaitGroup, "wait", abi.OpWaitGroupWait)
	if err != nil {
		return lang.None, err
	}
	return r.maybeWait(t, d, false)
}

// maybeWait reads the (int ticket) that starts the reply of a blocking
// op: 0 means done (the result follows if withValue), otherwise it parks
// the goroutine until the host completes the ticket.
func (r *Runtime) maybeWait(t *lang.Thread, d *abi.Decoder, withValue bool) (lang.Value, error) {
	ticket, err := d.Int()
	if err != nil {
		return lang.None, decodeErr(err)
	}
	if ticket != 0 {
		if d, err = r.wait(t, ticket); err != nil {
			return lang.None, err
		}
	}
	if !withValue {
		return lang.None, nil
	}
	return decodeValue(t, d)
}

// queuePut: OpQueuePut (int h, value) → (int ticket); the ticket
// completes when the item is in the queue.
func (r *Runtime) queuePut(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	p, err := prim(args, KindQueue, "put")
	if err != nil {
		return lang.None, err
	}
	v, err := oneArg(t, "put", "item", args[1:], kw)
	if err != nil {
		return lang.None, err
	}
	d, err := r.valueOp(t, p, abi.OpQueuePut, v)
	if err != nil {
		return lang.None, err
	}
	return r.maybeWait(t, d, false)
}

// queueGet: OpQueueGet (int h) → (int ticket[, item]); ticket 0 means the
// item follows (None once the queue is closed and drained), otherwise the
// ticket's result is the item.
func (r *Runtime) queueGet(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	d, err := r.noArgOp(t, args, kw, KindQueue, "get", abi.OpQueueGet)
	if err != nil {
		return lang.None, err
	}
	return r.maybeWait(t, d, true)
}

// queueSize: OpQueueSize (int h) → (int).
func (r *Runtime) queueSize(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	d, err := r.noArgOp(t, args, kw, KindQueue, "size", abi.OpQueueSize)
	if err != nil {
		return lang.None, err
	}
	return decodeValue(t, d)
}

// queueClose: OpQueueClose (int h) → ().
func (r *Runtime) queueClose(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	_, err := r.noArgOp(t, args, kw, KindQueue, "close", abi.OpQueueClose)
	return lang.None, err
}

// atomicValueError explains why v cannot be an Atomic's value: an int
// beyond 64 bits is an OverflowError, anything else a TypeError.
func atomicValueError(what string, v lang.Value) error {
	if _, big := v.Object().(*lang.Big); big {
		return lang.NewError(lang.OverflowErrorType, "%s must fit in 64 bits", what)
	}
	return lang.NewError(lang.TypeErrorType, "%s must be an int, not %s", what, v.TypeName())
}
