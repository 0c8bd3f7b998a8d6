package sandbox

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

func TestPool(t *testing.T) {
	s := snapshot(t)
	var started atomic.Int32
	p := NewPool(3, func(ctx context.Context) (*Instance, error) {
		started.Add(1)
		return s.NewInstance(ctx, NewInstanceConfig())
	})
	ctx := context.Background()
	deadline := time.Now().Add(10 * time.Second)
	for len(p.ready) < 3 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if len(p.ready) != 3 {
		t.Fatalf("%d instances ready", len(p.ready))
	}
	for range 5 {
		in, err := p.Get(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if reply, err := in.Invoke(ctx, entryCounter, nil); err != nil || payload(t, reply)[0] != int64(6) {
			t.Fatal("pooled instance is not fresh", err)
		}
		in.Close(ctx)
	}
	p.Close(ctx)
	if len(p.ready) != 0 {
		t.Fatal("Close left instances")
	}
	n := started.Load()
	time.Sleep(20 * time.Millisecond)
	if started.Load() != n {
		t.Fatal("the pool kept starting instances after Close")
	}
}

func TestPoolStartFailure(t *testing.T) {
	boom := errors.New("boom")
	p := NewPool(1, func(context.Context) (*Instance, error) { return nil, boom })
	defer p.Close(context.Background())
	if _, err := p.Get(context.Background()); !errors.Is(err, boom) {
		t.Fatal(err)
	}
}
