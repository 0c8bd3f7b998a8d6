package sandbox

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/wasmling/wasmling/abi"
)

// Entry codes of testdata/testguest; keep in sync with its main.go.
const (
	entryEcho = abi.EntryFirstPrivate + iota
	entryBusyCheck
	entryBusyNoCheck
	entryMemoryBomb
	entryFlood
	entrySleep
	entryHostOp
	entryCallLoop
	entryStopLoop
	entryRawCalls
	entryGoSleep
	entryPanic
	entryDeadlock
	entryBadReply
	entryRandom
	entryClock
	entryCounter
	entryGrow
	entryWarmup
	entryWarmed
	entrySecret
	entryState
)

// Ops served by testHandler.
const (
	opEcho    = abi.OpFirstPrivate + iota // reply: the request
	opFixed                               // reply: 100 bytes
	opBig                                 // (int n): reply of n bytes
	opFail                                // a KeyError
	opPanic                               // the handler panics
	opBlock                               // blocks until the call's context is done
	opUnknown                             // abi.ErrUnknownOp
)

func testHandler() Handler {
	return HandlerFunc(func(ctx context.Context, op abi.Op, req, reply []byte) ([]byte, error) {
		switch op {
		case opEcho:
			return append(abi.AppendOK(reply), req...), nil
		case opFixed:
			return append(abi.AppendOK(reply), make([]byte, 99)...), nil
		case opBig:
			n, err := abi.NewDecoder(req).Int()
			if err != nil {
				return nil, err
			}
			return append(abi.AppendOK(reply), bytes.Repeat([]byte{'x'}, int(n))...), nil
		case opFail:
			return nil, &abi.Exception{Type: "KeyError", Message: "nope"}
		case opPanic:
			panic("handler panics on purpose")
		case opBlock:
			<-ctx.Done()
			return nil, ctx.Err()
		}
		return nil, abi.ErrUnknownOp
	})
}

// testGuest builds testdata/testguest once per test binary.
var testGuest = sync.OnceValues(func() ([]byte, error) {
	dir, err := os.MkdirTemp("", "wasmling-testguest")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "guest.wasm")
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	}
	cmd := exec.Command(goTool, "build", "-buildmode=c-shared", "-o", out, "./testdata/testguest")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("building the test guest: %v\n%s", err, msg)
	}
	return os.ReadFile(out)
})

// testCacheDir is where the test engine caches compiled code across test
// runs.
func testCacheDir() string { return filepath.Join(os.TempDir(), "wasmling-sandbox-test-cache") }

// testEngine compiles the test guest once per test binary.
var testEngine = sync.OnceValues(func() (*Engine, error) {
	wasm, err := testGuest()
	if err != nil {
		return nil, err
	}
	return NewEngine(context.Background(), wasm, NewEngineConfig().WithCacheDir(testCacheDir()))
})

func engine(t testing.TB) *Engine {
	t.Helper()
	e, err := testEngine()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func newInstance(t testing.TB, cfg InstanceConfig) *Instance {
	t.Helper()
	in, err := engine(t).NewInstance(context.Background(), cfg.WithHandler(testHandler()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { in.Close(context.Background()) })
	return in
}

// enc encodes a request from tree values.
func enc(t testing.TB, vs ...any) []byte {
	t.Helper()
	var e abi.Encoder
	for _, v := range vs {
		if err := e.Value(v); err != nil {
			t.Fatal(err)
		}
	}
	return e.Bytes()
}

// payload checks that reply is an OK envelope and decodes its values.
func payload(t testing.TB, reply []byte) []any {
	t.Helper()
	p, err := abi.ParseReply(reply)
	if err != nil {
		t.Fatalf("reply % x: %v", reply[:min(len(reply), 64)], err)
	}
	vs, err := abi.DecodeAll(p)
	if err != nil {
		t.Fatalf("payload: %v", err)
	}
	return vs
}

// exception checks that reply is an error envelope and returns it.
func exception(t testing.TB, reply []byte) *abi.Exception {
	t.Helper()
	_, err := abi.ParseReply(reply)
	exc, ok := err.(*abi.Exception)
	if !ok {
		t.Fatalf("reply % x is not an error envelope: %v", reply[:min(len(reply), 64)], err)
	}
	return exc
}
