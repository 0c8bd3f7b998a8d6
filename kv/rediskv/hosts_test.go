package rediskv_test

import (
	"fmt"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wasmling/wasmling/kv"
	"github.com/wasmling/wasmling/kv/rediskv"
)

// TestUpdateAcrossHosts runs Update from two Backends with their own
// clients, as two hosts would: their per-process locks do not see each
// other, so the compare-and-set retry has to keep the count exact.
func TestUpdateAcrossHosts(t *testing.T) {
	needRedis(t)
	ns := fmt.Sprintf("hosts%d:", namespaces.Add(1))
	var stores []kv.Store
	for range 2 {
		c := redis.NewClient(&redis.Options{Addr: client.Options().Addr})
		defer c.Close()
		b := rediskv.New(c, rediskv.Options{Namespace: ns})
		defer b.Close()
		s, _ := b.Open(t.Context(), "t", "s")
		stores = append(stores, s)
	}
	incr := func(old []byte, ok bool) ([]byte, error) {
		n, _ := strconv.Atoi(string(old))
		return []byte(strconv.Itoa(n + 1)), nil
	}
	var wg sync.WaitGroup
	for w := range 20 {
		wg.Go(func() {
			for range 100 {
				if _, err := stores[w%2].Update(t.Context(), "n", incr); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if v, _, _ := stores[0].Get(t.Context(), "n"); string(v) != "2000" {
		t.Fatalf("counter = %s, want 2000", v)
	}
}

// TestUsageExact checks the tenant's usage bookkeeping against what Redis
// really holds, after a mix of writes, deletes, Clear and expiries.
func TestUsageExact(t *testing.T) {
	needRedis(t)
	ctx := t.Context()
	ns := fmt.Sprintf("usage%d:", namespaces.Add(1))
	b := rediskv.New(client, rediskv.Options{Namespace: ns})
	defer b.Close()
	s1, _ := b.Open(ctx, "acme", "one")
	s2, _ := b.Open(ctx, "acme", "two")
	for i := range 40 {
		k := fmt.Sprint("k", i)
		ttl := time.Duration(0)
		if i%2 == 0 {
			ttl = 50 * time.Millisecond
		}
		must(t, s1.Set(ctx, k, []byte(k+k), ttl))
		must(t, s2.Set(ctx, k, []byte("x"), ttl))
	}
	for i := range 10 {
		_, err := s1.Delete(ctx, fmt.Sprint("k", i))
		must(t, err)
		_, err = s1.Update(ctx, fmt.Sprint("k", 10+i), func(old []byte, _ bool) ([]byte, error) { return append(old, "more"...), nil })
		must(t, err)
	}
	must(t, s1.Set(ctx, "k39", []byte("now with a ttl"), time.Hour))
	must(t, s2.Clear(ctx))
	time.Sleep(150 * time.Millisecond)
	for i := range 5 { // each write reclaims up to 16 expired keys
		_, err := s1.Delete(ctx, fmt.Sprint("missing", i))
		must(t, err)
	}

	var want kv.Usage
	prefix := ns + "4:acme:3:one:"
	keys, _ := s1.Keys(ctx, "*")
	for _, k := range keys {
		n, _ := client.StrLen(ctx, prefix+k).Result()
		want.Keys++
		want.Bytes += int64(len(k)) + n
	}
	u, err := client.HMGet(ctx, ns+"4:acme:#usage", "n", "b").Result()
	must(t, err)
	got := fmt.Sprint(u)
	if got != fmt.Sprintf("[%d %d]", want.Keys, want.Bytes) {
		t.Fatalf("usage bookkeeping %s, Redis holds %d keys and %d bytes", got, want.Keys, want.Bytes)
	}
	if n, _ := client.ZCard(ctx, ns+"4:acme:#exp").Result(); n != 1 {
		t.Fatalf("%d keys tracked for expiry, want 1 (k39)", n)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
