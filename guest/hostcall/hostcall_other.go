//go:build !wasip1

package hostcall

import "github.com/wasmling/wasmling/abi"

// ShouldStop always returns [abi.StopNone] outside a wasip1 guest.
func ShouldStop() abi.StopReason { return abi.StopNone }

// Call always fails with [ErrNoHost] outside a wasip1 guest.
func (h *Host) Call(op abi.Op, req []byte) ([]byte, error) { return nil, ErrNoHost }

// Buffer always returns 0 outside a wasip1 guest.
func (m *Mailbox) Buffer(size uint32) uint32 { return 0 }

// Reply always returns 0 outside a wasip1 guest.
func (m *Mailbox) Reply(reply []byte) uint64 { return 0 }
