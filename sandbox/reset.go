package sandbox

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"time"

	"github.com/tetratelabs/wazero/api"

	"github.com/wasmling/wasmling/abi"
)

// maxKeptPrivate bounds the bytes of private (copied-on-write) snapshot
// pages a reset instance keeps resident: past it, a reset hands them back
// to the system and the next request faults them in again.
const maxKeptPrivate = 8 << 20

// ErrNotResettable is wrapped by Reset's error for an instance that must
// not be reused: not started from a snapshot, dead, closed, stopped at a
// deadline or cancellation in its last call, or whose reset failed.
var ErrNotResettable = errors.New("sandbox: instance cannot be reset")

// Reset returns an instance started from a snapshot to the state of a
// fresh instance of that snapshot, keeping the memory it already touched
// resident, so that it can serve another caller at a fraction of the cost
// of a new one: nothing a previous call left (guest memory, goroutines,
// globals, output, pending host replies) survives it.
//
// Concretely: every page the instance wrote is copied back from the
// snapshot image (see linearMemory.restore); memory the guest grew past
// the snapshot is zeroed (its pages kept resident up to a bound, see
// linearMemory.clearTail) and the memory shrunk to the snapshot's size;
// the mutable globals, the guest's request buffer,
// the output captures, the host-call state and the monotonic clock (which
// restarts from the snapshot's reading, as for a new instance) are set
// as a new instance has them; then the guest is reseeded.
//
// An instance that is dead, closed, not from a snapshot, or whose last
// call was stopped at its deadline or cancelled, or returned in the middle
// of a host call, is not reset: Reset returns an error wrapping
// ErrNotResettable and the caller must close it. Any other failure kills
// the instance. Reset must not run concurrently with a call.
func (in *Instance) Reset(ctx context.Context) error {
	if err := in.resetState(); err != nil {
		return err
	}
	if err := in.reseed(ctx); err != nil {
		return in.kill(err)
	}
	in.resets++
	return nil
}

// Resets returns how many times the instance was reset.
func (in *Instance) Resets() int { return in.resets }

// resetState is Reset up to the reseed.
func (in *Instance) resetState() error {
	if !in.busy.CompareAndSwap(false, true) {
		return ErrBusy
	}
	defer in.busy.Store(false)
	if err := in.resettable(); err != nil {
		return err
	}
	s := in.snap
	size := s.image.size
	st, err := in.mem.restore(s.image, maxKeptPrivate)
	if err != nil {
		return in.kill(fmt.Errorf("sandbox: restoring memory: %w", err))
	}
	if cur := uint64(len(in.mem.buf)); cur > size {
		tail, err := in.mem.clearTail(size, maxKeptPrivate-min(st.copied, maxKeptPrivate))
		if err != nil {
			return in.kill(fmt.Errorf("sandbox: clearing grown memory: %w", err))
		}
		st.copied += tail.copied
		st.dropped += tail.dropped
		if err := in.shrinkMemory(size); err != nil {
			return in.kill(err)
		}
	}
	in.lastReset = st
	if err := s.restore(in); err != nil {
		return in.kill(err)
	}
	in.mem.refused = false
	in.stdout.reset()
	in.stderr.reset()
	in.reply = in.reply[:0]
	in.pending, in.abandoned = false, false
	in.stopped = abi.StopNone
	in.clockBase, in.clockStart = s.image.clock, time.Now()
	return nil
}

// resettable tells why in must not be reset, if it must not.
func (in *Instance) resettable() error {
	var why string
	switch {
	case in.closed:
		why = "closed"
	case in.failure != nil:
		why = "dead: " + in.failure.Error()
	case in.snap == nil:
		why = "not started from a snapshot"
	case in.stopped != abi.StopNone:
		why = "its last call was stopped"
	case in.abandoned:
		why = "a call returned in the middle of a host call"
	case in.mem.refused:
		why = "it was refused memory"
	default:
		return nil
	}
	return fmt.Errorf("%w: %s", ErrNotResettable, why)
}

// kill marks the instance dead with err after a failed reset.
func (in *Instance) kill(err error) error {
	return in.die(fmt.Errorf("%w: %w", ErrNotResettable, err))
}

// shrinkMemory gives the instance's memory back its first size bytes
// (whole wasm pages); the rest must be zero already. Wasm memories only
// grow, and wazero has no way to shrink one, so this sets its buffer (an
// exported field of wazero's memory instance) one page short of size and
// grows it by that page: the growth asks the instance's allocator for
// size bytes and tells wazero's compiled code the new length. A wazero
// whose memory instance is not shaped as expected makes it fail (the
// instance is then discarded, never reused with the wrong size).
func (in *Instance) shrinkMemory(size uint64) error {
	if size < pageSize || size%pageSize != 0 {
		return fmt.Errorf("sandbox: cannot shrink memory to %d bytes", size)
	}
	mem := in.mod.Memory()
	v := reflect.ValueOf(mem)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return errors.New("sandbox: cannot shrink memory: unexpected wazero memory type")
	}
	buf := v.Elem().FieldByName("Buffer")
	if !buf.IsValid() || !buf.CanSet() || buf.Type() != reflect.TypeFor[[]byte]() {
		return errors.New("sandbox: cannot shrink memory: unexpected wazero memory type")
	}
	short := in.mem.buf[:size-pageSize]
	in.mem.buf = short
	buf.Set(reflect.ValueOf(short))
	if _, ok := mem.Grow(1); !ok || uint64(mem.Size()) != size || uint64(len(in.mem.buf)) != size {
		return errors.New("sandbox: cannot shrink memory: wazero refused the size")
	}
	return nil
}

// memoryOf returns the instance's wasm memory, for tests.
func (in *Instance) memoryOf() api.Memory { return in.mod.Memory() }
