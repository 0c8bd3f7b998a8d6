// Package testbin finds the wasmling binary for tests that run it as users
// do: bin/wasmling at the root of the module, built with ./build.sh when it
// is missing or older than the sources.
package testbin

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

var (
	once    sync.Once
	binPath string
	binErr  error
)

// Path returns the absolute path of bin/wasmling, building it first if
// needed (once per test binary; concurrent test binaries take turns
// through a lock file). It fails the test if the binary cannot be built.
func Path(t testing.TB) string {
	t.Helper()
	once.Do(func() { binPath, binErr = find() })
	if binErr != nil {
		t.Fatalf("testbin: %v", binErr)
	}
	return binPath
}

// Root returns the module's root folder (where go.mod is).
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
			return "", errors.New("go.mod not found above the working directory")
		}
		dir = parent
	}
}

func find() (string, error) {
	root, err := Root()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(root, "bin", "wasmling")
	if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		return "", err
	}
	lock, err := os.OpenFile(filepath.Join(root, "bin", ".build.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return "", err
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return "", err
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	if fresh(root, bin) {
		return bin, nil
	}
	cmd := exec.Command(filepath.Join(root, "build.sh"))
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("./build.sh failed: %v\n%s", err, out)
	}
	return bin, nil
}

// fresh reports whether bin exists and is newer than every source file
// of the module that goes into it.
func fresh(root, bin string) bool {
	st, err := os.Stat(bin)
	if err != nil {
		return false
	}
	built := st.ModTime()
	var newer bool
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || newer {
			return filepath.SkipAll
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || name == "bin" || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") || name == "go.mod" || name == "go.sum" || strings.HasSuffix(name, ".py") {
			if info, err := d.Info(); err == nil && info.ModTime().After(built) {
				newer = true
			}
		}
		return nil
	})
	return !newer
}

// Guest returns the guest module that the binary embeds (read from
// internal/guestwasm/build, after Path made sure it is built), for tests
// that run guests through the Go API.
func Guest(t testing.TB) []byte {
	t.Helper()
	bin := Path(t)
	wasm, err := os.ReadFile(filepath.Join(filepath.Dir(filepath.Dir(bin)), "internal", "guestwasm", "build", "guest.wasm"))
	if err != nil {
		t.Fatalf("testbin: %v", err)
	}
	return wasm
}
