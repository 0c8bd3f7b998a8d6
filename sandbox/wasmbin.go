package sandbox

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"

	"github.com/wasmling/wasmling/abi"
)

// This file rewrites a guest module for snapshots. It parses only what it
// must (imports, globals, exports, data, start) and copies every other
// section as is.

// Section ids of the WebAssembly binary format.
const (
	secCustom    = 0
	secImport    = 2
	secGlobal    = 6
	secExport    = 7
	secStart     = 8
	secData      = 11
	secDataCount = 12
)

// Names the rewritten module exports.
const (
	// snapshotInitialize is what _initialize is renamed to: only the boot
	// instance of a snapshot runs it.
	snapshotInitialize = "wl_snapshot_initialize"
	// globalExportPrefix prefixes the exported mutable globals: wl_global_N
	// for global index N.
	globalExportPrefix = "wl_global_"
)

// A snapshotLayout is the result of rewriting a module for snapshots.
type snapshotLayout struct {
	module  []byte        // the rewritten module
	globals []string      // export names of the module's mutable globals
	data    []dataSegment // the active data segments removed from the module
}

// A dataSegment is an active data segment: bytes copied to memory 0 at
// offset when an instance starts.
type dataSegment struct {
	offset uint32
	init   []byte // a view of the original module
}

// rewriteForSnapshot returns the module with every mutable global it
// defines exported, its data segments removed (the snapshot's memory
// holds them) and _initialize renamed, so that instances can be started
// from a captured memory and set of globals. It rejects what it does not
// understand: a start function, passive data segments, non-constant
// offsets, unknown global types.
func rewriteForSnapshot(wasm []byte) (*snapshotLayout, error) {
	r := &wasmReader{b: wasm}
	if !bytes.HasPrefix(wasm, []byte("\x00asm\x01\x00\x00\x00")) {
		return nil, errors.New("sandbox: not a version 1 wasm module")
	}
	r.off = 8
	out := append([]byte{}, wasm[:8]...)
	layout := &snapshotLayout{}
	var importedGlobals uint32
	var mutable []uint32 // indices of defined mutable globals
	sawExports := false
	for r.more() {
		id := r.byte()
		size := r.u32()
		body := r.bytes(size)
		if r.err != nil {
			return nil, r.err
		}
		s := &wasmReader{b: body, base: r.off - len(body)}
		switch id {
		case secImport:
			importedGlobals = s.importedGlobals()
		case secGlobal:
			mutable = s.mutableGlobals(importedGlobals)
		case secExport:
			sawExports = true
			body = s.rewriteExports(mutable, layout)
		case secStart:
			return nil, errors.New("sandbox: snapshots of modules with a start function are not supported")
		case secDataCount:
			continue // dropped with the data section
		case secData:
			layout.data = s.dataSegments()
			if s.err == nil && s.more() {
				s.setErr("trailing bytes in the data section")
			}
			if s.err != nil {
				return nil, s.err
			}
			continue
		}
		if s.err != nil {
			return nil, s.err
		}
		if id > secDataCount {
			return nil, fmt.Errorf("sandbox: unknown wasm section %d", id)
		}
		out = append(out, id)
		out = binary.AppendUvarint(out, uint64(len(body)))
		out = append(out, body...)
	}
	if !sawExports {
		return nil, errors.New("sandbox: module has no export section")
	}
	layout.module = out
	return layout, nil
}

// importedGlobals counts the globals among the imports.
func (r *wasmReader) importedGlobals() uint32 {
	var globals uint32
	for n := r.u32(); n > 0 && r.err == nil; n-- {
		r.name()
		r.name()
		switch kind := r.byte(); kind {
		case 0x00: // function: type index
			r.u32()
		case 0x01: // table: reference type, limits
			r.byte()
			r.limits()
		case 0x02: // memory: limits
			r.limits()
		case 0x03: // global: value type, mutability
			r.valType()
			r.byte()
			globals++
		case 0x04: // tag: attribute, type index
			r.byte()
			r.u32()
		default:
			r.setErr("unknown import kind " + strconv.Itoa(int(kind)))
		}
	}
	return globals
}

// mutableGlobals returns the indices of the mutable globals the module
// defines; the first defined global has index imported.
func (r *wasmReader) mutableGlobals(imported uint32) []uint32 {
	var idx []uint32
	n := r.u32()
	for i := uint32(0); i < n && r.err == nil; i++ {
		r.valType()
		switch r.byte() {
		case 0:
		case 1:
			idx = append(idx, imported+i)
		default:
			r.setErr("bad global mutability")
		}
		r.constExpr()
	}
	if r.err == nil && r.more() {
		r.setErr("trailing bytes in the global section")
	}
	return idx
}

