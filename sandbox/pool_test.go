package sandbox

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wasmling/wasmling/abi"
)

func TestPool(t *testing.T) {
	s := snapshot(t)
	var started atomic.Int32
	p := NewPool(3, func(ctx context.Context) (*Instance, error) {
		started.Add(1)
		return s.NewInstance(ctx, NewInstanceConfig())
	})
	ctx := context.Background()
	deadline := time.Now().Add(10 * time.Second)
	for len(p.ready) < 3 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if len(p.ready) != 3 {
		t.Fatalf("%d instances ready", len(p.ready))
	}
	for range 5 {
		in, err := p.Get(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if reply, err := in.Invoke(ctx, entryCounter, nil); err != nil || payload(t, reply)[0] != int64(6) {
			t.Fatal("pooled instance is not fresh", err)
		}
		in.Close(ctx)
	}
	p.Close(ctx)
	if len(p.ready) != 0 {
		t.Fatal("Close left instances")
	}
	n := started.Load()
	time.Sleep(20 * time.Millisecond)
	if started.Load() != n {
		t.Fatal("the pool kept starting instances after Close")
	}
}

func TestPoolStartFailure(t *testing.T) {
	boom := errors.New("boom")
	p := NewPool(1, func(context.Context) (*Instance, error) { return nil, boom })
	defer p.Close(context.Background())
	if _, err := p.Get(context.Background()); !errors.Is(err, boom) {
		t.Fatal(err)
	}
}

func TestPoolReuse(t *testing.T) {
	s := snapshot(t)
	ctx := context.Background()
	p := NewPool(1, func(ctx context.Context) (*Instance, error) {
		return s.NewInstance(ctx, NewInstanceConfig().WithHandler(testHandler()))
	})
	defer p.Close(ctx)
	var first *Instance
	for i := range 5 {
		in, err := p.Get(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = in
		} else if in != first {
			t.Fatalf("round %d: a new instance instead of the reset one (%+v)", i, p.Stats())
		}
		if c := counterOf(t, in); c != 6 {
			t.Fatalf("round %d: counter %d, want 6", i, c)
		}
		if _, err := in.Invoke(ctx, entrySecret, enc(t, newSecret())); err != nil {
			t.Fatal(err)
		}
		if !p.Put(ctx, in) {
			t.Fatalf("round %d: Put did not keep the instance", i)
		}
	}
	if st := p.Stats(); st.Reused != 5 || st.Started != 1 || st.Live != 1 || st.Ready != 1 {
		t.Fatalf("stats %+v", st)
	}
	// A crashed instance is closed, and the pool starts another.
	in, err := p.Get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	in.Invoke(ctx, entryPanic, nil)
	if p.Put(ctx, in) {
		t.Fatal("Put kept a crashed instance")
	}
	deadline := time.Now().Add(10 * time.Second)
	for p.Stats().Ready != 1 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if st := p.Stats(); st.Discarded != 1 || st.Started != 2 || st.Live != 1 || st.Ready != 1 {
		t.Fatalf("stats %+v", st)
	}
	// Closing an instance from Get (instead of Put) is counted too: the
	// pool replaces it.
	in, _ = p.Get(ctx)
	in.Close(ctx)
	for p.Stats().Ready != 1 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if st := p.Stats(); st.Live != 1 || st.Started != 3 {
		t.Fatalf("stats after Close: %+v", st)
	}
}

// TestPoolConcurrent hammers a pool from many goroutines (run it with
// -race): every instance handed out is fresh, whatever the one before
// did with it, crashes and timeouts included, and Close with resets in
// flight leaves nothing behind.
func TestPoolConcurrent(t *testing.T) {
	s := snapshot(t)
	ctx := context.Background()
	p := NewPool(3, func(ctx context.Context) (*Instance, error) {
		return s.NewInstance(ctx, NewInstanceConfig().WithMemoryLimit(32<<20).WithHandler(testHandler()))
	})
	const workers, rounds = 6, 25
	busy, grow := enc(t, int64(1)<<50), enc(t, int64(3<<20))
	secrets := make([][]byte, workers*rounds)
	for i := range secrets {
		secrets[i] = enc(t, newSecret())
	}
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				in, err := p.Get(ctx)
				if err != nil {
					errs <- err
					return
				}
				reply, err := in.Invoke(ctx, entryCounter, nil)
				if err != nil {
					errs <- err
					return
				}
				if vs, err := abi.DecodeAll(reply[1:]); err != nil || vs[0] != int64(6) {
					errs <- fmt.Errorf("worker %d round %d: counter %v, want 6: the instance is not fresh", w, r, vs)
					return
				}
				switch (w + r) % 7 {
				case 0:
					in.Invoke(ctx, entryPanic, nil)
				case 1:
					dl, cancel := context.WithTimeout(ctx, time.Millisecond)
					in.Invoke(dl, entryBusyCheck, busy)
					cancel()
				case 2:
					in.Invoke(ctx, entryGrow, grow)
				default:
					in.Invoke(ctx, entrySecret, secrets[w*rounds+r])
				}
				if r%2 == 0 {
					p.Put(ctx, in)
				} else {
					p.Recycle(ctx, in)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	p.Close(ctx)
	st := p.Stats()
	t.Logf("%+v", st)
	if st.Live != 0 || st.Ready != 0 {
		t.Fatalf("instances left after Close: %+v", st)
	}
	if st.Reused == 0 || st.Discarded == 0 {
		t.Fatalf("the test exercised too little: %+v", st)
	}
}
