package sandbox

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/wasmling/wasmling/abi"
)

func TestEcho(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	for _, n := range []int{0, 1, 100, 5000, 300 << 10, 10} {
		req := bytes.Repeat([]byte{0x00}, n)
		reply, err := in.Invoke(context.Background(), entryEcho, req)
		if err != nil {
			t.Fatalf("echo %d: %v", n, err)
		}
		if reply[0] != abi.StatusOK || !bytes.Equal(reply[1:], req) {
			t.Fatalf("echo %d: got %d bytes", n, len(reply))
		}
	}
}

func TestUnknownEntry(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	reply, err := in.Invoke(context.Background(), 12345, nil)
	if err != nil {
		t.Fatal(err)
	}
	if exc := exception(t, reply); exc.Type != abi.ValueError {
		t.Fatal(exc)
	}
}

func TestHostOps(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	ctx := context.Background()
	tests := []struct {
		name string
		req  []byte
		ok   []byte // the expected OK payload, or nil
		exc  string // the expected exception, "Type: message"
	}{
		{"echo", enc(t, int64(opEcho), "hello", int64(7)), enc(t, "hello", int64(7)), ""},
		{"big reply uses take", enc(t, int64(opBig), int64(100_000)), bytes.Repeat([]byte{'x'}, 100_000), ""},
		{"reply just over the buffer", enc(t, int64(opBig), int64(16<<10)), bytes.Repeat([]byte{'x'}, 16<<10), ""},
		{"exception", enc(t, int64(opFail)), nil, "KeyError: nope"},
		{"unknown op", enc(t, int64(opUnknown)), nil, "RuntimeError: abi: unknown op"},
		{"sleep 0", enc(t, int64(abi.OpSleep), int64(0)), []byte{}, ""},
		{"sleep bad request", enc(t, int64(abi.OpSleep), "x"), nil, "TypeError: sleep: the request must be one int of nanoseconds"},
		{"stop reason when not stopped", enc(t, int64(abi.OpStopReason)), []byte{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reply, err := in.Invoke(ctx, entryHostOp, tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if tt.exc != "" {
				if exc := exception(t, reply); exc.Error() != tt.exc {
					t.Fatalf("got %q, want %q", exc.Error(), tt.exc)
				}
				return
			}
			p, err := abi.ParseReply(reply)
			if err != nil || !bytes.Equal(p, tt.ok) {
				t.Fatalf("got % x (%v), want % x", p[:min(len(p), 32)], err, tt.ok[:min(len(tt.ok), 32)])
			}
		})
	}
}

func TestNoHandler(t *testing.T) {
	in, err := engine(t).NewInstance(context.Background(), NewInstanceConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close(context.Background())
	reply, err := in.Invoke(context.Background(), entryHostOp, enc(t, int64(opEcho)))
	if err != nil {
		t.Fatal(err)
	}
	if exc := exception(t, reply); !strings.Contains(exc.Message, "unknown op") {
		t.Fatal(exc)
	}
}

func TestHandlerPanicKillsOnlyItsInstance(t *testing.T) {
	a := newInstance(t, NewInstanceConfig())
	b := newInstance(t, NewInstanceConfig())
	_, err := a.Invoke(context.Background(), entryHostOp, enc(t, int64(opPanic)))
	var hp *HostPanicError
	if !errors.As(err, &hp) || hp.Value != "handler panics on purpose" || hp.Op != opPanic || len(hp.Stack) == 0 {
		t.Fatalf("got %v, want a HostPanicError", err)
	}
	if _, err := a.Invoke(context.Background(), entryEcho, nil); !errors.Is(err, ErrDead) {
		t.Fatalf("dead instance answered: %v", err)
	}
	if a.Err() == nil || a.MemorySize() != 0 {
		t.Fatal("dead instance kept its memory or lost its failure")
	}
	if _, err := b.Invoke(context.Background(), entryEcho, nil); err != nil {
		t.Fatalf("other instance: %v", err)
	}
}

func TestDeadlineStopsCheckingLoop(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	ctx, cancel := WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	reply, err := in.Invoke(ctx, entryBusyCheck, enc(t, int64(1)<<50))
	elapsed := time.Since(start)
	var te *TimeoutError
	if !errors.As(err, &te) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want a TimeoutError", err)
	}
	if err.Error() != "TimeoutError: execution did not finish after 100ms" {
		t.Fatalf("message %q", err)
	}
	if exc := exception(t, reply); exc.Type != abi.TimeoutError || exc.Message != "execution did not finish after 100ms" {
		t.Fatalf("guest raised %v", exc)
	}
	if elapsed > time.Second {
		t.Fatalf("stopped after %v", elapsed)
	}
	// The instance survives a cooperative stop.
	if _, err := in.Invoke(context.Background(), entryEcho, nil); err != nil {
		t.Fatal(err)
	}
}

func TestCancelStopsCheckingLoop(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	ctx, cancel := context.WithCancelCause(context.Background())
	time.AfterFunc(50*time.Millisecond, func() { cancel(errors.New("shutdown")) })
	reply, err := in.Invoke(ctx, entryBusyCheck, enc(t, int64(1)<<50))
	var ce *CancelledError
	if !errors.As(err, &ce) || err.Error() != "CancelledError: execution cancelled: shutdown" {
		t.Fatalf("got %v, want a CancelledError", err)
	}
	if exc := exception(t, reply); exc.Type != abi.CancelledError {
		t.Fatal(exc)
	}
}

func TestAlreadyDoneContext(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	ctx, cancel := context.WithTimeout(context.Background(), -time.Second)
	defer cancel()
	if _, err := in.Invoke(ctx, entryEcho, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatal(err)
	}
}

// A guest that never calls should_stop cannot be interrupted without
// wazero's context-close checks (which cost 14-17x in guest speed): it runs
// to the end and Invoke reports the overrun. The interpreter must check.
func TestNonCheckingLoopOverrunsDeadline(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	start := time.Now()
	reply, err := in.Invoke(ctx, entryBusyNoCheck, enc(t, int64(100_000_000)))
	if time.Since(start) < 5*time.Millisecond {
		t.Skip("the loop finished before the deadline on this machine")
	}
	var te *TimeoutError
	if !errors.As(err, &te) {
		t.Fatalf("got %v, want a TimeoutError", err)
	}
	if len(payload(t, reply)) != 1 {
		t.Fatal("the loop's reply is missing")
	}
}

func TestBlockingOpHonoursDeadline(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	reply, err := in.Invoke(ctx, entryHostOp, enc(t, int64(opBlock)))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatal(err)
	}
	if exc := exception(t, reply); exc.Type != abi.TimeoutError {
		t.Fatal(exc)
	}
}

