package testbin

import (
	"os"
	"path/filepath"
	"testing"
)

// Guest returns the guest module the binary embeds (read from
// internal/guestwasm/build once Wasmling has made sure it is built), for
// tests that run guests through the Go API: a test binary's own embedded
// copy may predate the last ./build.sh.
func Guest(tb testing.TB) []byte {
	tb.Helper()
	Wasmling(tb)
	wasm, err := os.ReadFile(filepath.Join(Root(tb), "internal", "guestwasm", "build", "guest.wasm"))
	if err != nil {
		tb.Fatalf("testbin: %v", err)
	}
	return wasm
}

// Path is Wasmling, under the name the runtime and http branches used
// before main's testbin landed.
func Path(tb testing.TB) string {
	tb.Helper()
	return Wasmling(tb)
}
