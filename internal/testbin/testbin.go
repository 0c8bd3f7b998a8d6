// Package testbin finds the real bin/wasmling for end-to-end tests,
// building it with ./build.sh when it is missing, so tests exercise the
// binary users run (guest embedded) rather than an in-process copy.
package testbin

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var once struct {
	sync.Once
	path string
	err  string
}

// Root returns the repository root (the folder holding go.mod).
func Root(tb testing.TB) string {
	tb.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		tb.Fatalf("go env GOMOD: %v", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		tb.Fatal("not inside the wasmling module")
	}
	return filepath.Dir(mod)
}

// Wasmling returns the path of bin/wasmling, building it once per test
// binary if it does not exist yet. Set WASMLING_REBUILD=1 to force a
// build.
func Wasmling(tb testing.TB) string {
	tb.Helper()
	root := Root(tb)
	once.Do(func() {
		bin := filepath.Join(root, "bin", "wasmling")
		if _, err := os.Stat(bin); err != nil || os.Getenv("WASMLING_REBUILD") == "1" {
			cmd := exec.Command(filepath.Join(root, "build.sh"))
			cmd.Dir = root
			if out, err := cmd.CombinedOutput(); err != nil {
				once.err = "build.sh failed: " + err.Error() + "\n" + string(out)
				return
			}
		}
		once.path = bin
	})
	if once.err != "" {
		tb.Fatal(once.err)
	}
	return once.path
}
