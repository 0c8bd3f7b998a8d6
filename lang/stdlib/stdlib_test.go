package stdlib_test

import (
	"testing"

	"github.com/wasmling/wasmling/lang/langtest"
	"github.com/wasmling/wasmling/lang/stdlib"
)

func TestScripts(t *testing.T) {
	n := langtest.RunDir(t, "testdata", langtest.Options{Modules: stdlib.Modules()})
	t.Logf("%d asserts", n)
	if !t.Failed() && n < 600 {
		t.Errorf("only %d asserts; the core modules' tests need at least 600", n)
	}
}
