package host

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/kv"
)

// Tests of the host's registries through Env.HandleOp, without guests:
// requests are encoded as a guest would, replies decoded as trees.

// newBareRunner returns a runner without an engine (enough for ops).
func newBareRunner(t testing.TB, backend kv.Backend) *Runner {
	r := &Runner{cfg: Config{KV: backend}, log: slog.New(slog.DiscardHandler), tenant: map[string]*Tenant{}}
	r.memKV = newMemoryBackend(r.kvQuota)
	t.Cleanup(func() { r.Close(context.Background()) })
	return r
}

func addTenant(t testing.TB, r *Runner, name string, tc TenantConfig) *Tenant {
	tc.Name = name
	ten, err := r.AddTenant(context.Background(), tc)
	if err != nil {
		t.Fatal(err)
	}
	return ten
}

// call runs op on an Env with the values vals and returns the reply's
// values, or the error (an *abi.Exception for an error envelope).
func call(t testing.TB, ctx context.Context, e *Env, op abi.Op, vals ...any) ([]any, error) {
	t.Helper()
	var enc abi.Encoder
	for _, v := range vals {
		if err := enc.Value(v); err != nil {
			t.Fatal(err)
		}
	}
	reply, err := e.HandleOp(ctx, op, enc.Bytes(), nil)
	if err != nil {
		var exc *abi.Exception
		if errors.As(err, &exc) {
			return nil, exc
		}
		return nil, err
	}
	payload, err := abi.ParseReply(reply)
	if err != nil {
		return nil, err
	}
	out, err := abi.DecodeAll(payload)
	if err != nil {
		t.Fatalf("%v: bad reply %x: %v", op, payload, err)
	}
	return out, nil
}

// must is call that fails the test on an error.
func must(t testing.TB, e *Env, op abi.Op, vals ...any) []any {
	t.Helper()
	out, err := call(t, context.Background(), e, op, vals...)
	if err != nil {
		t.Fatalf("%v%v: %v", op, vals, err)
	}
	return out
}

// excType returns the exception type of err, or "".
func excType(err error) string {
	var exc *abi.Exception
	if errors.As(err, &exc) {
		return exc.Type
	}
	return ""
}

func open(t testing.TB, e *Env, kind int64, name string, arg any) int64 {
	t.Helper()
	return must(t, e, abi.OpSyncOpen, kind, name, arg)[0].(int64)
}

func TestAtomicConcurrentAdds(t *testing.T) {
	r := newBareRunner(t, nil)
	ten := addTenant(t, r, "app", TenantConfig{})
	h := open(t, newEnv(ten, EnvScript), kindAtomic, "n", int64(0))
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := newEnv(ten, EnvRequest) // one Env per invocation
			for j := 0; j < 100; j++ {
				must(t, e, abi.OpAtomicAdd, h, int64(1))
			}
		}()
	}
	wg.Wait()
	if got := must(t, newEnv(ten, EnvScript), abi.OpAtomicGet, h)[0]; got != int64(10000) {
		t.Fatalf("got %v, want 10000", got)
	}
}

