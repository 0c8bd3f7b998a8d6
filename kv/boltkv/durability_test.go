package boltkv_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/wasmling/wasmling/kv/boltkv"
)

const childEnv = "BOLTKV_DURABILITY_CHILD_DIR"

func valueFor(key string) []byte { return bytes.Repeat([]byte(key+";"), 1024/(len(key)+1)) }

// TestDurability re-executes the test binary as a child that writes keys
// from 4 goroutines and prints "ack KEY" after each acknowledged Set, kills
// it with SIGKILL mid-stream, then checks that every acknowledged key is in
// the reopened store with its value.
func TestDurability(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		t.Skip("running as the child")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestDurabilityChild$", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []string
	killed := false
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		key, ok := strings.CutPrefix(sc.Text(), "ack ")
		if !ok {
			continue
		}
		acked = append(acked, key)
		if len(acked) == 300 && !killed {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true
		}
	}
	err = cmd.Wait()
	if !killed {
		t.Fatalf("child ended before it was killed (%v) after %d acks", err, len(acked))
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child was not killed by SIGKILL: %v", err)
	}

	b := mustOpen(t, dir, boltkv.Options{})
	defer b.Close()
	s, err := b.Open(t.Context(), "tenant", "durable")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range acked {
		v, ok, err := s.Get(t.Context(), k)
		if err != nil || !ok || !bytes.Equal(v, valueFor(k)) {
			t.Fatalf("acknowledged key %q lost after SIGKILL: %d bytes, %v, %v", k, len(v), ok, err)
		}
	}
	keys, _ := s.Keys(t.Context(), "*")
	t.Logf("%d keys acknowledged before SIGKILL, %d on disk, all acknowledged ones intact", len(acked), len(keys))
	b.Close()
	countEntries(t, dir) // checks the file's consistency
}

// TestDurabilityChild is the child of TestDurability; it does nothing in
// a normal run. It stops by itself after 20 s if nobody kills it.
func TestDurabilityChild(t *testing.T) {
	dir := os.Getenv(childEnv)
	if dir == "" {
		t.Skip("only run as TestDurability's child")
	}
	b, err := boltkv.Open(dir, boltkv.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := b.Open(context.Background(), "tenant", "durable")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	deadline := time.Now().Add(20 * time.Second)
	for w := range 4 {
		wg.Go(func() {
			for i := 0; time.Now().Before(deadline); i++ {
				k := fmt.Sprintf("w%d-%06d", w, i)
				if err := s.Set(context.Background(), k, valueFor(k), 0); err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				os.Stdout.WriteString("ack " + k + "\n")
				mu.Unlock()
			}
		})
	}
	wg.Wait()
}
