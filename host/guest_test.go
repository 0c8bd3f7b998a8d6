package host

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/internal/testbin"
	"github.com/wasmling/wasmling/kv"
	"github.com/wasmling/wasmling/sandbox"
)

// Tests with real guests (the interpreter in wasm) through the Go API.

var (
	engineOnce sync.Once
	engine     *sandbox.Engine
	engineErr  error
)

// testEngine returns an engine for the built guest, shared by the tests.
// With -short, tests that need guests are skipped (build.sh runs the
// registry tests again with -race -short).
func testEngine(t testing.TB) *sandbox.Engine {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: no guests")
	}
	wasm := testbin.Guest(t)
	engineOnce.Do(func() {
		engine, engineErr = sandbox.NewEngine(context.Background(), wasm, sandbox.NewEngineConfig())
	})
	if engineErr != nil {
		t.Fatal(engineErr)
	}
	return engine
}

// newRunner returns a runner with a real engine; the log goes to logs.
func newRunner(t testing.TB, backend kv.Backend, logs *syncBuffer) *Runner {
	t.Helper()
	var log *slog.Logger
	if logs != nil {
		log = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	r, err := NewRunner(Config{Engine: testEngine(t), KV: backend, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close(context.Background()) })
	return r
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// runOK runs a script in the tenant and fails the test unless it
// finishes; it returns its stdout.
func runOK(t testing.TB, ten *Tenant, src string) string {
	t.Helper()
	res, err := ten.RunScript(context.Background(), "test.py", []byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Err != nil {
		var se *ScriptError
		if errors.As(res.Err, &se) {
			t.Fatalf("script failed:\n%s", se.Traceback)
		}
		t.Fatalf("script failed: %v\n%s", res.Err, res.Traceback)
	}
	return string(res.Output.Stdout)
}

// TestConcurrentInstances runs 100 instances at once, each adding 1 a
// hundred times to a kv key and to an Atomic: both end at exactly 10,000.
func TestConcurrentInstances(t *testing.T) {
	if testing.Short() {
		t.Skip("100 instances")
	}
	r := newRunner(t, nil, nil)
	testConcurrentInstances(t, r)
}

func testConcurrentInstances(t *testing.T, r *Runner) {
	ten := addTenant(t, r, "concurrent", TenantConfig{Limits: Limits{Timeout: 2 * time.Minute}})
	const script = `
import scriptling.runtime.kv as kv
from scriptling.runtime import sync
a = sync.Atomic("n")
for i in range(100):
    kv.incr("n")
    a.add()
`
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	// 100 instances, at most 10 alive at once: fresh instances run the Go
	// runtime's start-up without calling the host, and the host's garbage
	// collector waits for them (WASM-FACTS.md), so more at once only adds
	// stalls on a small machine.
	sem := make(chan struct{}, 10)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			res, err := ten.RunScript(context.Background(), "incr.py", []byte(script), nil)
			if err == nil {
				err = res.Err
			}
			if err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if out := runOK(t, ten, `
import scriptling.runtime.kv as kv
from scriptling.runtime import sync
print(kv.get("n"), sync.Atomic("n").get())
`); out != "10000 10000\n" {
		t.Fatalf("got %q", out)
	}
}

func TestGrantedLibraries(t *testing.T) {
	r := newRunner(t, nil, nil)
	ten := addTenant(t, r, "nokv", TenantConfig{Grants: []string{GrantSync}})
	out := runOK(t, ten, `
import scriptling.runtime as runtime
try:
    import scriptling.runtime.kv
except ImportError as e:
    print("ImportError:", e)
print(hasattr(runtime, "kv"), hasattr(runtime, "sync"))
from scriptling.runtime import sync
print(sync.Atomic("x").add())
`)
	want := "ImportError: scriptling.runtime.kv is not granted to app 'nokv'\nFalse True\n1\n"
	if out != want {
		t.Fatalf("got %q, want %q", out, want)
	}
}

// TestTaskSupervision: a failing task is restarted with backoff and
// logged with its traceback; a finished task is not restarted; stopping
// the tasks stops a blocked one promptly.
func TestTaskSupervision(t *testing.T) {
	logs := &syncBuffer{}
	r := newRunner(t, nil, logs)
	app := fstest.MapFS{"tasks.py": {Data: []byte(`
from scriptling.runtime import sync, kv

def flaky(limit):
    n = kv.incr("runs")
    if n < limit:
        raise RuntimeError("run %d fails" % n)
    sync.Queue("flaky-done").put(n)

def forever():
    sync.Atomic("forever-started").add()
    sync.Queue("never").get()
`)}}
	ten := addTenant(t, r, "tasks", TenantConfig{App: app, Restart: RestartPolicy{Initial: 20 * time.Millisecond, Max: 10 * time.Second}})
	// registrations of a setup script wait for StartTasks
	env := newEnv(ten, EnvSetup)
	setup := `
import scriptling.runtime as runtime
runtime.background("flaky", "tasks.flaky", 4)
runtime.background("forever", "tasks.forever")
`
	if err := runIn(t, ten, env, setup); err != nil {
		t.Fatal(err)
	}
	if got := len(ten.Tasks()); got != 2 {
		t.Fatalf("%d tasks registered", got)
	}
	if out := runOK(t, ten, `
from scriptling.runtime import sync
print(sync.Atomic("forever-started").get())`); out != "0\n" {
		t.Fatalf("a setup task started before StartTasks: %q", out)
	}
	ten.StartTasks()
	out := runOK(t, ten, `
from scriptling.runtime import sync
print(sync.Queue("flaky-done").get())`)
	if out != "4\n" {
		t.Fatalf("flaky task: %q", out)
	}
	waitLog(t, logs, "background task finished") // after the put, the run ends
	for _, want := range []string{"background task failed", "run 1 fails", "run 3 fails", "restart_in=20ms", "restart_in=40ms", "restart_in=80ms",
		`File \"tasks.py\", line 7, in flaky`} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
	start := time.Now()
	if err := ten.StopTasks(context.Background()); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("stopping a blocked task took %v", d)
	}
	waitLog(t, logs, "background task stopped")
}

// waitLog waits until the log has want.
func waitLog(t *testing.T, logs *syncBuffer, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(logs.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("log lacks %q:\n%s", want, logs)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// runIn runs src as the main module in env (any kind).
func runIn(t *testing.T, ten *Tenant, env *Env, src string) error {
	t.Helper()
	env.mainModule, env.mainFile, env.mainSource = "__main__", "setup.py", []byte(src)
	enc := newRequest(env, "setup.py", src)
	payload, _, err := ten.invoke(context.Background(), env, abi.EntryRunScript, enc)
	if err != nil {
		return err
	}
	return parseScriptReply(payload)
}

func newRequest(env *Env, filename, src string) []byte {
	var enc = abiEncoder()
	env.appendHeader(enc)
	enc.Str(filename)
	enc.Str(src)
	return enc.Bytes()
}

func TestBackgroundOnlyFromScriptsAndSetup(t *testing.T) {
	r := newRunner(t, nil, nil)
	ten := addTenant(t, r, "req", TenantConfig{})
	err := runIn(t, ten, newEnv(ten, EnvRequest), `
import scriptling.runtime as runtime
def f():
    pass
runtime.background("t", f)
`)
	var se *ScriptError
	if !errors.As(err, &se) || se.Type != "RuntimeError" || !strings.Contains(se.Message, "cannot be called from a request") {
		t.Fatalf("background from a request: %v", err)
	}
}

func TestMaxTasks(t *testing.T) {
	r := newRunner(t, nil, nil)
	ten := addTenant(t, r, "max", TenantConfig{Limits: Limits{MaxTasks: 2}})
	err := runIn(t, ten, newEnv(ten, EnvSetup), `
import scriptling.runtime as runtime
def f():
    pass
runtime.background("a", f)
runtime.background("a", f)  # replaces: still one
runtime.background("b", f)
runtime.background("c", f)
`)
	var se *ScriptError
	if !errors.As(err, &se) || !strings.Contains(se.Message, "at most 2") {
		t.Fatalf("third task: %v", err)
	}
	if n := len(ten.Tasks()); n != 2 {
		t.Fatalf("%d tasks", n)
	}
}

// TestRunnerCloseStopsTasks: closing the runner stops running tasks.
func TestRunnerCloseStopsTasks(t *testing.T) {
	r, err := NewRunner(Config{Engine: testEngine(t)})
	if err != nil {
		t.Fatal(err)
	}
	ten := addTenant(t, r, "closing", TenantConfig{})
	if err := runIn(t, ten, newEnv(ten, EnvSetup), `
import scriptling.runtime as runtime
from scriptling.runtime import sync
def block():
    sync.Queue("never").get()
runtime.background("block", block)
`); err != nil {
		t.Fatal(err)
	}
	ten.StartTasks()
	time.Sleep(200 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := r.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if err := ten.RegisterTask(TaskSpec{Name: "late"}, true); err == nil {
		t.Fatal("registered a task after Close")
	}
}

func TestScriptTasksStopWithTheScript(t *testing.T) {
	r := newRunner(t, nil, nil)
	ten := addTenant(t, r, "scripttasks", TenantConfig{})
	runOK(t, ten, `
import scriptling.runtime as runtime
from scriptling.runtime import sync
def block():
    sync.Atomic("started").add()
    sync.Queue("never").get()
runtime.background("block", block)
while sync.Atomic("started").get() == 0:
    pass
`)
	ten.tasks.mu.Lock()
	running := len(ten.tasks.running)
	ten.tasks.mu.Unlock()
	if running != 0 {
		t.Fatalf("%d tasks still running after the script ended", running)
	}
}

func TestTaskOutput(t *testing.T) {
	var out syncBuffer
	r := newRunner(t, nil, nil)
	ten := addTenant(t, r, "out", TenantConfig{Stdout: &out})
	res, err := ten.RunScript(context.Background(), "t.py", []byte(`
import scriptling.runtime as runtime
from scriptling.runtime import sync
def hello(who):
    print("hello from", who)
    sync.Queue("said").put(1)
runtime.background("hello", hello, "the task")
sync.Queue("said").get()
print("main done")
`), nil)
	if err != nil || res.Err != nil {
		t.Fatal(err, res.Err)
	}
	// the two instances' output interleaves in any order
	if got := out.String(); !strings.Contains(got, "hello from the task\n") || !strings.Contains(got, "main done\n") {
		t.Fatalf("output %q", got)
	}
}

func abiEncoder() *abi.Encoder { return abi.NewEncoder(nil) }
