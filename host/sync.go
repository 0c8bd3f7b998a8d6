package host

import (
	"errors"
	"math"
	"sync"
	"sync/atomic"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/kv"
)

// The sync ops: named primitives shared by every environment of a tenant,
// created on first use. Each kind has its own names and its own table of
// handles per tenant; a handle is an index into the calling tenant's table
// of that kind, checked on every call. Values (Shared, Queue items) are
// the abi value encoding, validated and copied in, copied out by the
// reply. A tenant's primitives are bounded in number (Limits.MaxSyncObjects)
// and in bytes held (Limits.SyncBytes).
//
// Layouts:
//
//	OpSyncOpen      (int kind, str name, value arg) → (int handle)
//	                kind 1 Atomic (arg: int initial), 2 Shared (arg: the
//	                initial value), 3 WaitGroup (arg: None), 4 Queue (arg:
//	                int maxsize, 0 unbounded); arg only matters on creation
//	OpAtomicAdd     (int h, int delta) → (int)      OverflowError past int64
//	OpAtomicGet     (int h) → (int)
//	OpAtomicSet     (int h, int value) → ()
//	OpSharedGet     (int h) → (value)
//	OpSharedSet     (int h, value) → ()
//	OpWaitGroupAdd  (int h, int delta) → ()        ValueError below zero
//	OpWaitGroupDone (int h) → ()                    add(-1)
//	OpWaitGroupWait (int h) → (int ticket)          0: the counter is zero
//	OpQueuePut      (int h, value) → (int ticket)   0: queued; RuntimeError once closed
//	OpQueueGet      (int h) → (int ticket[, item])  0: the item follows (None once
//	                                                closed and drained)
//	OpQueueSize     (int h) → (int)
//	OpQueueClose    (int h) → ()                    wakes every waiter
//
// A ticket's result (abi.OpWait) is the item for Queue.get, None for the
// others; a put waiting on a queue that closes fails with RuntimeError.

// Kinds of sync primitives in OpSyncOpen.
const (
	kindAtomic    = 1
	kindShared    = 2
	kindWaitGroup = 3
	kindQueue     = 4
)

// itemOverhead is what a held value costs beyond its bytes, for
// Limits.SyncBytes.
const itemOverhead = 32

// syncSet is a tenant's primitives.
type syncSet struct {
	count   atomic.Int64 // primitives created
	bytes   atomic.Int64 // bytes held by Shared values and queue items
	atomics table[*atomicVar]
	shared  table[*sharedVar]
	groups  table[*waitGroup]
	queues  table[*queue]
}

// table numbers the primitives of one kind. Lookups by handle, the hot
// path, read an immutable slice without locking; creating a primitive
// copies it.
type table[T any] struct {
	mu     sync.Mutex
	list   atomic.Pointer[[]T]
	byName map[string]int64
}

// find returns the handle of name, creating it on first use.
func (tb *table[T]) find(name string, create func() (T, error)) (int64, error) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if h, ok := tb.byName[name]; ok {
		return h, nil
	}
	v, err := create()
	if err != nil {
		return 0, err
	}
	if tb.byName == nil {
		tb.byName = map[string]int64{}
	}
	var list []T
	if p := tb.list.Load(); p != nil {
		list = *p
	}
	list = append(list[:len(list):len(list)], v)
	tb.list.Store(&list)
	h := int64(len(list))
	tb.byName[name] = h
	return h, nil
}

// get returns the primitive with handle h.
func (tb *table[T]) get(h int64) (T, bool) {
	var zero T
	p := tb.list.Load()
	if p == nil || h < 1 || h > int64(len(*p)) {
		return zero, false
	}
	return (*p)[h-1], true
}

var errBadHandle = &abi.Exception{Type: abi.ValueError, Message: "invalid sync handle"}

// reserve accounts n more bytes held by the tenant's primitives.
func (t *Tenant) reserve(n int64) error {
	if t.syncs.bytes.Add(n) > t.limits.SyncBytes && n > 0 {
		t.syncs.bytes.Add(-n)
		return &abi.Exception{Type: abi.MemoryError, Message: "sync storage of the app is full: queues and shared values hold more than the limit"}
	}
	return nil
}

func (t *Tenant) release(n int64) { t.syncs.bytes.Add(-n) }

