// Package wasmbin reads the primitives of the WebAssembly binary format,
// for the few tools that look inside a module without compiling it (the
// sandbox's snapshot rewrite, the profiler's function names).
package wasmbin

import (
	"fmt"
	"strconv"
)

// A Reader reads the primitives of the binary format, remembering the
// first error; every read after an error returns zero values.
type Reader struct {
	b    []byte
	off  int
	base int // offset of b in the whole module, for messages
	err  error
}

// NewReader reads b, which starts at offset base of the module.
func NewReader(b []byte, base int) *Reader { return &Reader{b: b, base: base} }

// Err returns the first error.
func (r *Reader) Err() error { return r.err }

// SetError records err unless an error is recorded already.
func (r *Reader) SetError(err error) {
	if r.err == nil {
		r.err = err
	}
}

// Offset returns the offset of the next byte in the whole module.
func (r *Reader) Offset() int { return r.base + r.off }

// Skip skips n bytes.
func (r *Reader) Skip(n int) { r.Bytes(uint32(n)) }

// Section reads a section: its id, its body (a view of the module) and a
// Reader of the body.
func (r *Reader) Section() (id byte, body []byte, br *Reader) {
	id = r.Byte()
	body = r.Bytes(r.U32())
	return id, body, NewReader(body, r.Offset()-len(body))
}

// More reports whether there are bytes left and no error.
func (r *Reader) More() bool { return r.err == nil && r.off < len(r.b) }

// SetErr records a failure at the current offset unless one is
// recorded already.
func (r *Reader) SetErr(what string) {
	if r.err == nil {
		r.err = r.fail(what)
	}
}

func (r *Reader) fail(what string) error {
	return fmt.Errorf("malformed wasm at offset %d: %s", r.base+r.off, what)
}

// Byte reads a byte.
func (r *Reader) Byte() byte {
	if r.err != nil {
		return 0
	}
	if r.off >= len(r.b) {
		r.SetErr("unexpected end")
		return 0
	}
	r.off++
	return r.b[r.off-1]
}

// Bytes reads n bytes, a view of the module.
func (r *Reader) Bytes(n uint32) []byte {
	if r.err != nil {
		return nil
	}
	if uint64(n) > uint64(len(r.b)-r.off) {
		r.SetErr("length past the end")
		return nil
	}
	r.off += int(n)
	return r.b[r.off-int(n) : r.off : r.off]
}

// U32 reads an unsigned LEB128 of at most 5 bytes.
func (r *Reader) U32() uint32 {
	var x uint64
	for i := 0; i < 5; i++ {
		c := r.Byte()
		if r.err != nil {
			return 0
		}
		x |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			if x > 1<<32-1 {
				break
			}
			return uint32(x)
		}
	}
	r.SetErr("bad u32")
	return 0
}

// S32 reads a signed LEB128 of at most 5 bytes.
func (r *Reader) S32() int32 {
	var x int64
	var shift uint
	for i := 0; i < 5; i++ {
		c := r.Byte()
		if r.err != nil {
			return 0
		}
		x |= int64(c&0x7f) << shift
		shift += 7
		if c < 0x80 {
			if c&0x40 != 0 {
				x |= -1 << shift
			}
			return int32(x)
		}
	}
	r.SetErr("bad s32")
	return 0
}

// S64 skips a signed LEB128 of at most 10 bytes.
func (r *Reader) S64() {
	for i := 0; i < 10; i++ {
		if c := r.Byte(); r.err != nil || c < 0x80 {
			return
		}
	}
	r.SetErr("bad s64")
}

// Name reads a name.
func (r *Reader) Name() string { return string(r.Bytes(r.U32())) }

// Limits skips a table's or memory's limits.
func (r *Reader) Limits() {
	switch r.Byte() {
	case 0x00, 0x02: // min; shared min is invalid but harmless here
		r.U32()
	case 0x01, 0x03: // min, max
		r.U32()
		r.U32()
	default:
		r.SetErr("bad limits")
	}
}

// ValType reads a number, vector or plain reference value type.
func (r *Reader) ValType() {
	switch t := r.Byte(); t {
	case 0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f:
	default:
		r.SetErr("unsupported value type 0x" + strconv.FormatUint(uint64(t), 16))
	}
}

// ConstExpr skips a constant expression up to and including its end.
func (r *Reader) ConstExpr() {
	for r.err == nil {
		switch op := r.Byte(); op {
		case 0x0b: // end
			return
		case 0x41: // i32.const
			r.S32()
		case 0x42: // i64.const
			r.S64()
		case 0x43: // f32.const
			r.Bytes(4)
		case 0x44: // f64.const
			r.Bytes(8)
		case 0x23, 0xd2: // global.get, ref.func
			r.U32()
		case 0xd0: // ref.null
			r.Byte()
		case 0x6a, 0x6b, 0x6c, 0x7c, 0x7d, 0x7e: // extended constants: add, sub, mul
		default:
			r.SetErr("unsupported instruction 0x" + strconv.FormatUint(uint64(op), 16) + " in a constant expression")
		}
	}
}

// Imports reads an import section and counts the imported functions and
// globals.
func (r *Reader) Imports() (funcs, globals uint32) {
	for n := r.U32(); n > 0 && r.err == nil; n-- {
		r.Name()
		r.Name()
		switch kind := r.Byte(); kind {
		case 0x00: // function: type index
			r.U32()
			funcs++
		case 0x01: // table: reference type, limits
			r.Byte()
			r.Limits()
		case 0x02: // memory: limits
			r.Limits()
		case 0x03: // global: value type, mutability
			r.ValType()
			r.Byte()
			globals++
		case 0x04: // tag: attribute, type index
			r.Byte()
			r.U32()
		default:
			r.SetErr("unknown import kind " + strconv.Itoa(int(kind)))
		}
	}
	return funcs, globals
}
