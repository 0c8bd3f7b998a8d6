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
	return loadAppLimits(tb, dir, Limits{})
}

// loadAppLimits loads the app in dir into a fresh runner with limits.
func loadAppLimits(tb testing.TB, dir string, lim Limits) (*Tenant, error) {
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
	t, err := r.AddTenant(ctx, TenantConfig{Name: "routes", App: root.FS(), Limits: lim})
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

// startCounting returns a function that reports faults/op and cpu-µs/op
// since the call.
func startCounting(b *testing.B) func() {
	f0, c0 := faults(), cpuTime()
	return func() {
		n := float64(b.N)
		b.ReportMetric(float64(faults()-f0)/n, "faults/op")
		b.ReportMetric(float64((cpuTime()-c0).Microseconds())/n, "cpu-µs/op")
	}
}

// benchRequest is the hello request of the routes app.
var benchRequest = &Request{Handler: "handlers.hello", Method: "GET", Path: "/hello"}

// BenchmarkHandleRequest is one request per route as the router makes
// it, through the tenant's pool: the entry call on a ready instance, the
// instance handed back. With reuse (the default) the pool resets used
// instances to the snapshot in the background; with new, every request
// gets an instance started from the snapshot (in the background too) and
// closes it, as before resets. faults/op and cpu-µs/op count the whole
// process (background work included); missed/op counts requests that
// found no instance ready.
func BenchmarkHandleRequest(b *testing.B) {
	for _, rt := range benchRoutes {
		b.Run(rt.name, func(b *testing.B) {
			for _, mode := range []string{"reuse", "new"} {
				b.Run(mode, func(b *testing.B) {
					t, err := loadApp(b, rt.app)
					if err != nil {
						b.Skipf("%s does not load: %v", rt.app, err)
					}
					t.noReuse = mode == "new"
					benchHandleRequest(b, t, &Request{Handler: rt.handler, Method: "GET", Path: "/bench"})
				})
			}
		})
	}
}

func benchHandleRequest(b *testing.B, t *Tenant, req *Request) {
	ctx := context.Background()
	time.Sleep(200 * time.Millisecond) // let the pool fill
	done := startCounting(b)
	b.ReportAllocs()
	for b.Loop() {
		resp, err := t.HandleRequest(ctx, req)
		if err != nil || resp.Status != 200 {
			b.Fatal(resp, err)
		}
	}
	done()
	reportPool(b, t)
}

// benchRoutes are the routes the request benchmarks measure: app folder
// and handler.
var benchRoutes = []struct{ name, app, handler string }{
	{"hello", filepath.Join("..", "testdata", "apps", "routes"), "handlers.hello"},
	{"json", filepath.Join("..", "bench", "apps", "basic"), "handlers.json_route"},
	{"kv", filepath.Join("..", "bench", "apps", "kv"), "handlers.kv_route"},
}

// BenchmarkRequestParts splits a request's cost, per route, for the two
// ways of getting a fresh environment:
//
//   - new: start an instance from the snapshot (what the pool does in the
//     background for a new instance), the entry call on it, closing it;
//   - reset: the entry call on an instance that served the same route
//     before, then resetting it to the snapshot (what Pool.Put does after
//     the response is written).
//
// Each part reports µs/op and the process's page faults/op.
func BenchmarkRequestParts(b *testing.B) {
	for _, rt := range benchRoutes {
		b.Run(rt.name, func(b *testing.B) {
			t, err := loadApp(b, rt.app)
			if err != nil {
				b.Skipf("%s does not load: %v", rt.app, err)
			}
			benchRequestParts(b, t, rt.handler)
		})
	}
}

func benchRequestParts(b *testing.B, t *Tenant, handler string) {
	ctx := context.Background()
	t.pool.Close(ctx) // no background refills in these numbers
	snap := t.snapshot
	cfg := t.instanceConfig()
	enc := abi.NewEncoder(nil)
	newEnv(t, EnvRequest).appendHeader(enc)
	optStr(enc, handler)
	enc.Strs(nil)
	optStr(enc, "")
	enc.BeginDict(1)
	enc.Str("path")
	enc.Str("/bench")
	req := enc.Bytes()
	invoke := func(in *sandbox.Instance) {
		reply, err := in.Invoke(withEnv(ctx, newEnv(t, EnvRequest)), abi.EntryHTTP, req)
		if err == nil {
			_, err = abi.ParseReply(reply)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	type part struct {
		name string
		d    time.Duration
		f    int64
	}
	report := func(b *testing.B, parts []part) {
		n := float64(b.N)
		for _, p := range parts {
			b.ReportMetric(float64(p.d.Microseconds())/n, p.name+"-µs/op")
			b.ReportMetric(float64(p.f)/n, p.name+"-faults/op")
		}
	}
	b.Run("new", func(b *testing.B) {
		parts := []part{{name: "start"}, {name: "invoke"}, {name: "close"}}
		for b.Loop() {
			f0, t0 := faults(), time.Now()
			in, err := snap.NewInstance(ctx, cfg)
			if err != nil {
				b.Fatal(err)
			}
			f1, t1 := faults(), time.Now()
			invoke(in)
			f2, t2 := faults(), time.Now()
			in.Close(ctx)
			f3, t3 := faults(), time.Now()
			parts[0].d += t1.Sub(t0)
			parts[1].d += t2.Sub(t1)
			parts[2].d += t3.Sub(t2)
			parts[0].f += f1 - f0
			parts[1].f += f2 - f1
			parts[2].f += f3 - f2
		}
		report(b, parts)
	})
	b.Run("reset", func(b *testing.B) {
		in, err := snap.NewInstance(ctx, cfg)
		if err != nil {
			b.Fatal(err)
		}
		defer in.Close(ctx)
		for range 2 { // the pages a request touches become the instance's
			invoke(in)
			if err := in.Reset(ctx); err != nil {
				b.Fatal(err)
			}
		}
		parts := []part{{name: "invoke"}, {name: "reset"}}
		for b.Loop() {
			f0, t0 := faults(), time.Now()
			invoke(in)
			f1, t1 := faults(), time.Now()
			if err := in.Reset(ctx); err != nil {
				b.Fatal(err)
			}
			f2, t2 := faults(), time.Now()
			parts[0].d += t1.Sub(t0)
			parts[1].d += t2.Sub(t1)
			parts[0].f += f1 - f0
			parts[1].f += f2 - f1
		}
		report(b, parts)
	})
}

// reportPool reports how the tenant's pool served the benchmark: the
// share of requests that found no ready instance and of instances reset
// for reuse.
func reportPool(b *testing.B, t *Tenant) {
	st := t.pool.Stats()
	b.ReportMetric(float64(st.Missed)/float64(b.N), "missed/op")
	b.ReportMetric(float64(st.Reused)/float64(b.N), "reused/op")
}
