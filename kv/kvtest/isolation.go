package kvtest

import (
	"errors"
	"fmt"
	"testing"

	"github.com/wasmling/wasmling/kv"
)

func testGlob(t *testing.T, b kv.Backend) {
	s := open(t, b, "t1", "default")
	for _, k := range []string{"hello", "hallo", "hxllo", "hllo", "heeeello", "h*llo", "user:1:name", "user:2:name", "user:1:age", "[x]", `a\b`} {
		set(t, s, k, "v", 0)
	}
	cases := []struct {
		pattern string
		want    []string
	}{
		{"h?llo", []string{"h*llo", "hallo", "hello", "hxllo"}},
		{"h*llo", []string{"h*llo", "hallo", "heeeello", "hello", "hllo", "hxllo"}},
		{"h[ae]llo", []string{"hallo", "hello"}},
		{"h[^e]llo", []string{"h*llo", "hallo", "hxllo"}},
		{"h[!e]llo", []string{"h*llo", "hallo", "hxllo"}},
		{"h[a-e]llo", []string{"hallo", "hello"}},
		{`h\*llo`, []string{"h*llo"}},
		{"user:*:name", []string{"user:1:name", "user:2:name"}},
		{"user:1:*", []string{"user:1:age", "user:1:name"}},
		{`\[x\]`, []string{"[x]"}},
		{`a\\b`, []string{`a\b`}},
		{"nomatch*", nil},
		{"", nil},
	}
	for _, c := range cases {
		wantKeys(t, s, c.pattern, c.want...)
	}
}

// pairs are (tenant, store) names that naive "tenant:store:key" or
// "tenant/store/key" layouts would mix up.
var pairs = [][2]string{
	{"a:b", "c"}, {"a", "b:c"}, {"a", "b"}, {"a:b:c", "d"},
	{"a/b", "c"}, {"a", "b/c"}, {"ab", "c"}, {"a", "bc"},
	{"1:a", "b"}, {"1", "a:1:b"}, {"a", "1:b:"}, {"a:1:b:", "c"},
	{"*", "*"}, {"a*", "b"}, {"a", "*b"}, {"..", ".."}, {"A", "b"},
	{"ab", "b"}, {"a?", "b"}, {"a[b]", "b"}, {`a\\`, "b"}, {"a", `\\b`},
}

func testIsolation(t *testing.T, b kv.Backend) {
	stores := make([]kv.Store, len(pairs))
	for i, p := range pairs {
		stores[i] = open(t, b, p[0], p[1])
		id := fmt.Sprint(i)
		set(t, stores[i], "k", id, 0)
		set(t, stores[i], "c:k", id, 0)
		set(t, stores[i], "own"+id, id, 0)
		if _, err := stores[i].Update(ctx, "n", incr(i+1)); err != nil {
			t.Fatal(err)
		}
	}
	for i, s := range stores {
		id := fmt.Sprint(i)
		wantGet(t, s, "k", id, true)
		wantGet(t, s, "c:k", id, true)
		wantGet(t, s, "n", fmt.Sprint(i+1), true)
		wantKeys(t, s, "*", "c:k", "k", "n", "own"+id)
	}
	// Clearing and deleting in one store leaves the others alone.
	if err := stores[0].Clear(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := stores[1].Delete(ctx, "k"); err != nil {
		t.Fatal(err)
	}
	wantKeys(t, stores[0], "*")
	wantKeys(t, stores[1], "*", "c:k", "n", "own1")
	for i, s := range stores[2:] {
		wantKeys(t, s, "*", "c:k", "k", "n", fmt.Sprint("own", i+2))
	}
}

func testSharedHandles(t *testing.T, b kv.Backend) {
	s1 := open(t, b, "t1", "shared")
	s2 := open(t, b, "t1", "shared")
	set(t, s1, "k", "v", 0)
	wantGet(t, s2, "k", "v", true)
	if err := s1.Close(); err != nil {
		t.Fatal(err)
	}
	wantGet(t, s2, "k", "v", true)
	s3 := open(t, b, "t1", "shared")
	wantGet(t, s3, "k", "v", true)
}

func testClear(t *testing.T, b kv.Backend) {
	s := open(t, b, "t1", "a")
	other := open(t, b, "t1", "b")
	for i := range 50 {
		set(t, s, fmt.Sprint("k", i), "v", 0)
	}
	set(t, other, "k1", "v", 0)
	if err := s.Clear(ctx); err != nil {
		t.Fatal(err)
	}
	wantKeys(t, s, "*")
	wantGet(t, s, "k1", "", false)
	wantGet(t, other, "k1", "v", true)
	set(t, s, "k1", "again", 0) // still usable
	wantGet(t, s, "k1", "again", true)
	if err := s.Clear(ctx); err != nil { // clearing an empty store
		t.Fatal(err)
	}
}

func testClose(t *testing.T, b kv.Backend) {
	s := open(t, b, "t1", "default")
	other := open(t, b, "t1", "default")
	set(t, s, "k", "v", 0)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	checkClosed(t, s)
	wantGet(t, other, "k", "v", true)

	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	checkClosed(t, other)
	_, err := b.Open(ctx, "t1", "default")
	wantErr(t, "Open after Backend.Close", err, kv.ErrClosed)
	if err := b.Close(); err != nil {
		t.Fatalf("second Backend.Close: %v", err)
	}
}

func checkClosed(t *testing.T, s kv.Store) {
	t.Helper()
	_, _, err := s.Get(ctx, "k")
	wantErr(t, "Get after Close", err, kv.ErrClosed)
	wantErr(t, "Set after Close", s.Set(ctx, "k", nil, 0), kv.ErrClosed)
	_, err = s.Update(ctx, "k", incr(1))
	wantErr(t, "Update after Close", err, kv.ErrClosed)
	_, err = s.Delete(ctx, "k")
	wantErr(t, "Delete after Close", err, kv.ErrClosed)
	_, err = s.Exists(ctx, "k")
	wantErr(t, "Exists after Close", err, kv.ErrClosed)
	_, err = s.TTL(ctx, "k")
	wantErr(t, "TTL after Close", err, kv.ErrClosed)
	_, err = s.Keys(ctx, "*")
	wantErr(t, "Keys after Close", err, kv.ErrClosed)
	wantErr(t, "Clear after Close", s.Clear(ctx), kv.ErrClosed)
}

// testConcurrent mixes every operation on a few keys, for the race
// detector and for lock-ordering bugs.
func testConcurrent(t *testing.T, b kv.Backend) {
	s := open(t, b, "t1", "default")
	errs := make(chan error, 8)
	for w := range 8 {
		go func() {
			var err error
			for i := 0; i < 200 && err == nil; i++ {
				k := fmt.Sprint("k", i%5)
				switch (w + i) % 8 {
				case 0:
					err = s.Set(ctx, k, []byte("1"), 0)
				case 1:
					_, _, err = s.Get(ctx, k)
				case 2:
					_, err = s.Update(ctx, k, incr(1))
				case 3:
					_, err = s.Delete(ctx, k)
				case 4:
					_, err = s.Keys(ctx, "k*")
				case 5:
					err = s.Set(ctx, k, []byte("2"), 20e6)
				case 6:
					_, err = s.TTL(ctx, k)
				case 7:
					if i%40 == 7 {
						err = s.Clear(ctx)
					}
				}
				if errors.Is(err, kv.ErrConflict) {
					err = nil
				}
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}
