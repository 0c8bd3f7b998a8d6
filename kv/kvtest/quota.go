package kvtest

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wasmling/wasmling/kv"
)

// RunQuota checks quota enforcement. newBackend must return a fresh backend
// that applies quota to the tenant "q" and no quota to other tenants.
func RunQuota(t *testing.T, newBackend func(t *testing.T, quota kv.QuotaFunc) kv.Backend) {
	with := func(q kv.Quota, fn func(t *testing.T, b kv.Backend)) func(t *testing.T) {
		return func(t *testing.T) {
			b := newBackend(t, func(tenant string) kv.Quota {
				if tenant == "q" {
					return q
				}
				return kv.Quota{}
			})
			t.Cleanup(func() { _ = b.Close() })
			fn(t, b)
		}
	}
	t.Run("MaxKeys", with(kv.Quota{MaxKeys: 3}, testQuotaKeys))
	t.Run("MaxBytes", with(kv.Quota{MaxBytes: 100}, testQuotaBytes))
	t.Run("Expired", with(kv.Quota{MaxKeys: 2}, testQuotaExpired))
	t.Run("Concurrent", with(kv.Quota{MaxKeys: 10}, testQuotaConcurrent))
}

func wantQuota(t *testing.T, what string, err error) {
	t.Helper()
	wantErr(t, what, err, kv.ErrQuota)
}

func testQuotaKeys(t *testing.T, b kv.Backend) {
	s1, s2 := open(t, b, "q", "one"), open(t, b, "q", "two")
	set(t, s1, "a", "v", 0)
	set(t, s1, "b", "v", 0)
	set(t, s2, "c", "v", 0) // the quota is the tenant's, across stores
	wantQuota(t, "4th key", s2.Set(ctx, "d", []byte("v"), 0))
	_, err := s1.Update(ctx, "n", incr(1))
	wantQuota(t, "Update creating a 4th key", err)
	set(t, s1, "a", "overwrite is fine", 0)
	if _, err := s1.Update(ctx, "b", func([]byte, bool) ([]byte, error) { return []byte("x"), nil }); err != nil {
		t.Fatalf("Update of an existing key: %v", err)
	}
	// Another tenant is not affected.
	free := open(t, b, "free", "one")
	for i := range 10 {
		set(t, free, fmt.Sprint(i), "v", 0)
	}
	// Delete and Clear give room back.
	if _, err := s1.Delete(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	set(t, s2, "d", "v", 0)
	wantQuota(t, "4th key again", s2.Set(ctx, "e", []byte("v"), 0))
	if err := s2.Clear(ctx); err != nil {
		t.Fatal(err)
	}
	set(t, s2, "e", "v", 0)
	set(t, s2, "f", "v", 0)
	wantQuota(t, "4th key after Clear", s2.Set(ctx, "g", []byte("v"), 0))
	wantGet(t, s2, "g", "", false)
}

func testQuotaBytes(t *testing.T, b kv.Backend) {
	s := open(t, b, "q", "one")
	set(t, s, "k1", strings.Repeat("x", 48), 0) // 50 bytes with the key
	set(t, s, "k2", strings.Repeat("x", 48), 0) // 100: at the limit
	wantQuota(t, "one more byte", s.Set(ctx, "k3", nil, 0))
	wantQuota(t, "growing a value", s.Set(ctx, "k1", []byte(strings.Repeat("x", 49)), 0))
	_, err := s.Update(ctx, "k2", func(old []byte, _ bool) ([]byte, error) { return append(old, 'x'), nil })
	wantQuota(t, "Update growing a value", err)
	wantGet(t, s, "k2", strings.Repeat("x", 48), true)
	set(t, s, "k1", "small", 0) // shrinking is fine
	set(t, s, "k3", "fits now", 0)
	wantQuota(t, "a value over the whole quota", s.Set(ctx, "big", make([]byte, 1000), 0))
}

func testQuotaExpired(t *testing.T, b kv.Backend) {
	s := open(t, b, "q", "one")
	set(t, s, "a", "v", 100*time.Millisecond)
	set(t, s, "b", "v", 100*time.Millisecond)
	wantQuota(t, "3rd key", s.Set(ctx, "c", []byte("v"), 0))
	// Once the keys expire, their room is reclaimed without any sweep
	// having to run first.
	eventually(t, "expired keys free the quota", func() bool {
		err := s.Set(ctx, "c", []byte("v"), 0)
		if err != nil && !errors.Is(err, kv.ErrQuota) {
			t.Fatal(err)
		}
		return err == nil
	})
	set(t, s, "d", "v", 0)
	wantQuota(t, "3rd live key", s.Set(ctx, "e", []byte("v"), 0))
}

// testQuotaConcurrent: 50 goroutines race to add distinct keys under a
// 10-key quota; exactly 10 win.
func testQuotaConcurrent(t *testing.T, b kv.Backend) {
	s := open(t, b, "q", "one")
	var wg sync.WaitGroup
	var ok, quota atomic.Int64
	for i := range 50 {
		wg.Go(func() {
			var err error
			if i%2 == 0 {
				err = s.Set(ctx, fmt.Sprint("k", i), []byte("v"), 0)
			} else {
				_, err = s.Update(ctx, fmt.Sprint("k", i), incr(1))
			}
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, kv.ErrQuota):
				quota.Add(1)
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if ok.Load() != 10 || quota.Load() != 40 {
		t.Fatalf("%d writes succeeded and %d hit the quota, want 10 and 40", ok.Load(), quota.Load())
	}
	keys, _ := s.Keys(ctx, "*")
	if len(keys) != 10 {
		t.Fatalf("%d keys stored, want 10", len(keys))
	}
}
