//go:build !(linux && (amd64 || arm64))

package sandbox

import (
	"bytes"
	"errors"
	"sync"
)

// reserve returns nil: on this platform memory grows by copying.
func reserve(limit uint64) ([]byte, error) { return nil, nil }

// release does nothing: nothing was reserved.
func release(b []byte) {}

// A memoryImage is a captured linear memory; on this platform each new
// instance gets a private copy.
type memoryImage struct {
	data  []byte
	size  uint64
	clock int64 // the guest's monotonic clock at capture

	mu     sync.RWMutex
	closed bool
}

func newMemoryImage(data []byte) (*memoryImage, error) {
	return &memoryImage{data: bytes.Clone(data), size: uint64(len(data))}, nil
}

// errImageClosed is returned by operations on a closed image.
var errImageClosed = errors.New("sandbox: the snapshot is closed")

// mapInto is never called on this platform (reserve returns nil).
func (im *memoryImage) mapInto(dst []byte) error { copy(dst, im.data); return nil }

// copy returns a private copy of the image.
func (im *memoryImage) copy() []byte { return bytes.Clone(im.data) }

func (im *memoryImage) close() error {
	im.mu.Lock()
	defer im.mu.Unlock()
	im.closed = true
	return nil
}

// restore makes m's first im.size bytes equal to the image again by
// copying all of it: this platform has no page table to ask.
func (m *linearMemory) restore(im *memoryImage, keep uint64) (restoreStats, error) {
	im.mu.RLock()
	defer im.mu.RUnlock()
	if im.closed {
		return restoreStats{}, errImageClosed
	}
	if uint64(len(m.buf)) < im.size {
		return restoreStats{}, errors.New("sandbox: the instance's memory is smaller than the snapshot")
	}
	copy(m.buf[:im.size], im.data)
	return restoreStats{copied: im.size}, nil
}

// clearTail zeroes m.buf[from:], memory the instance grew past its
// snapshot.
func (m *linearMemory) clearTail(from, keep uint64) (restoreStats, error) {
	if from < uint64(len(m.buf)) {
		clear(m.buf[from:])
	}
	return restoreStats{copied: uint64(len(m.buf)) - min(from, uint64(len(m.buf)))}, nil
}

// bytes returns the image's contents.
func (im *memoryImage) bytes() []byte { return im.data }
