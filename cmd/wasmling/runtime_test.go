package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/wasmling/wasmling/internal/testbin"
)

// TestRuntimeScripts runs every testdata/runtime/*.py with the real
// binary: each must print its .out exactly, exit as its "# exit:" header
// says (0 by default) and write every "# stderr:" line to stderr.
func TestRuntimeScripts(t *testing.T) {
	bin := testbin.Path(t)
	dir := filepath.Join("..", "..", "testdata", "runtime")
	scripts, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts in %s: %v", dir, err)
	}
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".py")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			hdr := readHeader(t, script)
			want, err := os.ReadFile(strings.TrimSuffix(script, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			args := append(append([]string{"run"}, hdr.flags...), filepath.Base(script))
			stdout, stderr, code := runBin(t, bin, dir, 60*time.Second, args...)
			if code != hdr.exit {
				t.Errorf("exit status %d, want %d\nstderr:\n%s", code, hdr.exit, stderr)
			}
			if stdout != string(want) {
				t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", stdout, want, stderr)
			}
			for _, line := range hdr.stderr {
				if !strings.Contains(stderr, line) {
					t.Errorf("stderr lacks %q:\n%s", line, stderr)
				}
			}
		})
	}
}

type scriptHeader struct {
	flags  []string
	exit   int
	stderr []string
}

// readHeader reads the "# key: value" comments at the top of a script.
func readHeader(t *testing.T, path string) scriptHeader {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var h scriptHeader
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "# ") {
			break
		}
		key, val, ok := strings.Cut(strings.TrimPrefix(line, "# "), ": ")
		if !ok {
			continue
		}
		switch key {
		case "flags":
			h.flags = strings.Fields(val)
		case "exit":
			if h.exit, err = strconv.Atoi(val); err != nil {
				t.Fatalf("%s: bad exit header: %v", path, err)
			}
		case "stderr":
			h.stderr = append(h.stderr, val)
		}
	}
	return h
}

// runBin runs the binary in dir and returns its output and exit status.
func runBin(t *testing.T, bin, dir string, timeout time.Duration, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatalf("running %v: %v", args, err)
	}
	if ctx.Err() != nil {
		t.Fatalf("wasmling %v did not finish in %v", args, timeout)
	}
	return out.String(), errb.String(), code
}
