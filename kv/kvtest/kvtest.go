package kvtest

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/wasmling/wasmling/kv"
)

// Run runs the conformance suite. newBackend must return a fresh, empty
// backend (or one whose tenants are unused); the suite closes it.
func Run(t *testing.T, newBackend func(t *testing.T) kv.Backend) {
	tests := []struct {
		name string
		fn   func(t *testing.T, b kv.Backend)
	}{
		{"GetSetDelete", testGetSetDelete},
		{"Values", testValues},
		{"Keys", testKeyBytes},
		{"InvalidArguments", testInvalid},
		{"Context", testContext},
		{"TTL", testTTL},
		{"TTLUpdate", testTTLUpdate},
		{"Update", testUpdate},
		{"UpdateAtomic", testUpdateAtomic},
		{"Glob", testGlob},
		{"Isolation", testIsolation},
		{"SharedHandles", testSharedHandles},
		{"Clear", testClear},
		{"Close", testClose},
		{"Concurrent", testConcurrent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := newBackend(t)
			t.Cleanup(func() { _ = b.Close() })
			tc.fn(t, b)
		})
	}
}

var ctx = context.Background()

func open(t *testing.T, b kv.Backend, tenant, name string) kv.Store {
	t.Helper()
	s, err := b.Open(ctx, tenant, name)
	if err != nil {
		t.Fatalf("Open(%q, %q): %v", tenant, name, err)
	}
	return s
}

func set(t *testing.T, s kv.Store, key, value string, ttl time.Duration) {
	t.Helper()
	if err := s.Set(ctx, key, []byte(value), ttl); err != nil {
		t.Fatalf("Set(%q): %v", key, err)
	}
}

// wantGet checks the value of key; want "" with ok false means missing.
func wantGet(t *testing.T, s kv.Store, key, want string, wantOK bool) {
	t.Helper()
	v, ok, err := s.Get(ctx, key)
	if err != nil || ok != wantOK || string(v) != want {
		t.Fatalf("Get(%q) = %q, %v, %v; want %q, %v, nil", key, v, ok, err, want, wantOK)
	}
}

func wantKeys(t *testing.T, s kv.Store, pattern string, want ...string) {
	t.Helper()
	got, err := s.Keys(ctx, pattern)
	if err != nil {
		t.Fatalf("Keys(%q): %v", pattern, err)
	}
	if len(got) != len(want) {
		t.Fatalf("Keys(%q) = %q, want %q", pattern, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("Keys(%q) = %q, want %q", pattern, got, want)
		}
	}
}

func wantErr(t *testing.T, what string, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("%s: error %v, want %v", what, err, target)
	}
}

// eventually polls cond every 10ms for up to 5s.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// incr is the Update function the host uses for incr, on decimal text.
func incr(delta int) func([]byte, bool) ([]byte, error) {
	return func(old []byte, exists bool) ([]byte, error) {
		n := 0
		if exists {
			var err error
			if n, err = strconv.Atoi(string(old)); err != nil {
				return nil, err
			}
		}
		return []byte(strconv.Itoa(n + delta)), nil
	}
}
