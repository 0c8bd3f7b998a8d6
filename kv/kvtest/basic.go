package kvtest

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/wasmling/wasmling/kv"
)

func testGetSetDelete(t *testing.T, b kv.Backend) {
	s := open(t, b, "t1", "default")
	wantGet(t, s, "k", "", false)
	if ok, err := s.Exists(ctx, "k"); ok || err != nil {
		t.Fatalf("Exists(missing) = %v, %v", ok, err)
	}
	set(t, s, "k", "v1", 0)
	wantGet(t, s, "k", "v1", true)
	set(t, s, "k", "v2", 0)
	wantGet(t, s, "k", "v2", true)
	if ok, err := s.Exists(ctx, "k"); !ok || err != nil {
		t.Fatalf("Exists = %v, %v", ok, err)
	}
	if ok, err := s.Delete(ctx, "k"); !ok || err != nil {
		t.Fatalf("Delete = %v, %v; want true", ok, err)
	}
	if ok, err := s.Delete(ctx, "k"); ok || err != nil {
		t.Fatalf("second Delete = %v, %v; want false", ok, err)
	}
	wantGet(t, s, "k", "", false)
	wantKeys(t, s, "*")
}

func testValues(t *testing.T, b kv.Backend) {
	s := open(t, b, "t1", "default")
	in := []byte("original")
	if err := s.Set(ctx, "k", in, 0); err != nil {
		t.Fatal(err)
	}
	copy(in, "XXXXXXXX")
	out, _, _ := s.Get(ctx, "k")
	copy(out, "YYYYYYYY")
	wantGet(t, s, "k", "original", true)

	set(t, s, "empty", "", 0)
	if v, ok, err := s.Get(ctx, "empty"); !ok || err != nil || len(v) != 0 {
		t.Fatalf("Get(empty value) = %q, %v, %v", v, ok, err)
	}
	bin := []byte{0, 1, 2, 0xff, 0xfe, 0, '*', '\n'}
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<16) // 1 MiB
	for _, v := range [][]byte{bin, big} {
		if err := s.Set(ctx, "v", v, 0); err != nil {
			t.Fatal(err)
		}
		if got, ok, err := s.Get(ctx, "v"); !ok || err != nil || !bytes.Equal(got, v) {
			t.Fatalf("Get of a %d-byte value: %d bytes, %v, %v", len(v), len(got), ok, err)
		}
	}
}

func testKeyBytes(t *testing.T, b kv.Backend) {
	s := open(t, b, "t1", "default")
	keys := []string{"a:b", "*", "?", "[x]", `\`, "\x00", "a\x00b", "ключ", " ", "..", "/etc/passwd", strings.Repeat("k", kv.MaxKeyLen)}
	for i, k := range keys {
		set(t, s, k, strings.Repeat("v", i), 0)
	}
	for i, k := range keys {
		wantGet(t, s, k, strings.Repeat("v", i), true)
		if got, _ := s.Keys(ctx, kv.QuoteGlob(k)); len(got) != 1 || got[0] != k {
			t.Fatalf("Keys(QuoteGlob(%q)) = %q", k, got)
		}
	}
	got, err := s.Keys(ctx, "*")
	if err != nil || len(got) != len(keys) {
		t.Fatalf("Keys(*) = %d keys, %v; want %d", len(got), err, len(keys))
	}
	for i := 1; i < len(got); i++ {
		if got[i-1] >= got[i] {
			t.Fatalf("Keys not sorted: %q", got)
		}
	}
}

func testInvalid(t *testing.T, b kv.Backend) {
	for _, n := range []string{"", "a\x00b", "a\nb", "\xff", strings.Repeat("n", kv.MaxNameLen+1)} {
		_, err := b.Open(ctx, n, "s")
		wantErr(t, "Open(bad tenant "+n+")", err, kv.ErrInvalidName)
		_, err = b.Open(ctx, "t", n)
		wantErr(t, "Open(bad store "+n+")", err, kv.ErrInvalidName)
	}
	s := open(t, b, "t1", "default")
	long := strings.Repeat("k", kv.MaxKeyLen+1)
	for _, k := range []string{"", long} {
		_, _, err := s.Get(ctx, k)
		wantErr(t, "Get(bad key)", err, kv.ErrInvalidKey)
		wantErr(t, "Set(bad key)", s.Set(ctx, k, nil, 0), kv.ErrInvalidKey)
		_, err = s.Update(ctx, k, incr(1))
		wantErr(t, "Update(bad key)", err, kv.ErrInvalidKey)
		_, err = s.Delete(ctx, k)
		wantErr(t, "Delete(bad key)", err, kv.ErrInvalidKey)
		_, err = s.Exists(ctx, k)
		wantErr(t, "Exists(bad key)", err, kv.ErrInvalidKey)
		_, err = s.TTL(ctx, k)
		wantErr(t, "TTL(bad key)", err, kv.ErrInvalidKey)
	}
	wantErr(t, "Set(negative ttl)", s.Set(ctx, "k", nil, -1), kv.ErrInvalidTTL)
	_, err := s.Keys(ctx, strings.Repeat("*", kv.MaxPatternLen+1))
	wantErr(t, "Keys(long pattern)", err, kv.ErrInvalidKey)
	wantGet(t, s, "k", "", false)
}

func testContext(t *testing.T, b kv.Backend) {
	s := open(t, b, "t1", "default")
	c, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.Set(c, "k", []byte("v"), 0); err == nil {
		t.Fatal("Set with a cancelled context succeeded")
	}
	if _, _, err := s.Get(c, "k"); err == nil {
		t.Fatal("Get with a cancelled context succeeded")
	}
	if _, err := b.Open(c, "t1", "other"); err == nil {
		t.Fatal("Open with a cancelled context succeeded")
	}
}
