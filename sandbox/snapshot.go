package sandbox

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/wasmling/wasmling/abi"
)

// snapshotModule is the guest rewritten for snapshots (see
// rewriteForSnapshot), compiled.
type snapshotModule struct {
	compiled wazero.CompiledModule
	globals  []string
	data     []dataSegment
}

// snapshotModule returns the engine's rewritten module, building it on
// first use.
func (e *Engine) snapshotModule(ctx context.Context) (*snapshotModule, error) {
	e.snapMu.Lock()
	defer e.snapMu.Unlock()
	if e.snapMod != nil {
		return e.snapMod, nil
	}
	layout, err := rewriteForSnapshot(e.wasm)
	if err != nil {
		return nil, err
	}
	compiled, err := e.compile(ctx, layout.module)
	if err != nil {
		return nil, err
	}
	e.snapMod = &snapshotModule{compiled: compiled, globals: layout.globals, data: layout.data}
	return e.snapMod, nil
}

// A Snapshot is the state of an initialised guest (its linear memory and
// mutable globals) from which new instances start in microseconds instead
// of milliseconds. Where the platform allows, instances map the captured
// memory copy-on-write and share its pages until they write to them. It is
// safe for concurrent use.
type Snapshot struct {
	engine  *Engine
	mod     *snapshotModule
	image   *memoryImage
	globals []uint64 // values of mod.globals
	bufPtr  uint32   // the guest's request buffer at capture time
	bufCap  uint32
}

// NewSnapshot boots an instance with cfg, runs warmup on it if not nil
// (e.g. an Invoke of abi.EntryWarmup that imports an app's modules), and
// captures it. Instances started from the snapshot share everything the
// boot instance had in memory, including the guest's random state: they
// are reseeded through abi.EntryReseed, which the guest must serve.
//
// Go guests keep all their runtime state in linear memory and globals
// between export calls, so this works for them; goroutines left running by
// warmup are captured too.
func (e *Engine) NewSnapshot(ctx context.Context, cfg InstanceConfig, warmup func(context.Context, *Instance) error) (*Snapshot, error) {
	sm, err := e.snapshotModule(ctx)
	if err != nil {
		return nil, err
	}
	in, err := e.instantiate(ctx, cfg, sm.compiled, nil)
	if err != nil {
		return nil, err
	}
	defer in.Close(ctx)
	mem := in.mod.Memory()
	for _, seg := range sm.data {
		if !mem.Write(seg.offset, seg.init) {
			return nil, fmt.Errorf("sandbox: data segment at %#x of %d bytes is outside the initial memory", seg.offset, len(seg.init))
		}
	}
	if err := in.callExport(ctx, in.mod.ExportedFunction(snapshotInitialize), nil); err != nil {
		return nil, err
	}
	if warmup != nil {
		if err := warmup(ctx, in); err != nil {
			return nil, fmt.Errorf("sandbox: snapshot warm-up: %w", err)
		}
		if err := in.usable(); err != nil {
			return nil, err
		}
	}
	s := &Snapshot{engine: e, mod: sm, bufPtr: in.bufPtr, bufCap: in.bufCap}
	for _, name := range sm.globals {
		g := in.mod.ExportedGlobal(name)
		if g == nil {
			return nil, fmt.Errorf("sandbox: rewritten module lacks global %q", name)
		}
		s.globals = append(s.globals, g.Get())
	}
	data, ok := mem.Read(0, mem.Size())
	if !ok {
		return nil, errors.New("sandbox: cannot read the boot instance's memory")
	}
	if s.image, err = newMemoryImage(data); err != nil {
		return nil, err
	}
	s.image.clock = in.nanotime()
	return s, nil
}

// MemorySize returns the size of the captured memory in bytes.
func (s *Snapshot) MemorySize() uint64 { return s.image.size }

// NewInstance starts an instance from the snapshot: the captured memory
// (copy-on-write where possible) and globals, then a reseed of the guest's
// random state through abi.EntryReseed. cfg's memory limit must hold the
// captured memory.
func (s *Snapshot) NewInstance(ctx context.Context, cfg InstanceConfig) (*Instance, error) {
	in, err := s.engine.instantiate(ctx, cfg, s.mod.compiled, s.image)
	if err != nil {
		return nil, err
	}
	in.snap = s
	if err := s.restore(in); err != nil {
		in.Close(ctx)
		return nil, err
	}
	if err := in.reseed(ctx); err != nil {
		in.Close(ctx)
		return nil, err
	}
	return in, nil
}

// reseed gives the guest fresh random state through abi.EntryReseed, as
// every instance from a snapshot gets when it starts or is reset.
func (in *Instance) reseed(ctx context.Context) error {
	if !in.busy.CompareAndSwap(false, true) {
		return ErrBusy
	}
	defer in.busy.Store(false)
	var seed [32]byte
	rand.Read(seed[:])
	var req abi.Encoder
	req.Blob(seed[:])
	reply, err := in.invoke(ctx, abi.EntryReseed, req.Bytes())
	if err == nil {
		_, err = abi.ParseReply(reply)
	}
	if err != nil {
		return fmt.Errorf("sandbox: reseeding an instance from a snapshot: %w", err)
	}
	return nil
}

// restore grows in's memory over the whole image and sets the globals.
func (s *Snapshot) restore(in *Instance) error {
	mem := in.mod.Memory()
	if cur, want := uint64(mem.Size()), s.image.size; cur < want {
		if _, ok := mem.Grow(uint32((want - cur) / pageSize)); !ok {
			return errors.New("sandbox: cannot grow memory to the snapshot's size")
		}
	}
	for i, name := range s.mod.globals {
		g, ok := in.mod.ExportedGlobal(name).(api.MutableGlobal)
		if !ok {
			return fmt.Errorf("sandbox: global %q is not mutable", name)
		}
		g.Set(s.globals[i])
	}
	in.bufPtr, in.bufCap = s.bufPtr, s.bufCap
	return nil
}

// Close releases the snapshot's captured memory. Instances started from
// it keep working.
func (s *Snapshot) Close() error { return s.image.close() }