// newPrimitive counts one more primitive against the limit.
func (t *Tenant) newPrimitive() error {
	if t.syncs.count.Add(1) > int64(t.limits.MaxSyncObjects) {
		t.syncs.count.Add(-1)
		return &abi.Exception{Type: abi.RuntimeError, Message: "too many sync primitives in this app"}
	}
	return nil
}

// syncOp serves the sync ops.
func (e *Env) syncOp(op abi.Op, req, reply []byte) ([]byte, error) {
	t := e.tenant
	if t == nil || !t.Granted(GrantSync) {
		return nil, &abi.Exception{Type: "ImportError", Message: "scriptling.runtime.sync is not granted"}
	}
	d := e.decoder(req)
	if op == abi.OpSyncOpen {
		return e.syncOpen(d, reply)
	}
	h, err := d.Int()
	if err != nil {
		return nil, badRequest(op.String(), "a handle first")
	}
	s := &t.syncs
	switch op {
	case abi.OpAtomicAdd, abi.OpAtomicGet, abi.OpAtomicSet:
		a, ok := s.atomics.get(h)
		if !ok {
			return nil, errBadHandle
		}
		return e.atomicOp(op, a, d, reply)
	case abi.OpSharedGet, abi.OpSharedSet:
		v, ok := s.shared.get(h)
		if !ok {
			return nil, errBadHandle
		}
		return e.sharedOp(op, v, d, reply)
	case abi.OpWaitGroupAdd, abi.OpWaitGroupDone, abi.OpWaitGroupWait:
		wg, ok := s.groups.get(h)
		if !ok {
			return nil, errBadHandle
		}
		return e.waitGroupOp(op, wg, d, reply)
	case abi.OpQueuePut, abi.OpQueueGet, abi.OpQueueSize, abi.OpQueueClose:
		q, ok := s.queues.get(h)
		if !ok {
			return nil, errBadHandle
		}
		return e.queueOp(op, q, d, reply)
	}
	return nil, abi.ErrUnknownOp
}

// syncOpen serves OpSyncOpen.
func (e *Env) syncOpen(d *abi.Decoder, reply []byte) ([]byte, error) {
	t := e.tenant
	kind, err1 := d.Int()
	name, err2 := d.Str()
	arg, err3 := d.Raw()
	if errors.Join(err1, err2, err3, d.End()) != nil {
		return nil, badRequest("sync open", "(int kind, str name, value arg)")
	}
	if kv.ValidateName(name) != nil {
		return nil, &abi.Exception{Type: abi.ValueError, Message: "invalid sync name: 1 to 255 bytes without control characters"}
	}
	s := &t.syncs
	var h int64
	var err error
	switch kind {
	case kindAtomic:
		initial, ierr := decodeInt(arg)
		if ierr != nil {
			return nil, &abi.Exception{Type: abi.TypeError, Message: "Atomic initial value must be an int"}
		}
		h, err = s.atomics.find(name, func() (*atomicVar, error) {
			a := &atomicVar{}
			a.v.Store(initial)
			return a, t.newPrimitive()
		})
	case kindShared:
		h, err = s.shared.find(name, func() (*sharedVar, error) {
			if err := t.newPrimitive(); err != nil {
				return nil, err
			}
			if err := t.reserve(int64(len(arg)) + itemOverhead); err != nil {
				t.syncs.count.Add(-1)
				return nil, err
			}
			return &sharedVar{t: t, v: append([]byte(nil), arg...)}, nil
		})
	case kindWaitGroup:
		h, err = s.groups.find(name, func() (*waitGroup, error) {
			return &waitGroup{}, t.newPrimitive()
		})
	case kindQueue:
		maxsize, ierr := decodeInt(arg)
		if ierr != nil {
			return nil, &abi.Exception{Type: abi.TypeError, Message: "Queue maxsize must be an int"}
		}
		h, err = s.queues.find(name, func() (*queue, error) {
			return &queue{t: t, name: name, maxsize: int(min(max(maxsize, 0), math.MaxInt32))}, t.newPrimitive()
		})
	default:
		return nil, &abi.Exception{Type: abi.ValueError, Message: "unknown sync primitive kind"}
	}
	if err != nil {
		return nil, err
	}
	enc := e.encoder()
	enc.Int(h)
	return okReply(reply, enc), nil
}

