package memkv

import (
	"context"
	"errors"
	"hash/maphash"
	"slices"
	"sync/atomic"
	"time"

	"github.com/wasmling/wasmling/kv"
)

// store is a handle on one (tenant, name) store.
type store struct {
	b      *Backend
	t      *tenant
	name   string
	closed atomic.Bool
}

func (s *store) check(ctx context.Context, key string) error {
	return kv.CheckCall(ctx, s.closed.Load() || s.b.closed.Load(), key)
}

func (s *store) shard(key string) *shard {
	return &s.t.shards[maphash.String(s.b.seed, key)%uint64(len(s.t.shards))]
}

// lookup returns the live entry of key; the caller holds sh.mu.
func (s *store) lookup(sh *shard, key string, now int64) (entry, bool) {
	e, ok := sh.stores[s.name][key]
	return e, ok && e.live(now)
}

// Get implements kv.Store.
func (s *store) Get(ctx context.Context, key string) ([]byte, bool, error) {
	if err := s.check(ctx, key); err != nil {
		return nil, false, err
	}
	sh := s.shard(key)
	sh.mu.RLock()
	e, ok := s.lookup(sh, key, s.b.now())
	var v []byte
	if ok {
		v = append(make([]byte, 0, len(e.val)), e.val...)
	}
	sh.mu.RUnlock()
	return v, ok, nil
}

// put stores e under key, accounting the change against the quota; the
// caller holds sh.mu for writing.
func (s *store) put(sh *shard, key string, e entry) error {
	m := sh.stores[s.name]
	old, had := m[key]
	dKeys, dBytes := int64(1), int64(len(key)+len(e.val))
	if had {
		dKeys, dBytes = 0, int64(len(e.val)-len(old.val))
	}
	if err := s.t.reserve(dKeys, dBytes); err != nil {
		return err
	}
	if m == nil {
		m = make(map[string]entry)
		sh.stores[s.name] = m
	}
	m[key] = e
	return nil
}

// write runs op under the key's shard lock; on ErrQuota it sweeps the
// tenant's expired entries and tries once more.
func (s *store) write(key string, op func(sh *shard, now int64) error) error {
	sh := s.shard(key)
	for try := 0; ; try++ {
		err := func() error {
			sh.mu.Lock()
			defer sh.mu.Unlock()
			return op(sh, s.b.now())
		}()
		if try > 0 || !errors.Is(err, kv.ErrQuota) {
			return err
		}
		s.t.sweep(s.b.now())
	}
}

// Set implements kv.Store.
func (s *store) Set(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	if err := s.check(ctx, key); err != nil {
		return err
	}
	if err := kv.ValidateTTL(ttl); err != nil {
		return err
	}
	e := entry{val: append(make([]byte, 0, len(value)), value...)}
	return s.write(key, func(sh *shard, now int64) error {
		if ttl > 0 {
			e.exp = now + int64(ttl)
		}
		return s.put(sh, key, e)
	})
}

// Update implements kv.Store.
func (s *store) Update(ctx context.Context, key string, fn func([]byte, bool) ([]byte, error)) ([]byte, error) {
	if err := s.check(ctx, key); err != nil {
		return nil, err
	}
	var out []byte
	err := s.write(key, func(sh *shard, now int64) error {
		old, ok := s.lookup(sh, key, now)
		if !ok {
			old = entry{}
		}
		v, err := fn(append([]byte(nil), old.val...), ok)
		if err != nil {
			return err
		}
		out = v
		return s.put(sh, key, entry{val: append(make([]byte, 0, len(v)), v...), exp: old.exp})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Delete implements kv.Store.
func (s *store) Delete(ctx context.Context, key string) (bool, error) {
	if err := s.check(ctx, key); err != nil {
		return false, err
	}
	sh := s.shard(key)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	m := sh.stores[s.name]
	e, had := m[key]
	if !had {
		return false, nil
	}
	delete(m, key)
	if len(m) == 0 {
		delete(sh.stores, s.name)
	}
	s.t.release(1, int64(len(key)+len(e.val)))
	return e.live(s.b.now()), nil
}

// Exists implements kv.Store.
func (s *store) Exists(ctx context.Context, key string) (bool, error) {
	if err := s.check(ctx, key); err != nil {
		return false, err
	}
	sh := s.shard(key)
	sh.mu.RLock()
	_, ok := s.lookup(sh, key, s.b.now())
	sh.mu.RUnlock()
	return ok, nil
}

// TTL implements kv.Store.
func (s *store) TTL(ctx context.Context, key string) (time.Duration, error) {
	if err := s.check(ctx, key); err != nil {
		return 0, err
	}
	sh := s.shard(key)
	sh.mu.RLock()
	defer sh.mu.RUnlock()
	now := s.b.now()
	switch e, ok := s.lookup(sh, key, now); {
	case !ok:
		return kv.KeyMissing, nil
	case e.exp == 0:
		return kv.NoTTL, nil
	default:
		return time.Duration(e.exp - now), nil
	}
}

// Keys implements kv.Store.
func (s *store) Keys(ctx context.Context, pattern string) ([]string, error) {
	if err := s.check(ctx, "k"); err != nil {
		return nil, err
	}
	if err := kv.ValidatePattern(pattern); err != nil {
		return nil, err
	}
	g := kv.Compile(pattern)
	keys := []string{}
	for i := range s.t.shards {
		s.t.shards[i].mu.RLock()
	}
	now := s.b.now()
	for i := range s.t.shards {
		for k, e := range s.t.shards[i].stores[s.name] {
			if e.live(now) && g.Match(k) {
				keys = append(keys, k)
			}
		}
	}
	for i := range s.t.shards {
		s.t.shards[i].mu.RUnlock()
	}
	slices.Sort(keys)
	return keys, nil
}

// Clear implements kv.Store.
func (s *store) Clear(ctx context.Context) error {
	if err := s.check(ctx, "k"); err != nil {
		return err
	}
	s.t.lockAll()
	defer s.t.unlockAll()
	var n, size int64
	for i := range s.t.shards {
		sh := &s.t.shards[i]
		for k, e := range sh.stores[s.name] {
			n++
			size += int64(len(k) + len(e.val))
		}
		delete(sh.stores, s.name)
	}
	s.t.release(n, size)
	return nil
}

// Close implements kv.Store.
func (s *store) Close() error {
	s.closed.Store(true)
	return nil
}
