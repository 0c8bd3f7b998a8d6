// Package rediskv is the kv backend for several hosts sharing one Redis
// (a single server or a Sentinel-managed primary; Redis Cluster is not
// supported, because scripts touch a tenant's bookkeeping keys together
// with its data keys). Redis 6.0 or later, configured with noeviction:
// evicted keys would be lost and would skew quota usage.
//
// # Key layout
//
// A store's keys are NS + enc(tenant) + enc(store) + key, where NS is
// Options.Namespace and enc(s) = len(s) + ":" + s + ":" (decimal length),
// e.g. "wasmling:kv:4:acme:7:default:user:1". Because enc is
// self-delimiting, the (tenant, store) of any Redis key is decided by its
// prefix alone: no tenant, store or key string can produce another store's
// prefix. Each tenant also has three bookkeeping keys, NS + enc(tenant) +
// "#usage" (hash: keys, bytes), "#exp" (sorted set of its keys with a TTL,
// scored by expiry) and "#size" (their sizes); "#" never starts an
// enc(store), so they collide with no data key.
//
// # Operations
//
// Get, Exists and TTL are single commands. Set and Delete are Lua scripts
// that also keep the tenant's usage exact: Redis expires keys silently, so
// scripts reclaim expired keys listed in "#exp" (a few per write, more
// before reporting ErrQuota). Update reads the value, runs fn, then writes
// with a compare-and-set script that fails if the value changed; it
// retries with backoff (up to Options.MaxRetries, then kv.ErrConflict).
// Writers in the same process take a striped lock per key first, so they
// queue instead of retrying. Keys and Clear use SCAN with MATCH on the
// store's prefix (glob metacharacters in it escaped); Clear deletes in
// batches and is not atomic with concurrent writers.
package rediskv
