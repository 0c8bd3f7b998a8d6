package host_test

import (
	"context"
	"os"
	"testing"
	"testing/fstest"

	"github.com/wasmling/wasmling/host"
	"github.com/wasmling/wasmling/internal/guestwasm"
	"github.com/wasmling/wasmling/sandbox"
)

func guestOrSkip(b *testing.B) []byte {
	wasm, err := guestwasm.Bytes()
	if err != nil {
		b.Skip("guest.wasm not built (run ./build.sh)")
	}
	return wasm
}

// BenchmarkEngineWarmCache measures starting an engine whose compiled
// guest is already in the on-disk cache (what every wasmling run pays).
func BenchmarkEngineWarmCache(b *testing.B) {
	wasm := guestOrSkip(b)
	ctx := context.Background()
	dir := b.TempDir()
	cfg := sandbox.NewEngineConfig().WithCacheDir(dir)
	e, err := sandbox.NewEngine(ctx, wasm, cfg)
	if err != nil {
		b.Fatal(err)
	}
	e.Close(ctx)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e, err := sandbox.NewEngine(ctx, wasm, cfg)
		if err != nil {
			b.Fatal(err)
		}
		e.Close(ctx)
	}
}

// BenchmarkRunScriptHello runs print("hi") in a fresh instance: instance
// start, Go runtime init, interpreter set-up, the script, teardown.
func BenchmarkRunScriptHello(b *testing.B) {
	wasm := guestOrSkip(b)
	ctx := context.Background()
	e, err := sandbox.NewEngine(ctx, wasm, sandbox.NewEngineConfig().WithCacheDir(os.Getenv("WASMLING_CACHE_DIR")))
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close(ctx)
	app := fstest.MapFS{}
	src := []byte(`print("hi")`)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := host.RunScript(ctx, e, app, "hi.py", src, nil, host.Limits{})
		if err != nil || res.Err != nil || string(res.Output.Stdout) != "hi\n" {
			b.Fatalf("%v %v %q", err, res.Err, res.Output.Stdout)
		}
	}
}
