// Package wasmprof attributes CPU samples taken in wazero's compiled code
// to the guest's WebAssembly functions. perf sees that code as anonymous
// executable memory without symbols; wazero's compilation cache file holds
// each function's offset in that memory, and the guest's name section
// holds the function names.
//
// The cache layout is wazero v1.12's (engine_cache.go): the magic
// "WAZEVO", a length-prefixed version, a uint32 function count, a uint64
// offset per function, the uint64 length of the code, then the code.
package wasmprof

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// Code is the layout of one compiled module: where each defined function
// starts in its executable memory, and its name.
type Code struct {
	Offsets []uint64 // ascending, one per defined function
	Names   []string // same order; "" where the name section has none
	Len     uint64   // bytes of executable code
}

var errTruncated = errors.New("truncated")

// ParseCache reads the function offsets and code length from a wazero
// v1.12 compiled-module cache file.
func ParseCache(b []byte) (offsets []uint64, codeLen uint64, err error) {
	if len(b) < 7 || string(b[:6]) != "WAZEVO" {
		return nil, 0, errors.New("wasmprof: not a wazero cache file")
	}
	p := 7 + int(b[6])
	if len(b) < p+4 {
		return nil, 0, fmt.Errorf("wasmprof: cache header: %w", errTruncated)
	}
	n := binary.LittleEndian.Uint32(b[p:])
	p += 4
	if uint64(len(b)-p) < uint64(n)*8+8 {
		return nil, 0, fmt.Errorf("wasmprof: cache offsets: %w", errTruncated)
	}
	offsets = make([]uint64, n)
	for i := range offsets {
		offsets[i] = binary.LittleEndian.Uint64(b[p:])
		p += 8
		if i > 0 && offsets[i] < offsets[i-1] {
			return nil, 0, errors.New("wasmprof: cache offsets are not ascending")
		}
	}
	codeLen = binary.LittleEndian.Uint64(b[p:])
	if n > 0 && offsets[n-1] >= codeLen {
		return nil, 0, errors.New("wasmprof: cache offset past the code")
	}
	return offsets, codeLen, nil
}

// Func returns the name of the function holding byte off of the code, and
// false if off is outside it.
func (c *Code) Func(off uint64) (string, bool) {
	if off >= c.Len {
		return "", false
	}
	i := sort.Search(len(c.Offsets), func(i int) bool { return c.Offsets[i] > off }) - 1
	if i < 0 {
		return "", false
	}
	if i < len(c.Names) && c.Names[i] != "" {
		return c.Names[i], true
	}
	return fmt.Sprintf("func[%d]", i), true
}
