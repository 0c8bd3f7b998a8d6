package lang_test

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/langtest"
	"github.com/wasmling/wasmling/lang/stdlib"
)

// benchDir holds the shared benchmark scripts (valid Python too).
const benchDir = "../../shared/bench"

// BenchmarkScripts runs each shared benchmark script natively and, in the
// same run, under CPython (a whole python3 process, start-up included;
// the cpython-startup entry measures that start-up alone).
func BenchmarkScripts(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(benchDir, "*.py"))
	if len(files) == 0 {
		b.Skip("no shared benchmark scripts at " + benchDir)
	}
	py := langtest.Python()
	if py != "" {
		b.Run("cpython-startup", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := exec.Command(py, "-c", "pass").Run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, f := range files {
		name := filepath.Base(f)
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name+"/scriptling", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				in := lang.New(lang.Options{Host: lang.NewNativeHost(io.Discard, io.Discard, nil), Modules: stdlib.Modules()})
				if _, _, err := in.NewThread().ExecModule("__main__", name, src); err != nil {
					b.Fatal(langtest.FormatError(err))
				}
			}
		})
		if py == "" {
			continue
		}
		b.Run(name+"/cpython", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				cmd := exec.Command(py, name)
				cmd.Dir = benchDir
				var out bytes.Buffer
				cmd.Stdout = &out
				if err := cmd.Run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
