package host

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/sandbox"
)

// reuseApp is an app whose handlers leave secrets in every kind of state
// a script has (module globals, a class attribute, a closure, heap
// garbage, output), read them back, and fail in the ways that must make
// the host throw an instance away.
var reuseApp = map[string]string{
	"setup.py": `import scriptling.runtime.http as http

http.get("/plant/:s", "handlers.plant")
http.get("/peek", "handlers.peek")
http.get("/raise", "handlers.fail")
http.get("/spin", "handlers.spin")
http.get("/hog", "handlers.hog")
http.get("/spawn/:s", "handlers.spawn")
http.get("/ticks", "handlers.ticks")
`,
	"handlers.py": `import time
import scriptling.runtime as runtime
from scriptling.runtime import sync

cache = {}
log = []


class Box:
    value = None


def make_counter():
    n = [0]

    def inc():
        n[0] += 1
        return n[0]
    return inc


counter = make_counter()


def plant(request):
    s = request.params["s"]
    cache["secret"] = s
    log.append(s * 50)
    Box.value = s
    counter()
    junk = [s + str(i) for i in range(2000)]
    print("planted", s)
    return "planted " + str(len(junk))


def peek(request):
    return {"cache": cache, "log": len(log), "box": Box.value, "counter": counter()}


def fail(request):
    cache["secret"] = "from a failed request"
    raise ValueError("on purpose")


def spin(request):
    cache["secret"] = "from a request that timed out"
    i = 0
    while True:
        i += 1


def spawn(request):
    s = request.params["s"]
    c = sync.Atomic("ticks")

    def ticker():
        while True:
            c.add()
            log.append(s)
            cache["secret"] = s
            time.sleep(0.001)
    runtime.run(ticker)
    runtime.run(ticker)
    time.sleep(0.01)
    return "spawned"


def ticks(request):
    c = sync.Atomic("ticks")
    a = c.get()
    time.sleep(0.05)
    return {"moved": c.get() - a, "log": len(log), "cache": cache}


def hog(request):
    cache["secret"] = "from a request that ran out of memory"
    keep = []
    while True:
        keep.append("x" * 4000000 + str(len(keep)))
`,
}

// loadReuseApp loads reuseApp with one instance in its pool, so that
// every request after the first is served by the same instance, reset,
// as long as it can be reused.
func loadReuseApp(t *testing.T, timeout time.Duration) *Tenant {
	dir := writeApp(t, reuseApp)
	tn, err := loadAppLimits(t, dir, Limits{MaxConcurrent: 1, Timeout: timeout, Memory: 64 << 20})
	if err != nil {
		t.Fatal(err)
	}
	return tn
}

// settle waits until the tenant's pool has an instance ready and none
// coming back.
func settle(t *testing.T, tn *Tenant) sandbox.PoolStats {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		st := tn.pool.Stats()
		if st.Ready == 1 && st.Live == 1 {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("the pool does not settle: %+v", st)
		}
		time.Sleep(time.Millisecond)
	}
}

func request(t *testing.T, tn *Tenant, handler string, params ...Field) (*Response, error) {
	t.Helper()
	return tn.HandleRequest(context.Background(), &Request{Handler: handler, Method: "GET", Path: "/", Params: params})
}

const pristinePeek = `{"cache":{},"log":0,"box":null,"counter":1}`

func peek(t *testing.T, tn *Tenant) string {
	t.Helper()
	resp, err := request(t, tn, "handlers.peek")
	if err != nil {
		t.Fatal(err)
	}
	return string(resp.Body)
}

// TestRequestInstancesAreReset: a request served by a reset instance sees
// nothing of the requests the instance served before, and the pool really
// reuses the instance (else the test would prove nothing).
func TestRequestInstancesAreReset(t *testing.T) {
	tn := loadReuseApp(t, time.Minute)
	st0 := settle(t, tn)
	for i := range 5 {
		secret := fmt.Sprintf("s3cr3t-%d", i)
		resp, err := request(t, tn, "handlers.plant", Field{"s", secret})
		if err != nil || string(resp.Body) != "planted 2000" {
			t.Fatal(resp, err)
		}
		settle(t, tn)
		if got := peek(t, tn); got != pristinePeek {
			t.Fatalf("round %d: a reset instance shows %s", i, got)
		}
		settle(t, tn)
	}
	st := settle(t, tn)
	if st.Started != st0.Started || st.Reused-st0.Reused != 10 {
		t.Fatalf("the instance was not reused: before %+v, after %+v", st0, st)
	}
}

