package rediskv_test

import (
	"fmt"
	"os"
	"os/exec"
	"sync/atomic"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/wasmling/wasmling/kv"
	"github.com/wasmling/wasmling/kv/kvtest"
	"github.com/wasmling/wasmling/kv/rediskv"
)

// client is connected to the redis-server that TestMain started, or nil.
var client *redis.Client

// namespaces gives every backend of the run its own namespace.
var namespaces atomic.Int64

func TestMain(m *testing.M) {
	code := func() int {
		if _, err := exec.LookPath("redis-server"); err != nil {
			return m.Run() // tests skip through needRedis
		}
		srv, err := startRedis()
		if err != nil {
			fmt.Fprintln(os.Stderr, "rediskv tests:", err)
			return 1
		}
		defer srv.stop()
		client = redis.NewClient(&redis.Options{Addr: srv.addr})
		defer client.Close()
		return m.Run()
	}()
	os.Exit(code)
}

func needRedis(t testing.TB) {
	t.Helper()
	if client == nil {
		if os.Getenv("WASMLING_REQUIRE_REDIS") != "" {
			t.Fatal("redis-server is not installed but WASMLING_REQUIRE_REDIS is set")
		}
		t.Skip("redis-server is not installed (apt-get install redis-server): skipping the Redis backend tests")
	}
}

func newBackend(t testing.TB, opts rediskv.Options) kv.Backend {
	needRedis(t)
	opts.Namespace = fmt.Sprintf("test%d:", namespaces.Add(1))
	return rediskv.New(client, opts)
}

func TestConformance(t *testing.T) {
	kvtest.Run(t, func(t *testing.T) kv.Backend { return newBackend(t, rediskv.Options{}) })
}

func TestQuota(t *testing.T) {
	kvtest.RunQuota(t, func(t *testing.T, q kv.QuotaFunc) kv.Backend {
		return newBackend(t, rediskv.Options{Quota: q})
	})
}

func BenchmarkRedis(b *testing.B) {
	kvtest.Benchmark(b, func(b *testing.B) kv.Backend { return newBackend(b, rediskv.Options{}) })
}
