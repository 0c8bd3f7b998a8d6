package runtime

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/lang"
)

// fakeHost serves a subset of the host's ops in memory, for running the
// runtime library natively: kv get/set/incr on one store, Atomic, and
// Queue with tickets and OpWait. Other goroutines may put into its queues
// with hostPut (as another instance would).
type fakeHost struct {
	kv      map[string][]byte
	atomics map[int64]int64
	names   map[string]int64
	queues  map[int64]*fakeQueue
	next    int64
	tickets int64
	done    chan fakeDone // completed tickets
	pending int
	calls   map[abi.Op]int
	sleeps  []time.Duration
}

type fakeQueue struct {
	items   [][]byte
	getters []int64
	closed  bool
}

type fakeDone struct {
	id    int64
	value []byte
}

func newFakeHost() *fakeHost {
	return &fakeHost{
		kv: map[string][]byte{}, atomics: map[int64]int64{}, names: map[string]int64{},
		queues: map[int64]*fakeQueue{}, done: make(chan fakeDone, 100), calls: map[abi.Op]int{},
	}
}

func (h *fakeHost) Call(op abi.Op, req []byte) ([]byte, error) {
	h.calls[op]++
	d := abi.NewDecoder(req)
	var e abi.Encoder
	switch op {
	case abi.OpKVOpen:
		e.Int(1)
	case abi.OpKVSet:
		d.Int()
		k, _ := d.Str()
		v, err := d.Raw()
		if err != nil {
			return nil, err
		}
		h.kv[k] = append([]byte(nil), v...)
	case abi.OpKVGet:
		d.Int()
		k, _ := d.Str()
		v, ok := h.kv[k]
		e.Bool(ok)
		if ok {
			e.Raw(v)
		}
	case abi.OpSyncOpen:
		kind, _ := d.Int()
		name, _ := d.Str()
		key := fmt.Sprint(kind, name)
		hd, ok := h.names[key]
		if !ok {
			h.next++
			hd = h.next
			h.names[key] = hd
			if kind == KindQueue {
				h.queues[hd] = &fakeQueue{}
			}
		}
		e.Int(hd)
	case abi.OpAtomicAdd:
		hd, _ := d.Int()
		delta, _ := d.Int()
		h.atomics[hd] += delta
		e.Int(h.atomics[hd])
	case abi.OpAtomicGet:
		hd, _ := d.Int()
		e.Int(h.atomics[hd])
	case abi.OpQueuePut:
		hd, _ := d.Int()
		v, _ := d.Raw()
		h.put(h.queues[hd], append([]byte(nil), v...))
		e.Int(0)
	case abi.OpQueueGet:
		hd, _ := d.Int()
		q := h.queues[hd]
		switch {
		case len(q.items) > 0:
			e.Int(0)
			e.Raw(q.items[0])
			q.items = q.items[1:]
		case q.closed:
			e.Int(0)
			e.None()
		default:
			h.tickets++
			h.pending++
			q.getters = append(q.getters, h.tickets)
			e.Int(h.tickets)
		}
	case abi.OpQueueClose:
		hd, _ := d.Int()
		q := h.queues[hd]
		q.closed = true
		for _, id := range q.getters {
			h.done <- fakeDone{id: id}
		}
		q.getters = nil
	case abi.OpWait:
		maxNs, _ := d.Int()
		if h.pending == 0 && maxNs < 0 {
			return nil, &abi.Exception{Type: abi.RuntimeError, Message: "wait: nothing to wait for"}
		}
		var timeout <-chan time.Time
		if maxNs >= 0 {
			timeout = time.After(time.Duration(maxNs))
		}
		select {
		case c := <-h.done:
			h.pending--
			e.Int(c.id)
			e.Bool(true)
			if c.value == nil {
				e.None()
			} else {
				e.Raw(c.value)
			}
		case <-timeout:
		case <-time.After(5 * time.Second):
			return nil, &abi.Exception{Type: abi.TimeoutError, Message: "fake deadline"}
		}
	case abi.OpSleep:
		ns, _ := d.Int()
		h.sleeps = append(h.sleeps, time.Duration(ns))
		time.Sleep(time.Duration(ns))
	default:
		return nil, abi.ErrUnknownOp
	}
	return e.Bytes(), nil
}

// put hands v to the first waiting getter or queues it.
func (h *fakeHost) put(q *fakeQueue, v []byte) {
	if len(q.getters) > 0 {
		id := q.getters[0]
		q.getters = q.getters[1:]
		h.done <- fakeDone{id: id, value: v}
		return
	}
	q.items = append(q.items, v)
}

// testRuntime runs src natively with a Runtime over h and returns what
// it printed, or the error.
func runNative(t testing.TB, h Host, src string) (string, error) {
	t.Helper()
	var out strings.Builder
	rt := New(h, Header{App: "test", Grants: []string{"kv", "sync"}, Env: EnvScript, MaxRun: 8}, Options{Stderr: &out})
	mods := rt.Modules()
	// a stand-in for the standard library's time.sleep
	mods["time"] = func(t *lang.Thread) (*lang.Module, error) {
		m := lang.NewModule("time")
		m.SetFunc("sleep", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			var secs float64
			if err := lang.UnpackArgs(t, "sleep", args, kw, "secs", &secs); err != nil {
				return lang.None, err
			}
			return lang.None, t.Interp().Host().Sleep(time.Duration(secs * 1e9))
		})
		return m, nil
	}
	in := lang.New(lang.Options{Host: &nativeHost{NativeHost: lang.NewNativeHost(&out, &out, nil), rt: rt}, Modules: mods})
	th := in.NewThread()
	rt.Start(th)
	_, _, err := th.ExecModule("__main__", "test.py", []byte(src))
	rt.Finish()
	return out.String(), err
}

// nativeHost is the interpreter's host with the runtime's check and sleep,
// as the guest's.
type nativeHost struct {
	*lang.NativeHost
	rt *Runtime
}

func (h *nativeHost) Check() error                { return h.rt.Check() }
func (h *nativeHost) Sleep(d time.Duration) error { return h.rt.Sleep(d) }
