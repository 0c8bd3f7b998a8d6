package sandbox

import (
	"bytes"
	"sync"
)

// stderrTail is how many of the last bytes written to stderr an instance
// keeps to explain a crash, even after an output flood.
const stderrTail = 8 << 10

// oomMarker is what the Go runtime prints when it runs out of memory.
const oomMarker = "fatal error: out of memory"

// A capture is a capped io.Writer for a guest's stdout or stderr: it keeps
// the first limit bytes written since the last take, counts the rest, and
// keeps the last tailSize bytes ever written. Its memory use is bounded
// whatever the guest writes.
type capture struct {
	mu       sync.Mutex
	limit    int
	head     []byte
	dropped  int64
	tailSize int
	tail     []byte // ring of tailSize bytes, allocated on first write
	written  int64  // total bytes ever written
	sawOOM   bool   // oomMarker was written, possibly across writes
}

func newCapture(limit, tailSize int) *capture { return &capture{limit: limit, tailSize: tailSize} }

// Write never fails and never grows the host past the limit.
func (c *capture) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	keep := max(min(len(p), c.limit-len(c.head)), 0)
	c.head = append(c.head, p[:keep]...)
	c.dropped += int64(len(p) - keep)
	if c.tailSize > 0 {
		c.writeTail(p)
	}
	c.written += int64(len(p))
	return len(p), nil
}

// writeTail adds p to the tail ring and looks for oomMarker across the
// boundary with what came before.
func (c *capture) writeTail(p []byte) {
	if c.tail == nil {
		c.tail = make([]byte, c.tailSize)
	}
	if !c.sawOOM {
		prev := c.lastLocked(len(oomMarker) - 1)
		window := append(prev, p[:min(len(p), 2*len(oomMarker))]...)
		c.sawOOM = bytes.Contains(window, []byte(oomMarker)) || bytes.Contains(p, []byte(oomMarker))
	}
	end := c.written
	t := p
	if len(t) > c.tailSize {
		end += int64(len(t) - c.tailSize)
		t = t[len(t)-c.tailSize:]
	}
	for len(t) > 0 {
		n := copy(c.tail[int(end%int64(c.tailSize)):], t)
		t = t[n:]
		end += int64(n)
	}
}

// reset forgets everything written, as a new capture.
func (c *capture) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.head, c.dropped, c.written, c.sawOOM = nil, 0, 0, false
	clear(c.tail)
}

// take returns the kept bytes and the count of dropped ones since the last
// take, and starts over.
func (c *capture) take() ([]byte, int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, d := c.head, c.dropped
	c.head, c.dropped = nil, 0
	return b, d
}

// lastBytes returns the last bytes written (up to tailSize), oldest first.
func (c *capture) lastBytes() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lastLocked(c.tailSize)
}

func (c *capture) lastLocked(n int) []byte {
	k := int(min(c.written, int64(n), int64(c.tailSize)))
	out := make([]byte, 0, k)
	for i := c.written - int64(k); i < c.written; i++ {
		out = append(out, c.tail[i%int64(c.tailSize)])
	}
	return out
}

// outOfMemory reports whether the Go runtime's out-of-memory message was
// written.
func (c *capture) outOfMemory() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sawOOM
}

// Output is what a guest wrote to stdout and stderr, capped.
type Output struct {
	Stdout, Stderr []byte
	// StdoutDropped and StderrDropped count the bytes written past the
	// instance's output limit and not kept.
	StdoutDropped, StderrDropped int64
}

// Truncated reports whether any output was dropped.
func (o Output) Truncated() bool { return o.StdoutDropped > 0 || o.StderrDropped > 0 }
