package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wasmling/wasmling/internal/testbin"
)

// TestServeTenants serves three tenants from one config file: two copies
// of the counter app (by path prefix and by host name) and the routes app
// with a 1s deadline. Each has its own sync namespace, and one tenant's
// timeout leaves the others answering.
func TestServeTenants(t *testing.T) {
	apps, err := filepath.Abs(filepath.Join("..", "..", "testdata", "apps"))
	if err != nil {
		t.Fatal(err)
	}
	config := filepath.Join(t.TempDir(), "tenants.toml")
	os.WriteFile(config, []byte(`
[defaults]
timeout = "10s"

[[tenant]]
name = "one"
app = "`+filepath.Join(apps, "counter")+`"
prefix = "/one"

[[tenant]]
name = "two"
app = "`+filepath.Join(apps, "counter")+`"
hosts = ["two.test"]

[[tenant]]
name = "routes"
app = "`+filepath.Join(apps, "routes")+`"
prefix = "/r"
limits = { timeout = "1s" }

[[tenant]]
name = "users"
app = "`+filepath.Join(apps, "users")+`"
prefix = "/u"
kv_quota = { keys = 3 }
`), 0o600)
	s, err := startServeArgs(t, "--config", config)
	if err != nil {
		t.Fatal(err)
	}

	count := func(path string, headers ...string) string {
		t.Helper()
		r := s.get(path, headers...)
		if r.status != 200 {
			t.Fatalf("GET %s %v: %d %q", path, headers, r.status, r.body)
		}
		return strings.TrimSpace(r.body)
	}
	if got := count("/one/counter"); got != `{"count":1}` {
		t.Errorf("one, first: %s", got)
	}
	if got := count("/one/counter"); got != `{"count":2}` {
		t.Errorf("one, second: %s", got)
	}
	// Same app, same counter name, another tenant: its own count.
	if got := count("/counter", "Host", "two.test"); got != `{"count":1}` {
		t.Errorf("two, first: %s", got)
	}
	if got := count("/counter", "Host", "TWO.test:1234"); got != `{"count":2}` {
		t.Errorf("two, second: %s", got)
	}
	if got := count("/one/counter", "Host", "two.test"); got != `{"count":3}` {
		t.Errorf("one by prefix on two's host: %s", got)
	}

	// Requests no tenant claims.
	for _, path := range []string{"/counter", "/oneself", "/"} {
		if r := s.get(path); r.status != 404 {
			t.Errorf("GET %s: %d %q, want 404", path, r.status, r.body)
		}
	}
	if !s.waitLog(`msg=request app=- method=GET host=\S+ path=/oneself status=404`, 5*time.Second) {
		t.Errorf("no log line for an unclaimed request:\n%s", s.output())
	}
	if r := s.get("/healthz", "Host", "nobody.test"); r.status != 200 || r.body != "ok\n" {
		t.Errorf("/healthz: %d %q", r.status, r.body)
	}

	// The prefix is stripped: the routes app sees its own paths, and its
	// mount point in X-Forwarded-Prefix (a client's value is replaced).
	if r := s.get("/r/request?x=1", "X-Forwarded-Prefix", "/spoofed"); r.status != 200 ||
		!strings.Contains(r.body, `"path":"/request"`) || !strings.Contains(r.body, `"x-forwarded-prefix":"/r"`) {
		t.Errorf("/r/request: %d %q", r.status, r.body)
	}

	// A tenant's kv quota holds in the persistent store: each user is a
	// key, and so is the id counter.
	auth := []string{"Authorization", "Bearer demo-token"}
	for i, want := range []int{201, 201, 500} {
		if r := s.do("POST", "/u/users", `{"name": "n"}`, auth...); r.status != want {
			t.Errorf("create user %d: %d %q, want %d", i+1, r.status, r.body, want)
		}
	}
	if !s.waitLog(`app=users.*quota`, 5*time.Second) {
		t.Errorf("no quota error in the log:\n%s", s.output())
	}

	// One tenant's deadline: 504 there, while the others answer.
	done := make(chan reply, 1)
	start := time.Now()
	go func() { done <- s.get("/r/forever") }()
	time.Sleep(200 * time.Millisecond)
	if got := count("/one/counter"); got != `{"count":4}` {
		t.Errorf("one during routes' timeout: %s", got)
	}
	if r := <-done; r.status != 504 {
		t.Errorf("/r/forever: %d %q", r.status, r.body)
	}
	if d := time.Since(start); d > 6*time.Second {
		t.Errorf("/r/forever answered after %v (tenant timeout 1s)", d)
	}
	if !s.waitLog(`msg=request app=routes .*status=504`, 5*time.Second) {
		t.Errorf("no log line for the timeout:\n%s", s.output())
	}
}

// TestServeConfigErrors: a bad tenants file stops serve before it listens,
// with exit status 2 and the file in the message.
func TestServeConfigErrors(t *testing.T) {
	bin := testbin.Path(t)
	dir := t.TempDir()
	tests := map[string]string{
		"[[tenant]]\nname = \"a\"\napp = \"nowhere\"\n": "has no setup.py",
		"[[tenant]]\nname = \"a\"\nap = \"x\"\n":        "unknown setting tenant.ap",
		"addr = \n":                                     "tenants.toml:1: ",
	}
	for body, want := range tests {
		path := filepath.Join(dir, "tenants.toml")
		os.WriteFile(path, []byte(body), 0o600)
		out, err := exec.Command(bin, "serve", "--config", path, "--addr", "127.0.0.1:0").CombinedOutput()
		code := -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != 2 || !strings.Contains(string(out), path) || !strings.Contains(string(out), want) {
			t.Errorf("%q: exit %d (%v), output %q; want 2 and %q", body, code, err, out, want)
		}
	}
}