func TestTenantIsolation(t *testing.T) {
	r := newBareRunner(t, nil)
	a := newEnv(addTenant(t, r, "a", TenantConfig{}), EnvScript)
	b := newEnv(addTenant(t, r, "b", TenantConfig{}), EnvScript)

	ha := open(t, a, kindAtomic, "x", int64(5))
	// b has no atomic: a's handle number means nothing there
	if _, err := call(t, context.Background(), b, abi.OpAtomicGet, ha); excType(err) != abi.ValueError {
		t.Fatalf("b used a's handle: %v", err)
	}
	hb := open(t, b, kindAtomic, "x", int64(7))
	must(t, b, abi.OpAtomicAdd, hb, int64(1))
	if got := must(t, a, abi.OpAtomicGet, ha)[0]; got != int64(5) {
		t.Fatalf("a's x = %v", got)
	}
	// a handle of one kind is not a handle of another
	if _, err := call(t, context.Background(), a, abi.OpQueueSize, ha); excType(err) != abi.ValueError {
		t.Fatalf("atomic handle used as a queue: %v", err)
	}
	for _, h := range []int64{0, -1, 1 << 40} {
		if _, err := call(t, context.Background(), a, abi.OpAtomicGet, h); excType(err) != abi.ValueError {
			t.Fatalf("handle %d: %v", h, err)
		}
	}

	// kv: same store name, separate data
	sa := must(t, a, abi.OpKVOpen, "")[0].(int64)
	sb := must(t, b, abi.OpKVOpen, "")[0].(int64)
	must(t, a, abi.OpKVSet, sa, "k", "from a", 0.0)
	if got := must(t, b, abi.OpKVGet, sb, "k"); got[0] != false {
		t.Fatalf("b sees a's key: %v", got)
	}
	sa2 := must(t, a, abi.OpKVOpen, "second")[0].(int64)
	if _, err := call(t, context.Background(), b, abi.OpKVGet, sa2, "k"); excType(err) != abi.ValueError {
		t.Fatalf("b used a's second store handle: %v", err)
	}

	// queues: same name, separate queues
	qa := open(t, a, kindQueue, "q", int64(0))
	qb := open(t, b, kindQueue, "q", int64(0))
	must(t, a, abi.OpQueuePut, qa, "item")
	if got := must(t, b, abi.OpQueueSize, qb)[0]; got != int64(0) {
		t.Fatalf("b's queue has %v items", got)
	}
}

func TestGrants(t *testing.T) {
	r := newBareRunner(t, nil)
	e := newEnv(addTenant(t, r, "a", TenantConfig{Grants: []string{GrantHTTP}}), EnvScript)
	if _, err := call(t, context.Background(), e, abi.OpKVOpen, ""); excType(err) != "ImportError" {
		t.Fatalf("kv without the grant: %v", err)
	}
	if _, err := call(t, context.Background(), e, abi.OpSyncOpen, int64(kindAtomic), "x", int64(0)); excType(err) != "ImportError" {
		t.Fatalf("sync without the grant: %v", err)
	}
}

// waitOne calls OpWait and returns the completions as ticket → result.
func waitOne(t testing.TB, ctx context.Context, e *Env, maxNs int64) (map[int64]any, error) {
	t.Helper()
	out, err := call(t, ctx, e, abi.OpWait, maxNs)
	if err != nil {
		return nil, err
	}
	got := map[int64]any{}
	for i := 0; i < len(out); {
		id := out[i].(int64)
		if out[i+1] == true {
			got[id] = out[i+2]
			i += 3
		} else {
			got[id] = fmt.Sprintf("%v: %v", out[i+2], out[i+3])
			i += 4
		}
	}
	return got, nil
}

