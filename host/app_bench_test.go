package host

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/internal/guestwasm"
	"github.com/wasmling/wasmling/sandbox"
)

// loadTestApp loads testdata/apps/routes into a fresh runner; it skips
// when the guest is not built.
func loadTestApp(tb testing.TB) *Tenant {
	tb.Helper()
	t, err := loadApp(tb, filepath.Join("..", "testdata", "apps", "routes"))
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// loadApp loads the app in dir into a fresh runner.
func loadApp(tb testing.TB, dir string) (*Tenant, error) {
	tb.Helper()
	wasm, err := guestwasm.Bytes()
	if err != nil {
		tb.Skip("guest.wasm not embedded: run ./build.sh first")
	}
	ctx := context.Background()
	cfg := sandbox.NewEngineConfig()
	if dir := os.Getenv("WASMLING_CACHE_DIR"); dir != "" {
		cfg = cfg.WithCacheDir(dir)
	}
	eng, err := sandbox.NewEngine(ctx, wasm, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	r, err := NewRunner(Config{Engine: eng})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		r.Close(ctx)
		eng.Close(ctx)
	})
	root, err := os.OpenRoot(dir)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { root.Close() })
	t, err := r.AddTenant(ctx, TenantConfig{Name: "routes", App: root.FS()})
	if err != nil {
		tb.Fatal(err)
	}
	_, err = t.LoadApp(ctx)
	return t, err
}

// faults returns the process's minor page faults so far.
func faults() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Minflt
}

// benchRequest is the hello request of the routes app.
var benchRequest = &Request{Handler: "handlers.hello", Method: "GET", Path: "/hello"}

// BenchmarkHandleRequest is one request to a handler returning "hello",
// as the router makes it: a pooled snapshot instance (refilled in the
// background), the entry call, closing the instance. faults/op counts the
// process's page faults per request, the pool's refills included.
func BenchmarkHandleRequest(b *testing.B) {
	t := loadTestApp(b)
	ctx := context.Background()
	time.Sleep(200 * time.Millisecond) // let the pool fill
	f0 := faults()
	b.ReportAllocs()
	for b.Loop() {
		resp, err := t.HandleRequest(ctx, benchRequest)
		if err != nil || string(resp.Body) != "hello" {
			b.Fatal(resp, err)
		}
	}
	b.ReportMetric(float64(faults()-f0)/float64(b.N), "faults/op")
}

// BenchmarkRequestParts splits a request's cost: starting an instance
// from the snapshot (what the pool does in the background), the entry
// call on it, closing it.
func BenchmarkRequestParts(b *testing.B) {
	t := loadTestApp(b)
	ctx := context.Background()
	t.pool.Close(ctx) // no background refills in these numbers
	snap := t.snapshot
	cfg := t.instanceConfig()
	enc := abi.NewEncoder(nil)
	newEnv(t, EnvRequest).appendHeader(enc)
	optStr(enc, benchRequest.Handler)
	encodeStrs(enc, nil)
	optStr(enc, "")
	enc.BeginDict(0)
	req := enc.Bytes()
	var start, invoke, close time.Duration
	f := [3]int64{}
	b.Run("all", func(b *testing.B) {
		for b.Loop() {
			f0 := faults()
			t0 := time.Now()
			in, err := snap.NewInstance(ctx, cfg)
			if err != nil {
				b.Fatal(err)
			}
			f1 := faults()
			t1 := time.Now()
			if _, err := in.Invoke(withEnv(ctx, &Env{tenant: t}), abi.EntryHTTP, req); err != nil {
				b.Fatal(err)
			}
			f2 := faults()
			t2 := time.Now()
			in.Close(ctx)
			t3 := time.Now()
			start += t1.Sub(t0)
			invoke += t2.Sub(t1)
			close += t3.Sub(t2)
			f[0] += f1 - f0
			f[1] += f2 - f1
			f[2] += faults() - f2
		}
		n := float64(b.N)
		b.ReportMetric(float64(start.Microseconds())/n, "start-µs/op")
		b.ReportMetric(float64(f[0])/n, "start-faults/op")
		b.ReportMetric(float64(invoke.Microseconds())/n, "invoke-µs/op")
		b.ReportMetric(float64(f[1])/n, "invoke-faults/op")
		b.ReportMetric(float64(close.Microseconds())/n, "close-µs/op")
		b.ReportMetric(float64(f[2])/n, "close-faults/op")
		start, invoke, close, f = 0, 0, 0, [3]int64{}
	})
}

// BenchmarkHandleRequestJSON is one request to bench/apps/basic's JSON
// route: a handler that builds 20 small dicts and answers them as JSON.
func BenchmarkHandleRequestJSON(b *testing.B) {
	t, err := loadApp(b, filepath.Join("..", "bench", "apps", "basic"))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	time.Sleep(200 * time.Millisecond)
	req := &Request{Handler: "handlers.json_route", Method: "GET", Path: "/json"}
	f0 := faults()
	for b.Loop() {
		resp, err := t.HandleRequest(ctx, req)
		if err != nil || resp.Status != 200 {
			b.Fatal(resp, err)
		}
	}
	b.ReportMetric(float64(faults()-f0)/float64(b.N), "faults/op")
}