// TestLeftGoroutinesDoNotSurvive: run() goroutines still running when a
// request returns do not run again in the reset instance, and left no
// state in it.
func TestLeftGoroutinesDoNotSurvive(t *testing.T) {
	tn := loadReuseApp(t, time.Minute)
	st0 := settle(t, tn)
	resp, err := request(t, tn, "handlers.spawn", Field{"s", "left-behind"})
	if err != nil || string(resp.Body) != "spawned" {
		t.Fatal(resp, err)
	}
	settle(t, tn)
	resp, err = request(t, tn, "handlers.ticks")
	if err != nil {
		t.Fatal(err)
	}
	if got := string(resp.Body); got != `{"moved":0,"log":0,"cache":{}}` {
		t.Fatalf("after a request that left goroutines running: %s", got)
	}
	if st := settle(t, tn); st.Started != st0.Started {
		t.Fatalf("the instance was not reused (%+v, %+v): the test proves nothing", st0, st)
	}
}

// TestFailedRequestInstances: an instance whose request raised is reused
// (the script's error is an answer like another); one whose request timed
// out (at its context's deadline here: the tenant's timeout would bound
// loading the app too) or ran out of memory never is, and the next
// request still starts clean.
func TestFailedRequestInstances(t *testing.T) {
	tn := loadReuseApp(t, time.Minute)
	cases := []struct {
		handler string
		timeout time.Duration // of the request's context, if not 0
		check   func(error) bool
		reused  bool
	}{
		{"handlers.fail", 0, func(err error) bool {
			var se *ScriptError
			return errors.As(err, &se) && se.Type == "ValueError"
		}, true},
		{"handlers.spin", 300 * time.Millisecond, func(err error) bool { return errors.As(err, new(*sandbox.TimeoutError)) }, false},
		{"handlers.hog", 0, func(err error) bool { return err != nil && strings.Contains(err.Error(), "MemoryError") }, false},
	}
	for _, c := range cases {
		st0 := settle(t, tn)
		ctx := context.Background()
		if c.timeout > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, c.timeout)
			defer cancel()
		}
		_, err := tn.HandleRequest(ctx, &Request{Handler: c.handler, Method: "GET", Path: "/"})
		t.Logf("%s: %v", c.handler, err)
		if !c.check(err) {
			t.Fatalf("%s: %v", c.handler, err)
		}
		st := settle(t, tn)
		if reused := st.Started == st0.Started; reused != c.reused {
			t.Errorf("%s: reused %v, want %v (pool before %+v, after %+v)", c.handler, reused, c.reused, st0, st)
		}
		if got := peek(t, tn); got != pristinePeek {
			t.Fatalf("after %s the next request shows %s", c.handler, got)
		}
	}
}

// TestOutputOfResetInstances: what a request printed is logged with that
// request only.
func TestOutputOfResetInstances(t *testing.T) {
	tn := loadReuseApp(t, time.Minute)
	var logs strings.Builder
	tn.log = slog.New(slog.NewTextHandler(&logs, nil))
	settle(t, tn)
	if _, err := request(t, tn, "handlers.plant", Field{"s", "first"}); err != nil {
		t.Fatal(err)
	}
	settle(t, tn)
	if _, err := tn.HandleRequest(context.Background(), &Request{ID: "second", Handler: "handlers.peek", Method: "GET", Path: "/"}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(logs.String(), "\n") {
		if strings.Contains(line, "request_id=second") {
			t.Fatalf("the second request logged output: %s", line)
		}
	}
	if !strings.Contains(logs.String(), "planted first") {
		t.Fatalf("the first request's output was not logged: %s", logs.String())
	}
}

func TestReuseAfter(t *testing.T) {
	for _, c := range []struct {
		inv, res error
		reuse    bool
	}{
		{nil, nil, true},
		{nil, &ScriptError{Type: "ValueError"}, true},
		{nil, &abi.Exception{Type: "KeyError"}, true},
		{nil, &ScriptError{Type: abi.MemoryError}, false},
		{nil, &abi.Exception{Type: abi.MemoryError}, false},
		{nil, &abi.Exception{Type: "SystemError", Message: "internal interpreter error"}, false},
		{&sandbox.TimeoutError{}, &sandbox.TimeoutError{}, false},
		{&sandbox.CrashError{}, &sandbox.CrashError{}, false},
		{&sandbox.MemoryError{}, &sandbox.MemoryError{}, false},
		{&sandbox.CancelledError{}, &sandbox.CancelledError{}, false},
	} {
		if got := reuseAfter(c.inv, c.res) == nil; got != c.reuse {
			t.Errorf("reuseAfter(%v, %v): reuse %v, want %v", c.inv, c.res, got, c.reuse)
		}
	}
}
