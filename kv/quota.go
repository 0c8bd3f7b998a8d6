package kv

import "fmt"

// Quota caps what one tenant keeps in one backend, across all of its
// stores. A zero field means "no limit". Usage counts live keys plus
// expired ones not yet reclaimed; a backend reclaims expired keys before it
// reports ErrQuota.
type Quota struct {
	// MaxKeys is the most keys the tenant may hold.
	MaxKeys int64
	// MaxBytes is the most bytes the tenant may hold, counting
	// len(key)+len(value) for every key.
	MaxBytes int64
}

// QuotaFunc returns the quota of a tenant. Backends call it when they open
// a tenant's store and may keep the result for as long as the tenant has
// stores open (memkv keeps it for the Backend's life).
type QuotaFunc func(tenant string) Quota

// Usage is what a tenant holds, as counted against its Quota.
type Usage struct {
	Keys  int64 // keys stored
	Bytes int64 // sum of len(key)+len(value)
}

// Allows reports whether growing usage u by dKeys keys and dBytes bytes
// stays within q. Shrinking (or not growing) is always allowed, so a tenant
// over a lowered quota can still delete and overwrite with smaller values.
func (q Quota) Allows(u Usage, dKeys, dBytes int64) bool {
	if dKeys > 0 && q.MaxKeys > 0 && u.Keys+dKeys > q.MaxKeys {
		return false
	}
	if dBytes > 0 && q.MaxBytes > 0 && u.Bytes+dBytes > q.MaxBytes {
		return false
	}
	return true
}

// Exceeded returns ErrQuota wrapped with the numbers, for error messages.
func (q Quota) Exceeded(u Usage) error {
	return fmt.Errorf("%w: tenant holds %d keys, %d bytes (limits %d keys, %d bytes; 0 = none)",
		ErrQuota, u.Keys, u.Bytes, q.MaxKeys, q.MaxBytes)
}
