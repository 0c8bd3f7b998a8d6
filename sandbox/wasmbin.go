package sandbox

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/internal/wasmbin"
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
	if !bytes.HasPrefix(wasm, []byte("\x00asm\x01\x00\x00\x00")) {
		return nil, errors.New("sandbox: not a version 1 wasm module")
	}
	r := wasmbin.NewReader(wasm, 0)
	r.Skip(8)
	out := append([]byte{}, wasm[:8]...)
	layout := &snapshotLayout{}
	var importedGlobals uint32
	var mutable []uint32 // indices of defined mutable globals
	sawExports := false
	for r.More() {
		id, body, s := r.Section()
		if r.Err() != nil {
			return nil, fmt.Errorf("sandbox: %w", r.Err())
		}
		switch id {
		case secImport:
			_, importedGlobals = s.Imports()
		case secGlobal:
			mutable = mutableGlobals(s, importedGlobals)
		case secExport:
			sawExports = true
			body = rewriteExports(s, mutable, layout)
		case secStart:
			return nil, errors.New("sandbox: snapshots of modules with a start function are not supported")
		case secDataCount:
			continue // dropped with the data section
		case secData:
			layout.data = dataSegments(s)
			if s.More() {
				s.SetErr("trailing bytes in the data section")
			}
			if s.Err() != nil {
				return nil, fmt.Errorf("sandbox: %w", s.Err())
			}
			continue
		}
		if s.Err() != nil {
			return nil, fmt.Errorf("sandbox: %w", s.Err())
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

// mutableGlobals returns the indices of the mutable globals the module
// defines; the first defined global has index imported.
func mutableGlobals(r *wasmbin.Reader, imported uint32) []uint32 {
	var idx []uint32
	n := r.U32()
	for i := uint32(0); i < n && r.Err() == nil; i++ {
		r.ValType()
		switch r.Byte() {
		case 0:
		case 1:
			idx = append(idx, imported+i)
		default:
			r.SetErr("bad global mutability")
		}
		r.ConstExpr()
	}
	if r.More() {
		r.SetErr("trailing bytes in the global section")
	}
	return idx
}

// rewriteExports returns the export section with _initialize renamed and
// the mutable globals exported, and records their names in layout.
func rewriteExports(r *wasmbin.Reader, mutable []uint32, layout *snapshotLayout) []byte {
	type export struct {
		name string
		kind byte
		idx  uint32
	}
	var exports []export
	names := map[string]bool{}
	for n := r.U32(); n > 0 && r.Err() == nil; n-- {
		e := export{name: r.Name(), kind: r.Byte(), idx: r.U32()}
		if e.name == abi.ExportInitialize {
			e.name = snapshotInitialize
		}
		exports = append(exports, e)
		names[e.name] = true
	}
	if r.More() {
		r.SetErr("trailing bytes in the export section")
	}
	if r.Err() != nil {
		return nil
	}
	if !names[snapshotInitialize] {
		r.SetError(fmt.Errorf("module has no %s export", abi.ExportInitialize))
		return nil
	}
	for _, g := range mutable {
		name := globalExportPrefix + strconv.FormatUint(uint64(g), 10)
		if names[name] {
			r.SetError(fmt.Errorf("module already exports %q", name))
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
func dataSegments(r *wasmbin.Reader) []dataSegment {
	var segs []dataSegment
	for n := r.U32(); n > 0 && r.Err() == nil; n-- {
		switch flags := r.U32(); flags {
		case 0:
		case 2:
			if r.U32() != 0 {
				r.SetErr("data segment for a memory other than 0")
			}
		default:
			r.SetErr("passive data segments are not supported")
		}
		if r.Byte() != 0x41 { // i32.const
			r.SetErr("data segment offset is not an i32.const")
		}
		offset := uint32(r.S32())
		if r.Byte() != 0x0b {
			r.SetErr("data segment offset is not a constant")
		}
		init := r.Bytes(r.U32())
		if r.Err() == nil {
			segs = append(segs, dataSegment{offset: offset, init: init})
		}
	}
	return segs
}
