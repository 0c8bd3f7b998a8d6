package sandbox

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/wasmling/wasmling/abi"
)

// newSecret returns 32 random bytes that appear nowhere by chance.
func newSecret() []byte {
	b := make([]byte, 32)
	rand.Read(b)
	return b
}

// resetChecked resets in like Reset, checking between the restore and
// the reseed (which runs guest code) that it is pristine.
func resetChecked(t *testing.T, in *Instance, secret []byte) {
	t.Helper()
	if err := in.resetState(); err != nil {
		t.Fatal(err)
	}
	checkPristine(t, in, secret)
	if err := in.reseed(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// checkPristine checks that in is indistinguishable from a new instance of
// its snapshot at the memory level: the memory has the snapshot's size and
// bytes, nothing past it in the reservation is left non-zero, the globals
// are the snapshot's, and no host-side state of an earlier call remains.
func checkPristine(t *testing.T, in *Instance, secret []byte) {
	t.Helper()
	s := in.snap
	mem := in.memoryOf()
	if got, want := uint64(mem.Size()), s.MemorySize(); got != want {
		t.Fatalf("memory size %d after reset, snapshot %d", got, want)
	}
	data, _ := mem.Read(0, mem.Size())
	if img := s.image.bytes(); !bytes.Equal(data, img) {
		diff := 0
		first := -1
		for i := range data {
			if data[i] != img[i] {
				diff++
				if first < 0 {
					first = i
				}
			}
		}
		t.Fatalf("memory differs from the snapshot in %d bytes, first at %#x", diff, first)
	}
	if secret != nil && bytes.Contains(data, secret) {
		t.Fatal("the secret is still in memory")
	}
	if res := in.mem.reserved; res != nil && bytes.Count(res[s.MemorySize():], []byte{0}) != len(res[s.MemorySize():]) {
		t.Fatal("memory past the snapshot's size is not zero")
	}
	for i, name := range s.mod.globals {
		if got := in.mod.ExportedGlobal(name).Get(); got != s.globals[i] {
			t.Fatalf("global %s = %#x, snapshot %#x", name, got, s.globals[i])
		}
	}
	if in.bufPtr != s.bufPtr || in.bufCap != s.bufCap {
		t.Fatal("request buffer not restored")
	}
	if in.pending || len(in.reply) != 0 || in.stopped != abi.StopNone || in.abandoned || in.mem.refused {
		t.Fatal("host-call state survived the reset")
	}
	if o := in.TakeOutput(); len(o.Stdout)+len(o.Stderr) != 0 || o.Truncated() {
		t.Fatalf("output survived the reset: %+v", o)
	}
	if tail := in.stderr.lastBytes(); len(tail) != 0 {
		t.Fatalf("stderr tail survived the reset: %q", tail)
	}
}

// state returns entryState's reply: goroutines, secret (or nil), kept bytes.
func state(t *testing.T, in *Instance) (int64, any, int64) {
	t.Helper()
	reply, err := in.Invoke(context.Background(), entryState, nil)
	if err != nil {
		t.Fatal(err)
	}
	vs := payload(t, reply)
	return vs[0].(int64), vs[1], vs[2].(int64)
}

func counterOf(t *testing.T, in *Instance) int64 {
	t.Helper()
	reply, err := in.Invoke(context.Background(), entryCounter, nil)
	if err != nil {
		t.Fatal(err)
	}
	return payload(t, reply)[0].(int64)
}

// TestResetForgetsSecrets plants a secret everywhere a request can leave
// one (globals, a map, heap garbage, a parked goroutine's stack, a
// runnable goroutine, stdout, stderr, the host's reply buffer) and checks
// that after Reset nothing of it remains and the instance behaves like a
// new one.
func TestResetForgetsSecrets(t *testing.T) {
	ctx := context.Background()
	fresh := fromSnapshot(t, NewInstanceConfig())
	wantG, _, wantKept := state(t, fresh)
	in := fromSnapshot(t, NewInstanceConfig())
	for round := range 3 {
		secret := newSecret()
		reply, err := in.Invoke(ctx, entrySecret, enc(t, secret))
		if err != nil {
			t.Fatal(err)
		}
		payload(t, reply)
		// The host's reply buffer and a pending reply hold it too.
		if _, err := in.Invoke(ctx, entryHostOp, enc(t, int64(opEcho), secret)); err != nil {
			t.Fatal(err)
		}
		data, _ := in.memoryOf().Read(0, in.memoryOf().Size())
		if n := bytes.Count(data, secret); n < 64 {
			t.Fatalf("the secret is in memory %d times: the test plants too little", n)
		}
		if g, s, _ := state(t, in); g <= wantG || s == nil {
			t.Fatalf("goroutines %d (fresh %d), secret %v: the test plants too little", g, wantG, s)
		}
		// Output not taken before the reset.
		resetChecked(t, in, secret)
		if g, s, kept := state(t, in); g != wantG || s != nil || kept != wantKept {
			t.Fatalf("round %d: after reset goroutines %d, secret %v, kept %d; fresh %d, nil, %d", round, g, s, kept, wantG, wantKept)
		}
		if c := counterOf(t, in); c != 6 {
			t.Fatalf("round %d: counter %d after reset, want 6 as in a new instance", round, c)
		}
		if err := in.Reset(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if in.Resets() != 3 {
		t.Fatalf("Resets() = %d", in.Resets())
	}
}

// TestResetShrinksGrownMemory: a call that grew the memory past the
// snapshot leaves an instance of the snapshot's size, whose memory grows
// again from zeroed pages, and whose cap is the same as a new instance's.
func TestResetShrinksGrownMemory(t *testing.T) {
	ctx := context.Background()
	const limit = 48 << 20
	in := fromSnapshot(t, NewInstanceConfig().WithMemoryLimit(limit))
	size := in.MemorySize()
	secret := newSecret()
	// Growths kept resident and zeroed, and one past maxKeptPrivate,
	// handed back to the system.
	for round, n := range []int64{4 << 20, 1 << 20, 20 << 20, 2 << 20} {
		reply, err := in.Invoke(ctx, entryGrow, enc(t, n))
		if err != nil {
			t.Fatal(err)
		}
		if got := payload(t, reply)[0].(int64); got != n {
			t.Fatalf("round %d: kept %d: the memory was not reset", round, got)
		}
		if in.MemorySize() <= size {
			t.Fatalf("memory did not grow: %d", in.MemorySize())
		}
		// Plant the secret in the grown part.
		if !in.memoryOf().Write(uint32(in.MemorySize()-4096), secret) {
			t.Fatal("write")
		}
		resetChecked(t, in, secret)
		t.Logf("grew %d MiB; reset copied or cleared %d KiB, dropped %d KiB", n>>20, in.lastReset.copied>>10, in.lastReset.dropped>>10)
		if in.MemorySize() != size {
			t.Fatalf("memory %d after reset, want %d", in.MemorySize(), size)
		}
	}
	// The cap still holds, at the same place as for a new instance: both
	// keep the same amount before the guest dies at the cap.
	reach := func(in *Instance) int64 {
		var kept int64
		for {
			reply, err := in.Invoke(ctx, entryGrow, enc(t, int64(1<<20)))
			if err != nil {
				if !errors.As(err, new(*MemoryError)) {
					t.Fatalf("got %v, want a MemoryError", err)
				}
				return kept
			}
			kept = payload(t, reply)[0].(int64)
		}
	}
	fresh := fromSnapshot(t, NewInstanceConfig().WithMemoryLimit(limit))
	if a, b := reach(in), reach(fresh); a != b || a == 0 {
		t.Fatalf("a reset instance reached %d bytes before its cap, a new one %d", a, b)
	}
	if err := in.Reset(ctx); !errors.Is(err, ErrNotResettable) {
		t.Fatalf("Reset after a MemoryError: %v", err)
	}
}

// TestResetRefuses: instances that crashed, ran out of memory, were
// stopped at a deadline or cancelled, abandoned a host call, were closed
// or do not come from a snapshot are never reset.
func TestResetRefuses(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name string
		in   func() *Instance
		run  func(*Instance)
	}{
		{"crash", nil, func(in *Instance) { in.Invoke(ctx, entryPanic, nil) }},
		{"deadlock", nil, func(in *Instance) { in.Invoke(ctx, entryDeadlock, nil) }},
		{"memory cap", nil, func(in *Instance) { in.Invoke(ctx, entryMemoryBomb, nil) }},
		{"host panic", nil, func(in *Instance) { in.Invoke(ctx, entryHostOp, enc(t, int64(opPanic))) }},
		{"deadline", nil, func(in *Instance) {
			dl, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
			defer cancel()
			if _, err := in.Invoke(dl, entryBusyCheck, enc(t, int64(1)<<50)); !errors.As(err, new(*TimeoutError)) {
				t.Fatalf("got %v", err)
			}
			if in.Err() != nil {
				t.Fatal("the cooperative stop killed the instance; the case tests nothing")
			}
		}},
		{"cancelled", nil, func(in *Instance) {
			c, cancel := context.WithCancel(ctx)
			go func() { time.Sleep(20 * time.Millisecond); cancel() }()
			in.Invoke(c, entryHostOp, enc(t, int64(opBlock)))
		}},
		{"sleep interrupted", nil, func(in *Instance) {
			dl, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
			defer cancel()
			in.Invoke(dl, entryGoSleep, enc(t, int64(time.Hour)))
		}},
		{"abandoned host call", nil, func(in *Instance) {
			if _, err := in.Invoke(ctx, entryRawCalls, enc(t, abi.Tuple{int64(2), int64(opFixed)})); err != nil {
				t.Fatal(err)
			}
		}},
		{"closed", nil, func(in *Instance) { in.Close(ctx) }},
		{"not from a snapshot", func() *Instance { return newInstance(t, NewInstanceConfig()) }, func(*Instance) {}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var in *Instance
			if c.in != nil {
				in = c.in()
			} else {
				in = fromSnapshot(t, NewInstanceConfig().WithMemoryLimit(32<<20).WithHandler(testHandler()))
			}
			c.run(in)
			err := in.Reset(ctx)
			if !errors.Is(err, ErrNotResettable) {
				t.Fatalf("Reset: %v", err)
			}
			t.Log(err)
			if _, err := in.Invoke(ctx, entryEcho, nil); err == nil && c.name != "abandoned host call" &&
				c.name != "deadline" && c.name != "cancelled" && c.name != "not from a snapshot" {
				t.Fatal("a dead instance answered after Reset")
			}
		})
	}
}

// TestResetOutputAndClock: output capture starts empty, a crash after a
// reset reports only its own stderr, the clock continues from the
// snapshot and timers work, the random state is new every time.
func TestResetOutputAndClock(t *testing.T) {
	ctx := context.Background()
	in := fromSnapshot(t, NewInstanceConfig().WithOutputLimit(1000))
	if _, err := in.Invoke(ctx, entryFlood, enc(t, int64(50_000))); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for round := range 3 {
		if err := in.Reset(ctx); err != nil {
			t.Fatal(err)
		}
		if o := in.TakeOutput(); len(o.Stdout) != 0 || o.Truncated() {
			t.Fatalf("output after reset: %d bytes, %d dropped", len(o.Stdout), o.StdoutDropped)
		}
		reply, err := in.Invoke(ctx, entryClock, nil)
		if err != nil {
			t.Fatal(err)
		}
		if since := payload(t, reply)[1].(int64); since < 0 || time.Duration(since) > time.Minute {
			t.Fatalf("round %d: monotonic clock reads %v since the snapshot's start", round, time.Duration(since))
		}
		reply, err = in.Invoke(ctx, entryGoSleep, enc(t, int64(5*time.Millisecond)))
		if err != nil || payload(t, reply)[1] != true {
			t.Fatal("goroutine sleep after reset", err)
		}
		reply, err = in.Invoke(ctx, entryRandom, nil)
		if err != nil {
			t.Fatal(err)
		}
		r := fmt.Sprint(payload(t, reply)[0])
		if seen[r] {
			t.Fatal("a reset instance drew the same random numbers again")
		}
		seen[r] = true
	}
	if err := in.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	_, err := in.Invoke(ctx, entryPanic, nil)
	var ce *CrashError
	if !errors.As(err, &ce) || bytes.Contains([]byte(ce.Stderr), []byte("abcdef")) {
		t.Fatalf("crash after reset: %v", err)
	}
}

// TestResetAfterSnapshotClose: an instance whose snapshot is closed keeps
// working but cannot be reset.
func TestResetAfterSnapshotClose(t *testing.T) {
	ctx := context.Background()
	s, err := engine(t).NewSnapshot(ctx, NewInstanceConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	in, err := s.NewInstance(ctx, NewInstanceConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close(ctx)
	if err := in.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := in.Reset(ctx); !errors.Is(err, ErrNotResettable) {
		t.Fatalf("Reset after the snapshot closed: %v", err)
	}
	if _, err := s.NewInstance(ctx, NewInstanceConfig()); err == nil {
		t.Fatal("new instance from a closed snapshot")
	}
}
