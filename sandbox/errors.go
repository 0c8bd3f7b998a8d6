package sandbox

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/wasmling/wasmling/abi"
)

// Errors of an Instance that cannot run a call.
var (
	// ErrDead is returned by an instance that failed earlier (a trap, a
	// timeout that interrupted it, a host panic); discard it.
	ErrDead = errors.New("sandbox: instance is dead after an earlier failure")
	// ErrClosed is returned by an instance after Close.
	ErrClosed = errors.New("sandbox: instance is closed")
	// ErrBusy is returned when an instance is asked to run a call while it
	// runs another: an Instance serves one caller at a time.
	ErrBusy = errors.New("sandbox: instance is busy with another call")
)

// A TimeoutError reports that an invocation ran past its context's
// deadline.
type TimeoutError struct {
	Limit time.Duration // the time the invocation was given
}

// Error returns e.g. "TimeoutError: execution did not finish after 2s".
func (e *TimeoutError) Error() string {
	return abi.TimeoutError + ": " + e.Message()
}

// Message returns the message without the exception type.
func (e *TimeoutError) Message() string {
	return "execution did not finish after " + roundDuration(e.Limit).String()
}

// ExceptionType returns the exception type name a script sees.
func (e *TimeoutError) ExceptionType() string { return abi.TimeoutError }

// Is reports whether target is context.DeadlineExceeded.
func (e *TimeoutError) Is(target error) bool { return target == context.DeadlineExceeded }

// A CancelledError reports that an invocation's context was cancelled
// (client gone, shutdown) before it finished.
type CancelledError struct {
	Cause error // context.Cause of the invocation's context
}

// Error returns "CancelledError: execution cancelled: cause".
func (e *CancelledError) Error() string { return abi.CancelledError + ": " + e.Message() }

// Message returns the message without the exception type.
func (e *CancelledError) Message() string {
	if e.Cause == nil {
		return "execution cancelled"
	}
	return "execution cancelled: " + e.Cause.Error()
}

// ExceptionType returns the exception type name a script sees.
func (e *CancelledError) ExceptionType() string { return abi.CancelledError }

// Unwrap returns the cause.
func (e *CancelledError) Unwrap() error { return e.Cause }

// A MemoryError reports that the guest ran out of memory at its
// instance's cap. The instance is dead.
type MemoryError struct {
	Limit uint64 // the instance's memory cap in bytes
}

// Error returns e.g. "MemoryError: out of memory: instance limit 64MiB".
func (e *MemoryError) Error() string { return abi.MemoryError + ": " + e.Message() }

// Message returns the message without the exception type.
func (e *MemoryError) Message() string {
	return "out of memory: instance limit " + formatBytes(e.Limit)
}

// ExceptionType returns the exception type name a script sees.
func (e *MemoryError) ExceptionType() string { return abi.MemoryError }

// A CrashError reports that the guest trapped or exited: a bug in the
// guest, or an ABI violation. The instance is dead.
type CrashError struct {
	Trap   string // the trap or exit message, with the wasm stack trace when there is one
	Stderr string // the last bytes the guest wrote to stderr
}

// Error returns the trap message followed by the tail of stderr.
func (e *CrashError) Error() string {
	s := "sandbox: guest crashed: " + e.Trap
	if t := strings.TrimSpace(e.Stderr); t != "" {
		s += "\nstderr (tail):\n" + t
	}
	return s
}

// A HostPanicError reports that a host function panicked while serving
// the guest. The panic was recovered; the instance is dead.
type HostPanicError struct {
	Op    abi.Op // the op being served
	Value any    // the value passed to panic
	Stack []byte // the host goroutine's stack at the panic
}

// Error describes the panic.
func (e *HostPanicError) Error() string {
	return fmt.Sprintf("sandbox: host panicked serving %v: %v", e.Op, e.Value)
}

// roundDuration rounds d for messages: to milliseconds from 10ms on, to
// microseconds below.
func roundDuration(d time.Duration) time.Duration {
	if d >= 10*time.Millisecond {
		return d.Round(time.Millisecond)
	}
	return d.Round(time.Microsecond)
}

// formatBytes prints n in the largest binary unit that divides it.
func formatBytes(n uint64) string {
	for _, u := range []struct {
		shift uint
		name  string
	}{{30, "GiB"}, {20, "MiB"}, {10, "KiB"}} {
		if n >= 1<<u.shift && n%(1<<u.shift) == 0 {
			return fmt.Sprintf("%d%s", n>>u.shift, u.name)
		}
	}
	return fmt.Sprintf("%dB", n)
}
