//go:build linux && (amd64 || arm64)

package sandbox

import (
	"fmt"
	"os"
	"syscall"
	"unsafe"
)

// reserve maps limit bytes of zeroed virtual memory that takes physical
// memory only where it is touched.
func reserve(limit uint64) ([]byte, error) {
	b, err := syscall.Mmap(-1, 0, int(limit), syscall.PROT_READ|syscall.PROT_WRITE,
		syscall.MAP_PRIVATE|syscall.MAP_ANONYMOUS|syscall.MAP_NORESERVE)
	if err != nil {
		return nil, fmt.Errorf("sandbox: reserving %s of memory: %w", formatBytes(limit), err)
	}
	return b, nil
}

// release unmaps a reservation, including any image mapped into it.
func release(b []byte) { _ = syscall.Munmap(b) }

// A memoryImage is a captured linear memory held in an anonymous
// in-memory file (memfd), mapped copy-on-write into new instances: they
// share its pages until they write to them.
type memoryImage struct {
	file  *os.File
	size  uint64
	clock int64 // the guest's monotonic clock at capture
}

// newMemoryImage copies data into a new image, skipping zero pages so the
// file stays sparse.
func newMemoryImage(data []byte) (*memoryImage, error) {
	fd, _, errno := syscall.Syscall(sysMemfdCreate, uintptr(unsafe.Pointer(unsafe.StringData("wasmling-snapshot\x00"))), mfdCloexec, 0)
	if errno != 0 {
		return nil, fmt.Errorf("sandbox: memfd_create: %w", errno)
	}
	f := os.NewFile(fd, "wasmling-snapshot")
	if err := f.Truncate(int64(len(data))); err != nil {
		f.Close()
		return nil, fmt.Errorf("sandbox: sizing snapshot image: %w", err)
	}
	const chunk = 4096
	for off := 0; off < len(data); off += chunk {
		page := data[off:min(off+chunk, len(data))]
		if isZero(page) {
			continue
		}
		if _, err := f.WriteAt(page, int64(off)); err != nil {
			f.Close()
			return nil, fmt.Errorf("sandbox: writing snapshot image: %w", err)
		}
	}
	return &memoryImage{file: f, size: uint64(len(data))}, nil
}

// mapInto maps the image copy-on-write over the start of reservation dst.
func (im *memoryImage) mapInto(dst []byte) error {
	if im.size == 0 {
		return nil
	}
	if uint64(len(dst)) < im.size {
		return fmt.Errorf("sandbox: snapshot of %s does not fit in a memory limit of %s", formatBytes(im.size), formatBytes(uint64(len(dst))))
	}
	_, _, errno := syscall.Syscall6(syscall.SYS_MMAP, uintptr(unsafe.Pointer(unsafe.SliceData(dst))), uintptr(im.size),
		syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_FIXED, im.file.Fd(), 0)
	if errno != 0 {
		return fmt.Errorf("sandbox: mapping snapshot image: %w", errno)
	}
	return nil
}

// copy returns a private copy of the image (unused where mapInto works).
func (im *memoryImage) copy() []byte {
	b := make([]byte, im.size)
	_, _ = im.file.ReadAt(b, 0)
	return b
}

func (im *memoryImage) close() error { return im.file.Close() }

const mfdCloexec = 1

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
