package runtime

import (
	"fmt"
	"strings"
	"testing"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/lang"
)

// Native tests of the runtime library and its scheduler, over fakeHost.
// Natively the goroutines run on real threads; the interpreter hand-off
// must still order everything (run with -race).

func runOK(t *testing.T, h Host, src string) string {
	t.Helper()
	out, err := runNative(t, h, src)
	if err != nil {
		if e, ok := lang.AsException(err); ok {
			t.Fatalf("%s\noutput:\n%s", e.FormatTraceback(), out)
		}
		t.Fatalf("%v\noutput:\n%s", err, out)
	}
	return out
}

func TestRunPromises(t *testing.T) {
	out := runOK(t, newFakeHost(), `
import scriptling.runtime as runtime
def worker(a, b):
    return a + b
print(runtime.run(worker, 5, 10).get())
shared = []
def add(x):
    shared.append(x)
ps = [runtime.run(add, i) for i in range(8)]
for p in ps:
    p.wait()
print(sorted(shared))
`)
	if out != "15\n[0, 1, 2, 3, 4, 5, 6, 7]\n" {
		t.Fatalf("got %q", out)
	}
}

func TestQueueAcrossGoroutines(t *testing.T) {
	h := newFakeHost()
	out := runOK(t, h, `
import scriptling.runtime as runtime
from scriptling.runtime import sync
q = sync.Queue("q")
def consumer():
    got = []
    while True:
        it = q.get()
        if it is None:
            return got
        got.append(it)
c = runtime.run(consumer)
runtime.run(lambda: None).get()  # the consumer waits on a ticket now
for i in range(5):
    q.put(i)
q.close()
print(c.get())
`)
	if out != "[0, 1, 2, 3, 4]\n" {
		t.Fatalf("got %q", out)
	}
	if h.calls[abi.OpWait] == 0 {
		t.Fatal("the consumer never waited in the host")
	}
}

func TestDeadlock(t *testing.T) {
	out := runOK(t, newFakeHost(), `
import scriptling.runtime as runtime
p = runtime.run(lambda: p.get())
try:
    p.get()
except RuntimeError as e:
    print(str(e)[:9])
`)
	if out != "deadlock:\n" {
		t.Fatalf("got %q", out)
	}
}

func TestSleepRunsOthers(t *testing.T) {
	h := newFakeHost()
	out := runOK(t, h, `
import scriptling.runtime as runtime
from time import sleep
order = []
def sleeper(name, d):
    sleep(d)
    order.append(name)
a = runtime.run(sleeper, "slow", 0.2)
b = runtime.run(sleeper, "fast", 0.01)
a.get()
b.get()
print(order)
`)
	if out != "['fast', 'slow']\n" {
		t.Fatalf("got %q", out)
	}
	if len(h.sleeps) == 0 {
		t.Fatal("no sleep in the host")
	}
}

func TestFinishCancels(t *testing.T) {
	h := newFakeHost()
	out, err := runNative(t, h, `
import scriptling.runtime as runtime
from scriptling.runtime import sync
q = sync.Queue("never")
def waiter():
    try:
        q.get()
    finally:
        print("unwound")
for i in range(3):
    runtime.run(waiter)
runtime.run(lambda: None).get()
print("end")
`)
	if err != nil {
		t.Fatal(err)
	}
	// finally blocks do not run for an uncatchable interrupt, or do: either
	// way the run ends without hanging.
	if !strings.HasPrefix(out, "end\n") {
		t.Fatalf("got %q", out)
	}
}

func TestMaxRun(t *testing.T) {
	out := runOK(t, newFakeHost(), `
import scriptling.runtime as runtime
from scriptling.runtime import sync
q = sync.Queue("gate")
ps = [runtime.run(q.get) for i in range(8)]
try:
    runtime.run(q.get)
except RuntimeError as e:
    print("limit")
q.close()
print([p.get() for p in ps])
`)
	if out != "limit\n[None, None, None, None, None, None, None, None]\n" {
		t.Fatalf("got %q", out)
	}
}

// The guest-side cost of runtime calls (natively: the guest's Go code is
// several times slower in wasm).
func BenchmarkNativeAtomicAdd(b *testing.B) {
	benchNative(b, "from scriptling.runtime import sync\na = sync.Atomic('n')", "a.add()")
}

func BenchmarkNativeKVGet1KiB(b *testing.B) {
	benchNative(b, `import scriptling.runtime.kv as kv
d = {"key%02d" % i: "v" * 20 for i in range(33)}
d["pad"] = "p" * 58
kv.set("d", d)`, "kv.get('d')")
}

func BenchmarkNativeKVSet1KiB(b *testing.B) {
	benchNative(b, `import scriptling.runtime.kv as kv
d = {"key%02d" % i: "v" * 20 for i in range(33)}
d["pad"] = "p" * 58`, "kv.set('d', d)")
}

func benchNative(b *testing.B, setup, body string) {
	src := fmt.Sprintf("%s\nfor i in range(%d):\n    %s\n", setup, b.N, body)
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := runNative(b, newFakeHost(), src); err != nil {
		b.Fatal(err)
	}
}

func TestKVStoreMethodsAndShortcuts(t *testing.T) {
	out := runOK(t, newFakeHost(), `
import scriptling.runtime as runtime
import scriptling.runtime.kv as kv
s = kv.open("named")
s.set("a", [1, 2])
kv.default.set("b", "x", ttl=5)
kv.set("c", {"k": None})
print(s.get("a"), s.get("zz", default=3), kv.get("b"), kv.default.get("c"), runtime.kv.get("nope", 7))
`)
	if out != "[1, 2] 3 x {'k': None} 7\n" {
		t.Fatalf("got %q", out)
	}
}
