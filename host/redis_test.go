package host

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wasmling/wasmling/kv/rediskv"
)

// The kv ops and 100 concurrent instances again, with the tenants'
// persistent stores in Redis: incr there is an optimistic update retried
// on conflicts, the case where atomicity is easiest to get wrong. Needs a
// redis-server (see kv/rediskv); skipped without one unless
// WASMLING_REQUIRE_REDIS is set.

func TestRedisKVOps(t *testing.T) {
	r := newBareRunner(t, redisBackend(t))
	testKVOps(t, r)
	testKVConcurrentIncr(t, r)
}

func TestRedisConcurrentInstances(t *testing.T) {
	if testing.Short() {
		t.Skip("100 instances")
	}
	r := newRunner(t, redisBackend(t), nil)
	testConcurrentInstances(t, r)
}

// redisBackend starts a throwaway redis-server for the test.
func redisBackend(t *testing.T) *rediskv.Backend {
	t.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		if os.Getenv("WASMLING_REQUIRE_REDIS") != "" {
			t.Fatal("redis-server is not installed but WASMLING_REQUIRE_REDIS is set")
		}
		t.Skip("redis-server is not installed: skipping the Redis-backed tests")
	}
	dir := t.TempDir()
	var client *redis.Client
	for attempt := 0; client == nil; attempt++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port := l.Addr().(*net.TCPAddr).Port
		l.Close()
		cmd := exec.Command("redis-server", "--port", strconv.Itoa(port), "--bind", "127.0.0.1",
			"--dir", dir, "--save", "", "--appendonly", "no", "--maxmemory-policy", "noeviction")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		t.Cleanup(func() { cmd.Process.Kill(); <-exited })
		c := redis.NewClient(&redis.Options{Addr: fmt.Sprintf("127.0.0.1:%d", port)})
		deadline := time.Now().Add(10 * time.Second)
		for client == nil && time.Now().Before(deadline) {
			select {
			case <-exited:
				deadline = time.Now() // the port was taken: try another
				continue
			default:
			}
			ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
			if c.Ping(ctx).Err() == nil {
				client = c
			}
			cancel()
			if client == nil {
				time.Sleep(20 * time.Millisecond)
			}
		}
		if client == nil {
			c.Close()
			if attempt == 4 {
				t.Fatal("redis-server did not start")
			}
		}
	}
	t.Cleanup(func() { client.Close() })
	return rediskv.New(client, rediskv.Options{})
}
