package host

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/wasmling/wasmling/internal/guestwasm"
	"github.com/wasmling/wasmling/sandbox"
)

// loadTestApp loads testdata/apps/routes into a fresh runner; it skips
// when the guest is not built.
func loadTestApp(tb testing.TB) *Tenant {
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
	root, err := os.OpenRoot(filepath.Join("..", "testdata", "apps", "routes"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { root.Close() })
	t, err := r.AddTenant(ctx, TenantConfig{Name: "routes", App: root.FS()})
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := t.LoadApp(ctx); err != nil {
		tb.Fatal(err)
	}
	return t
}

// BenchmarkHandleRequest is one request to a handler returning "hello":
// a pooled snapshot instance, the entry call, closing the instance.
func BenchmarkHandleRequest(b *testing.B) {
	t := loadTestApp(b)
	ctx := context.Background()
	time.Sleep(100 * time.Millisecond) // let the pool fill
	req := &Request{Handler: "handlers.hello", Method: "GET", Path: "/hello"}
	b.ReportAllocs()
	for b.Loop() {
		resp, err := t.HandleRequest(ctx, req)
		if err != nil || string(resp.Body) != "hello" {
			b.Fatal(resp, err)
		}
	}
	_ = runtime.NumGoroutine
}

// BenchmarkRequestParts splits a request's cost: starting an instance
// from the snapshot, the entry call, closing.
func BenchmarkRequestParts(b *testing.B) {
	t := loadTestApp(b)
	ctx := context.Background()
	snap := t.snapshot
	b.Run("snapshot-instance+close", func(b *testing.B) {
		for b.Loop() {
			in, err := snap.NewInstance(ctx, t.instanceConfig())
			if err != nil {
				b.Fatal(err)
			}
			in.Close(ctx)
		}
	})
}
