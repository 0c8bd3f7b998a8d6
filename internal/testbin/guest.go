package testbin

import (
	"os"
	"path/filepath"
	"testing"
)

// Guest returns the guest module the binary embeds (read from
// internal/guestwasm/build once Path has made sure it is built), for
// tests that run guests through the Go API: a test binary's own embedded
// copy may predate the last ./build.sh.
func Guest(tb testing.TB) []byte {
	tb.Helper()
	Path(tb)
	root, err := Root()
	if err != nil {
		tb.Fatal(err)
	}
	wasm, err := os.ReadFile(filepath.Join(root, "internal", "guestwasm", "build", "guest.wasm"))
	if err != nil {
		tb.Fatalf("testbin: %v", err)
	}
	return wasm
}
