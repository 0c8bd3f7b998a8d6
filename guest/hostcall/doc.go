// Package hostcall is the guest side of the wasmling ABI (see package abi):
// the imports of module "wasmling_v1" and a small, allocation-free API over
// them, plus the buffer management behind the guest's wl_buffer and
// wl_invoke exports.
//
// A guest main package owns one [Host] and one [Mailbox] and wires them to
// its exports:
//
//	var (
//		host hostcall.Host
//		box  hostcall.Mailbox
//	)
//
//	//go:wasmexport wl_buffer
//	func wlBuffer(size uint32) uint32 { return box.Buffer(size) }
//
//	//go:wasmexport wl_invoke
//	func wlInvoke(entry, n uint32) uint64 {
//		req, _ := box.Request(n)
//		reply := run(abi.Entry(entry), req) // an envelope
//		return box.Reply(reply)
//	}
//
// The imports exist only in a wasip1 build. Natively, the package compiles
// (so the interpreter's runtime libraries can be vetted and tested), but
// [Host.Call] fails with [ErrNoHost] and [ShouldStop] never asks to stop.
//
// The guest is single-threaded and a host call never yields to another
// goroutine, so a Host may be shared by all goroutines of the guest as long
// as each consumes a reply before making the next call.
package hostcall
