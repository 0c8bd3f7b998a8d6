package kvtest

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/wasmling/wasmling/kv"
)

func testUpdate(t *testing.T, b kv.Backend) {
	s := open(t, b, "t1", "default")
	var sawExists bool
	v, err := s.Update(ctx, "n", func(old []byte, exists bool) ([]byte, error) {
		sawExists = sawExists || exists
		if exists || old != nil {
			return nil, fmt.Errorf("missing key passed as %q, %v", old, exists)
		}
		return []byte("7"), nil
	})
	if err != nil || string(v) != "7" || sawExists {
		t.Fatalf("Update(missing) = %q, %v", v, err)
	}
	if v, err := s.Update(ctx, "n", incr(3)); err != nil || string(v) != "10" {
		t.Fatalf("Update = %q, %v; want 10", v, err)
	}
	wantGet(t, s, "n", "10", true)

	boom := errors.New("boom")
	_, err = s.Update(ctx, "n", func([]byte, bool) ([]byte, error) { return nil, boom })
	if !errors.Is(err, boom) {
		t.Fatalf("Update with a failing fn: %v, want boom", err)
	}
	_, err = s.Update(ctx, "new", func([]byte, bool) ([]byte, error) { return nil, boom })
	wantErr(t, "Update(missing) with a failing fn", err, boom)
	wantGet(t, s, "n", "10", true)
	wantGet(t, s, "new", "", false)

	// fn owns old: it may modify it in place and return it.
	set(t, s, "buf", "abc", 0)
	inPlace := func(old []byte, _ bool) ([]byte, error) {
		old[0]++
		return old, nil
	}
	for _, want := range []string{"bbc", "cbc"} {
		if v, err := s.Update(ctx, "buf", inPlace); err != nil || string(v) != want {
			t.Fatalf("Update modifying old in place = %q, %v; want %q", v, err, want)
		}
	}
	wantGet(t, s, "buf", "cbc", true)

	set(t, s, "text", "not a number", 0)
	if _, err := s.Update(ctx, "text", incr(1)); err == nil {
		t.Fatal("incr of a non-number succeeded")
	}
	wantGet(t, s, "text", "not a number", true)
}

// testUpdateAtomic: 100 goroutines × 100 increments = exactly 10,000,
// spread over two handles on the same store.
func testUpdateAtomic(t *testing.T, b kv.Backend) {
	s1 := open(t, b, "t1", "default")
	s2 := open(t, b, "t1", "default")
	const workers, each = 100, 100
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		s := s1
		if w%2 == 1 {
			s = s2
		}
		wg.Go(func() {
			for range each {
				if _, err := s.Update(ctx, "counter", incr(1)); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("Update: %v", err)
	}
	wantGet(t, s1, "counter", fmt.Sprint(workers*each), true)
}
