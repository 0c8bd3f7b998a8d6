package sandbox

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// A Pool keeps instances ready, so that taking one costs a channel
// receive instead of an instantiation. Instances come from a start
// function (typically a Snapshot's NewInstance), started in the
// background, and from Put, which resets used instances to their
// snapshot for the next Get. It is safe for concurrent use.
//
// The pool counts the instances it started until they are closed,
// whoever closes them, and starts new ones in the background only while
// that count is below its size: instances in use come back through Put.
// When none is ready, Get starts one itself, so a burst beyond the size
// is served, and the ready list holds at most size instances (Put closes
// the extra ones).
type Pool struct {
	start func(context.Context) (*Instance, error)
	size  int
	ready chan *Instance
	wake  chan struct{} // tells fill to look again

	mu     sync.Mutex // guards closed against sends on ready
	closed bool

	live                    atomic.Int64 // instances started and not closed
	returning               atomic.Int64 // instances handed to Recycle and not yet ready or closed
	started, reused, missed atomic.Int64
	discarded               atomic.Int64
	recycling               sync.WaitGroup
	// toReset feeds Recycle's instances to the pool's resetting
	// goroutines: long-lived ones, whose stacks have grown to what a
	// reset needs (a goroutine per reset grew its stack every time).
	toReset chan recycled

	cancel context.CancelFunc
	done   sync.WaitGroup
}

// PoolStats counts what a pool did.
type PoolStats struct {
	Started   int64 // instances started (in the background or by Get)
	Reused    int64 // instances reset by Put and kept
	Discarded int64 // instances Put closed instead of keeping (not resettable, or no room)
	Missed    int64 // Gets that found nothing ready
	Live      int64 // instances started and not yet closed
	Ready     int   // instances waiting
}

// NewPool starts a pool that keeps up to size instances made by start
// ready. start runs in the pool's own goroutine with a context cancelled
// by Close; after a failure the pool retries after a pause, and Get
// starts instances itself meanwhile.
func NewPool(size int, start func(context.Context) (*Instance, error)) *Pool {
	size = max(size, 1)
	ctx, cancel := context.WithCancel(context.Background())
	p := &Pool{
		start: start, size: size, cancel: cancel,
		ready:   make(chan *Instance, size),
		wake:    make(chan struct{}, 1),
		toReset: make(chan recycled, size),
	}
	p.done.Add(1)
	go p.fill(ctx)
	for range min(size, runtime.GOMAXPROCS(0)) {
		p.done.Add(1)
		go p.resetting(ctx)
	}
	return p
}

// recycled is an instance handed to Recycle, with its context.
type recycled struct {
	ctx context.Context
	in  *Instance
}

// resetting puts back the instances Recycle queued until the pool closes.
func (p *Pool) resetting(ctx context.Context) {
	defer p.done.Done()
	for {
		select {
		case r := <-p.toReset:
			p.putRecycled(r)
		case <-ctx.Done():
			return
		}
	}
}

func (p *Pool) putRecycled(r recycled) {
	defer p.recycling.Done()
	defer p.returning.Add(-1)
	p.Put(r.ctx, r.in)
}

// fill starts instances while fewer than size are live and there is
// room among the ready ones.
func (p *Pool) fill(ctx context.Context) {
	defer p.done.Done()
	for ctx.Err() == nil {
		if p.live.Load() >= int64(p.size) || len(p.ready) >= p.size {
			select {
			case <-p.wake:
			case <-ctx.Done():
			}
			continue
		}
		in, err := p.startOne(ctx)
		if err != nil {
			select {
			case <-ctx.Done():
			case <-time.After(100 * time.Millisecond):
			}
			continue
		}
		if !p.offer(in) {
			in.Close(context.Background())
		}
	}
}

// startOne starts an instance the pool counts.
func (p *Pool) startOne(ctx context.Context) (*Instance, error) {
	p.live.Add(1)
	in, err := p.start(ctx)
	if err != nil {
		p.gone()
		return nil, err
	}
	p.started.Add(1)
	in.owner = p
	return in, nil
}