func TestQueueTicketsAcrossEnvs(t *testing.T) {
	r := newBareRunner(t, nil)
	ten := addTenant(t, r, "app", TenantConfig{})
	consumer, producer := newEnv(ten, EnvRequest), newEnv(ten, EnvTask)
	q := open(t, consumer, kindQueue, "jobs", int64(1))

	// an empty queue: get returns a ticket, the next put completes it
	got := must(t, consumer, abi.OpQueueGet, q)
	tk := got[0].(int64)
	if tk == 0 || len(got) != 1 {
		t.Fatalf("get on empty queue: %v", got)
	}
	done := make(chan map[int64]any)
	go func() {
		res, err := waitOne(t, context.Background(), consumer, -1)
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	time.Sleep(10 * time.Millisecond)
	if got := must(t, producer, abi.OpQueuePut, q, "a"); got[0] != int64(0) {
		t.Fatalf("put: %v", got)
	}
	if res := <-done; res[tk] != "a" {
		t.Fatalf("wait: %v", res)
	}
	// handed over directly: the queue stays empty
	if n := must(t, producer, abi.OpQueueSize, q)[0]; n != int64(0) {
		t.Fatalf("size %v", n)
	}

	// a full queue (maxsize 1): put returns a ticket completed by a get
	must(t, producer, abi.OpQueuePut, q, "b")
	ptk := must(t, producer, abi.OpQueuePut, q, "c")[0].(int64)
	if ptk == 0 {
		t.Fatal("put on a full queue did not wait")
	}
	if got := must(t, consumer, abi.OpQueueGet, q); got[0] != int64(0) || got[1] != "b" {
		t.Fatalf("get: %v", got)
	}
	res, err := waitOne(t, context.Background(), producer, int64(time.Second))
	if err != nil || len(res) != 1 || res[ptk] != nil {
		t.Fatalf("put ticket: %v %v", res, err)
	}
	if got := must(t, consumer, abi.OpQueueGet, q); got[1] != "c" {
		t.Fatalf("FIFO: %v", got)
	}
}

func TestQueueCloseWakesEveryWaiter(t *testing.T) {
	r := newBareRunner(t, nil)
	ten := addTenant(t, r, "app", TenantConfig{})
	admin := newEnv(ten, EnvScript)
	q := open(t, admin, kindQueue, "q", int64(0))
	full := open(t, admin, kindQueue, "full", int64(1))
	must(t, admin, abi.OpQueuePut, full, "x")

	const n = 20
	var wg sync.WaitGroup
	results := make(chan string, 2*n)
	for i := 0; i < n; i++ {
		e := newEnv(ten, EnvRequest)
		tk := must(t, e, abi.OpQueueGet, q)[0].(int64)
		ptk := must(t, e, abi.OpQueuePut, full, int64(i))[0].(int64)
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := map[int64]any{}
			for len(got) < 2 {
				res, err := waitOne(t, context.Background(), e, -1)
				if err != nil {
					t.Error(err)
					return
				}
				for k, v := range res {
					got[k] = v
				}
			}
			results <- fmt.Sprint(got[tk], "|", got[ptk])
		}()
	}
	time.Sleep(20 * time.Millisecond)
	must(t, admin, abi.OpQueueClose, q)
	must(t, admin, abi.OpQueueClose, full)
	wg.Wait()
	close(results)
	count := 0
	for r := range results {
		if r != "<nil>|RuntimeError: queue 'full' was closed before the item could be put" {
			t.Errorf("waiter got %q", r)
		}
		count++
	}
	if count != n {
		t.Fatalf("%d waiters woke, want %d", count, n)
	}
	// drained: the item put before closing is still there, then None
	if got := must(t, admin, abi.OpQueueGet, full); got[1] != "x" {
		t.Fatalf("get after close: %v", got)
	}
	if got := must(t, admin, abi.OpQueueGet, full); got[0] != int64(0) || got[1] != nil {
		t.Fatalf("get after drain: %v", got)
	}
	if _, err := call(t, context.Background(), admin, abi.OpQueuePut, q, "late"); excType(err) != abi.RuntimeError {
		t.Fatalf("put after close: %v", err)
	}
	if used := ten.syncs.bytes.Load(); used != 0 {
		t.Fatalf("%d bytes still accounted after draining", used)
	}
}

func TestCancelledGetReturnsItem(t *testing.T) {
	r := newBareRunner(t, nil)
	ten := addTenant(t, r, "app", TenantConfig{})
	admin := newEnv(ten, EnvScript)
	q := open(t, admin, kindQueue, "q", int64(0))

	// a waiting getter that ends (request over) is withdrawn
	gone := newEnv(ten, EnvRequest)
	must(t, gone, abi.OpQueueGet, q)
	gone.finish()
	// an item handed to a getter that never collected it goes back
	slow := newEnv(ten, EnvRequest)
	must(t, slow, abi.OpQueueGet, q)
	must(t, admin, abi.OpQueuePut, q, "first")
	must(t, admin, abi.OpQueuePut, q, "second")
	slow.finish()
	got := must(t, admin, abi.OpQueueGet, q)
	if got[1] != "first" {
		t.Fatalf("after the cancelled getter: %v", got)
	}
	if got := must(t, admin, abi.OpQueueGet, q); got[1] != "second" {
		t.Fatalf("then: %v", got)
	}
	// an ended Env refuses new waits
	if _, err := call(t, context.Background(), slow, abi.OpQueueGet, q); excType(err) != abi.RuntimeError {
		t.Fatalf("wait after finish: %v", err)
	}
}

