// Package langtest runs Scriptling test scripts natively for the tests of
// lang and its standard library, and runs the same scripts under CPython
// to check that valid-Python scripts behave identically.
//
// Conventions for test scripts:
//   - A script checks itself with assert; it passes when it raises nothing.
//   - A first line "# python: skip" (with a reason after it) marks a script
//     that is not valid Python (it uses Scriptling extensions), so it is not
//     run under CPython.
//   - A script under an "errors" folder must fail; its expected stderr (the
//     traceback or syntax error) is the golden file NAME.py.err, rewritten
//     by go test -update.
package langtest

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/syntax"
)

// Update rewrites golden files instead of comparing against them.
var Update = flag.Bool("update", false, "rewrite golden files")

// Result is the outcome of running a script.
type Result struct {
	Stdout string
	Stderr string // the rendered error, if the script failed
	Err    error
}

// Options configure Run.
type Options struct {
	Modules  map[string]lang.ModuleInit
	Timeout  time.Duration // default 60s
	MaxDepth int
}

// Run executes the script file natively and returns its output and error.
// Modules next to the script are importable.
func Run(path string, opts Options) Result {
	src, err := os.ReadFile(path)
	if err != nil {
		return Result{Err: err}
	}
	var out, errw bytes.Buffer
	dir := filepath.Dir(path)
	host := lang.NewNativeHost(&out, &errw, &dir)
	timeout := opts.Timeout
	if timeout == 0 {
		timeout = 60 * time.Second
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	host.Ctx = ctx
	in := lang.New(lang.Options{Host: host, Modules: opts.Modules, MaxDepth: opts.MaxDepth, Argv: []string{filepath.Base(path)}})
	th := in.NewThread()
	_, _, err = th.ExecModule("__main__", filepath.Base(path), src)
	if status, text, ok := lang.SystemExitStatus(err); ok {
		// sys.exit: status 0 is success; otherwise only a non-int code
		// is printed, as CPython does.
		if status == 0 {
			err = nil
		} else if text != "" {
			errw.WriteString(text + "\n")
		}
		return Result{Stdout: out.String(), Stderr: errw.String(), Err: err}
	}
	r := Result{Stdout: out.String(), Err: err}
	if err != nil {
		r.Stderr = FormatError(err)
	}
	return r
}

// FormatError renders an error as the CLI prints it: a Python traceback,
// or a syntax error with its caret.
func FormatError(err error) string {
	var se *syntax.Error
	if errors.As(err, &se) {
		return se.Detail() + "\n"
	}
	if e, ok := lang.AsException(err); ok {
		return e.FormatTraceback()
	}
	return err.Error() + "\n"
}

var pyOnce struct {
	sync.Once
	path string
}

// Python returns the path of the real python3 executable (not a pyenv
// shim), or "" if there is none.
func Python() string {
	pyOnce.Do(func() {
		p, err := exec.LookPath("python3")
		if err != nil {
			return
		}
		out, err := exec.Command(p, "-c", "import sys; print(sys.executable)").Output()
		if err != nil {
			return
		}
		pyOnce.path = strings.TrimSpace(string(out))
	})
	return pyOnce.path
}

// RunPython runs the script under CPython in its folder and returns its
// stdout and whether it succeeded.
func RunPython(path string) (string, string, error) {
	py := Python()
	if py == "" {
		return "", "", errors.New("no python3")
	}
	// -s: no user site-packages; -B: no __pycache__ in testdata. Not -I,
	// which would keep the script's folder (its helper modules) off
	// sys.path.
	cmd := exec.Command(py, "-s", "-B", filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env, "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	var out, errw bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errw
	err := cmd.Run()
	return out.String(), errw.String(), err
}

// SkipsPython reports whether the script opts out of the CPython check.
func SkipsPython(path string) bool {
	src, err := os.ReadFile(path)
	if err != nil {
		return true
	}
	first, _, _ := strings.Cut(string(src), "\n")
	return strings.HasPrefix(strings.TrimSpace(first), "# python: skip")
}

// CountAsserts returns the number of assert statements in a script.
func CountAsserts(path string) int {
	src, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	f, err := syntax.Parse(filepath.Base(path), src)
	if err != nil {
		return 0
	}
	n := 0
	var walk func([]syntax.Stmt)
	walk = func(list []syntax.Stmt) {
		for _, s := range list {
			switch x := s.(type) {
			case *syntax.Assert:
				n++
			case *syntax.If:
				walk(x.Body)
				walk(x.Else)
			case *syntax.For:
				walk(x.Body)
				walk(x.Else)
			case *syntax.While:
				walk(x.Body)
				walk(x.Else)
			case *syntax.FuncDef:
				walk(x.Body)
			case *syntax.ClassDef:
				walk(x.Body)
			case *syntax.Try:
				walk(x.Body)
				for _, h := range x.Handlers {
					walk(h.Body)
				}
				walk(x.Else)
				walk(x.Finally)
			case *syntax.With:
				walk(x.Body)
			case *syntax.Match:
				for _, c := range x.Cases {
					walk(c.Body)
				}
			}
		}
	}
	walk(f.Stmts)
	return n
}

// RunDir runs every *.py script of dir (not recursing) as a parallel subtest:
// scripts must pass natively and, unless they opt out, print exactly what
// CPython prints. Scripts in dir/errors must fail with the golden stderr.
// It returns the number of asserts in the scripts that passed.
func RunDir(t *testing.T, dir string, opts Options) int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts in %s", dir)
	}
	asserts := 0
	var mu sync.Mutex
	// The scripts run in parallel inside one group, which returns when
	// they are all done.
	t.Run("scripts", func(t *testing.T) {
		for _, f := range files {
			runScript(t, f, opts, &mu, &asserts)
		}
	})
	errFiles, _ := filepath.Glob(filepath.Join(dir, "errors", "*.py"))
	t.Run("errors", func(t *testing.T) {
		for _, f := range errFiles {
			runErrorScript(t, f, opts)
		}
	})
	return asserts
}

func runScript(t *testing.T, f string, opts Options, mu *sync.Mutex, asserts *int) {
	t.Run(filepath.Base(f), func(t *testing.T) {
		t.Parallel()
		r := Run(f, opts)
		if r.Err != nil {
			t.Fatalf("script failed:\n%s", r.Stderr)
		}
		mu.Lock()
		*asserts += CountAsserts(f)
		mu.Unlock()
		if SkipsPython(f) || Python() == "" {
			return
		}
		want, perr, err := RunPython(f)
		if err != nil {
			t.Fatalf("CPython failed on the script (mark it '# python: skip' if it is not Python):\n%s", perr)
		}
		if r.Stdout != want {
			t.Errorf("output differs from CPython\n--- scriptling\n%s\n--- python3\n%s", r.Stdout, want)
		}
	})
}

func runErrorScript(t *testing.T, f string, opts Options) {
	t.Run(filepath.Base(f), func(t *testing.T) {
		t.Parallel()
		r := Run(f, opts)
		if r.Err == nil {
			t.Fatalf("script succeeded; it should fail")
		}
		golden := f + ".err"
		if *Update {
			if err := os.WriteFile(golden, []byte(r.Stderr), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("missing golden %s (run go test -update): %v", golden, err)
		}
		if r.Stderr != string(want) {
			t.Errorf("stderr differs from %s\n--- got\n%s\n--- want\n%s", golden, r.Stderr, want)
		}
	})
}
