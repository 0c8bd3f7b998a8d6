package rediskv

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wasmling/wasmling/kv"
)

// store is a handle on one (tenant, name) store.
type store struct {
	b      *Backend
	prefix string   // namespaced prefix of the store's data keys
	meta   []string // the tenant's #usage, #exp, #size keys
	quota  kv.Quota
	closed atomic.Bool
}

func (s *store) check(ctx context.Context, key string) error {
	return kv.CheckCall(ctx, s.closed.Load() || s.b.closed.Load(), key)
}

// Get implements kv.Store.
func (s *store) Get(ctx context.Context, key string) ([]byte, bool, error) {
	if err := s.check(ctx, key); err != nil {
		return nil, false, err
	}
	v, err := s.b.c.Get(ctx, s.prefix+key).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return v, true, nil
}

// set runs the set script; cas is "-", "missing" or "value" (then old is
// the expected value). It reports whether the compare-and-set held.
func (s *store) set(ctx context.Context, key string, value []byte, mode string, ms int64, cas string, old []byte) (bool, error) {
	keys := append(slices.Clip(s.meta), s.prefix+key)
	n, err := s.b.scripts.set.Run(ctx, s.b.c, keys,
		value, mode, ms, len(key), s.quota.MaxKeys, s.quota.MaxBytes, cas, old).Int()
	if err != nil {
		return false, s.mapErr(err)
	}
	return n == 1, nil
}

// mapErr turns the scripts' quota error into kv.ErrQuota.
func (s *store) mapErr(err error) error {
	if msg, ok := strings.CutPrefix(err.Error(), "WLQUOTA "); ok {
		var u kv.Usage
		fmt.Sscan(msg, &u.Keys, &u.Bytes)
		return s.quota.Exceeded(u)
	}
	return err
}

// Set implements kv.Store.
func (s *store) Set(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	if err := s.check(ctx, key); err != nil {
		return err
	}
	if err := kv.ValidateTTL(ttl); err != nil {
		return err
	}
	mode, ms := "none", int64(0)
	if ttl > 0 {
		mode, ms = "px", int64((ttl+time.Millisecond-1)/time.Millisecond)
	}
	_, err := s.set(ctx, key, value, mode, ms, "-", nil)
	return err
}

// Update implements kv.Store: read, fn, compare-and-set, retry.
func (s *store) Update(ctx context.Context, key string, fn func([]byte, bool) ([]byte, error)) ([]byte, error) {
	if err := s.check(ctx, key); err != nil {
		return nil, err
	}
	mu := s.b.lock(s.prefix + key)
	mu.Lock()
	defer mu.Unlock()
	for try := 0; try < s.b.opts.MaxRetries; try++ {
		old, ok, err := s.Get(ctx, key)
		if err != nil {
			return nil, err
		}
		v, err := fn(bytes.Clone(old), ok) // fn may modify its copy
		if err != nil {
			return nil, err
		}
		cas := "missing"
		if ok {
			cas = "value"
		}
		done, err := s.set(ctx, key, v, "keep", 0, cas, old)
		if err != nil || done {
			if err != nil {
				return nil, err
			}
			return v, nil
		}
		// Another host (or a Set or Delete here) changed the key.
		pause := time.Duration(rand.Int64N(int64(time.Millisecond) << min(try, 5)))
		select {
		case <-time.After(pause):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return nil, fmt.Errorf("%w %q after %d tries", kv.ErrConflict, key, s.b.opts.MaxRetries)
}

// Delete implements kv.Store.
func (s *store) Delete(ctx context.Context, key string) (bool, error) {
	if err := s.check(ctx, key); err != nil {
		return false, err
	}
	n, err := s.del(ctx, []string{s.prefix + key})
	return n == 1, err
}

// del deletes namespaced keys of the store, keeping usage exact.
func (s *store) del(ctx context.Context, keys []string) (int, error) {
	all := append(slices.Clip(s.meta), keys...)
	return s.b.scripts.del.Run(ctx, s.b.c, all, len(s.prefix)).Int()
}

// Exists implements kv.Store.
func (s *store) Exists(ctx context.Context, key string) (bool, error) {
	if err := s.check(ctx, key); err != nil {
		return false, err
	}
	n, err := s.b.c.Exists(ctx, s.prefix+key).Result()
	return n == 1, err
}

// TTL implements kv.Store.
func (s *store) TTL(ctx context.Context, key string) (time.Duration, error) {
	if err := s.check(ctx, key); err != nil {
		return 0, err
	}
	// The raw reply: go-redis turns -1 and -2 into durations of its own.
	ms, err := s.b.c.Do(ctx, "PTTL", s.prefix+key).Int64()
	switch {
	case err != nil:
		return 0, err
	case ms == -2:
		return kv.KeyMissing, nil
	case ms == -1:
		return kv.NoTTL, nil
	default:
		return time.Duration(max(ms, 1)) * time.Millisecond, nil
	}
}

// scan calls fn with batches of the store's namespaced keys matching a
// Redis pattern (given without the prefix). Batches may repeat keys.
func (s *store) scan(ctx context.Context, pattern string, fn func([]string) error) error {
	match := kv.QuoteGlob(s.prefix) + pattern
	var cursor uint64
	for {
		keys, next, err := s.b.c.Scan(ctx, cursor, match, 1000).Result()
		if err != nil {
			return err
		}
		if len(keys) > 0 {
			if err := fn(keys); err != nil {
				return err
			}
		}
		if cursor = next; cursor == 0 {
			return nil
		}
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
	err := s.scan(ctx, g.Redis(), func(batch []string) error {
		for _, k := range batch {
			if k := k[len(s.prefix):]; g.Match(k) { // Redis matched already; stay exact
				keys = append(keys, k)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(keys)
	return slices.Compact(keys), nil
}

// Clear implements kv.Store.
func (s *store) Clear(ctx context.Context) error {
	if err := s.check(ctx, "k"); err != nil {
		return err
	}
	return s.scan(ctx, "*", func(batch []string) error {
		_, err := s.del(ctx, batch)
		return err
	})
}

// Close implements kv.Store.
func (s *store) Close() error {
	s.closed.Store(true)
	return nil
}
