package stdlib_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/stdlib"
)

// benchScript runs a script file once per iteration in a fresh
// interpreter.
func benchScript(b *testing.B, path string) {
	src, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("no benchmark script: %v", err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		in := lang.New(lang.Options{Host: lang.NewNativeHost(io.Discard, io.Discard, nil), Modules: stdlib.Modules()})
		if _, _, err := in.NewThread().ExecModule("__main__", path, src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONWork runs the shared json_work.py benchmark (compare with
// `python3 json_work.py`).
func BenchmarkJSONWork(b *testing.B) {
	benchScript(b, sharedBench("json_work.py"))
}

// sharedBench finds a script of the shared benchmark folder, which lives
// in a "shared" directory beside the repository (or one of its parents).
func sharedBench(name string) string {
	dir, _ := filepath.Abs(".")
	for {
		p := filepath.Join(dir, "shared", "bench", name)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return name
		}
		dir = parent
	}
}
