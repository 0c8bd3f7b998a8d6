package kv

import (
	"context"
	"time"
)

// Special results of Store.TTL, following Redis's TTL command.
const (
	// NoTTL is returned by Store.TTL for a key that exists without expiry.
	NoTTL time.Duration = -1
	// KeyMissing is returned by Store.TTL for a key that does not exist.
	KeyMissing time.Duration = -2
)

// Store is one named key-value store of one tenant.
//
// Every method is safe for concurrent use, by any number of goroutines and,
// for shared backends, by any number of processes. Each call is atomic on
// its own: a reader sees a key's value either before or after a concurrent
// write, never a mix. Values are copied in and out: a caller may reuse the
// slice it passed to Set, and may modify the slice Get returns.
//
// Keys are non-empty byte strings of at most MaxKeyLen bytes; any bytes are
// allowed. A ttl of 0 means "no expiry"; a positive ttl makes the key
// expire after that long (backends may round it up to a millisecond). An
// expired key is gone for every method at once, even if its storage is only
// reclaimed later.
//
// Errors: ErrClosed after Close (of the Store or its Backend),
// ErrInvalidKey and ErrInvalidTTL for bad arguments, ErrQuota when a write
// would exceed the tenant's Quota, ErrConflict when a shared backend gave
// up retrying a contended Update, the context's error when ctx ends, and
// backend I/O errors otherwise. Match them with errors.Is.
type Store interface {
	// Get returns a copy of the key's value and true, or nil and false if
	// the key is missing or expired.
	Get(ctx context.Context, key string) (value []byte, ok bool, err error)

	// Set stores value under key, replacing any previous value and
	// expiry. A ttl of 0 stores the key without expiry.
	Set(ctx context.Context, key string, value []byte, ttl time.Duration) error

	// Update atomically replaces the key's value with fn(old, exists) and
	// returns the new value. old is fn's own copy of the current value;
	// exists is false (and old nil) for a missing or expired key. An
	// existing key keeps its expiry; a new key has none.
	//
	// No other write to the key can happen between the read and the
	// write. fn may be called more than once (shared backends retry on
	// conflicts) and possibly while a lock is held: it must be quick, free
	// of side effects and must not call the Store. If fn returns an error,
	// nothing is written and Update returns that error unchanged.
	Update(ctx context.Context, key string, fn func(old []byte, exists bool) ([]byte, error)) ([]byte, error)

	// Delete removes the key and reports whether it existed.
	Delete(ctx context.Context, key string) (bool, error)

	// Exists reports whether the key is present and not expired.
	Exists(ctx context.Context, key string) (bool, error)

	// TTL returns the time left before the key expires, NoTTL if it has
	// no expiry or KeyMissing if it does not exist.
	TTL(ctx context.Context, key string) (time.Duration, error)

	// Keys returns the store's live keys matching a glob pattern (see
	// Match), sorted bytewise. The snapshot is consistent in memkv and
	// boltkv; in rediskv keys written concurrently may or may not appear.
	Keys(ctx context.Context, pattern string) ([]string, error)

	// Clear removes every key of this store, and no other store's. It is
	// atomic in memkv and boltkv; in rediskv a key written concurrently
	// with Clear may survive it.
	Clear(ctx context.Context) error

	// Close releases the handle; later calls on it return ErrClosed. The
	// data stays (in memkv, for as long as the Backend lives). Closing
	// twice is harmless.
	Close() error
}

// Backend opens stores. A Backend is safe for concurrent use.
type Backend interface {
	// Open returns a handle on the store called name of the tenant,
	// creating it on first write. Both names must pass ValidateName.
	// Handles opened on the same (tenant, name) see the same data; stores
	// with different tenants or names never see each other's keys.
	Open(ctx context.Context, tenant, name string) (Store, error)

	// Close closes every store opened from the Backend and releases its
	// resources (files, goroutines). Later calls return ErrClosed.
	Close() error
}
