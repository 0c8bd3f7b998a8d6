package sandbox

import (
	"bufio"
	"context"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// TestPrivateMemoryPerInstance measures the memory each live instance
// adds to the process (anonymous resident memory, which includes pages an
// instance copied from a snapshot on write and wazero's own structures),
// for fresh instances and instances from a snapshot. Run with -v to see
// the figures.
func TestPrivateMemoryPerInstance(t *testing.T) {
	if testing.Short() || runtime.GOOS != "linux" {
		t.Skip("needs /proc/self/status")
	}
	ctx := context.Background()
	const n = 40
	measure := func(start func() (*Instance, error)) int64 {
		runtime.GC()
		before := rssAnon(t)
		ins := make([]*Instance, 0, n)
		for range n {
			in, err := start()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := in.Invoke(ctx, entryEcho, []byte{0}); err != nil {
				t.Fatal(err)
			}
			ins = append(ins, in)
		}
		runtime.GC()
		per := (rssAnon(t) - before) / n
		for _, in := range ins {
			in.Close(ctx)
		}
		return per
	}
	s := snapshot(t)
	fresh := measure(func() (*Instance, error) { return engine(t).NewInstance(ctx, NewInstanceConfig()) })
	snap := measure(func() (*Instance, error) { return s.NewInstance(ctx, NewInstanceConfig()) })
	t.Logf("private memory per live instance: fresh %d KiB, from snapshot %d KiB (snapshot image %d KiB)", fresh>>10, snap>>10, s.MemorySize()>>10)
	if res, _ := reserve(pageSize); res != nil { // copy-on-write mapping available
		release(res)
		if snap*2 > fresh {
			t.Errorf("instances from a snapshot use %d KiB each, fresh ones %d KiB", snap>>10, fresh>>10)
		}
	}
}

// rssAnon returns the process's resident anonymous memory in bytes.
func rssAnon(t *testing.T) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "RssAnon:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb << 10
		}
	}
	t.Skip("no RssAnon")
	return 0
}
