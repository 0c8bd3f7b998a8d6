package boltkv

import (
	"bytes"
	"context"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/wasmling/wasmling/kv"
)

// store is a handle on one (tenant, name) store.
type store struct {
	b      *Backend
	f      *tenantFile
	tenant string
	name   []byte
	closed atomic.Bool
}

func (s *store) check(ctx context.Context, key string) error {
	return kv.CheckCall(ctx, s.closed.Load(), key)
}

// bucket returns the store's bucket, nil if it has never been written.
func (s *store) bucket(tx *bolt.Tx) *bolt.Bucket {
	return tx.Bucket(bucketStores).Bucket(s.name)
}

// view runs fn in a read transaction.
func (s *store) view(fn func(b *bolt.Bucket) error) error {
	return mapErr(s.f.db.View(func(tx *bolt.Tx) error {
		b := s.bucket(tx)
		if b == nil {
			return nil
		}
		return fn(b)
	}))
}

// read returns the live value of key (aliasing bolt's memory) and its
// expiry.
func read(b *bolt.Bucket, key string, at int64) ([]byte, int64, bool) {
	raw := b.Get([]byte(key))
	if raw == nil {
		return nil, 0, false
	}
	v, exp := decodeEntry(raw)
	if !live(exp, at) {
		return nil, 0, false
	}
	return v, exp, true
}

// Get implements kv.Store.
func (s *store) Get(ctx context.Context, key string) ([]byte, bool, error) {
	if err := s.check(ctx, key); err != nil {
		return nil, false, err
	}
	var out []byte
	var ok bool
	err := s.view(func(b *bolt.Bucket) error {
		var v []byte
		if v, _, ok = read(b, key, now()); ok {
			out = bytes.Clone(v)
			if out == nil {
				out = []byte{}
			}
		}
		return nil
	})
	return out, ok, err
}

// put stores value under key with expiry exp, within the tenant's quota;
// it changes nothing when it fails.
func (s *store) put(tx *bolt.Tx, key string, value []byte, exp int64) error {
	b, err := tx.Bucket(bucketStores).CreateBucketIfNotExists(s.name)
	if err != nil {
		return err
	}
	dKeys, dBytes := int64(1), int64(len(key)+len(value))
	if old := b.Get([]byte(key)); old != nil {
		oldVal, _ := decodeEntry(old)
		dKeys, dBytes = 0, int64(len(value)-len(oldVal))
	}
	if !s.f.quota.Allows(readUsage(tx), dKeys, dBytes) {
		// Reclaim expired entries, then decide. The purge is kept
		// even if the write still does not fit.
		n, err := purgeExpired(tx, now())
		if err != nil {
			return err
		}
		if n > 0 {
			return s.put(tx, key, value, exp)
		}
		return s.f.quota.Exceeded(readUsage(tx))
	}
	if err := b.Put([]byte(key), encodeEntry(value, exp)); err != nil {
		return err
	}
	return addUsage(tx, dKeys, dBytes)
}

// Set implements kv.Store.
func (s *store) Set(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	if err := s.check(ctx, key); err != nil {
		return err
	}
	if err := kv.ValidateTTL(ttl); err != nil {
		return err
	}
	value = bytes.Clone(value)
	return s.f.c.write(ctx, func(tx *bolt.Tx) error {
		var exp int64
		if ttl > 0 {
			exp = now() + int64(ttl)
		}
		return s.put(tx, key, value, exp)
	})
}

// Update implements kv.Store.
func (s *store) Update(ctx context.Context, key string, fn func([]byte, bool) ([]byte, error)) ([]byte, error) {
	if err := s.check(ctx, key); err != nil {
		return nil, err
	}
	var out []byte
	err := s.f.c.write(ctx, func(tx *bolt.Tx) error {
		var old []byte
		var exp int64
		var ok bool
		if b := s.bucket(tx); b != nil {
			old, exp, ok = read(b, key, now())
		}
		v, err := fn(bytes.Clone(old), ok) // old aliases read-only mmap memory
		if err != nil {
			return err
		}
		out = v
		return s.put(tx, key, v, exp)
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
	var stored bool
	if err := s.view(func(b *bolt.Bucket) error {
		stored = b.Get([]byte(key)) != nil
		return nil
	}); err != nil || !stored {
		return false, err
	}
	var existed bool
	err := s.f.c.write(ctx, func(tx *bolt.Tx) error {
		b := s.bucket(tx)
		if b == nil {
			return nil
		}
		raw := b.Get([]byte(key))
		if raw == nil {
			return nil
		}
		v, exp := decodeEntry(raw)
		existed = live(exp, now())
		size := int64(len(key) + len(v))
		if err := b.Delete([]byte(key)); err != nil {
			return err
		}
		if k, _ := b.Cursor().First(); k == nil {
			if err := tx.Bucket(bucketStores).DeleteBucket(s.name); err != nil {
				return err
			}
		}
		return addUsage(tx, -1, -size)
	})
	return existed, err
}

// Exists implements kv.Store.
func (s *store) Exists(ctx context.Context, key string) (bool, error) {
	d, err := s.TTL(ctx, key)
	return d != kv.KeyMissing && err == nil, err
}

// TTL implements kv.Store.
func (s *store) TTL(ctx context.Context, key string) (time.Duration, error) {
	if err := s.check(ctx, key); err != nil {
		return 0, err
	}
	d := kv.KeyMissing
	err := s.view(func(b *bolt.Bucket) error {
		at := now()
		switch _, exp, ok := read(b, key, at); {
		case !ok:
		case exp == 0:
			d = kv.NoTTL
		default:
			d = time.Duration(exp - at)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return d, nil
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
	err := s.view(func(b *bolt.Bucket) error {
		at := now()
		return b.ForEach(func(k, v []byte) error {
			if _, exp := decodeEntry(v); live(exp, at) && g.Match(string(k)) {
				keys = append(keys, string(k))
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return keys, nil // bolt iterates in byte order
}

// Clear implements kv.Store.
func (s *store) Clear(ctx context.Context) error {
	if err := s.check(ctx, "k"); err != nil {
		return err
	}
	return s.f.c.write(ctx, func(tx *bolt.Tx) error {
		b := s.bucket(tx)
		if b == nil {
			return nil
		}
		var n, size int64
		if err := b.ForEach(func(k, v []byte) error {
			n++
			size += int64(len(k) + len(v) - 8)
			return nil
		}); err != nil {
			return err
		}
		if err := tx.Bucket(bucketStores).DeleteBucket(s.name); err != nil {
			return err
		}
		return addUsage(tx, -n, -size)
	})
}

// Close implements kv.Store.
func (s *store) Close() error {
	if !s.closed.Swap(true) {
		s.b.release(s.tenant, s.f)
	}
	return nil
}
