package rediskv

import (
	"context"
	"hash/maphash"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/redis/go-redis/v9"

	"github.com/wasmling/wasmling/kv"
)

// Options configure a Backend. The zero value is usable.
type Options struct {
	// Namespace prefixes every key; default "wasmling:kv:". Give each
	// deployment sharing a Redis its own.
	Namespace string
	// Quota returns each tenant's quota; nil means no quotas. Every host
	// sharing the Redis should use the same quotas.
	Quota kv.QuotaFunc
	// MaxRetries of a conflicting Update before kv.ErrConflict;
	// default 100.
	MaxRetries int
}

// Backend is a kv.Backend on a Redis server. Create it with New.
type Backend struct {
	c       redis.UniversalClient
	opts    Options
	scripts scripts
	seed    maphash.Seed
	locks   [64]sync.Mutex // striped per-key locks for Update
	closed  atomic.Bool
}

// New returns a Backend using client, which the caller keeps owning:
// Backend.Close does not close it.
func New(client redis.UniversalClient, opts Options) *Backend {
	if opts.Namespace == "" {
		opts.Namespace = "wasmling:kv:"
	}
	if opts.MaxRetries <= 0 {
		opts.MaxRetries = 100
	}
	return &Backend{c: client, opts: opts, scripts: newScripts(), seed: maphash.MakeSeed()}
}

// Open returns a handle on the tenant's store called name. It does not
// talk to Redis.
func (b *Backend) Open(ctx context.Context, tenant, name string) (kv.Store, error) {
	if err := kv.ValidateOpen(ctx, tenant, name); err != nil {
		return nil, err
	}
	if b.closed.Load() {
		return nil, kv.ErrClosed
	}
	t := b.opts.Namespace + enc(tenant)
	s := &store{
		b:      b,
		prefix: t + enc(name),
		meta:   []string{t + "#usage", t + "#exp", t + "#size"},
	}
	if b.opts.Quota != nil {
		s.quota = b.opts.Quota(tenant)
	}
	return s, nil
}

// Close makes every store of the Backend return kv.ErrClosed. The Redis
// client stays open.
func (b *Backend) Close() error {
	b.closed.Store(true)
	return nil
}

// enc writes a name so that a concatenation of encoded names decodes in
// exactly one way: its length, ":", the name, ":".
func enc(s string) string { return strconv.Itoa(len(s)) + ":" + s + ":" }

// lock returns the striped lock of a data key.
func (b *Backend) lock(key string) *sync.Mutex {
	return &b.locks[maphash.String(b.seed, key)%uint64(len(b.locks))]
}