func TestWaitDeadline(t *testing.T) {
	r := newBareRunner(t, nil)
	ten := addTenant(t, r, "app", TenantConfig{})
	e := newEnv(ten, EnvRequest)
	q := open(t, e, kindQueue, "q", int64(0))
	must(t, e, abi.OpQueueGet, q)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := waitOne(t, ctx, e, -1)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("wait past the deadline: %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("wait took %v", d)
	}
	// the getter was withdrawn: a put is queued, not lost
	must(t, newEnv(ten, EnvScript), abi.OpQueuePut, q, "kept")
	if n := must(t, e, abi.OpQueueSize, q)[0]; n != int64(1) {
		t.Fatalf("size %v", n)
	}
	// max_ns passes with nothing done: an empty reply
	must(t, e, abi.OpQueueGet, newQueueHandle(t, e))
	if res, err := waitOne(t, context.Background(), e, int64(time.Millisecond)); err != nil || len(res) != 0 {
		t.Fatalf("short wait: %v %v", res, err)
	}
	// nothing to wait for and no limit
	e2 := newEnv(ten, EnvRequest)
	if _, err := waitOne(t, context.Background(), e2, -1); excType(err) != abi.RuntimeError {
		t.Fatalf("wait without tickets: %v", err)
	}
}

func newQueueHandle(t *testing.T, e *Env) int64 {
	return open(t, e, kindQueue, fmt.Sprintf("fresh-%p", t), int64(0))
}

func TestWaitGroup(t *testing.T) {
	r := newBareRunner(t, nil)
	ten := addTenant(t, r, "app", TenantConfig{})
	e := newEnv(ten, EnvRequest)
	wg := open(t, e, kindWaitGroup, "wg", nil)
	if got := must(t, e, abi.OpWaitGroupWait, wg); got[0] != int64(0) {
		t.Fatalf("wait at zero: %v", got)
	}
	must(t, e, abi.OpWaitGroupAdd, wg, int64(3))
	tk := must(t, e, abi.OpWaitGroupWait, wg)[0].(int64)
	other := newEnv(ten, EnvTask)
	for i := 0; i < 3; i++ {
		must(t, other, abi.OpWaitGroupDone, wg)
	}
	res, err := waitOne(t, context.Background(), e, int64(time.Second))
	if err != nil || len(res) != 1 || res[tk] != nil {
		t.Fatalf("wait: %v %v", res, err)
	}
	if _, err := call(t, context.Background(), e, abi.OpWaitGroupDone, wg); excType(err) != abi.ValueError {
		t.Fatalf("negative counter: %v", err)
	}
}

func TestTicketLimit(t *testing.T) {
	r := newBareRunner(t, nil)
	ten := addTenant(t, r, "app", TenantConfig{Limits: Limits{MaxRun: 2}})
	e := newEnv(ten, EnvRequest)
	q := open(t, e, kindQueue, "q", int64(0))
	var err error
	n := 0
	for ; n < 100 && err == nil; n++ {
		_, err = call(t, context.Background(), e, abi.OpQueueGet, q)
	}
	if excType(err) != abi.RuntimeError || n != 11 {
		t.Fatalf("after %d waits: %v", n, err)
	}
}

