package stdlib

import (
	"testing"

	"github.com/wasmling/wasmling/lang/langtest"
)

// TestScriptsMore runs the scripts of the modules in more.go
// (testdata/more): natively, and under CPython 3.11 when it is installed,
// whose output must match.
func TestScriptsMore(t *testing.T) {
	n := langtest.RunDir(t, "testdata/more", langtest.Options{Modules: Modules()})
	t.Logf("%d asserts", n)
	if n < 600 && !t.Failed() {
		t.Errorf("only %d asserts in testdata/more; want at least 600", n)
	}
}
