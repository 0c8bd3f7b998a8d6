package host

import (
	"sync"

	"github.com/wasmling/wasmling/abi"
)

// queue is a named Queue: FIFO items (encoded values), optionally bounded.
// Blocked getters and putters wait in FIFO order as tickets; an item put
// while a getter waits goes straight to that getter.
type queue struct {
	t       *Tenant
	name    string
	maxsize int // 0: unbounded

	mu      sync.Mutex
	items   [][]byte // items[head:] are queued
	head    int
	closed  bool
	getters []*ticket
	putters []putWaiter
}

type putWaiter struct {
	tk   *ticket
	item []byte
}

func (q *queue) len() int { return len(q.items) - q.head }

func (q *queue) full() bool { return q.maxsize > 0 && q.len() >= q.maxsize }

func (q *queue) push(item []byte) { q.items = append(q.items, item) }

func (q *queue) pop() []byte {
	it := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 64 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return it
}

// pushFront returns an item to the head of the queue (an item handed to a
// wait that was cancelled before the guest collected it).
func (q *queue) pushFront(item []byte) {
	if q.head > 0 {
		q.head--
		q.items[q.head] = item
		return
	}
	q.items = append([][]byte{item}, q.items...)
}

// deliver gives item to the first waiting getter, if there is one.
func (q *queue) deliver(item []byte) bool {
	for len(q.getters) > 0 {
		tk := q.getters[0]
		q.getters = q.getters[1:]
		if tk.complete(item) {
			return true
		}
	}
	return false
}

// admitPutters moves waiting putters' items into the queue while there is
// room.
func (q *queue) admitPutters() {
	for len(q.putters) > 0 && !q.full() {
		p := q.putters[0]
		q.putters = q.putters[1:]
		if p.tk.complete(nil) {
			q.push(p.item)
		} else {
			q.t.release(int64(len(p.item)) + itemOverhead)
		}
	}
}

func (e *Env) queueOp(op abi.Op, q *queue, d *abi.Decoder, reply []byte) ([]byte, error) {
	enc := e.encoder()
	switch op {
	case abi.OpQueuePut:
		raw, err := d.Raw()
		if err != nil || d.End() != nil {
			return nil, badRequest("queue put", "(int handle, value)")
		}
		ticket, err := e.queuePut(q, raw)
		if err != nil {
			return nil, err
		}
		enc.Int(ticket)
	case abi.OpQueueGet:
		if d.End() != nil {
			return nil, badRequest("queue get", "(int handle)")
		}
		ticket, item, err := e.queueGet(q)
		if err != nil {
			return nil, err
		}
		enc.Int(ticket)
		if ticket == 0 {
			if item == nil {
				enc.None()
			} else {
				enc.Raw(item)
			}
		}
	case abi.OpQueueSize:
		if d.End() != nil {
			return nil, badRequest("queue size", "(int handle)")
		}
		q.mu.Lock()
		n := q.len()
		q.mu.Unlock()
		enc.Int(int64(n))
	case abi.OpQueueClose:
		if d.End() != nil {
			return nil, badRequest("queue close", "(int handle)")
		}
		q.close()
	}
	return okReply(reply, enc), nil
}

// queuePut adds item (copied) to the queue, or returns a ticket that
// completes once it is in.
func (e *Env) queuePut(q *queue, raw []byte) (int64, error) {
	size := int64(len(raw)) + itemOverhead
	if err := q.t.reserve(size); err != nil {
		return 0, err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		q.t.release(size)
		return 0, &abi.Exception{Type: abi.RuntimeError, Message: "put() on closed queue '" + q.name + "'"}
	}
	item := append([]byte(nil), raw...)
	if q.deliver(item) {
		q.t.release(size)
		return 0, nil
	}
	if !q.full() {
		q.push(item)
		return 0, nil
	}
	tk, err := e.newTicket(q.cancelPut)
	if err != nil {
		q.t.release(size)
		return 0, err
	}
	q.putters = append(q.putters, putWaiter{tk: tk, item: item})
	return tk.id, nil
}

// queueGet takes the first item (nil once the queue is closed and
// drained), or returns a ticket that completes with the next item.
func (e *Env) queueGet(q *queue) (int64, []byte, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.len() > 0 {
		item := q.pop()
		q.t.release(int64(len(item)) + itemOverhead)
		q.admitPutters()
		return 0, item, nil
	}
	if q.closed {
		return 0, nil, nil
	}
	tk, err := e.newTicket(q.cancelGet)
	if err != nil {
		return 0, nil, err
	}
	q.getters = append(q.getters, tk)
	return tk.id, nil, nil
}

// close closes the queue: waiting getters get None, waiting putters an
// error; queued items can still be taken.
func (q *queue) close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	q.closed = true
	for _, tk := range q.getters {
		tk.complete(nil)
	}
	q.getters = nil
	for _, p := range q.putters {
		p.tk.fail(abi.RuntimeError, "queue '"+q.name+"' was closed before the item could be put")
		q.t.release(int64(len(p.item)) + itemOverhead)
	}
	q.putters = nil
}

// cancelGet withdraws a getter's ticket; an item already handed to it
// goes back to the queue (to the next getter, else the head).
func (q *queue) cancelGet(tk *ticket) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for i, x := range q.getters {
		if x == tk {
			q.getters = append(q.getters[:i], q.getters[i+1:]...)
			tk.undelivered()
			return
		}
	}
	item, ok := tk.undelivered()
	if !ok || item == nil {
		return
	}
	if q.deliver(item) {
		return
	}
	q.t.syncs.bytes.Add(int64(len(item)) + itemOverhead)
	q.pushFront(item)
}

// cancelPut withdraws a putter's ticket; its item is not queued.
func (q *queue) cancelPut(tk *ticket) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for i, p := range q.putters {
		if p.tk == tk {
			q.putters = append(q.putters[:i], q.putters[i+1:]...)
			q.t.release(int64(len(p.item)) + itemOverhead)
			break
		}
	}
	tk.undelivered()
}