func TestSyncLimits(t *testing.T) {
	r := newBareRunner(t, nil)
	ten := addTenant(t, r, "app", TenantConfig{Limits: Limits{MaxSyncObjects: 3, SyncBytes: 1000}})
	e := newEnv(ten, EnvRequest)
	q := open(t, e, kindQueue, "q", int64(0))
	open(t, e, kindAtomic, "a", int64(0))
	open(t, e, kindAtomic, "a", int64(0)) // found, not created
	open(t, e, kindWaitGroup, "w", nil)
	if _, err := call(t, context.Background(), e, abi.OpSyncOpen, int64(kindAtomic), "one too many", int64(0)); excType(err) != abi.RuntimeError {
		t.Fatalf("4th primitive: %v", err)
	}
	big := string(make([]byte, 400))
	must(t, e, abi.OpQueuePut, q, big)
	must(t, e, abi.OpQueuePut, q, big)
	if _, err := call(t, context.Background(), e, abi.OpQueuePut, q, big); excType(err) != abi.MemoryError {
		t.Fatalf("over SyncBytes: %v", err)
	}
	must(t, e, abi.OpQueueGet, q)
	must(t, e, abi.OpQueuePut, q, big) // room again
}

func TestKVOps(t *testing.T) {
	r := newBareRunner(t, nil)
	testKVOps(t, r)
}

// testKVOps checks the kv ops on r's persistent backend and its memory
// stores.
func testKVOps(t *testing.T, r *Runner) {
	ten := addTenant(t, r, "app", TenantConfig{})
	e := newEnv(ten, EnvRequest)
	for _, name := range []string{"", "named", ":memory:cache"} {
		t.Run("store="+name, func(t *testing.T) {
			h := must(t, e, abi.OpKVOpen, name)[0].(int64)
			if h2 := must(t, e, abi.OpKVOpen, name)[0].(int64); h2 != h {
				t.Fatalf("reopen gave handle %d, then %d", h, h2)
			}
			must(t, e, abi.OpKVClear, h)
			must(t, e, abi.OpKVSet, h, "k", []any{int64(1), "two"}, 0.0)
			if got := must(t, e, abi.OpKVGet, h, "k"); got[0] != true || fmt.Sprint(got[1]) != "[1 two]" {
				t.Fatalf("get: %v", got)
			}
			if got := must(t, e, abi.OpKVGet, h, "nope"); len(got) != 1 || got[0] != false {
				t.Fatalf("get missing: %v", got)
			}
			if _, err := call(t, context.Background(), e, abi.OpKVIncr, h, "k", int64(1)); excType(err) != abi.TypeError {
				t.Fatalf("incr on a list: %v", err)
			}
			if got := must(t, e, abi.OpKVIncr, h, "n", int64(5)); got[0] != int64(5) {
				t.Fatalf("incr: %v", got)
			}
			must(t, e, abi.OpKVSet, h, "t", "v", 0.15)
			if got := must(t, e, abi.OpKVTTL, h, "t"); got[0] != int64(1) {
				t.Fatalf("ttl: %v", got)
			}
			if got := must(t, e, abi.OpKVTTL, h, "k"); got[0] != int64(-1) {
				t.Fatalf("ttl without expiry: %v", got)
			}
			deadline := time.Now().Add(5 * time.Second)
			for must(t, e, abi.OpKVExists, h, "t")[0] == true {
				if time.Now().After(deadline) {
					t.Fatal("key with a 0.15s ttl did not expire")
				}
				time.Sleep(20 * time.Millisecond)
			}
			if got := must(t, e, abi.OpKVTTL, h, "t"); got[0] != int64(-2) {
				t.Fatalf("ttl after expiry: %v", got)
			}
			if got := must(t, e, abi.OpKVKeys, h, "*"); fmt.Sprint(got[0]) != "[k n]" {
				t.Fatalf("keys: %v", got)
			}
			if got := must(t, e, abi.OpKVDelete, h, "k"); got[0] != true {
				t.Fatalf("delete: %v", got)
			}
			if got := must(t, e, abi.OpKVDelete, h, "k"); got[0] != false {
				t.Fatalf("delete again: %v", got)
			}
			for _, bad := range [][]any{{h, "k", "v", -1.0}, {h, "", "v", 0.0}} {
				if _, err := call(t, context.Background(), e, abi.OpKVSet, bad...); excType(err) != abi.ValueError {
					t.Fatalf("set %v: %v", bad, err)
				}
			}
			must(t, e, abi.OpKVClose, h)
		})
	}
	if _, err := call(t, context.Background(), e, abi.OpKVOpen, "bad\x00name"); excType(err) != abi.ValueError {
		t.Fatalf("bad store name: %v", err)
	}
	// a malformed value is refused before it is stored
	h := must(t, e, abi.OpKVOpen, "")[0].(int64)
	var enc abi.Encoder
	enc.Int(h)
	enc.Str("k")
	req := append(enc.Bytes(), 0x06, 0x05, 'a') // a str shorter than its length
	if _, err := e.HandleOp(context.Background(), abi.OpKVSet, req, nil); excType(err) != abi.ValueError {
		t.Fatalf("malformed value: %v", err)
	}
}

