package memkv_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/wasmling/wasmling/kv"
	"github.com/wasmling/wasmling/kv/kvtest"
	"github.com/wasmling/wasmling/kv/memkv"
)

func TestConformance(t *testing.T) {
	kvtest.Run(t, func(t *testing.T) kv.Backend {
		return memkv.New(memkv.Options{SweepInterval: 20 * time.Millisecond})
	})
}

func TestConformanceNoSweep(t *testing.T) {
	kvtest.Run(t, func(t *testing.T) kv.Backend {
		return memkv.New(memkv.Options{SweepInterval: -1, Shards: 1})
	})
}

func TestQuota(t *testing.T) {
	kvtest.RunQuota(t, func(t *testing.T, q kv.QuotaFunc) kv.Backend {
		return memkv.New(memkv.Options{Quota: q, SweepInterval: -1})
	})
}

func TestCloseStopsSweeper(t *testing.T) {
	before := runtime.NumGoroutine()
	for range 10 {
		b := memkv.New(memkv.Options{SweepInterval: time.Millisecond})
		if _, err := b.Open(t.Context(), "t", "s"); err != nil {
			t.Fatal(err)
		}
		b.Close()
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Fatalf("%d goroutines before, %d after closing 10 backends", before, after)
	}
}

func BenchmarkMemory(b *testing.B) {
	kvtest.Benchmark(b, func(*testing.B) kv.Backend { return memkv.New(memkv.Options{}) })
}
