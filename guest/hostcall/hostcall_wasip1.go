//go:build wasip1

package hostcall

import (
	"unsafe"

	"github.com/wasmling/wasmling/abi"
)

//go:wasmimport wasmling_v1 call
func call(op uint32, reqPtr unsafe.Pointer, reqLen uint32, respPtr unsafe.Pointer, respCap uint32) int64

//go:wasmimport wasmling_v1 take
func take(ptr unsafe.Pointer, n uint32) int32

//go:wasmimport wasmling_v1 should_stop
func shouldStop() int32

//go:wasmimport wasmling_v1 call
func rawCall(op, reqPtr, reqLen, respPtr, respCap uint32) int64

//go:wasmimport wasmling_v1 take
func rawTake(ptr, n uint32) int32

// ShouldStop asks the host whether to stop: [abi.StopNone] to go on, or
// the reason to stop. Call it every few thousand interpreter steps.
func ShouldStop() abi.StopReason { return abi.StopReason(shouldStop()) }

// Call runs host operation op on request req (a sequence of encoded values)
// and returns the OK payload of the reply. An error envelope is returned
// as an *abi.Exception, a misuse of the ABI as an abi.Code. The payload
// aliases h's buffer: it is valid until the next Call on h.
func (h *Host) Call(op abi.Op, req []byte) ([]byte, error) {
	if h.reply == nil {
		h.reply = make([]byte, replyBufferSize)
	}
	n := call(uint32(op), unsafe.Pointer(unsafe.SliceData(req)), uint32(len(req)),
		unsafe.Pointer(unsafe.SliceData(h.reply)), uint32(len(h.reply)))
	if n < 0 {
		return nil, abi.Code(n)
	}
	reply := h.reply
	if n > int64(len(reply)) {
		// Too big for the buffer: take it into a one-off buffer so that one
		// huge reply does not pin memory for the life of the guest.
		reply = make([]byte, n)
		if rc := take(unsafe.Pointer(unsafe.SliceData(reply)), uint32(n)); rc != 0 {
			return nil, abi.Code(rc)
		}
	}
	return abi.ParseReply(reply[:n])
}

// RawCall calls the call import with arbitrary arguments. It exists for
// tests of the host's checks; use [Host.Call].
func RawCall(op, reqPtr, reqLen, respPtr, respCap uint32) int64 {
	return rawCall(op, reqPtr, reqLen, respPtr, respCap)
}

// RawTake calls the take import with arbitrary arguments. It exists for
// tests of the host's checks.
func RawTake(ptr, n uint32) int32 { return rawTake(ptr, n) }

// Buffer implements the wl_buffer export: it returns the address of a
// buffer of at least size bytes that stays valid until the next Buffer
// call, or 0 if size is over [MaxRequest].
func (m *Mailbox) Buffer(size uint32) uint32 {
	if size > MaxRequest {
		return 0
	}
	if int(size) > len(m.in) || m.in == nil {
		m.in = make([]byte, max(int(size), minRequestBuffer))
	}
	return uint32(uintptr(unsafe.Pointer(unsafe.SliceData(m.in))))
}

// Reply returns the wl_invoke result for reply (an envelope): its address
// and length packed as (ptr << 32) | len. The Mailbox keeps reply alive
// until the next Reply.
func (m *Mailbox) Reply(reply []byte) uint64 {
	m.out = reply
	return uint64(uintptr(unsafe.Pointer(unsafe.SliceData(reply))))<<32 | uint64(len(reply))
}
