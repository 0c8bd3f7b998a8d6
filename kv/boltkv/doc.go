// Package boltkv is the persistent kv backend: bbolt files under one data
// directory.
//
// # Layout
//
// Each tenant has its own file, DIR/t-<escaped tenant>.db, so tenants never
// share a B+tree, a write lock or an fsync, and deleting a tenant is
// deleting a file. The escaping keeps [a-z0-9_-] and writes every other byte
// as %xx (lower-case hex), so the mapping is injective even on
// case-insensitive file systems and never yields "/", "..", or a dot
// file; names whose escaped form is too long become h-<sha256>.db. Store
// names never touch the file system: inside the file, the bucket "stores"
// holds one nested bucket per store name, and "meta" holds the format
// version and the tenant's quota usage. A store's bucket is created by its
// first write and removed once empty, so opening names costs nothing.
//
// Each value is stored as an 8-byte big-endian absolute expiry (Unix
// nanoseconds, wall clock, 0 = none) followed by the value bytes, so TTLs
// survive restarts.
//
// # Durability
//
// A write returns only after its transaction is committed and fsynced
// (bbolt syncs on every commit), so an acknowledged Set survives kill -9
// and, on disks that honour fsync, power loss. Writers are group-committed:
// one goroutine per open file takes every write waiting at that moment and
// commits them in one transaction, so concurrent writers share an fsync
// while a lone writer waits for nobody.
//
// Files are opened when a tenant's first store is opened and closed when
// its last handle is; a second process (or Backend) on the same directory
// fails after Options.LockTimeout instead of corrupting it.
package boltkv
