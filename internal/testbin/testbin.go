// Package testbin finds the real bin/wasmling for end-to-end tests,
// building it with ./build.sh when it is missing, so tests exercise the
// binary users run (guest embedded) rather than an in-process copy.
package testbin

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

var once struct {
	sync.Once
	path string
	err  error
}

// Root returns the repository root: the nearest folder above the working
// directory that holds go.mod.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("testbin: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Path returns the path of bin/wasmling, building it once per test binary
// with ./build.sh if it does not exist (or WASMLING_REBUILD=1).
func Path(t testing.TB) string {
	t.Helper()
	once.Do(func() {
		root, err := Root()
		if err != nil {
			once.err = err
			return
		}
		bin := filepath.Join(root, "bin", "wasmling")
		if _, err := os.Stat(bin); err != nil || os.Getenv("WASMLING_REBUILD") == "1" {
			cmd := exec.Command(filepath.Join(root, "build.sh"))
			cmd.Dir = root
			if out, err := cmd.CombinedOutput(); err != nil {
				once.err = errors.New("build.sh failed: " + err.Error() + "\n" + string(out))
				return
			}
		}
		once.path = bin
	})
	if once.err != nil {
		t.Fatal(once.err)
	}
	return once.path
}