// rewriteExports returns the export section with _initialize renamed and
// the mutable globals exported, and records their names in layout.
func (r *wasmReader) rewriteExports(mutable []uint32, layout *snapshotLayout) []byte {
	type export struct {
		name string
		kind byte
		idx  uint32
	}
	var exports []export
	names := map[string]bool{}
	for n := r.u32(); n > 0 && r.err == nil; n-- {
		e := export{name: r.name(), kind: r.byte(), idx: r.u32()}
		if e.name == abi.ExportInitialize {
			e.name = snapshotInitialize
		}
		exports = append(exports, e)
		names[e.name] = true
	}
	if r.err == nil && r.more() {
		r.setErr("trailing bytes in the export section")
	}
	if r.err != nil {
		return nil
	}
	if !names[snapshotInitialize] {
		r.err = fmt.Errorf("sandbox: module has no %s export", abi.ExportInitialize)
		return nil
	}
	for _, g := range mutable {
		name := globalExportPrefix + strconv.FormatUint(uint64(g), 10)
		if names[name] {
			r.err = fmt.Errorf("sandbox: module already exports %q", name)
			return nil
		}
		exports = append(exports, export{name: name, kind: 0x03, idx: g})
		layout.globals = append(layout.globals, name)
	}
	out := binary.AppendUvarint(nil, uint64(len(exports)))
	for _, e := range exports {
		out = binary.AppendUvarint(out, uint64(len(e.name)))
		out = append(out, e.name...)
		out = append(out, e.kind)
		out = binary.AppendUvarint(out, uint64(e.idx))
	}
	return out
}

// dataSegments reads the data section; only active segments for memory 0
// with an i32.const offset are supported.
func (r *wasmReader) dataSegments() []dataSegment {
	var segs []dataSegment
	for n := r.u32(); n > 0 && r.err == nil; n-- {
		switch flags := r.u32(); flags {
		case 0:
		case 2:
			if r.u32() != 0 {
				r.setErr("data segment for a memory other than 0")
			}
		default:
			r.setErr("passive data segments are not supported")
		}
		if r.byte() != 0x41 { // i32.const
			r.setErr("data segment offset is not an i32.const")
		}
		offset := uint32(r.s32())
		if r.byte() != 0x0b {
			r.setErr("data segment offset is not a constant")
		}
		init := r.bytes(r.u32())
		if r.err == nil {
			segs = append(segs, dataSegment{offset: offset, init: init})
		}
	}
	return segs
}

// A wasmReader reads the primitives of the binary format, remembering the
// first error; every read after an error returns zero values.
type wasmReader struct {
	b    []byte
	off  int
	base int // offset of b in the whole module, for messages
	err  error
}

func (r *wasmReader) more() bool { return r.err == nil && r.off < len(r.b) }

// setErr records a failure unless one is recorded already.
func (r *wasmReader) setErr(what string) {
	if r.err == nil {
		r.err = r.fail(what)
	}
}

func (r *wasmReader) fail(what string) error {
	return fmt.Errorf("sandbox: malformed wasm at offset %d: %s", r.base+r.off, what)
}

func (r *wasmReader) byte() byte {
	if r.err != nil {
		return 0
	}
	if r.off >= len(r.b) {
		r.setErr("unexpected end")
		return 0
	}
	r.off++
	return r.b[r.off-1]
}

func (r *wasmReader) bytes(n uint32) []byte {
	if r.err != nil {
		return nil
	}
	if uint64(n) > uint64(len(r.b)-r.off) {
		r.setErr("length past the end")
		return nil
	}
	r.off += int(n)
	return r.b[r.off-int(n) : r.off : r.off]
}

// u32 reads an unsigned LEB128 of at most 5 bytes.
func (r *wasmReader) u32() uint32 {
	var x uint64
	for i := 0; i < 5; i++ {
		c := r.byte()
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
	r.setErr("bad u32")
	return 0
}

// s32 reads a signed LEB128 of at most 5 bytes.
func (r *wasmReader) s32() int32 {
	var x int64
	var shift uint
	for i := 0; i < 5; i++ {
		c := r.byte()
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
	r.setErr("bad s32")
	return 0
}

// s64 skips a signed LEB128 of at most 10 bytes.
func (r *wasmReader) s64() {
	for i := 0; i < 10; i++ {
		if c := r.byte(); r.err != nil || c < 0x80 {
			return
		}
	}
	r.setErr("bad s64")
}

func (r *wasmReader) name() string { return string(r.bytes(r.u32())) }

func (r *wasmReader) limits() {
	switch r.byte() {
	case 0x00, 0x02: // min; shared min is invalid but harmless here
		r.u32()
	case 0x01, 0x03: // min, max
		r.u32()
		r.u32()
	default:
		r.setErr("bad limits")
	}
}

// valType reads a number, vector or plain reference value type.
func (r *wasmReader) valType() {
	switch t := r.byte(); t {
	case 0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f:
	default:
		r.setErr("unsupported value type 0x" + strconv.FormatUint(uint64(t), 16))
	}
}

// constExpr skips a constant expression up to and including its end.
func (r *wasmReader) constExpr() {
	for r.err == nil {
		switch op := r.byte(); op {
		case 0x0b: // end
			return
		case 0x41: // i32.const
			r.s32()
		case 0x42: // i64.const
			r.s64()
		case 0x43: // f32.const
			r.bytes(4)
		case 0x44: // f64.const
			r.bytes(8)
		case 0x23, 0xd2: // global.get, ref.func
			r.u32()
		case 0xd0: // ref.null
			r.byte()
		case 0x6a, 0x6b, 0x6c, 0x7c, 0x7d, 0x7e: // extended constants: add, sub, mul
		default:
			r.setErr("unsupported instruction 0x" + strconv.FormatUint(uint64(op), 16) + " in a constant expression")
		}
	}
}
