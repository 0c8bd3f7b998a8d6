//go:build linux && (amd64 || arm64)

package sandbox

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
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
	payload := bytes.Repeat([]byte{1}, 100_000)
	work := func() {
		if _, err := in.Invoke(ctx, entryEcho, payload); err != nil {
			t.Fatal(err)
		}
		if err := in.Reset(ctx); err != nil {
			t.Fatal(err)
		}
	}
	// Count this thread's faults only: the guest runs on the calling
	// goroutine, and other tests and the collector fault pages too.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	// Warm up: the host's heap settles after a few rounds of 100 KB
	// replies (seen in a fresh process: 31 faults a round for 5 rounds).
	for range 10 {
		runtime.GC()
		work()
	}
	var fs []int64
	for range 10 {
		// The reply is a new 100 KB slice on the host: collect first, so
		// that it reuses freed memory instead of faulting fresh pages in.
		runtime.GC()
		f0 := minorFaults()
		work()
		fs = append(fs, minorFaults()-f0)
	}
	// A reset that dropped the pages would fault every round (the echo
	// touches 25 pages or more); allow for a collector assist now and then.
	t.Logf("page faults per request after resets: %v", fs)
	quiet := 0
	for _, f := range fs {
		if f <= 2 {
			quiet++
		}
	}
	if quiet < 5 {
		t.Fatalf("page faults per request after resets: %v", fs)
	}
}

// minorFaults returns the calling thread's minor page faults so far.
func minorFaults() int64 {
	const rusageThread = 1 // RUSAGE_THREAD
	var ru syscall.Rusage
	syscall.Getrusage(rusageThread, &ru)
	return ru.Minflt
}

// TestPrivatePagesMethods: the PAGEMAP_SCAN ioctl and the page map's
// entries find the same private pages, and without a page map a reset is
// still exact (it drops every page of the mapping).
func TestPrivatePagesMethods(t *testing.T) {
	ctx := context.Background()
	in := fromSnapshot(t, NewInstanceConfig())
	secret := newSecret()
	if _, err := in.Invoke(ctx, entrySecret, enc(t, secret)); err != nil {
		t.Fatal(err)
	}
	f, err := pagemapFile()
	if err != nil {
		t.Skip(err)
	}
	mem := in.mem.reserved[:in.snap.MemorySize()]
	scanned, err := scanPrivatePages(f, mem, nil)
	if err != nil {
		t.Skipf("no PAGEMAP_SCAN: %v", err)
	}
	read, err := readPrivatePages(f, mem, nil)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(scanned) != fmt.Sprint(read) || len(read) == 0 {
		t.Fatalf("PAGEMAP_SCAN found %v, the page map %v", scanned, read)
	}
	pagemap.off.Store(true)
	defer pagemap.off.Store(false)
	resetChecked(t, in, secret)
	if in.lastReset.dropped != in.snap.MemorySize() || in.lastReset.copied != 0 {
		t.Fatalf("without a page map: %+v", in.lastReset)
	}
	if c := counterOf(t, in); c != 6 {
		t.Fatalf("counter %d after a reset without a page map", c)
	}
}
