package lang_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/langtest"
	"github.com/wasmling/wasmling/lang/syntax"
)

// The corpus must not shrink below these sizes.
const (
	minScripts = 80
	minAsserts = 2000
)

// TestCorpus runs every script of testdata natively and, unless it opts
// out, under CPython too, and the error scripts of testdata/errors
// against their golden tracebacks.
func TestCorpus(t *testing.T) {
	asserts := langtest.RunDir(t, "testdata", langtest.Options{Timeout: 30 * time.Second})
	scripts, err := filepath.Glob(filepath.Join("testdata", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d scripts, %d asserts", len(scripts), asserts)
	if len(scripts) < minScripts {
		t.Errorf("the corpus has %d scripts; want at least %d", len(scripts), minScripts)
	}
	if asserts < minAsserts && !t.Failed() {
		t.Errorf("the corpus has %d asserts; want at least %d", asserts, minAsserts)
	}
}

// TestProgramResult checks §14 of the language spec: the result of a
// program is the value of the last top-level statement executed.
func TestProgramResult(t *testing.T) {
	tests := []struct {
		src  string
		want string // repr of the result
	}{
		{"1 + 2", "3"},
		{"x = 5", "None"},
		{"x = 5\nx * 2", "10"},
		{"True", "True"},
		{"'a' * 2", "'aa'"},
		{"[1, 2]", "[1, 2]"},
		{"pass", "None"},
		{"if True:\n    7\n    8", "8"},
		{"if False:\n    7\nelse:\n    9", "9"},
		{"for i in range(3):\n    i * 10", "20"},
		{"n = 0\nwhile n < 3:\n    n += 1\n    n", "3"},
		// Augmented assignments to globals are fused with the statement's
		// result (None) at top level.
		{"g = 1\nfor k in range(3):\n    if k:\n        g * 10\n    g += 1", "None"},
		{"g = 1\nh = 2\ng\nwhile g < 5:\n    g += h", "None"},
		{"g = 1\nif True:\n    g * 2\ng += 1", "None"},
		{"g = 1\nh = 3\nif True:\n    g * 2\ng += h", "None"},
		{"g = 1\nwhile g < 5:\n    g += 1\n    g", "5"},
		{"try:\n    1 / 0\nexcept ZeroDivisionError:\n    'handled'", "None"},
		{"try:\n    'ok'\nexcept ValueError:\n    pass", "'ok'"},
		{"assert True", "None"},
		{"del_me = 1\ndel del_me", "None"},
		{"None", "None"},
		{"(1, 'x')", "(1, 'x')"},
		{"{'k': [1]}", "{'k': [1]}"},
	}
	for _, tc := range tests {
		var out strings.Builder
		in := lang.New(lang.Options{Host: lang.NewNativeHost(&out, io.Discard, nil)})
		th := in.NewThread()
		_, v, err := th.ExecModule("__main__", "result.py", []byte(tc.src))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		got, err := lang.Repr(th, v)
		if err != nil {
			t.Errorf("%q: repr: %v", tc.src, err)
			continue
		}
		if got != tc.want {
			t.Errorf("%q: result %s, want %s", tc.src, got, tc.want)
		}
	}
	// A def statement's value is the function.
	in := lang.New(lang.Options{Host: lang.NewNativeHost(io.Discard, io.Discard, nil)})
	th := in.NewThread()
	_, v, err := th.ExecModule("__main__", "result.py", []byte("def f():\n    pass"))
	if err != nil {
		t.Fatal(err)
	}
	if v.TypeName() != "function" {
		t.Errorf("def: result is a %s, want a function", v.TypeName())
	}
}

// TestManyCacheSites runs a module with more attribute and global sites
// than a code object has inline cache slots (65535): the sites past the
// last slot must still read and write the right names.
func TestManyCacheSites(t *testing.T) {
	var src strings.Builder
	src.WriteString("class O:\n    pass\no = O()\no.p = 1\no.q = 2\ng1 = 10\ng2 = 20\n")
	for i := 0; i < 20000; i++ {
		// Four cached sites per line: two attribute loads, two globals.
		src.WriteString("a = o.p + g1\nb = o.q + g2\n")
	}
	src.WriteString("o.p = 5\ng1 = 50\na = o.p + g1\nb = o.q + g2\n(a, b)")
	in := lang.New(lang.Options{Host: lang.NewNativeHost(io.Discard, io.Discard, nil)})
	th := in.NewThread()
	_, v, err := th.ExecModule("__main__", "many.py", []byte(src.String()))
	if err != nil {
		t.Fatal(err)
	}
	got, err := lang.Repr(th, v)
	if err != nil {
		t.Fatal(err)
	}
	if got != "(55, 22)" {
		t.Errorf("result %s, want (55, 22)", got)
	}
}

// Limits for FuzzRun: every run stops within a few million steps, a
// shallow call depth, a small memory budget and a wall-clock timeout.
const (
	fuzzCheckEvery = 64
	fuzzMaxChecks  = 5000
	fuzzMaxDepth   = 60
	fuzzMemory     = 32 << 20
	fuzzTimeout    = 5 * time.Second
)

// FuzzRun runs arbitrary source under tight limits: the interpreter must
// not panic, hang or exhaust memory, whatever the script does.
func FuzzRun(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.py"))
	errs, _ := filepath.Glob(filepath.Join("testdata", "errors", "*.py"))
	for _, p := range append(seeds, errs...) {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(src))
	}
	for _, s := range []string{
		"x = 'a' * 10**9",
		"l = [0] * 10**9",
		"while True: pass",
		"def f(): f()\nf()",
		"x = 2 ** 10 ** 8",
		"s = 'ab'\nwhile True: s += s",
		"d = {}\nfor i in range(10**9): d[i] = i",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		runLimited(t, src)
	})
}

// runLimited runs src with the fuzzing limits and fails the test if the
// interpreter misbehaves (a panic fails the test by itself).
func runLimited(t *testing.T, src string) {
	ctx, cancel := context.WithTimeout(context.Background(), fuzzTimeout)
	defer cancel()
	host := lang.NewNativeHost(io.Discard, io.Discard, nil)
	host.Ctx = ctx
	host.MaxChecks = fuzzMaxChecks
	in := lang.New(lang.Options{
		Host:        host,
		MaxDepth:    fuzzMaxDepth,
		CheckEvery:  fuzzCheckEvery,
		MemoryLimit: fuzzMemory,
	})
	th := in.NewThread()
	start := time.Now()
	_, v, err := th.ExecModule("__main__", "fuzz.py", []byte(src))
	if elapsed := time.Since(start); elapsed > 2*fuzzTimeout {
		t.Fatalf("run took %v, over twice the timeout", elapsed)
	} else if elapsed > 500*time.Millisecond && os.Getenv("FUZZ_SLOW_LOG") != "" {
		fh, _ := os.OpenFile(os.Getenv("FUZZ_SLOW_LOG"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		fmt.Fprintf(fh, "=== %v\n%q\n", elapsed, src)
		fh.Close()
	}
	if err != nil {
		// Every error must be one of the kinds the API documents, and
		// render without trouble.
		var se *syntax.Error
		var ie *lang.Interrupt
		switch {
		case errors.As(err, &se):
			_ = se.Detail()
		case errors.As(err, &ie):
		default:
			e, ok := lang.AsException(err)
			if !ok {
				t.Fatalf("unexpected error type %T: %v", err, err)
			}
			_ = e.FormatTraceback()
		}
		return
	}
	// The result must be printable.
	_, _ = lang.Repr(th, v)
}
