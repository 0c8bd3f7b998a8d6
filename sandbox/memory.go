package sandbox

import "github.com/tetratelabs/wazero/experimental"

// pageSize is the size of a wasm memory page.
const pageSize = 64 << 10

// A linearMemory backs one instance's wasm memory
// (experimental.LinearMemory) and refuses to grow past the instance's cap;
// wazero's own limit is runtime-wide. Where the platform allows (see
// reserve), the whole cap is reserved as virtual memory up front, so the
// memory never moves and a snapshot image can be mapped copy-on-write at
// its start. Elsewhere it grows by copying.
type linearMemory struct {
	limit    uint64       // bytes, a multiple of pageSize
	buf      []byte       // the current memory; cap(buf) is what it can grow to without copying
	reserved []byte       // the reservation to release, if any
	refused  bool         // a growth past limit was refused
	regions  []pageRegion // scratch of restore
}

// A pageRegion is a range of byte offsets [start, end) in a memory.
type pageRegion struct{ start, end uint64 }

// restoreStats says what restoring a memory to its image did.
type restoreStats struct {
	copied  uint64 // bytes copied back from the image (pages kept resident)
	dropped uint64 // bytes of private pages handed back to the system
}

// newLinearMemory returns a memory capped at limit bytes whose first bytes
// come from image, if not nil.
func newLinearMemory(limit uint64, image *memoryImage) (*linearMemory, error) {
	m := &linearMemory{limit: limit}
	res, err := reserve(limit)
	if err != nil {
		return nil, err
	}
	switch {
	case res != nil:
		m.reserved, m.buf = res, res[:0]
		if image != nil {
			if err := image.mapInto(res); err != nil {
				release(res)
				return nil, err
			}
		}
	case image != nil:
		m.buf = image.copy()[:0]
	}
	return m, nil
}

// Allocate implements experimental.MemoryAllocator for the one memory of
// one instance.
func (m *linearMemory) Allocate(cap, max uint64) experimental.LinearMemory { return m }

// Reallocate implements experimental.LinearMemory.
func (m *linearMemory) Reallocate(size uint64) []byte {
	if size > m.limit {
		m.refused = true
		return nil
	}
	if size <= uint64(cap(m.buf)) {
		m.buf = m.buf[:size]
		return m.buf
	}
	grown := make([]byte, size, min(max(size, 2*uint64(cap(m.buf))), m.limit))
	copy(grown, m.buf)
	m.buf = grown
	return m.buf
}

// Free implements experimental.LinearMemory.
func (m *linearMemory) Free() {
	if m.reserved != nil {
		release(m.reserved)
		m.reserved = nil
	}
	m.buf = nil
}
