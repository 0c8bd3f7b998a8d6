package sandbox

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// testSnapshot boots the test guest, warms it up (warmed flag, counter at
// 5) and captures it, once per test binary.
var testSnapshot = sync.OnceValues(func() (*Snapshot, error) {
	e, err := testEngine()
	if err != nil {
		return nil, err
	}
	return e.NewSnapshot(context.Background(), NewInstanceConfig(), func(ctx context.Context, in *Instance) error {
		for range 5 {
			if _, err := in.Invoke(ctx, entryCounter, nil); err != nil {
				return err
			}
		}
		_, err := in.Invoke(ctx, entryWarmup, nil)
		return err
	})
})

func snapshot(t testing.TB) *Snapshot {
	t.Helper()
	s, err := testSnapshot()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func fromSnapshot(t testing.TB, cfg InstanceConfig) *Instance {
	t.Helper()
	in, err := snapshot(t).NewInstance(context.Background(), cfg.WithHandler(testHandler()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { in.Close(context.Background()) })
	return in
}

func TestSnapshotRestoresState(t *testing.T) {
	ctx := context.Background()
	a := fromSnapshot(t, NewInstanceConfig())
	b := fromSnapshot(t, NewInstanceConfig())
	if a.MemorySize() != snapshot(t).MemorySize() {
		t.Fatalf("memory %d, snapshot %d", a.MemorySize(), snapshot(t).MemorySize())
	}
	reply, err := a.Invoke(ctx, entryWarmed, nil)
	if err != nil || payload(t, reply)[0] != true {
		t.Fatal("warm-up state lost", err)
	}
	for _, want := range []int64{6, 7, 8} {
		reply, err := a.Invoke(ctx, entryCounter, nil)
		if err != nil || payload(t, reply)[0] != want {
			t.Fatalf("counter: %v, want %d", err, want)
		}
	}
	reply, err = b.Invoke(ctx, entryCounter, nil)
	if err != nil || payload(t, reply)[0] != int64(6) {
		t.Fatal("instances from one snapshot share memory", err)
	}
	// A large request makes the guest allocate a new buffer.
	req := bytes.Repeat([]byte{0}, 1<<20)
	reply, err = b.Invoke(ctx, entryEcho, req)
	if err != nil || !bytes.Equal(reply[1:], req) {
		t.Fatal("large echo", err)
	}
	reply, err = b.Invoke(ctx, entryHostOp, enc(t, int64(opEcho), "x"))
	if err != nil || !bytes.Equal(reply[1:], enc(t, "x")) {
		t.Fatal("host op", err)
	}
}

func TestSnapshotReseeds(t *testing.T) {
	ctx := context.Background()
	a := fromSnapshot(t, NewInstanceConfig())
	b := fromSnapshot(t, NewInstanceConfig())
	ra, err := a.Invoke(ctx, entryRandom, nil)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := b.Invoke(ctx, entryRandom, nil)
	if err != nil {
		t.Fatal(err)
	}
	pa, pb := payload(t, ra), payload(t, rb)
	if bytes.Equal(pa[0].([]byte), pb[0].([]byte)) {
		t.Fatal("two instances from one snapshot drew the same random numbers")
	}
	if bytes.Equal(pa[1].([]byte), pb[1].([]byte)) {
		t.Fatal("crypto/rand repeated itself")
	}
}

func TestSnapshotClockIsMonotonic(t *testing.T) {
	ctx := context.Background()
	in := fromSnapshot(t, NewInstanceConfig())
	var last int64
	for range 3 {
		reply, err := in.Invoke(ctx, entryClock, nil)
		if err != nil {
			t.Fatal(err)
		}
		vs := payload(t, reply)
		if since := vs[1].(int64); since < last || since < 0 {
			t.Fatalf("monotonic clock went from %d to %d", last, since)
		} else {
			last = since
		}
		if d := time.Since(time.Unix(0, vs[0].(int64))); d < -time.Second || d > time.Second {
			t.Fatalf("wall clock off by %v", d)
		}
		time.Sleep(time.Millisecond)
	}
	// Timers of the guest's scheduler work after a restore.
	reply, err := in.Invoke(ctx, entryGoSleep, enc(t, int64(10*time.Millisecond)))
	if err != nil || payload(t, reply)[1] != true {
		t.Fatal("goroutine sleep after restore", err)
	}
}

func TestSnapshotLimits(t *testing.T) {
	ctx := context.Background()
	if _, err := snapshot(t).NewInstance(ctx, NewInstanceConfig().WithMemoryLimit(snapshot(t).MemorySize()-pageSize)); err == nil {
		t.Fatal("restored into a memory smaller than the snapshot")
	}
	in := fromSnapshot(t, NewInstanceConfig().WithMemoryLimit(24<<20))
	if _, err := in.Invoke(ctx, entryMemoryBomb, nil); !errors.As(err, new(*MemoryError)) {
		t.Fatalf("got %v, want a MemoryError", err)
	}
	in = fromSnapshot(t, NewInstanceConfig())
	dl, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := in.Invoke(dl, entryBusyCheck, enc(t, int64(1)<<50)); !errors.As(err, new(*TimeoutError)) {
		t.Fatalf("got %v, want a TimeoutError", err)
	}
}

func TestSnapshotOfFreshGuest(t *testing.T) {
	ctx := context.Background()
	s, err := engine(t).NewSnapshot(ctx, NewInstanceConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	in, err := s.NewInstance(ctx, NewInstanceConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close(ctx)
	reply, err := in.Invoke(ctx, entryWarmed, nil)
	if err != nil || payload(t, reply)[0] != false {
		t.Fatal(err)
	}
	// Instances outlive their snapshot.
	s.Close()
	if _, err := in.Invoke(ctx, entryEcho, []byte{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
}

func TestSnapshotWarmupFailure(t *testing.T) {
	_, err := engine(t).NewSnapshot(context.Background(), NewInstanceConfig(), func(ctx context.Context, in *Instance) error {
		_, err := in.Invoke(ctx, entryPanic, nil)
		return err
	})
	if !errors.As(err, new(*CrashError)) {
		t.Fatalf("got %v", err)
	}
}