func TestMemoryBomb(t *testing.T) {
	in := newInstance(t, NewInstanceConfig().WithMemoryLimit(32<<20))
	_, err := in.Invoke(context.Background(), entryMemoryBomb, nil)
	t.Log(err, "; stderr:", string(in.TakeOutput().Stderr))
	var me *MemoryError
	if !errors.As(err, &me) || err.Error() != "MemoryError: out of memory: instance limit 32MiB" {
		t.Fatalf("got %v, want a MemoryError", err)
	}
	if _, err := in.Invoke(context.Background(), entryEcho, nil); !errors.Is(err, ErrDead) {
		t.Fatalf("dead instance answered: %v", err)
	}
}

func TestMemoryLimitHolds(t *testing.T) {
	in := newInstance(t, NewInstanceConfig().WithMemoryLimit(16<<20))
	reply, err := in.Invoke(context.Background(), entryGrow, enc(t, int64(4<<20)))
	if err != nil {
		t.Fatal(err)
	}
	payload(t, reply)
	if in.MemorySize() > 16<<20 {
		t.Fatalf("memory %d over the limit", in.MemorySize())
	}
	if _, err := in.Invoke(context.Background(), entryGrow, enc(t, int64(20<<20))); !errors.As(err, new(*MemoryError)) {
		t.Fatalf("got %v, want a MemoryError", err)
	}
}

func TestMemoryLimitBelowStartup(t *testing.T) {
	_, err := engine(t).NewInstance(context.Background(), NewInstanceConfig().WithMemoryLimit(1<<20))
	if err == nil || !strings.Contains(err.Error(), "over the limit of 1MiB") {
		t.Fatalf("got %v", err)
	}
}

