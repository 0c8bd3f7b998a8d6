package lang

import (
	"context"
	"crypto/rand"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// NativeHost is a Host for running scripts natively (tests and tools): real
// clocks, crypto randomness, the given writers, modules from a folder, and
// an optional context whose cancellation stops the script.
type NativeHost struct {
	Ctx   context.Context
	Out   io.Writer
	Err   io.Writer
	Dir   string // folder for script modules; "" for none
	start time.Time
	// MaxSteps, when positive, stops a script after that many calls of
	// Check (for fuzzing).
	MaxChecks int
	checks    int
}

// NewNativeHost returns a host writing to out and errw (os.Stdout and
// os.Stderr when nil) and loading modules from dir.
func NewNativeHost(out, errw io.Writer, dir *string) *NativeHost {
	if out == nil {
		out = os.Stdout
	}
	if errw == nil {
		errw = os.Stderr
	}
	h := &NativeHost{Ctx: context.Background(), Out: out, Err: errw, start: time.Now()}
	if dir != nil {
		h.Dir = *dir
	}
	return h
}

// ErrStepLimit is the error Check returns once MaxChecks is used up.
var ErrStepLimit = &stepLimit{}

type stepLimit struct{}

func (*stepLimit) Error() string { return "step limit reached" }

// Check implements Host.
func (h *NativeHost) Check() error {
	if h.MaxChecks > 0 {
		h.checks++
		if h.checks > h.MaxChecks {
			return ErrStepLimit
		}
	}
	if h.Ctx != nil {
		return h.Ctx.Err()
	}
	return nil
}

// Now implements Host.
func (h *NativeHost) Now() time.Time { return time.Now() }

// Monotonic implements Host.
func (h *NativeHost) Monotonic() time.Duration { return time.Since(h.start) }

// Sleep implements Host.
func (h *NativeHost) Sleep(d time.Duration) error {
	if d <= 0 {
		return h.Check()
	}
	ctx := h.Ctx
	if ctx == nil {
		ctx = context.Background()
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-tm.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Random implements Host.
func (h *NativeHost) Random(p []byte) { _, _ = rand.Read(p) }

// Stdout implements Host.
func (h *NativeHost) Stdout() io.Writer { return h.Out }

// Stderr implements Host.
func (h *NativeHost) Stderr() io.Writer { return h.Err }

// LoadModule implements Host: a.b is a/b.py, then a/b/__init__.py, then
// a.b.py, inside Dir.
func (h *NativeHost) LoadModule(name string) ([]byte, string, error) {
	if h.Dir == "" {
		return nil, "", ErrModuleNotFound
	}
	for _, part := range strings.Split(name, ".") {
		if part == "" || strings.ContainsAny(part, `/\`) {
			return nil, "", ErrModuleNotFound
		}
	}
	rel := strings.ReplaceAll(name, ".", "/")
	for _, cand := range []string{rel + ".py", rel + "/__init__.py", name + ".py"} {
		p := filepath.Join(h.Dir, filepath.FromSlash(cand))
		if src, err := os.ReadFile(p); err == nil {
			return src, cand, nil
		}
	}
	return nil, "", ErrModuleNotFound
}
