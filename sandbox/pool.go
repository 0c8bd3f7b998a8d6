package sandbox

import (
	"context"
	"sync"
	"time"
)

// A Pool keeps up to a fixed number of fresh instances ready, started in
// the background by a start function (typically a Snapshot's NewInstance),
// so that taking one costs a channel receive instead of an instantiation.
// Instances are handed out once: the caller owns and closes them. It is
// safe for concurrent use.
type Pool struct {
	start  func(context.Context) (*Instance, error)
	ready  chan *Instance
	cancel context.CancelFunc
	done   sync.WaitGroup
}

// NewPool starts a pool that keeps size instances made by start ready.
// start runs in the pool's own goroutine with a context cancelled by
// Close; after a failure the pool retries after a pause, and Get starts
// instances itself meanwhile.
func NewPool(size int, start func(context.Context) (*Instance, error)) *Pool {
	ctx, cancel := context.WithCancel(context.Background())
	p := &Pool{start: start, ready: make(chan *Instance, max(size, 1)), cancel: cancel}
	p.done.Add(1)
	go p.fill(ctx)
	return p
}

func (p *Pool) fill(ctx context.Context) {
	defer p.done.Done()
	for ctx.Err() == nil {
		in, err := p.start(ctx)
		if err != nil {
			select {
			case <-ctx.Done():
			case <-time.After(100 * time.Millisecond):
			}
			continue
		}
		select {
		case p.ready <- in:
		case <-ctx.Done():
			in.Close(context.Background())
		}
	}
}

// Get returns a ready instance, or starts one with ctx if none is ready.
func (p *Pool) Get(ctx context.Context) (*Instance, error) {
	select {
	case in := <-p.ready:
		return in, nil
	default:
		return p.start(ctx)
	}
}

// Close stops refilling and closes the instances still waiting.
func (p *Pool) Close(ctx context.Context) {
	p.cancel()
	p.done.Wait()
	for {
		select {
		case in := <-p.ready:
			in.Close(ctx)
		default:
			return
		}
	}
}
