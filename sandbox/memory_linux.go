//go:build linux && (amd64 || arm64)

package sandbox

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
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
// share its pages until they write to them. A read-only shared mapping of
// the file (view) is what resets copy from. The file is never written
// after newMemoryImage.
type memoryImage struct {
	file  *os.File
	view  []byte // the image, mapped read-only and shared
	size  uint64
	clock int64 // the guest's monotonic clock at capture

	// mu keeps close from unmapping view or closing file while an
	// instance maps or copies from them.
	mu     sync.RWMutex
	closed bool
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
	im := &memoryImage{file: f, size: uint64(len(data))}
	if len(data) > 0 {
		view, err := syscall.Mmap(int(fd), 0, len(data), syscall.PROT_READ, syscall.MAP_SHARED)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("sandbox: mapping snapshot image: %w", err)
		}
		im.view = view
	}
	return im, nil
}

// errImageClosed is returned by operations on a closed image.
var errImageClosed = errors.New("sandbox: the snapshot is closed")

// mapInto maps the image copy-on-write over the start of reservation dst.
func (im *memoryImage) mapInto(dst []byte) error {
	if im.size == 0 {
		return nil
	}
	if uint64(len(dst)) < im.size {
		return fmt.Errorf("sandbox: snapshot of %s does not fit in a memory limit of %s", formatBytes(im.size), formatBytes(uint64(len(dst))))
	}
	im.mu.RLock()
	defer im.mu.RUnlock()
	if im.closed {
		return errImageClosed
	}
	return mapImage(dst[:im.size], im.file.Fd())
}

// mapImage maps the first len(dst) bytes of file fd copy-on-write at dst.
func mapImage(dst []byte, fd uintptr) error {
	_, _, errno := syscall.Syscall6(syscall.SYS_MMAP, uintptr(unsafe.Pointer(unsafe.SliceData(dst))), uintptr(len(dst)),
		syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_FIXED, fd, 0)
	if errno != 0 {
		return fmt.Errorf("sandbox: mapping snapshot image: %w", errno)
	}
	return nil
}

// copy returns a private copy of the image (unused where mapInto works).
func (im *memoryImage) copy() []byte {
	b := make([]byte, im.size)
	im.mu.RLock()
	defer im.mu.RUnlock()
	if !im.closed {
		copy(b, im.view)
	}
	return b
}

func (im *memoryImage) close() error {
	im.mu.Lock()
	defer im.mu.Unlock()
	if im.closed {
		return nil
	}
	im.closed = true
	if im.view != nil {
		_ = syscall.Munmap(im.view)
		im.view = nil
	}
	return im.file.Close()
}

const mfdCloexec = 1

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// restore makes m's first im.size bytes equal to the image again, keeping
// the pages the instance already holds resident, and returns what it did.
//
// Memory mapped from an image (mapInto) holds two kinds of pages: the
// image file's own pages, shared and never written, and the private
// copies the kernel made where the instance wrote. Only the private ones
// can differ from the image, and the page table says which they are (see
// privatePages). The image is copied over them, so they stay private,
// resident and writable: the next request does not fault them in again.
// Past keep bytes of private pages they are dropped instead
// (MADV_DONTNEED), which maps the image's pages back in on the next
// access. Without a way to read the page table the whole mapping is
// dropped: slower, equally exact.
func (m *linearMemory) restore(im *memoryImage, keep uint64) (restoreStats, error) {
	var st restoreStats
	if m.reserved == nil || uint64(len(m.buf)) < im.size {
		return st, errors.New("sandbox: the instance's memory is not mapped from the snapshot")
	}
	im.mu.RLock()
	defer im.mu.RUnlock()
	if im.closed {
		return st, errImageClosed
	}
	mem := m.reserved[:im.size]
	regions, err := privatePages(mem, m.regions[:0])
	m.regions = regions[:0]
	if err != nil {
		st.dropped = im.size
		return st, madvise(mem, syscall.MADV_DONTNEED)
	}
	var private uint64
	for _, r := range regions {
		private += r.end - r.start
	}
	if private > keep {
		for _, r := range regions {
			if err := madvise(mem[r.start:r.end], syscall.MADV_DONTNEED); err != nil {
				return st, err
			}
		}
		st.dropped = private
		return st, nil
	}
	for _, r := range regions {
		copy(mem[r.start:r.end], im.view[r.start:r.end])
	}
	st.copied = private
	return st, nil
}

// clearTail zeroes m.buf[from:], memory the instance grew past its
// snapshot. Pages the instance touched there stay resident, zeroed, as
// long as they come to no more than keep bytes; the rest are handed back
// to the system (and come back zeroed when touched).
func (m *linearMemory) clearTail(from, keep uint64) (restoreStats, error) {
	var st restoreStats
	if from >= uint64(len(m.buf)) {
		return st, nil
	}
	tail := m.buf[from:]
	if m.reserved == nil {
		clear(tail)
		return st, nil
	}
	regions, err := privatePages(tail, m.regions[:0])
	m.regions = regions[:0]
	var private uint64
	for _, r := range regions {
		private += r.end - r.start
	}
	if err != nil || private > keep {
		st.dropped = uint64(len(tail))
		return st, madvise(tail, syscall.MADV_DONTNEED)
	}
	ps := uint64(len(zeroPage))
	for _, r := range regions {
		for off := r.start; off < r.end; off += ps {
			// The shared zero page reads as zeros: writing would copy it.
			if page := tail[off:min(off+ps, r.end)]; !bytes.Equal(page, zeroPage[:len(page)]) {
				clear(page)
				st.copied += uint64(len(page))
			}
		}
	}
	return st, nil
}

