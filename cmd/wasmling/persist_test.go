package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wasmling/wasmling/internal/testbin"
)

// TestKVPersistence: with --data, kv stores outlive the process: after a
// clean exit, and after kill -9 for every set the script saw acknowledged.
func TestKVPersistence(t *testing.T) {
	bin := testbin.Path(t)
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("set.py", `
import scriptling.runtime.kv as kv
kv.set("greeting", {"text": "hello", "n": [1, 2]})
kv.open("other").set("k", b"bytes")
kv.set("expiring", 1, ttl=3600)
kv.open(":memory:gone").set("k", 1)
`)
	write("get.py", `
import scriptling.runtime.kv as kv
print(kv.get("greeting"), kv.open("other").get("k"), 3500 < kv.ttl("expiring") <= 3600, kv.open(":memory:gone").get("k"))
`)
	if _, stderr, code := runBin(t, bin, dir, time.Minute, "run", "--data", data, "set.py"); code != 0 {
		t.Fatalf("set.py: exit %d\n%s", code, stderr)
	}
	out, stderr, code := runBin(t, bin, dir, time.Minute, "run", "--data", data, "get.py")
	if want := "{'text': 'hello', 'n': [1, 2]} b'bytes' True None\n"; code != 0 || out != want {
		t.Fatalf("after a restart: exit %d, %q, want %q\n%s", code, out, want, stderr)
	}
	// without --data, nothing persists
	if out, _, _ := runBin(t, bin, dir, time.Minute, "run", "get.py"); !strings.HasPrefix(out, "None None False") {
		t.Fatalf("without --data: %q", out)
	}

	// kill -9 while writing: every set acknowledged before the kill is there
	write("writer.py", `
import scriptling.runtime.kv as kv
pad = "x" * 1000
i = 0
while True:
    kv.set("k%d" % i, i)
    print("acked", i, pad)  # output reaches the test in 8 KiB chunks
    i += 1
`)
	cmd := exec.Command(bin, "run", "--timeout", "2m", "--data", data, "writer.py")
	cmd.Dir = dir
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	last := -1
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	deadline := time.Now().Add(time.Minute)
	for sc.Scan() && last < 40 && time.Now().Before(deadline) {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 && f[0] == "acked" {
			if last, err = strconv.Atoi(f[1]); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if last < 0 {
		t.Fatal("the writer acknowledged nothing")
	}
	write("check.py", `
import scriptling.runtime.kv as kv
last = `+strconv.Itoa(last)+`
missing = [i for i in range(last + 1) if kv.get("k%d" % i) != i]
print("missing", missing)
`)
	out, stderr, code = runBin(t, bin, dir, time.Minute, "run", "--data", data, "check.py")
	if code != 0 || out != "missing []\n" {
		t.Fatalf("after kill -9 (last acknowledged %d): exit %d, %q\n%s", last, code, out, stderr)
	}
	t.Logf("all %d acknowledged sets survived kill -9", last+1)
}
