package sandbox

import (
	"context"
	"testing"
	"time"

	"github.com/wasmling/wasmling/abi"
)

func BenchmarkCompileCold(b *testing.B) {
	wasm, err := testGuest()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		e, err := NewEngine(ctx, wasm, NewEngineConfig().WithoutCache())
		if err != nil {
			b.Fatal(err)
		}
		e.Close(ctx)
	}
}

func BenchmarkEngineWarmCache(b *testing.B) {
	wasm, err := testGuest()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	cfg := NewEngineConfig().WithCacheDir(b.TempDir())
	e, err := NewEngine(ctx, wasm, cfg) // fills the cache
	if err != nil {
		b.Fatal(err)
	}
	e.Close(ctx)
	b.ReportAllocs()
	for b.Loop() {
		e, err := NewEngine(ctx, wasm, cfg)
		if err != nil {
			b.Fatal(err)
		}
		e.Close(ctx)
	}
}

func BenchmarkNewInstance(b *testing.B) {
	e := engine(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		in, err := e.NewInstance(ctx, NewInstanceConfig())
		if err != nil {
			b.Fatal(err)
		}
		in.Close(ctx)
	}
}

func BenchmarkInvokeEcho(b *testing.B) {
	in := newInstance(b, NewInstanceConfig())
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	req := enc(b, "hello, world", int64(42))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := in.Invoke(ctx, entryEcho, req); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHostCall times calls made from inside the guest: one Invoke
// runs a loop of n calls of a handler op echoing a small request.
func BenchmarkHostCall(b *testing.B) {
	benchGuestLoop(b, 10_000, entryCallLoop, int64(opEcho), int64(10_000), "hello", int64(1))
}

// BenchmarkHostCallSandboxOp is BenchmarkHostCall for an op the sandbox
// serves itself (no handler).
func BenchmarkHostCallSandboxOp(b *testing.B) {
	benchGuestLoop(b, 10_000, entryCallLoop, int64(abi.OpStopReason), int64(10_000))
}

// BenchmarkShouldStop times should_stop from inside the guest, under a
// context with a deadline.
func BenchmarkShouldStop(b *testing.B) {
	benchGuestLoop(b, 100_000, entryStopLoop, int64(100_000))
}

// benchGuestLoop runs entry on request args, for which the guest loops n
// times, and reports the time per iteration.
func benchGuestLoop(b *testing.B, n int64, entry abi.Entry, args ...any) {
	in := newInstance(b, NewInstanceConfig())
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	req := enc(b, args...)
	runs := 0
	b.ReportAllocs()
	for b.Loop() {
		reply, err := in.Invoke(ctx, entry, req)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := abi.ParseReply(reply); err != nil {
			b.Fatal(err)
		}
		runs++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(int64(runs)*n), "ns/call")
}

// BenchmarkShouldStopHostSide times the host function alone.
func BenchmarkShouldStopHostSide(b *testing.B) {
	in := newInstance(b, NewInstanceConfig())
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	in.begin(ctx)
	defer in.end()
	stack := []uint64{0}
	b.ReportAllocs()
	for b.Loop() {
		hostShouldStop(&in.cctx, nil, stack)
	}
}

func BenchmarkSnapshotInstance(b *testing.B) {
	s := snapshot(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		in, err := s.NewInstance(ctx, NewInstanceConfig())
		if err != nil {
			b.Fatal(err)
		}
		in.Close(ctx)
	}
}

// BenchmarkSnapshotFirstCall is a restore plus one echo: a fresh
// environment that has done one request.
func BenchmarkSnapshotFirstCall(b *testing.B) {
	s := snapshot(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		in, err := s.NewInstance(ctx, NewInstanceConfig())
		if err != nil {
			b.Fatal(err)
		}
		if _, err := in.Invoke(ctx, entryEcho, []byte{0}); err != nil {
			b.Fatal(err)
		}
		in.Close(ctx)
	}
}

// BenchmarkPoolGet measures taking a ready instance from a pool of
// snapshot instances and running one echo on it: the latency a request
// sees while the pool keeps up. Waiting for the refill is not timed.
func BenchmarkPoolGet(b *testing.B) {
	s := snapshot(b)
	ctx := context.Background()
	p := NewPool(4, func(ctx context.Context) (*Instance, error) { return s.NewInstance(ctx, NewInstanceConfig()) })
	defer p.Close(ctx)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		for len(p.ready) == 0 {
			time.Sleep(100 * time.Microsecond)
		}
		b.StartTimer()
		in, err := p.Get(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := in.Invoke(ctx, entryEcho, []byte{0}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		in.Close(ctx)
		b.StartTimer()
	}
}

// BenchmarkReset is an echo on an instance from a snapshot and a reset
// of the instance: the cost of a fresh environment when instances are
// reused (compare BenchmarkSnapshotFirstCall). The parts report the
// restore of memory and state and the reseed (a call into the guest).
func BenchmarkReset(b *testing.B) {
	s := snapshot(b)
	ctx := context.Background()
	in, err := s.NewInstance(ctx, NewInstanceConfig())
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close(ctx)
	req := []byte{0}
	var restore, reseed time.Duration
	b.ReportAllocs()
	for b.Loop() {
		if _, err := in.Invoke(ctx, entryEcho, req); err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		if err := in.resetState(); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if err := in.reseed(ctx); err != nil {
			b.Fatal(err)
		}
		restore += t1.Sub(t0)
		reseed += time.Since(t1)
	}
	b.ReportMetric(float64(restore.Nanoseconds())/float64(b.N)/1e3, "restore-µs/op")
	b.ReportMetric(float64(reseed.Nanoseconds())/float64(b.N)/1e3, "reseed-µs/op")
	b.ReportMetric(float64(in.lastReset.copied>>10), "copied-KiB")
}