func TestOutputFlood(t *testing.T) {
	in := newInstance(t, NewInstanceConfig().WithOutputLimit(1000))
	const n = 10 << 20
	if _, err := in.Invoke(context.Background(), entryFlood, enc(t, int64(n))); err != nil {
		t.Fatal(err)
	}
	out := in.TakeOutput()
	if len(out.Stdout) != 1000 || out.StdoutDropped != n-1000 || len(out.Stderr) != 1000 || out.StderrDropped != n-1000 || !out.Truncated() {
		t.Fatalf("kept %d/%d, dropped %d/%d", len(out.Stdout), len(out.Stderr), out.StdoutDropped, out.StderrDropped)
	}
	if !bytes.HasPrefix(out.Stdout, []byte("abcdef")) {
		t.Fatalf("stdout starts %q", out.Stdout[:10])
	}
	if cap(in.stdout.head) > 4096 {
		t.Fatalf("capture grew to %d bytes", cap(in.stdout.head))
	}
	if out := in.TakeOutput(); len(out.Stdout) != 0 || out.Truncated() {
		t.Fatal("TakeOutput did not start over")
	}
}

func TestCaptureTail(t *testing.T) {
	c := newCapture(10, 64)
	c.Write([]byte("0123456789abc"))
	c.Write(bytes.Repeat([]byte("x"), 5000))
	c.Write([]byte("end"))
	tail := c.lastBytes()
	if len(tail) != 64 || !bytes.HasSuffix(tail, []byte("xxend")) {
		t.Fatalf("tail %q", tail)
	}
	head, dropped := c.take()
	if string(head) != "0123456789" || dropped != 3+5000+3 {
		t.Fatal(string(head), dropped)
	}
	c2 := newCapture(0, 64)
	c2.Write([]byte("ab"))
	if string(c2.lastBytes()) != "ab" || c2.outOfMemory() {
		t.Fatal(string(c2.lastBytes()))
	}
	// The out-of-memory message is seen even when written in pieces.
	for _, piece := range []string{"runtime: out of memory\nfatal er", "ror: ", "out of mem", "ory\n"} {
		c2.Write([]byte(piece))
	}
	if !c2.outOfMemory() {
		t.Fatal("missed the out-of-memory message")
	}
	c3 := newCapture(0, 0)
	c3.Write([]byte(oomMarker))
	if c3.outOfMemory() || len(c3.lastBytes()) != 0 {
		t.Fatal("a capture without tail kept a tail")
	}
}

func TestSleep(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	start := time.Now()
	if _, err := in.Invoke(context.Background(), entrySleep, enc(t, int64(20*time.Millisecond))); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 20*time.Millisecond {
		t.Fatalf("slept %v", d)
	}

	ctx, cancel := WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start = time.Now()
	reply, err := in.Invoke(ctx, entrySleep, enc(t, int64(10*time.Second)))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("sleep ended after %v", d)
	}
	if exc := exception(t, reply); exc.Error() != "TimeoutError: execution did not finish after 100ms" {
		t.Fatal(exc)
	}
	if _, err := in.Invoke(context.Background(), entryEcho, nil); err != nil {
		t.Fatal("instance did not survive a cut-short OpSleep:", err)
	}
}

func TestGoroutineSleep(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	reply, err := in.Invoke(context.Background(), entryGoSleep, enc(t, int64(30*time.Millisecond)))
	if err != nil {
		t.Fatal(err)
	}
	vs := payload(t, reply)
	if vs[0].(int64) < int64(30*time.Millisecond) || vs[1] != true {
		t.Fatalf("slept %v, other goroutine %v", time.Duration(vs[0].(int64)), vs[1])
	}

	// A guest asleep in poll_oneoff at its deadline is aborted.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = in.Invoke(ctx, entryGoSleep, enc(t, int64(10*time.Second)))
	if !errors.As(err, new(*TimeoutError)) {
		t.Fatalf("got %v, want a TimeoutError", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("ended after %v", d)
	}
	if !errors.Is(in.Err(), context.DeadlineExceeded) {
		t.Fatalf("instance should be dead: %v", in.Err())
	}
}

func TestCrashes(t *testing.T) {
	tests := []struct {
		entry abi.Entry
		want  string
	}{
		{entryPanic, "test guest panics on purpose"},
		{entryDeadlock, "deadlock"},
		{entryBadReply, "out-of-range or empty reply"},
	}
	for _, tt := range tests {
		in := newInstance(t, NewInstanceConfig())
		_, err := in.Invoke(context.Background(), tt.entry, nil)
		t.Logf("entry %d: %v", tt.entry, err)
		var ce *CrashError
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), tt.want) {
			t.Fatalf("entry %d: got %v, want a CrashError with %q", tt.entry, err, tt.want)
		}
		if _, err := in.Invoke(context.Background(), entryEcho, nil); !errors.Is(err, ErrDead) {
			t.Fatalf("entry %d: dead instance answered: %v", tt.entry, err)
		}
	}
}

