//go:build linux && (amd64 || arm64)

package sandbox

import (
	"bytes"
	"context"
	"syscall"
	"testing"
)

// TestResetKeepsPagesResident: the second and later resets of an instance
// doing the same work fault no pages in (the point of resetting).
func TestResetKeepsPagesResident(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector faults pages of its own")
	}
	ctx := context.Background()
	in := fromSnapshot(t, NewInstanceConfig())
	work := func() {
		if _, err := in.Invoke(ctx, entryEcho, bytes.Repeat([]byte{1}, 100_000)); err != nil {
			t.Fatal(err)
		}
		if err := in.Reset(ctx); err != nil {
			t.Fatal(err)
		}
	}
	work()
	work()
	var fs []int64
	for range 5 {
		f0 := minorFaults()
		work()
		fs = append(fs, minorFaults()-f0)
	}
	// Other goroutines of the test process fault too; most rounds must not.
	quiet := 0
	for _, f := range fs {
		if f <= 2 {
			quiet++
		}
	}
	if quiet < 3 {
		t.Fatalf("page faults per request after resets: %v", fs)
	}
}

// minorFaults returns the process's minor page faults so far.
func minorFaults() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Minflt
}
