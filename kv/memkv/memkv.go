package memkv

import (
	"context"
	"hash/maphash"
	"sync"
	"sync/atomic"
	"time"

	"github.com/wasmling/wasmling/kv"
)

// Options configure a Backend. The zero value is usable.
type Options struct {
	// Shards per tenant; default 16.
	Shards int
	// SweepInterval between sweeps of expired entries; default 1s,
	// negative disables the sweep (expired entries then go only when
	// overwritten, deleted or cleared, or when a quota is hit).
	SweepInterval time.Duration
	// Quota returns each tenant's quota; nil means no quotas.
	Quota kv.QuotaFunc
}

// Backend is an in-memory kv.Backend. Create it with New.
type Backend struct {
	opts  Options
	seed  maphash.Seed
	epoch time.Time

	mu      sync.Mutex
	tenants map[string]*tenant
	closed  atomic.Bool

	stop chan struct{}
	wg   sync.WaitGroup
}

// New returns a Backend and starts its sweep goroutine; Close stops it.
func New(opts Options) *Backend {
	if opts.Shards <= 0 {
		opts.Shards = 16
	}
	if opts.SweepInterval == 0 {
		opts.SweepInterval = time.Second
	}
	b := &Backend{
		opts:    opts,
		seed:    maphash.MakeSeed(),
		epoch:   time.Now(),
		tenants: make(map[string]*tenant),
		stop:    make(chan struct{}),
	}
	if opts.SweepInterval > 0 {
		b.wg.Add(1)
		go b.sweepLoop()
	}
	return b
}

// Open returns a handle on the tenant's store called name.
func (b *Backend) Open(ctx context.Context, tenantName, name string) (kv.Store, error) {
	if err := kv.ValidateOpen(ctx, tenantName, name); err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed.Load() {
		return nil, kv.ErrClosed
	}
	t := b.tenants[tenantName]
	if t == nil {
		t = newTenant(b.opts.Shards)
		if b.opts.Quota != nil {
			t.quota = b.opts.Quota(tenantName)
		}
		b.tenants[tenantName] = t
	}
	return &store{b: b, t: t, name: name}, nil
}

// Close stops the sweep, closes every store and drops all data.
func (b *Backend) Close() error {
	b.mu.Lock()
	if b.closed.Swap(true) {
		b.mu.Unlock()
		return nil
	}
	b.tenants = nil
	b.mu.Unlock()
	close(b.stop)
	b.wg.Wait()
	return nil
}

// now is the time in nanoseconds since the Backend started, on the
// monotonic clock; entry expiries use the same unit.
func (b *Backend) now() int64 { return int64(time.Since(b.epoch)) }

func (b *Backend) sweepLoop() {
	defer b.wg.Done()
	tick := time.NewTicker(b.opts.SweepInterval)
	defer tick.Stop()
	for {
		select {
		case <-b.stop:
			return
		case <-tick.C:
			b.mu.Lock()
			ts := make([]*tenant, 0, len(b.tenants))
			for _, t := range b.tenants {
				ts = append(ts, t)
			}
			b.mu.Unlock()
			for _, t := range ts {
				t.sweep(b.now())
			}
		}
	}
}