func decodeInt(raw []byte) (int64, error) {
	var d abi.Decoder
	d.Reset(raw)
	n, err := d.Int()
	if err != nil {
		return 0, err
	}
	return n, d.End()
}

// atomicVar is a named Atomic: an int64.
type atomicVar struct {
	v atomic.Int64
}

func (e *Env) atomicOp(op abi.Op, a *atomicVar, d *abi.Decoder, reply []byte) ([]byte, error) {
	enc := e.encoder()
	switch op {
	case abi.OpAtomicAdd:
		delta, err := d.Int()
		if err != nil || d.End() != nil {
			return nil, badRequest("atomic add", "(int handle, int delta)")
		}
		for {
			old := a.v.Load()
			n := old + delta
			if (delta > 0 && n < old) || (delta < 0 && n > old) {
				return nil, &abi.Exception{Type: "OverflowError", Message: "Atomic value out of the 64-bit range"}
			}
			if a.v.CompareAndSwap(old, n) {
				enc.Int(n)
				break
			}
		}
	case abi.OpAtomicGet:
		if d.End() != nil {
			return nil, badRequest("atomic get", "(int handle)")
		}
		enc.Int(a.v.Load())
	case abi.OpAtomicSet:
		v, err := d.Int()
		if err != nil || d.End() != nil {
			return nil, badRequest("atomic set", "(int handle, int value)")
		}
		a.v.Store(v)
	}
	return okReply(reply, enc), nil
}

// sharedVar is a named Shared value.
type sharedVar struct {
	t  *Tenant
	mu sync.Mutex
	v  []byte
}

func (e *Env) sharedOp(op abi.Op, s *sharedVar, d *abi.Decoder, reply []byte) ([]byte, error) {
	if op == abi.OpSharedGet {
		if d.End() != nil {
			return nil, badRequest("shared get", "(int handle)")
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		return append(abi.AppendOK(reply), s.v...), nil
	}
	v, err := d.Raw()
	if err != nil || d.End() != nil {
		return nil, badRequest("shared set", "(int handle, value)")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.t.reserve(int64(len(v) - len(s.v))); err != nil {
		return nil, err
	}
	s.v = append(s.v[:0:0], v...)
	return abi.AppendOK(reply), nil
}

// waitGroup is a named WaitGroup.
type waitGroup struct {
	mu      sync.Mutex
	n       int64
	waiters []*ticket
}

func (e *Env) waitGroupOp(op abi.Op, wg *waitGroup, d *abi.Decoder, reply []byte) ([]byte, error) {
	delta := int64(-1)
	switch op {
	case abi.OpWaitGroupAdd:
		var err error
		delta, err = d.Int()
		if err != nil || d.End() != nil {
			return nil, badRequest("waitgroup add", "(int handle, int delta)")
		}
	case abi.OpWaitGroupDone, abi.OpWaitGroupWait:
		if d.End() != nil {
			return nil, badRequest(op.String(), "(int handle)")
		}
	}
	wg.mu.Lock()
	defer wg.mu.Unlock()
	if op == abi.OpWaitGroupWait {
		enc := e.encoder()
		if wg.n == 0 {
			enc.Int(0)
			return okReply(reply, enc), nil
		}
		tk, err := e.newTicket(wg.cancel)
		if err != nil {
			return nil, err
		}
		wg.waiters = append(wg.waiters, tk)
		enc.Int(tk.id)
		return okReply(reply, enc), nil
	}
	n := wg.n + delta
	if n < 0 || (delta > 0 && n < wg.n) {
		return nil, &abi.Exception{Type: abi.ValueError, Message: "negative WaitGroup counter (more done() than add())"}
	}
	wg.n = n
	if n == 0 {
		for _, tk := range wg.waiters {
			tk.complete(nil)
		}
		wg.waiters = nil
	}
	return abi.AppendOK(reply), nil
}

func (wg *waitGroup) cancel(tk *ticket) {
	wg.mu.Lock()
	defer wg.mu.Unlock()
	wg.waiters = removeTicket(wg.waiters, tk)
	tk.undelivered()
}

func removeTicket(list []*ticket, tk *ticket) []*ticket {
	for i, x := range list {
		if x == tk {
			return append(list[:i], list[i+1:]...)
		}
	}
	return list
}
