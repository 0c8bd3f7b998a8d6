package host

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/wasmling/wasmling/abi"
)

// In-guest round trips: a script makes b.N calls in a loop; the time of
// the same loop with an empty body (same instance start-up and imports)
// is subtracted, and the difference per call is reported as ns/call.

func benchGuest(b *testing.B, setup, body string) {
	r := newRunner(b, nil, nil)
	ten := addTenant(b, r, "bench", TenantConfig{Limits: Limits{Timeout: 10 * time.Minute}})
	run := func(n int, body string) (wall, cpu time.Duration) {
		src := fmt.Sprintf("%s\nfor i in range(%d):\n    %s\n", setup, n, body)
		cpu0 := cpuTime()
		start := time.Now()
		res, err := ten.RunScript(context.Background(), "bench.py", []byte(src), nil)
		wall, cpu = time.Since(start), cpuTime()-cpu0
		if err == nil {
			err = res.Err
		}
		if err != nil {
			b.Fatal(err)
		}
		return wall, cpu
	}
	run(10, body) // warm up
	base, baseCPU := run(b.N, "pass")
	b.ResetTimer()
	d, dCPU := run(b.N, body)
	b.StopTimer()
	b.ReportMetric(float64(d-base)/float64(b.N), "ns/call")
	// On a loaded machine wall time includes waiting for a core; the
	// process's CPU time does not.
	b.ReportMetric(float64(dCPU-baseCPU)/float64(b.N), "cpu-ns/call")
}

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkGuestAtomicAdd(b *testing.B) {
	benchGuest(b, "from scriptling.runtime import sync\na = sync.Atomic('n')", "a.add()")
}

// A call of a built-in function that does not reach the host, for
// reference: what the interpreter spends on any call.
func BenchmarkGuestBuiltinCall(b *testing.B) {
	benchGuest(b, "s = 'abc'", "len(s)")
}

func BenchmarkGuestAtomicGet(b *testing.B) {
	benchGuest(b, "from scriptling.runtime import sync\na = sync.Atomic('n')", "a.get()")
}

// dict1KiB is a dict whose encoding is 1 KiB (checked by TestDict1KiB).
const dict1KiB = `d = {"key%02d" % i: "v" * 20 for i in range(33)}
d["pad"] = "p" * 58`

func BenchmarkGuestKVSet1KiB(b *testing.B) {
	benchGuest(b, "import scriptling.runtime.kv as kv\n"+dict1KiB, "kv.set('d', d)")
}

func BenchmarkGuestKVGet1KiB(b *testing.B) {
	benchGuest(b, "import scriptling.runtime.kv as kv\n"+dict1KiB+"\nkv.set('d', d)", "kv.get('d')")
}

func TestDict1KiB(t *testing.T) {
	r := newRunner(t, nil, nil)
	ten := addTenant(t, r, "size", TenantConfig{})
	runOK(t, ten, "import scriptling.runtime.kv as kv\n"+dict1KiB+"\nkv.set('d', d)")
	e := newEnv(ten, EnvScript)
	h := must(t, e, abi.OpKVOpen, "")[0].(int64)
	st, _ := ten.store(h)
	v, _, _ := st.Get(context.Background(), "d")
	if len(v) != 1024 {
		t.Fatalf("the dict encodes to %d bytes", len(v))
	}
}

// Host side only: the cost of serving an op, without the guest.
func BenchmarkHandleOpAtomicAdd(b *testing.B) {
	r := newBareRunner(b, nil)
	ten := addTenant(b, r, "bench", TenantConfig{})
	e := newEnv(ten, EnvRequest)
	h := open(b, e, kindAtomic, "n", int64(0))
	var enc abi.Encoder
	enc.Int(h)
	enc.Int(1)
	req := enc.Bytes()
	reply := make([]byte, 0, 64)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.HandleOp(context.Background(), abi.OpAtomicAdd, req, reply[:0]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHandleOpKVSet1KiB(b *testing.B) {
	r := newBareRunner(b, nil)
	ten := addTenant(b, r, "bench", TenantConfig{})
	e := newEnv(ten, EnvRequest)
	h := must(b, e, abi.OpKVOpen, "")[0].(int64)
	var enc abi.Encoder
	enc.Int(h)
	enc.Str("d")
	enc.Blob(make([]byte, 1020))
	enc.Float(0)
	req := enc.Bytes()
	reply := make([]byte, 0, 64)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.HandleOp(context.Background(), abi.OpKVSet, req, reply[:0]); err != nil {
			b.Fatal(err)
		}
	}
}

// The same round trips with a 1 KiB bytes value: the ABI and the store,
// without building a dict of 34 entries in the guest.
func BenchmarkGuestKVSet1KiBBytes(b *testing.B) {
	benchGuest(b, "import scriptling.runtime.kv as kv\nv = b'x' * 1021", "kv.set('v', v)")
}

func BenchmarkGuestKVGet1KiBBytes(b *testing.B) {
	benchGuest(b, "import scriptling.runtime.kv as kv\nv = b'x' * 1021\nkv.set('v', v)", "kv.get('v')")
}
