package host

import (
	"context"
	"sync"
	"time"

	"github.com/wasmling/wasmling/abi"
)

// Blocking without stalling the instance.
//
// A guest is single-threaded: a host call that blocks stalls every
// goroutine of the instance. So the blocking sync ops (Queue.get and put,
// WaitGroup.wait) never block: they answer at once, either with the
// result or with a ticket, an int the Env completes later (when an item
// arrives, the counter drops to zero, ...). The guest parks the goroutine
// that asked and runs the others; when none is left to run it calls
// abi.OpWait, the one op that blocks, which returns the completed tickets.
// A ticket lives in its Env only: it ends with the invocation, and a guest
// cannot name another invocation's tickets.
//
// Lock order: a primitive's mutex, then the Env's ticket mutex. Tickets
// are completed by whoever changes the primitive (any goroutine), and are
// consumed or cancelled only by the invocation's own goroutine (OpWait,
// finish), so consuming and cancelling never race.

// ticket states.
const (
	ticketPending = iota
	ticketDone
	ticketGone // delivered to the guest or cancelled
)

// A ticket is a pending result of a blocking op.
type ticket struct {
	env   *Env
	id    int64
	state int // guarded by env.waits.mu

	// The result, once done: an encoded value, or an exception.
	value   []byte
	errType string
	errMsg  string

	// cancel withdraws the ticket from its primitive; it runs without the
	// Env's lock, on the invocation's goroutine, for tickets pending or
	// done but not delivered.
	cancel func(*ticket)
}

// waitSet holds an Env's tickets.
type waitSet struct {
	mu      sync.Mutex
	next    int64
	pending map[int64]*ticket // pending or done, not yet delivered
	done    []*ticket
	wake    chan struct{} // signalled when a ticket completes
	closed  bool
}

// maxTickets bounds the tickets an Env may hold: one per goroutine of the
// guest could wait at a time.
func (e *Env) maxTickets() int {
	if e.tenant == nil {
		return 64
	}
	return e.tenant.limits.MaxRun + 8
}

// newTicket makes a pending ticket; cancel withdraws it from the primitive
// that will complete it.
func (e *Env) newTicket(cancel func(*ticket)) (*ticket, error) {
	w := &e.waits
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil, &abi.Exception{Type: abi.RuntimeError, Message: "the environment has ended"}
	}
	if len(w.pending) >= e.maxTickets() {
		return nil, &abi.Exception{Type: abi.RuntimeError, Message: "too many blocking calls waiting at once in this environment"}
	}
	if w.pending == nil {
		w.pending = map[int64]*ticket{}
		w.wake = make(chan struct{}, 1)
	}
	w.next++
	tk := &ticket{env: e, id: w.next, cancel: cancel}
	w.pending[tk.id] = tk
	return tk, nil
}

// complete records value (an encoded value, kept) as the ticket's result.
// It reports false if the ticket was cancelled: the caller keeps what it
// meant to deliver.
func (tk *ticket) complete(value []byte) bool {
	return tk.finish(value, "", "")
}

// fail records an exception as the ticket's result.
func (tk *ticket) fail(typ, msg string) bool {
	return tk.finish(nil, typ, msg)
}

func (tk *ticket) finish(value []byte, typ, msg string) bool {
	w := &tk.env.waits
	w.mu.Lock()
	defer w.mu.Unlock()
	if tk.state != ticketPending {
		return false
	}
	tk.state = ticketDone
	tk.value, tk.errType, tk.errMsg = value, typ, msg
	w.done = append(w.done, tk)
	select {
	case w.wake <- struct{}{}:
	default:
	}
	return true
}

// undelivered reports whether a cancelled ticket had completed without
// reaching the guest, and returns its value. Call it from cancel funcs,
// under the primitive's lock.
func (tk *ticket) undelivered() ([]byte, bool) {
	w := &tk.env.waits
	w.mu.Lock()
	defer w.mu.Unlock()
	done := tk.state == ticketDone
	tk.state = ticketGone
	return tk.value, done && tk.errType == ""
}

// cancelTickets withdraws every ticket of the Env; with closing, later
// blocking ops fail.
func (e *Env) cancelTickets(closing bool) {
	w := &e.waits
	w.mu.Lock()
	if closing {
		w.closed = true
	}
	list := make([]*ticket, 0, len(w.pending))
	for _, tk := range w.pending {
		list = append(list, tk)
	}
	clear(w.pending)
	w.done = nil
	w.mu.Unlock()
	for _, tk := range list {
		if tk.cancel != nil {
			tk.cancel(tk)
		} else {
			tk.undelivered()
		}
	}
}

// opWait serves abi.OpWait: (int max_ns) → the completed tickets, each as
// (int ticket, True, value) or (int ticket, False, str type, str message);
// nothing when max_ns passed first (max_ns < 0: no limit). It blocks until
// at least one of the Env's tickets completes. At the invocation's
// deadline or cancellation every ticket is withdrawn and the reply is the
// stop's error envelope (TimeoutError, CancelledError).
func (e *Env) opWait(ctx context.Context, req, reply []byte) ([]byte, error) {
	var d abi.Decoder
	d.Reset(req)
	maxNs, err := d.Int()
	if err != nil || d.End() != nil {
		return nil, badRequest("wait", "(int max_ns)")
	}
	var timeout <-chan time.Time
	if maxNs >= 0 {
		t := time.NewTimer(time.Duration(maxNs))
		defer t.Stop()
		timeout = t.C
	}
	w := &e.waits
	for {
		w.mu.Lock()
		if len(w.done) > 0 {
			done := w.done
			w.done = nil
			for _, tk := range done {
				tk.state = ticketGone
				delete(w.pending, tk.id)
			}
			w.mu.Unlock()
			enc := e.encoder()
			appendCompletions(enc, done)
			return append(abi.AppendOK(reply), enc.Bytes()...), nil
		}
		n, wake := len(w.pending), w.wake
		w.mu.Unlock()
		if n == 0 && maxNs < 0 {
			return nil, &abi.Exception{Type: abi.RuntimeError, Message: "wait: nothing to wait for"}
		}
		select {
		case <-wake: // nil without tickets: waits for the timeout
		case <-timeout:
			return abi.AppendOK(reply), nil
		case <-ctx.Done():
			e.cancelTickets(false)
			return nil, ctx.Err()
		}
	}
}

func appendCompletions(enc *abi.Encoder, done []*ticket) {
	for _, tk := range done {
		enc.Int(tk.id)
		if tk.errType != "" {
			enc.Bool(false)
			enc.Str(tk.errType)
			enc.Str(tk.errMsg)
			continue
		}
		enc.Bool(true)
		if tk.value == nil {
			enc.None()
		} else {
			enc.Raw(tk.value)
		}
	}
}

// badRequest is the error for a request that does not decode as layout.
func badRequest(op, layout string) error {
	return &abi.Exception{Type: abi.ValueError, Message: "bad " + op + " request: want " + layout}
}
