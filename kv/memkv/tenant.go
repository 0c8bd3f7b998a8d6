package memkv

import (
	"sync"

	"github.com/wasmling/wasmling/kv"
)

// entry is one stored value; exp is its expiry on Backend.now's clock, or
// 0 for none.
type entry struct {
	val []byte
	exp int64
}

func (e entry) live(now int64) bool { return e.exp == 0 || now < e.exp }

// shard holds, for some of a tenant's keys, store name → key → entry.
// Empty inner maps are deleted, so unused stores cost nothing.
type shard struct {
	mu     sync.RWMutex
	stores map[string]map[string]entry
	_      [40]byte // keep hot shards on separate cache lines
}

// tenant is everything one tenant holds in the Backend.
type tenant struct {
	shards []shard
	quota  kv.Quota

	umu   sync.Mutex
	usage kv.Usage
}

func newTenant(n int) *tenant {
	t := &tenant{shards: make([]shard, n)}
	for i := range t.shards {
		t.shards[i].stores = make(map[string]map[string]entry)
	}
	return t
}

// reserve adds (dKeys, dBytes) to the usage if the quota allows it.
func (t *tenant) reserve(dKeys, dBytes int64) error {
	t.umu.Lock()
	defer t.umu.Unlock()
	if !t.quota.Allows(t.usage, dKeys, dBytes) {
		return t.quota.Exceeded(t.usage)
	}
	t.usage.Keys += dKeys
	t.usage.Bytes += dBytes
	return nil
}

// release subtracts from the usage.
func (t *tenant) release(dKeys, dBytes int64) {
	t.umu.Lock()
	t.usage.Keys -= dKeys
	t.usage.Bytes -= dBytes
	t.umu.Unlock()
}

// sweep drops the entries expired at now from every shard.
func (t *tenant) sweep(now int64) {
	for i := range t.shards {
		sh := &t.shards[i]
		sh.mu.Lock()
		var n, size int64
		for name, m := range sh.stores {
			for k, e := range m {
				if !e.live(now) {
					delete(m, k)
					n++
					size += int64(len(k) + len(e.val))
				}
			}
			if len(m) == 0 {
				delete(sh.stores, name)
			}
		}
		sh.mu.Unlock()
		t.release(n, size)
	}
}

func (t *tenant) lockAll() {
	for i := range t.shards {
		t.shards[i].mu.Lock()
	}
}

func (t *tenant) unlockAll() {
	for i := range t.shards {
		t.shards[i].mu.Unlock()
	}
}
