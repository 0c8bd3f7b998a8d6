package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/wasmling/wasmling/internal/testbin"
)

// runResult is what one run of the real binary produced.
type runResult struct {
	code           int
	stdout, stderr string
	maxRSSKB       int64
}

func runBinary(t *testing.T, args ...string) runResult {
	t.Helper()
	bin := testbin.Wasmling(t)
	cmd := exec.Command(bin, args...)
	var out, errw bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errw
	err := cmd.Run()
	r := runResult{stdout: out.String(), stderr: errw.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %v: %v", args, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSSKB = ru.Maxrss
	}
	return r
}

// warmCache runs one trivial script so that the compiled guest is in the
// on-disk cache before tests measure time or memory in parallel.
func warmCache(t *testing.T) {
	t.Helper()
	root := testbin.Root(t)
	r := runBinary(t, "run", filepath.Join(root, "testdata", "run", "helper.py"))
	if r.code != 0 {
		t.Fatalf("warm-up run failed: exit %d: %s", r.code, r.stderr)
	}
}

func TestRunHostile(t *testing.T) {
	warmCache(t)
	root := testbin.Root(t)
	hostile := func(name string) string { return filepath.Join(root, "testdata", "hostile", name) }
	tests := []struct {
		script    string
		code      int
		stdout    []string // substrings
		stderr    []string
		maxRSSMiB int64
		timeout   string
	}{
		{"infinite_loop.py", 3, nil, []string{"TimeoutError: execution did not finish after 1s"}, 300, ""},
		{"catch_everything_loop.py", 3, nil, []string{"TimeoutError"}, 300, ""},
		{"memory_bomb.py", 3, nil, []string{"MemoryError", "64MiB"}, 400, "20s"},
		// Scripts that must end on their own get a generous time limit:
		// other test packages load the machine meanwhile.
		{"huge_repeat.py", 0, []string{"MemoryError caught"}, nil, 300, "10s"},
		{"recursion.py", 0, []string{"RecursionError caught: maximum recursion depth exceeded"}, nil, 300, "10s"},
		{"output_flood.py", 3, []string{"xxxxxxxxxx"}, []string{"output truncated", "TimeoutError"}, 300, ""},
		{"sleep_forever.py", 3, nil, []string{"TimeoutError"}, 300, ""},
		{"deep_nesting.py", 1, nil, []string{"RecursionError"}, 300, "10s"},
	}
	for _, tc := range tests {
		t.Run(tc.script, func(t *testing.T) {
			t.Parallel()
			timeout := tc.timeout
			if timeout == "" {
				timeout = "1s"
			}
			r := runBinary(t, "run", "--timeout", timeout, "--memory", "64MiB", hostile(tc.script))
			if r.code != tc.code {
				t.Errorf("exit code %d, want %d\nstderr: %s", r.code, tc.code, tail(r.stderr))
			}
			for _, s := range tc.stdout {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("stdout lacks %q: %s", s, tail(r.stdout))
				}
			}
			for _, s := range tc.stderr {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr lacks %q: %s", s, tail(r.stderr))
				}
			}
			if r.maxRSSKB > tc.maxRSSMiB<<10 {
				t.Errorf("host peak memory %d MiB, want at most %d MiB", r.maxRSSKB>>10, tc.maxRSSMiB)
			}
			if tc.script == "output_flood.py" && len(r.stdout) > 2<<20 {
				t.Errorf("stdout not capped: %d bytes", len(r.stdout))
			}
		})
	}
}

func TestRunScripts(t *testing.T) {
	root := testbin.Root(t)
	script := func(name string) string { return filepath.Join(root, "testdata", "run", name) }
	t.Run("args and modules next to the script", func(t *testing.T) {
		t.Parallel()
		r := runBinary(t, "run", script("args.py"), "one", "two")
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		want := "argv: ['args.py', 'one', 'two']\nhello, sandbox\n"
		if r.stdout != want {
			t.Errorf("stdout %q, want %q", r.stdout, want)
		}
	})
	t.Run("uncaught exception prints a traceback", func(t *testing.T) {
		t.Parallel()
		r := runBinary(t, "run", script("uncaught.py"))
		want := `Traceback (most recent call last):
  File "uncaught.py", line 7, in <module>
    outer()
  File "uncaught.py", line 5, in outer
    inner()
  File "uncaught.py", line 2, in inner
    raise KeyError("missing")
KeyError: 'missing'
`
		if r.code != 1 || r.stderr != want {
			t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", r.code, r.stderr, want)
		}
	})
	t.Run("syntax error shows file, line and caret", func(t *testing.T) {
		t.Parallel()
		r := runBinary(t, "run", script("syntax_error.py"))
		if r.code != 1 || !strings.Contains(r.stderr, `File "syntax_error.py", line 2`) || !strings.Contains(r.stderr, "^") || !strings.Contains(r.stderr, "SyntaxError") {
			t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
		}
	})
	t.Run("sys.exit sets the exit status", func(t *testing.T) {
		t.Parallel()
		r := runBinary(t, "run", script("exit_code.py"))
		if r.code != 7 || r.stdout != "bye\n" {
			t.Errorf("exit %d, stdout %q, stderr %s", r.code, r.stdout, r.stderr)
		}
	})
	t.Run("modules cannot be loaded from outside the folder", func(t *testing.T) {
		t.Parallel()
		r := runBinary(t, "run", script("escape_import.py"))
		if r.code != 0 || !strings.Contains(r.stdout, "ImportError: No module named 'hostile'") {
			t.Errorf("exit %d, stdout %q, stderr %s", r.code, r.stdout, r.stderr)
		}
	})
}

func TestRunUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"run"},
		{"run", "--memory", "lots", "x.py"},
		{"run", "--timeout", "-1s", "x.py"},
		{"run", "--bogus", "x.py"},
		{"run", "/no/such/script.py"},
		{"frobnicate"},
	} {
		r := runBinary(t, args...)
		if r.code != 2 {
			t.Errorf("wasmling %v: exit %d, want 2 (stderr %s)", args, r.code, r.stderr)
		}
	}
}

func tail(s string) string {
	if len(s) > 600 {
		return "..." + s[len(s)-600:]
	}
	return s
}