// TestBadPointers has the guest call every import with bad arguments; each
// must fail with its ABI code and leave the instance healthy.
func TestBadPointers(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	const valid = -2 // the guest substitutes a valid 256-byte buffer
	type call = abi.Tuple
	c := func(op abi.Op, reqPtr, reqLen, respPtr, respCap int64) call {
		return call{int64(0), int64(op), reqPtr, reqLen, respPtr, respCap}
	}
	take := func(ptr, n int64) call { return call{int64(1), ptr, n} }
	pend := call{int64(2), int64(opFixed)} // leaves a 100-byte reply pending
	tests := []struct {
		calls []call
		want  []int64
	}{
		{[]call{c(opEcho, valid, 10, valid, 64)}, []int64{11}},
		{[]call{c(opEcho, 0xFFFF_FFF0, 64, valid, 64)}, []int64{int64(abi.ErrBadPointer)}},
		{[]call{c(opEcho, 0xFFFF_FFF0, 0, valid, 64)}, []int64{int64(abi.ErrBadPointer)}},
		{[]call{c(opEcho, valid, 0xFFFF_FFFF, valid, 64)}, []int64{int64(abi.ErrBadPointer)}},
		{[]call{c(opEcho, valid, -1, valid, 64)}, []int64{int64(abi.ErrBadPointer)}},
		{[]call{c(opEcho, valid, -200, valid, 64)}, []int64{int64(abi.ErrBadPointer)}},
		{[]call{c(opEcho, 0xFFFF_FFFF, 2, valid, 64)}, []int64{int64(abi.ErrBadPointer)}}, // ptr+len wraps
		{[]call{c(opEcho, valid, 8, 0xFFFF_FFF0, 64)}, []int64{int64(abi.ErrBadPointer)}},
		{[]call{c(opEcho, valid, 8, valid, -1)}, []int64{int64(abi.ErrBadPointer)}},
		{[]call{c(opEcho, valid, 8, 0xFFFF_FFFF, 2)}, []int64{int64(abi.ErrBadPointer)}},
		{[]call{c(opUnknown, valid, 0, valid, 64)}, []int64{int64(abi.ErrUnknownOp)}},
		{[]call{c(0xFFFF_FFFF, valid, 0, valid, 64)}, []int64{int64(abi.ErrUnknownOp)}},
		{[]call{take(valid, 1)}, []int64{int64(abi.ErrNoPending)}},
		{[]call{take(0xFFFF_FFF0, 0xFFFF_FFFF)}, []int64{int64(abi.ErrNoPending)}},
		{[]call{pend, take(valid, 99), take(valid, 101), take(valid, -1), take(0xFFFF_FFF0, 100), take(valid, 100), take(valid, 100)},
			[]int64{100, int64(abi.ErrBadLength), int64(abi.ErrBadLength), int64(abi.ErrBadLength), int64(abi.ErrBadPointer), 0, int64(abi.ErrNoPending)}},
		{[]call{pend, c(opEcho, valid, 1, valid, 64), take(valid, 100)}, []int64{100, 2, int64(abi.ErrNoPending)}},
	}
	for i, tt := range tests {
		req := enc(t)
		for _, c := range tt.calls {
			req = append(req, enc(t, c)...)
		}
		reply, err := in.Invoke(context.Background(), entryRawCalls, req)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		got := payload(t, reply)[0].([]any)
		for j := range tt.want {
			if got[j] != tt.want[j] {
				t.Errorf("case %d, call %d: got %v, want %d", i, j, got[j], tt.want[j])
			}
		}
	}
	if _, err := in.Invoke(context.Background(), entryEcho, nil); err != nil {
		t.Fatal(err)
	}
}

