package sandbox

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestCompilationCache(t *testing.T) {
	wasm, err := testGuest()
	if err != nil {
		t.Fatal(err)
	}
	engine(t) // fills the shared test cache
	ctx := context.Background()
	dir := t.TempDir()
	for _, f := range cacheFiles(t, testCacheDir()) {
		rel, _ := filepath.Rel(testCacheDir(), f)
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Dir(filepath.Join(dir, rel)), 0o700)
		if err := os.WriteFile(filepath.Join(dir, rel), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cfg := NewEngineConfig().WithCacheDir(dir)
	start := func() {
		t.Helper()
		t0 := time.Now()
		defer func() { t.Logf("engine start and first call: %v", time.Since(t0)) }()
		e, err := NewEngine(ctx, wasm, cfg)
		if err != nil {
			t.Fatal(err)
		}
		defer e.Close(ctx)
		in, err := e.NewInstance(ctx, NewInstanceConfig())
		if err != nil {
			t.Fatal(err)
		}
		defer in.Close(ctx)
		if _, err := in.Invoke(ctx, entryEcho, nil); err != nil {
			t.Fatal(err)
		}
	}
	start() // warm
	files := cacheFiles(t, dir)
	if len(files) == 0 {
		t.Fatal("nothing cached")
	}

	// Garble every cache file: the engine must still start, and rebuild.
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i := range b {
			b[i] ^= 0x5a
		}
		if err := os.WriteFile(f, b[:len(b)/2], 0o600); err != nil {
			t.Fatal(err)
		}
	}
	start()
	if len(cacheFiles(t, dir)) == 0 {
		t.Fatal("the cache was not rebuilt")
	}
	start() // warm again
}

func cacheFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestDefaultCacheDir(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/some/cache")
	t.Setenv("HOME", "/home/someone")
	if got := NewEngineConfig().cachePath(); got != filepath.Join("/some/cache", "wasmling", "wazero") {
		t.Fatal(got)
	}
	if got := NewEngineConfig().WithoutCache().cachePath(); got != "" {
		t.Fatal(got)
	}
	if got := NewEngineConfig().WithoutCache().WithCacheDir("/x").cachePath(); got != "/x" {
		t.Fatal(got)
	}
}

func TestInvalidGuest(t *testing.T) {
	ctx := context.Background()
	cfg := NewEngineConfig().WithCacheDir(t.TempDir())
	if _, err := NewEngine(ctx, []byte("not wasm"), cfg); err == nil {
		t.Fatal("compiled garbage")
	}
	empty := []byte("\x00asm\x01\x00\x00\x00")
	if _, err := NewEngine(ctx, empty, cfg); !errors.Is(err, ErrInvalidGuest) {
		t.Fatalf("got %v, want ErrInvalidGuest", err)
	}
}
