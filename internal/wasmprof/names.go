package wasmprof

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// reader reads a WebAssembly binary; every read is bounds-checked and
// the first failure sticks.
type reader struct {
	b   []byte
	p   int
	err error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("wasmprof: %s at byte %d: %w", what, r.p, errTruncated)
	}
	r.p = len(r.b)
}

func (r *reader) u32() uint32 {
	v, n := binary.Uvarint(r.b[min(r.p, len(r.b)):])
	if n <= 0 || v > 1<<32-1 {
		r.fail("bad LEB128")
		return 0
	}
	r.p += n
	return uint32(v)
}

func (r *reader) byte() byte {
	if r.p >= len(r.b) {
		r.fail("byte")
		return 0
	}
	r.p++
	return r.b[r.p-1]
}

func (r *reader) bytes(n uint32) []byte {
	if uint64(n) > uint64(len(r.b)-r.p) {
		r.fail("bytes")
		return nil
	}
	r.p += int(n)
	return r.b[r.p-int(n) : r.p]
}

// FunctionNames returns the names of a module's defined functions (not
// its imports), in order, from the module's "name" section.
func FunctionNames(wasm []byte) ([]string, error) {
	if len(wasm) < 8 || string(wasm[:4]) != "\x00asm" {
		return nil, errors.New("wasmprof: not a WebAssembly module")
	}
	r := &reader{b: wasm, p: 8}
	imports, defined := 0, 0
	named := map[uint32]string{}
	for r.p < len(r.b) && r.err == nil {
		id := r.byte()
		sec := &reader{b: r.bytes(r.u32())}
		switch id {
		case 2: // imports: count the functions
			for n := sec.u32(); n > 0 && sec.err == nil; n-- {
				sec.bytes(sec.u32())
				sec.bytes(sec.u32())
				switch sec.byte() {
				case 0:
					sec.u32()
					imports++
				case 1: // table: reftype, limits
					sec.byte()
					limits(sec)
				case 2:
					limits(sec)
				case 3:
					sec.bytes(2)
				default:
					sec.fail("import kind")
				}
			}
		case 3:
			defined = int(sec.u32())
		case 0:
			if string(sec.bytes(sec.u32())) != "name" {
				continue
			}
			for sec.p < len(sec.b) && sec.err == nil {
				sub := sec.byte()
				body := &reader{b: sec.bytes(sec.u32())}
				if sub != 1 {
					continue
				}
				for n := body.u32(); n > 0 && body.err == nil; n-- {
					idx := body.u32()
					named[idx] = string(body.bytes(body.u32()))
				}
				if body.err != nil {
					return nil, body.err
				}
			}
		}
		if sec.err != nil {
			return nil, sec.err
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	names := make([]string, defined)
	for i := range names {
		names[i] = named[uint32(imports+i)]
	}
	return names, nil
}

// limits skips a table's or memory's limits: flags, min and, when the
// flags say so, max.
func limits(r *reader) {
	flags := r.byte()
	r.u32()
	if flags&1 != 0 {
		r.u32()
	}
}