func TestShouldStopWithoutDeadline(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	reply, err := in.Invoke(context.Background(), entryStopLoop, enc(t, int64(1000)))
	if err != nil {
		t.Fatal(err)
	}
	if vs := payload(t, reply); vs[0] != int64(0) {
		t.Fatalf("should_stop said stop %v times", vs[0])
	}
}

func TestInstancesAreIsolated(t *testing.T) {
	a := newInstance(t, NewInstanceConfig())
	b := newInstance(t, NewInstanceConfig())
	ctx := context.Background()
	for want := int64(1); want <= 3; want++ {
		reply, err := a.Invoke(ctx, entryCounter, nil)
		if err != nil || payload(t, reply)[0] != want {
			t.Fatal(err)
		}
	}
	reply, err := b.Invoke(ctx, entryCounter, nil)
	if err != nil || payload(t, reply)[0] != int64(1) {
		t.Fatal("instances share state", err)
	}
	ra, _ := a.Invoke(ctx, entryRandom, nil)
	rb, _ := b.Invoke(ctx, entryRandom, nil)
	if bytes.Equal(payload(t, ra)[1].([]byte), payload(t, rb)[1].([]byte)) {
		t.Fatal("crypto/rand gave two instances the same bytes")
	}
}

func TestConcurrentInstances(t *testing.T) {
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			in, err := engine(t).NewInstance(context.Background(), NewInstanceConfig().WithHandler(testHandler()))
			if err != nil {
				errs <- err
				return
			}
			defer in.Close(context.Background())
			for i := range 200 {
				req := []byte{byte(i)}
				reply, err := in.Invoke(context.Background(), entryEcho, req)
				if err != nil || !bytes.Equal(reply[1:], req) {
					errs <- errors.Join(err, errors.New("bad echo"))
					return
				}
			}
			errs <- nil
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

func TestBusyAndClose(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		_, err := in.Invoke(ctx, entryBusyCheck, enc(t, int64(1)<<50))
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	if _, err := in.Invoke(context.Background(), entryEcho, nil); !errors.Is(err, ErrBusy) {
		t.Fatalf("got %v, want ErrBusy", err)
	}
	if err := in.Close(context.Background()); !errors.Is(err, ErrBusy) {
		t.Fatalf("Close while busy: %v", err)
	}
	cancel()
	if err := <-done; !errors.As(err, new(*CancelledError)) {
		t.Fatal(err)
	}
	if err := in.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Invoke(context.Background(), entryEcho, nil); !errors.Is(err, ErrClosed) {
		t.Fatal(err)
	}
}

func TestClock(t *testing.T) {
	in := newInstance(t, NewInstanceConfig())
	reply, err := in.Invoke(context.Background(), entryClock, nil)
	if err != nil {
		t.Fatal(err)
	}
	vs := payload(t, reply)
	if d := time.Since(time.Unix(0, vs[0].(int64))); d < -time.Second || d > time.Second {
		t.Fatalf("guest wall clock off by %v", d)
	}
	if vs[1].(int64) < 0 {
		t.Fatal("monotonic clock went backwards")
	}
}

func TestTimeLimit(t *testing.T) {
	ctx, cancel := WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if d := timeLimit(ctx); d != 2*time.Second {
		t.Fatal(d)
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	defer cancel2()
	if d := timeLimit(ctx2); d <= 59*time.Minute || d > time.Hour {
		t.Fatal(d)
	}
	if d := timeLimit(context.Background()); d != 0 {
		t.Fatal(d)
	}
}

func TestErrorMessages(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&TimeoutError{Limit: 2 * time.Second}, "TimeoutError: execution did not finish after 2s"},
		{&TimeoutError{Limit: 1999999 * time.Microsecond}, "TimeoutError: execution did not finish after 2s"},
		{&TimeoutError{Limit: 1500 * time.Microsecond}, "TimeoutError: execution did not finish after 1.5ms"},
		{&MemoryError{Limit: 64 << 20}, "MemoryError: out of memory: instance limit 64MiB"},
		{&MemoryError{Limit: 3 << 16}, "MemoryError: out of memory: instance limit 192KiB"},
		{&CancelledError{}, "CancelledError: execution cancelled"},
		{&CrashError{Trap: "wasm error: unreachable", Stderr: "fatal\n"}, "sandbox: guest crashed: wasm error: unreachable\nstderr (tail):\nfatal"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}
