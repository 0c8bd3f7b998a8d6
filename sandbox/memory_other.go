//go:build !(linux && (amd64 || arm64))

package sandbox

import "bytes"

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
}

func newMemoryImage(data []byte) (*memoryImage, error) {
	return &memoryImage{data: bytes.Clone(data), size: uint64(len(data))}, nil
}

// mapInto is never called on this platform (reserve returns nil).
func (im *memoryImage) mapInto(dst []byte) error { copy(dst, im.data); return nil }

// copy returns a private copy of the image.
func (im *memoryImage) copy() []byte { return bytes.Clone(im.data) }

func (im *memoryImage) close() error { return nil }
