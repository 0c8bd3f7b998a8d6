package boltkv_test

import (
	"testing"

	"github.com/wasmling/wasmling/kv"
	"github.com/wasmling/wasmling/kv/boltkv"
	"github.com/wasmling/wasmling/kv/kvtest"
)

func newBackend(t *testing.T, opts boltkv.Options) *boltkv.Backend {
	t.Helper()
	b, err := boltkv.Open(t.TempDir(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestConformance(t *testing.T) {
	kvtest.Run(t, func(t *testing.T) kv.Backend { return newBackend(t, boltkv.Options{}) })
}

func TestQuota(t *testing.T) {
	kvtest.RunQuota(t, func(t *testing.T, q kv.QuotaFunc) kv.Backend {
		return newBackend(t, boltkv.Options{Quota: q})
	})
}

func BenchmarkBolt(b *testing.B) {
	kvtest.Benchmark(b, func(b *testing.B) kv.Backend {
		be, err := boltkv.Open(b.TempDir(), boltkv.Options{})
		if err != nil {
			b.Fatal(err)
		}
		return be
	})
}
