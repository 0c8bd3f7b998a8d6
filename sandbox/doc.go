// Package sandbox runs WebAssembly guests that speak the wasmling ABI (see
// package abi) in wazero, each instance isolated and limited. It knows
// nothing about HTTP, tenants or the interpreter: it starts instances,
// passes entry requests and host calls, and enforces memory, output and
// time limits.
//
// # Shape
//
// An [Engine] compiles one guest module once (with an on-disk compilation
// cache) and holds the wazero runtime with the WASI and "wasmling_v1"
// host modules. [Engine.NewInstance] starts a fresh [Instance];
// [Engine.NewSnapshot] captures an initialised one and
// [Snapshot.NewInstance] starts instances from it in a fraction of the
// time; [Instance.Reset] returns a used one to its snapshot; a [Pool]
// keeps instances ready and resets the ones handed back. [Instance.Invoke] runs an entry
// point; ops the sandbox does not serve itself go to the instance's
// [Handler]. Configuration is immutable ([EngineConfig], [InstanceConfig]).
//
// # Decisions
//
// Time. wazero's WithCloseOnContextDone makes guest code 14-17x slower, so
// it is not used. The context of Invoke reaches the guest through the
// should_stop import, which the interpreter calls every few thousand
// steps: it answers in nanoseconds (a non-blocking receive on ctx.Done())
// and is also where the host's garbage collector can preempt the guest.
// abi.OpSleep and blocking host ops end at the deadline. A guest asleep in
// WASI poll_oneoff (all its goroutines in time.Sleep) is aborted at the
// deadline and the instance dies: its scheduler would only sleep again. A
// guest loop that never calls should_stop cannot be interrupted: it runs to
// its end and Invoke then reports the overrun. [WithTimeout] records the
// limit so the TimeoutError names it.
//
// Memory. wazero's memory limit is runtime-wide, so each instance gets its
// own experimental.LinearMemory whose Reallocate refuses to grow past the
// instance's cap. On Linux the whole cap is reserved as virtual memory up
// front (no copying on growth, no physical memory until touched). At the
// cap the Go runtime in the guest dies with "fatal error: out of memory";
// the refused growth or that message turns the trap into a [MemoryError].
//
// Failures. A trap, a guest exit, a host panic or an aborted sleep kills
// the instance (its memory is released at once; later calls return
// [ErrDead]); the error says why ([CrashError] with the tail of stderr,
// [MemoryError], [HostPanicError], [TimeoutError]). A cooperative stop at
// the deadline does not: the guest unwinds and returns its own error
// envelope, which Invoke returns along with the [TimeoutError].
//
// Output. stdout and stderr are captured per instance, capped: the first N
// bytes are kept, the rest counted; stderr also keeps a small tail ring to
// explain crashes after a flood.
//
// Snapshots. Between export calls, all the state of a Go reactor is its
// linear memory plus its mutable globals. The module is rewritten once
// (its mutable globals exported, its data segments and _initialize taken
// out of the instantiation path); a boot instance gets the data segments
// written by the host, runs _initialize and an optional warm-up, and its
// memory is copied into a memfd. New instances map that memfd
// copy-on-write (MAP_PRIVATE over the start of their reservation; a plain
// copy on other platforms), get the globals set, continue the snapshot's
// monotonic clock, and are reseeded through abi.EntryReseed, since the
// guest's random state is part of the image. What a reseed cannot reach,
// the Go runtime's internal random state and map hash seeds, stays shared
// by all instances of a snapshot; Scriptling-visible randomness and the
// interpreter's own hash seeds must come from the reseed.
//
// Reuse. [Instance.Reset] returns a used instance to its snapshot without
// building a new one and without faulting in again the pages it touched
// (each page fault costs tens of microseconds on some virtual machines).
// Its memory holds two kinds of pages: the image's own, shared and never
// written, and private copies made where the instance wrote. The page
// table tells them apart (the PAGEMAP_SCAN ioctl of /proc/self/pagemap,
// Linux 6.7, else the pagemap's entries: present or swapped and not a
// file page), so a reset copies the image over the private pages only,
// keeping them resident. Memory grown past the snapshot is zeroed (kept
// resident up to a bound, else handed back) and the memory shrunk to the
// snapshot's size, through the one wazero internal the sandbox touches:
// the exported Buffer field of its memory instance, set a page short and
// grown by one page so that wazero's compiled code learns the length.
// Then the globals, the request buffer, the output captures, the host-call
// state and the clock (back to the snapshot's reading) are set as in a new
// instance, and the guest is reseeded. Pages are never compared: what the
// page table says is private is restored, and without a page table the
// whole mapping is dropped (MADV_DONTNEED maps the image back in). Only
// instances whose calls all ended normally are reset; a crash, a memory
// limit, a stop at a deadline or cancellation, or a host reply left
// pending makes [ErrNotResettable]. What wazero keeps per instance besides
// memory and globals is assumed not to change between calls: the table
// (Go guests never write it) and the WASI file table (no files, and the
// guest never closes its standard streams). [Pool.Put] and
// [Pool.Recycle] reset used instances for the pool's next Get.
package sandbox
