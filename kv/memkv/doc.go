// Package memkv is the in-process kv backend: fast, lost on exit, and the
// default for ":memory:NAME" stores.
//
// Each tenant gets its own set of shards (a key's shard comes from a hash
// of the key); a shard maps store name → key → entry, so stores and tenants
// are kept apart by map structure, not by key prefixes. A single-key
// operation locks one shard; Keys and Clear lock all of the tenant's shards
// in order, so they see or act on a consistent snapshot.
//
// Expiry is lazy (an expired entry is invisible at once) plus a periodic
// sweep that reclaims expired entries; the sweep goroutine stops on Close.
// Expiry times use the monotonic clock, so wall-clock jumps do not expire
// or revive keys.
//
// Quota usage is counted per tenant over the entries physically held
// (expired ones included until reclaimed); a write that would exceed the
// quota first sweeps the tenant, then retries once.
package memkv