func TestKVConcurrentIncr(t *testing.T) {
	r := newBareRunner(t, nil)
	testKVConcurrentIncr(t, r)
}

func testKVConcurrentIncr(t *testing.T, r *Runner) {
	ten := addTenant(t, r, "incr", TenantConfig{})
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := newEnv(ten, EnvRequest)
			h := must(t, e, abi.OpKVOpen, "")[0].(int64)
			for j := 0; j < 100; j++ {
				must(t, e, abi.OpKVIncr, h, "n", int64(1))
			}
		}()
	}
	wg.Wait()
	e := newEnv(ten, EnvRequest)
	h := must(t, e, abi.OpKVOpen, "")[0].(int64)
	if got := must(t, e, abi.OpKVGet, h, "n"); got[1] != int64(10000) {
		t.Fatalf("n = %v, want 10000", got[1])
	}
}

func TestBadRequests(t *testing.T) {
	r := newBareRunner(t, nil)
	e := newEnv(addTenant(t, r, "app", TenantConfig{}), EnvRequest)
	ops := []abi.Op{abi.OpKVOpen, abi.OpKVGet, abi.OpKVSet, abi.OpKVIncr, abi.OpKVDelete, abi.OpKVExists,
		abi.OpKVTTL, abi.OpKVKeys, abi.OpKVClear, abi.OpKVClose, abi.OpAtomicAdd, abi.OpAtomicGet,
		abi.OpAtomicSet, abi.OpSharedGet, abi.OpSharedSet, abi.OpWaitGroupAdd, abi.OpWaitGroupDone,
		abi.OpWaitGroupWait, abi.OpQueuePut, abi.OpQueueGet, abi.OpQueueSize, abi.OpQueueClose,
		abi.OpSyncOpen, abi.OpWait, abi.OpBackground}
	reqs := [][]byte{nil, {0xff}, {0x03}, {0x03, 0x02, 0x06, 0x01}, {0x03, 0x02, 0x06, 0x01, 'k', 0x05}}
	for _, op := range ops {
		for _, req := range reqs {
			_, err := e.HandleOp(context.Background(), op, req, nil)
			if err == nil && op != abi.OpKVOpen {
				// only a well-formed request may succeed
				continue
			}
			var exc *abi.Exception
			if err != nil && !errors.As(err, &exc) {
				t.Errorf("%v %x: %v", op, req, err)
			}
		}
	}
}

func FuzzHandleOp(f *testing.F) {
	f.Add(uint16(abi.OpQueuePut), []byte{0x03, 0x02, 0x06, 0x01, 'x'})
	f.Add(uint16(abi.OpKVSet), []byte{0x03, 0x02, 0x06, 0x01, 'k', 0x00, 0x05, 0, 0, 0, 0, 0, 0, 0, 0})
	f.Add(uint16(abi.OpSyncOpen), []byte{0x03, 0x08, 0x06, 0x01, 'q', 0x03, 0x02})
	r := newBareRunner(f, nil)
	ten := addTenant(f, r, "app", TenantConfig{})
	f.Fuzz(func(t *testing.T, op uint16, req []byte) {
		e := newEnv(ten, EnvRequest)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
		defer cancel()
		_, err := e.HandleOp(ctx, abi.Op(op), req, nil)
		var exc *abi.Exception
		var code abi.Code
		if err != nil && !errors.As(err, &exc) && !errors.As(err, &code) && !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("op %d: unexpected error %v", op, err)
		}
		e.finish()
	})
}