var zeroPage [4096]byte

func madvise(b []byte, advice int) error {
	if len(b) == 0 {
		return nil
	}
	if err := syscall.Madvise(b, advice); err != nil {
		return fmt.Errorf("sandbox: madvise: %w", err)
	}
	return nil
}

// The process's page map (/proc/self/pagemap), opened on first use.
var pagemap struct {
	once sync.Once
	file *os.File
	err  error
	// noScan is set once the PAGEMAP_SCAN ioctl (Linux 6.7) failed:
	// privatePages reads the page map's entries instead.
	noScan atomic.Bool
	// off makes privatePages fail, as without a page map (tests).
	off atomic.Bool
}

var errNoPagemap = errors.New("sandbox: no page map")

func pagemapFile() (*os.File, error) {
	pagemap.once.Do(func() {
		pagemap.file, pagemap.err = os.Open("/proc/self/pagemap")
	})
	return pagemap.file, pagemap.err
}

// privatePages appends to dst the pages of b that the process holds
// privately: present or swapped out, and not pages of a file (a private
// mapping's copies on write are anonymous). For memory mapped from an
// image these are the pages that may differ from it.
func privatePages(b []byte, dst []pageRegion) ([]pageRegion, error) {
	if pagemap.off.Load() {
		return dst, errNoPagemap
	}
	f, err := pagemapFile()
	if err != nil {
		return dst, err
	}
	if !pagemap.noScan.Load() {
		out, err := scanPrivatePages(f, b, dst)
		if err == nil {
			return out, nil
		}
		if !errors.Is(err, syscall.ENOTTY) && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.EOPNOTSUPP) {
			return dst, err
		}
		pagemap.noScan.Store(true)
	}
	return readPrivatePages(f, b, dst)
}

// PAGEMAP_SCAN and its argument (linux/fs.h).
const (
	pagemapScan   = 0xC0606610 // _IOWR('f', 16, struct pm_scan_arg)
	pageIsFile    = 1 << 2
	pageIsPresent = 1 << 3
	pageIsSwapped = 1 << 4
)

type pmScanArg struct {
	size, flags, start, end, walkEnd, vec, vecLen, maxPages uint64
	categoryInverted, categoryMask, categoryAnyofMask       uint64
	returnMask                                              uint64
}

type pmPageRegion struct{ start, end, categories uint64 }

// scanPrivatePages is privatePages with the PAGEMAP_SCAN ioctl: the
// kernel walks the page table and returns only the matching ranges.
func scanPrivatePages(f *os.File, b []byte, dst []pageRegion) ([]pageRegion, error) {
	if len(b) == 0 {
		return dst, nil
	}
	base := uint64(uintptr(unsafe.Pointer(unsafe.SliceData(b))))
	var vec [64]pmPageRegion
	arg := pmScanArg{
		start:             base,
		end:               base + uint64(len(b)),
		categoryInverted:  pageIsFile,
		categoryMask:      pageIsFile, // not a file page
		categoryAnyofMask: pageIsPresent | pageIsSwapped,
		returnMask:        pageIsPresent | pageIsSwapped | pageIsFile,
	}
	arg.size = uint64(unsafe.Sizeof(arg))
	for arg.start < arg.end {
		arg.vec = uint64(uintptr(unsafe.Pointer(&vec[0])))
		arg.vecLen = uint64(len(vec))
		n, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), pagemapScan, uintptr(unsafe.Pointer(&arg)))
		if errno != 0 {
			return dst, errno
		}
		for _, r := range vec[:n] {
			dst = appendRegion(dst, r.start-base, r.end-base)
		}
		if arg.walkEnd <= arg.start {
			return dst, errors.New("sandbox: PAGEMAP_SCAN made no progress")
		}
		arg.start = arg.walkEnd
	}
	return dst, nil
}

// Bits of a /proc/self/pagemap entry.
const (
	pmPresent = 1 << 63
	pmSwapped = 1 << 62
	pmFile    = 1 << 61 // a file page or shared anonymous memory
)

// readPrivatePages is privatePages reading the page map's entries, one
// 64-bit word per page.
func readPrivatePages(f *os.File, b []byte, dst []pageRegion) ([]pageRegion, error) {
	ps := uint64(os.Getpagesize())
	base := uint64(uintptr(unsafe.Pointer(unsafe.SliceData(b))))
	var buf [512]uint64
	raw := unsafe.Slice((*byte)(unsafe.Pointer(&buf[0])), len(buf)*8)
	pages := uint64(len(b)) / ps
	for first := uint64(0); first < pages; {
		n := min(pages-first, uint64(len(buf)))
		if _, err := f.ReadAt(raw[:n*8], int64((base/ps+first)*8)); err != nil {
			return dst, err
		}
		for i, e := range buf[:n] {
			if e&(pmPresent|pmSwapped) != 0 && e&pmFile == 0 {
				off := (first + uint64(i)) * ps
				dst = appendRegion(dst, off, off+ps)
			}
		}
		first += n
	}
	return dst, nil
}

// appendRegion appends [start, end) to dst, merging it with the last
// region when they touch.
func appendRegion(dst []pageRegion, start, end uint64) []pageRegion {
	if n := len(dst); n > 0 && dst[n-1].end == start {
		dst[n-1].end = end
		return dst
	}
	return append(dst, pageRegion{start, end})
}

// bytes returns the image's contents (a read-only view).
func (im *memoryImage) bytes() []byte { return im.view }
