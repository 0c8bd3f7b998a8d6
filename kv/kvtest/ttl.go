package kvtest

import (
	"testing"
	"time"

	"github.com/wasmling/wasmling/kv"
)

func ttlOf(t *testing.T, s kv.Store, key string) time.Duration {
	t.Helper()
	d, err := s.TTL(ctx, key)
	if err != nil {
		t.Fatalf("TTL(%q): %v", key, err)
	}
	return d
}

func gone(t *testing.T, s kv.Store, key string) func() bool {
	return func() bool {
		_, ok, err := s.Get(ctx, key)
		if err != nil {
			t.Fatalf("Get(%q): %v", key, err)
		}
		return !ok
	}
}

func testTTL(t *testing.T, b kv.Backend) {
	s := open(t, b, "t1", "default")
	if d := ttlOf(t, s, "missing"); d != kv.KeyMissing {
		t.Fatalf("TTL(missing) = %v, want KeyMissing", d)
	}
	set(t, s, "forever", "v", 0)
	if d := ttlOf(t, s, "forever"); d != kv.NoTTL {
		t.Fatalf("TTL(no expiry) = %v, want NoTTL", d)
	}
	const ttl = 150 * time.Millisecond
	set(t, s, "short", "v", ttl)
	set(t, s, "long", "v", time.Hour)
	if d := ttlOf(t, s, "long"); d <= 59*time.Minute || d > time.Hour {
		t.Fatalf("TTL(long) = %v, want about 1h", d)
	}
	if d := ttlOf(t, s, "short"); d > ttl || d == kv.NoTTL {
		t.Fatalf("TTL(short) = %v, want at most %v", d, ttl)
	}
	eventually(t, "short key expires", gone(t, s, "short"))
	if ok, _ := s.Exists(ctx, "short"); ok {
		t.Fatal("Exists(expired) = true")
	}
	if d := ttlOf(t, s, "short"); d != kv.KeyMissing {
		t.Fatalf("TTL(expired) = %v, want KeyMissing", d)
	}
	wantKeys(t, s, "*", "forever", "long")
	if ok, err := s.Delete(ctx, "short"); ok || err != nil {
		t.Fatalf("Delete(expired) = %v, %v; want false", ok, err)
	}

	// Set replaces the expiry; ttl 0 removes it.
	set(t, s, "long", "v2", 0)
	if d := ttlOf(t, s, "long"); d != kv.NoTTL {
		t.Fatalf("TTL after Set without ttl = %v, want NoTTL", d)
	}
	set(t, s, "forever", "v2", ttl)
	eventually(t, "re-set key expires", gone(t, s, "forever"))

	// An expired key can be set again, without expiry.
	set(t, s, "short", "again", 0)
	wantGet(t, s, "short", "again", true)
	if d := ttlOf(t, s, "short"); d != kv.NoTTL {
		t.Fatalf("TTL of a key re-set after expiry = %v", d)
	}
}

func testTTLUpdate(t *testing.T, b kv.Backend) {
	s := open(t, b, "t1", "default")
	set(t, s, "n", "1", 300*time.Millisecond)
	if v, err := s.Update(ctx, "n", incr(1)); err != nil || string(v) != "2" {
		t.Fatalf("Update = %q, %v", v, err)
	}
	if d := ttlOf(t, s, "n"); d <= 0 || d > 300*time.Millisecond {
		t.Fatalf("TTL after Update = %v, want the original expiry kept", d)
	}
	eventually(t, "updated key expires", gone(t, s, "n"))
	// Update of an expired key starts from scratch, without expiry.
	if v, err := s.Update(ctx, "n", incr(5)); err != nil || string(v) != "5" {
		t.Fatalf("Update(expired) = %q, %v; want 5", v, err)
	}
	if d := ttlOf(t, s, "n"); d != kv.NoTTL {
		t.Fatalf("TTL after Update of an expired key = %v, want NoTTL", d)
	}
}
