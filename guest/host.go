package main

import (
	"crypto/rand"
	"errors"
	"io"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/hostcall"
	"github.com/wasmling/wasmling/guest/runtime"
	"github.com/wasmling/wasmling/lang"
)

// scriptHost implements lang.Host inside the sandbox: the clocks and
// entropy are WASI's (the sandbox supplies them), output goes to the
// captured stdout and stderr, and stopping, sleeping and module sources
// are host calls.
type scriptHost struct {
	g  *guest
	rt *runtime.Runtime
}

// started anchors Monotonic; the sandbox keeps the monotonic clock
// running across snapshots.
var started = time.Now()

func (h *scriptHost) Check() error {
	if hostcall.ShouldStop() != abi.StopNone {
		return errStopped
	}
	if h.rt == nil {
		return nil
	}
	return h.rt.Check()
}

var errStopped = errors.New("stopped by the host")

func (h *scriptHost) Now() time.Time           { return time.Now() }
func (h *scriptHost) Monotonic() time.Duration { return time.Since(started) }
func (h *scriptHost) Random(p []byte)          { _, _ = rand.Read(p) }
func (h *scriptHost) Stdout() io.Writer        { return h.g.stdout }
func (h *scriptHost) Stderr() io.Writer        { return h.g.stderr }

// Sleep sleeps the running interpreter goroutine; the instance's other
// goroutines (runtime.run) run meanwhile.
func (h *scriptHost) Sleep(d time.Duration) error {
	h.g.stdout.Flush()
	if h.rt == nil {
		return &lang.Interrupt{Err: errors.New("sleep outside an invocation")}
	}
	return h.rt.Sleep(d)
}

// LoadModule asks the host for a module's source: (str name) →
// (str filename, str source); a ModuleNotFoundError envelope when there is
// no such module.
func (h *scriptHost) LoadModule(name string) ([]byte, string, error) {
	e := abi.NewEncoder(nil)
	e.Str(name)
	reply, err := h.g.host.Call(abi.OpLoadModule, e.Bytes())
	if err != nil {
		var exc *abi.Exception
		if errors.As(err, &exc) && exc.Type == "ModuleNotFoundError" {
			return nil, "", lang.ErrModuleNotFound
		}
		if errors.As(err, &exc) {
			return nil, "", lang.NewError(lang.ImportErrorType, "%s", exc.Message)
		}
		return nil, "", err
	}
	d := abi.NewDecoder(reply)
	filename, err := d.Str()
	if err != nil {
		return nil, "", err
	}
	src, err := d.StrBytes()
	if err != nil {
		return nil, "", err
	}
	return append([]byte(nil), src...), filename, nil
}

// reseed implements abi.EntryReseed: fresh entropy for what a snapshot
// froze. The interpreter draws its randomness from crypto/rand (WASI
// random_get, fresh per instance), so there is nothing to replace yet.
func (g *guest) reseed(req []byte) []byte {
	d := abi.NewDecoder(req)
	b, err := d.Bytes()
	if err != nil || len(b) < 32 {
		return abi.AppendError(g.enc.Bytes(), abi.ValueError, "reseed needs at least 32 bytes")
	}
	copy(g.seed[:], b)
	return abi.AppendOK(g.enc.Bytes())
}
