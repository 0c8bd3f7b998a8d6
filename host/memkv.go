package host

import (
	"github.com/wasmling/wasmling/kv"
	"github.com/wasmling/wasmling/kv/memkv"
)

// newMemoryBackend returns the backend of ":memory:" stores.
func newMemoryBackend(quota kv.QuotaFunc) kv.Backend {
	return memkv.New(memkv.Options{Quota: quota})
}
