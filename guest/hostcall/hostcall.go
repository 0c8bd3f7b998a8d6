package hostcall

import "errors"

// ErrNoHost is returned by Host.Call outside a wasip1 guest.
var ErrNoHost = errors.New("hostcall: not running inside a wasmling sandbox")

// Sizes of the buffers a Host and a Mailbox keep.
const (
	// MaxRequest is the largest entry request a Mailbox accepts.
	MaxRequest = 1 << 30
	// replyBufferSize is the reply buffer a Host keeps; longer replies
	// are taken into one-off buffers.
	replyBufferSize = 16 << 10
	// minRequestBuffer is the smallest buffer a Mailbox allocates.
	minRequestBuffer = 4 << 10
)

// A Host makes host calls through the call and take imports, reusing one
// reply buffer. The zero value is ready to use.
type Host struct {
	reply []byte
}

// A Mailbox holds the guest's entry request buffer (wl_buffer) and keeps
// the last entry reply alive for the host to read (wl_invoke). The zero
// value is ready to use.
type Mailbox struct {
	in  []byte
	out []byte
}

// Request returns the first n bytes of the request buffer, or false if n
// is larger than the buffer the host asked for.
func (m *Mailbox) Request(n uint32) ([]byte, bool) {
	if uint64(n) > uint64(len(m.in)) {
		return nil, false
	}
	return m.in[:n:n], true
}