// gone is called when an instance the pool counts is closed.
func (p *Pool) gone() {
	p.live.Add(-1)
	p.poke()
}

func (p *Pool) poke() {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// offer puts in among the ready instances if the pool is open and has
// room.
func (p *Pool) offer(in *Instance) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	select {
	case p.ready <- in:
		return true
	default:
		return false
	}
}

// getWait is how long Get waits for an instance being reset before it
// starts a new one (which takes a millisecond or more and faults its
// pages in again).
const getWait = 2 * time.Millisecond

// Get returns a ready instance. If none is ready it waits a little for
// one being reset (Recycle), then starts one with ctx. Hand it back with
// Put or Recycle when done (or close it).
func (p *Pool) Get(ctx context.Context) (*Instance, error) {
	select {
	case in := <-p.ready:
		p.poke()
		return in, nil
	default:
	}
	if p.returning.Load() > 0 {
		t := time.NewTimer(getWait)
		select {
		case in := <-p.ready:
			t.Stop()
			p.poke()
			return in, nil
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
		}
	}
	p.missed.Add(1)
	return p.startOne(ctx)
}

// Detach stops counting an instance from Get as one of the pool's, for a
// caller that keeps it long (a background task): the pool starts another
// in its place. The caller closes it.
func (p *Pool) Detach(in *Instance) {
	if !in.busy.CompareAndSwap(false, true) {
		return
	}
	owner := in.owner
	in.owner = nil
	in.busy.Store(false)
	if owner == p {
		p.gone()
	}
}

// Recycle is Put in a goroutine of the pool: it returns at once, and the
// instance is reset in the background (Close waits for that); after
// Close it closes the instance at once. Get knows the instance is coming
// back and waits a little for it rather than start a new one when
// nothing else is ready.
func (p *Pool) Recycle(ctx context.Context, in *Instance) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		p.discarded.Add(1)
		in.Close(ctx)
		return
	}
	// Under mu: never after Close has started to wait and to drain.
	p.returning.Add(1)
	p.recycling.Add(1)
	select {
	case p.toReset <- recycled{ctx, in}:
	default:
		// All resetting goroutines are busy and the queue is full.
		go p.putRecycled(recycled{ctx, in})
	}
	p.mu.Unlock()
}

// Put takes back an instance from Get after its caller is done with it:
// it resets it to its snapshot (see Instance.Reset) and keeps it for a
// later Get, or closes it if it cannot be reset, the pool is closed, or
// enough instances are ready. It reports whether the instance was kept.
// The reset runs in the calling goroutine: call Put after the caller's
// result is on its way.
func (p *Pool) Put(ctx context.Context, in *Instance) bool {
	if p.isClosed() || len(p.ready) >= p.size {
		p.discarded.Add(1)
		in.Close(ctx)
		return false
	}
	if err := in.Reset(ctx); err != nil || !p.offer(in) {
		p.discarded.Add(1)
		in.Close(ctx)
		return false
	}
	p.reused.Add(1)
	return true
}

func (p *Pool) isClosed() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.closed
}

// Stats returns the pool's counters.
func (p *Pool) Stats() PoolStats {
	return PoolStats{
		Started:   p.started.Load(),
		Reused:    p.reused.Load(),
		Discarded: p.discarded.Load(),
		Missed:    p.missed.Load(),
		Live:      p.live.Load(),
		Ready:     len(p.ready),
	}
}

// Close stops refilling and closes the instances still waiting. Later
// Puts close their instance.
func (p *Pool) Close(ctx context.Context) {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.cancel()
	p.done.Wait()
	// Instances still queued for a reset: Put closes them now.
	for len(p.toReset) > 0 {
		p.putRecycled(<-p.toReset)
	}
	p.recycling.Wait()
	for {
		select {
		case in := <-p.ready:
			in.Close(ctx)
		default:
			return
		}
	}
}
