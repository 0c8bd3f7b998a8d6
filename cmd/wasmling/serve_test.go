package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/wasmling/wasmling/internal/testbin"
)

// End-to-end tests of wasmling serve: the real binary on a free
// 127.0.0.1 port, spoken to over real HTTP.

// server is a running `wasmling serve`.
type server struct {
	t    *testing.T
	cmd  *exec.Cmd
	base string // http://127.0.0.1:port
	addr string // 127.0.0.1:port

	mu  sync.Mutex
	log bytes.Buffer

	exited chan struct{}
	err    error // Wait's result, once exited is closed
}

var servingLine = regexp.MustCompile(`msg=serving .*addr=http://(\S+)`)

// startServe starts `wasmling serve appDir` with flags and waits until it
// serves. A server that exits first returns an error holding its output.
func startServe(t *testing.T, appDir string, flags ...string) (*server, error) {
	t.Helper()
	return startServeArgs(t, append([]string{appDir}, flags...)...)
}

// startServeArgs starts `wasmling serve args...` on a free port with a
// fresh data folder.
func startServeArgs(t *testing.T, args ...string) (*server, error) {
	t.Helper()
	bin := testbin.Path(t)
	args = append([]string{"serve", "--addr", "127.0.0.1:0", "--data", t.TempDir()}, args...)
	cmd := exec.Command(bin, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &server{t: t, cmd: cmd, exited: make(chan struct{})}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			s.mu.Lock()
			s.log.WriteString(line + "\n")
			s.mu.Unlock()
			if m := servingLine.FindStringSubmatch(line); m != nil {
				select {
				case ready <- m[1]:
				default:
				}
			}
		}
		s.err = cmd.Wait()
		close(s.exited)
	}()
	t.Cleanup(s.stop)
	select {
	case addr := <-ready:
		s.addr, s.base = addr, "http://"+addr
		return s, nil
	case <-s.exited:
		return nil, fmt.Errorf("wasmling serve exited (%v):\n%s", s.err, s.output())
	case <-time.After(90 * time.Second):
		return nil, fmt.Errorf("wasmling serve did not start:\n%s", s.output())
	}
}

// mustServe is startServe that fails the test when the app does not load.
func mustServe(t *testing.T, appDir string, flags ...string) *server {
	t.Helper()
	s, err := startServe(t, appDir, flags...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (s *server) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.log.String()
}

// stop sends SIGTERM and waits; it kills a server that does not stop.
func (s *server) stop() {
	select {
	case <-s.exited:
		return
	default:
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
	case <-time.After(20 * time.Second):
		s.cmd.Process.Kill()
		<-s.exited
	}
}

// waitLog waits until the log matches re.
func (s *server) waitLog(re string, d time.Duration) bool {
	rx := regexp.MustCompile(re)
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if rx.MatchString(s.output()) {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

var client = &http.Client{
	Timeout: 30 * time.Second,
	CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	},
	Transport: &http.Transport{MaxIdleConnsPerHost: 64},
}

type reply struct {
	status int
	header http.Header
	body   string
}

func (s *server) do(method, path, body string, headers ...string) reply {
	s.t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, s.base+path, rd)
	if err != nil {
		s.t.Fatal(err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i] == "Host" {
			req.Host = headers[i+1]
		} else {
			req.Header.Set(headers[i], headers[i+1])
		}
	}
	resp, err := client.Do(req)
	if err != nil {
		s.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return reply{resp.StatusCode, resp.Header, string(b)}
}

func (s *server) get(path string, headers ...string) reply {
	s.t.Helper()
	return s.do("GET", path, "", headers...)
}

// rawGet sends path exactly as given (no client-side cleaning).
func (s *server) rawGet(path string) reply {
	s.t.Helper()
	conn, err := net.Dial("tcp", s.addr)
	if err != nil {
		s.t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", path, s.addr)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		s.t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return reply{resp.StatusCode, resp.Header, string(b)}
}

func appDir(name string) string { return filepath.Join("..", "..", "testdata", "apps", name) }

func TestServeRoutes(t *testing.T) {
	t.Parallel()
	s := mustServe(t, appDir("routes"))
	cases := []struct {
		method, path, body string
		status             int
		want               string // exact body, or "~substring"
		ctype              string
	}{
		{"GET", "/hello", "", 200, "hello", "text/plain; charset=utf-8"},
		{"POST", "/echo", `{"a": [1, 2.5, "x"], "b": null, "c": {"d": true}}`, 200,
			`{"echo":{"a":[1,2.5,"x"],"b":null,"c":{"d":true}},"type":"application/json"}`, "application/json"},
		{"PUT", "/items/7", "new", 200, `{"put":"7","body":"new"}`, "application/json"},
		{"DELETE", "/items/9", "", 200, `{"deleted":"9"}`, "application/json"},
		{"GET", "/any", "", 200, "GET", "text/plain; charset=utf-8"},
		{"POST", "/any", "", 200, "POST", ""},
		{"PUT", "/any", "", 200, "PUT", ""},
		{"DELETE", "/any", "", 200, "DELETE", ""},
		{"POST", "/default-methods", "", 200, "POST", ""},
		{"GET", "/users/42/posts/hello-world", "", 200, `{"id":"42","post":"hello-world"}`, ""},
		{"GET", "/files/a/b/c.txt", "", 200, `{"rest":"/a/b/c.txt"}`, ""},
		{"GET", "/object", "", 200, `{"a":1,"b":[true,null,2.5],"c":{"nested":"yes"}}`, "application/json"},
		{"GET", "/list", "", 200, `[1,"two",3.0]`, "application/json"},
		{"GET", "/bytes", "", 200, "\x00\x01raw", "application/octet-stream"},
		{"GET", "/none", "", 204, "", ""},
		{"GET", "/json", "", 202, `{"ok":true,"unicode":"héllo"}`, "application/json"},
		{"GET", "/html", "", 200, "<h1>HI!</h1>", "text/html; charset=utf-8"},
		{"GET", "/text", "", 418, "teapot", "text/plain; charset=utf-8"},
		{"GET", "/query?a=1&a=2&b=x+y&c=%2F", "", 200,
			`{"query":{"a":"1","b":"x y","c":"/"},"parsed":{"a":"1","b":"x y","flag":""}}`, ""},
		{"GET", "/decorated", "", 200, `{"decorated":true,"tag":"tagged"}`, ""},
		{"POST", "/decorated-route", "data", 200, "posted data", ""},
		{"GET", "/nope/at/all", "", 404, `{"missing":"/nope/at/all"}`, "application/json"},
		{"POST", "/hello", "", 405, "~Method Not Allowed", ""},
		{"GET", "/bad-response", "", 500, "~request id", ""},
		{"GET", "/isolation/1", "", 200, `{"id":"1","seen":1}`, ""},
		{"GET", "/isolation/2", "", 200, `{"id":"2","seen":1}`, ""},
	}
	for _, c := range cases {
		r := s.do(c.method, c.path, c.body, "Content-Type", "application/json")
		if r.status != c.status {
			t.Errorf("%s %s: status %d, want %d (body %q)", c.method, c.path, r.status, c.status, r.body)
			continue
		}
		if sub, ok := strings.CutPrefix(c.want, "~"); ok {
			if !strings.Contains(r.body, sub) {
				t.Errorf("%s %s: body %q lacks %q", c.method, c.path, r.body, sub)
			}
		} else if r.body != c.want {
			t.Errorf("%s %s: body %q, want %q", c.method, c.path, r.body, c.want)
		}
		if c.ctype != "" && r.header.Get("Content-Type") != c.ctype {
			t.Errorf("%s %s: Content-Type %q, want %q", c.method, c.path, r.header.Get("Content-Type"), c.ctype)
		}
		if r.header.Get("X-Request-Id") == "" {
			t.Errorf("%s %s: no X-Request-Id", c.method, c.path)
		}
	}

	// A response dict built by hand: status, repeated headers, body.
	r := s.get("/custom")
	if r.status != 409 || r.body != "conflict" || r.header.Get("X-Custom") != "1" ||
		strings.Join(r.header.Values("Set-Cookie"), ";") != "a=1;b=2" {
		t.Errorf("/custom: %d %q %v", r.status, r.body, r.header)
	}
	r = s.get("/redirect")
	if r.status != 302 || r.header.Get("Location") != "/hello" {
		t.Errorf("/redirect: %d %v", r.status, r.header)
	}
	// The request object.
	r = s.do("GET", "/request?x=1&y=%C3%A9", "", "X-Thing", "a", "Accept", "text/plain")
	for _, want := range []string{`"method":"GET"`, `"path":"/request"`, `"x-thing":"a"`, `"accept":"text/plain"`,
		`"query":{"x":"1","y":"é"}`, `"params":{}`, `"remote_addr":"127.0.0.1:`, `"host":"` + s.addr + `"`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("/request: %s lacks %s", r.body, want)
		}
	}
	// request.json() on invalid JSON is a script error: 500.
	if r := s.do("POST", "/echo", "{bad"); r.status != 500 {
		t.Errorf("invalid JSON: status %d", r.status)
	}
	// Host-answered health check.
	if r := s.get("/healthz"); r.status != 200 || r.body != "ok\n" {
		t.Errorf("/healthz: %d %q", r.status, r.body)
	}
	// One structured log line per request.
	if !s.waitLog(`level=INFO msg=request app=routes method=GET route="GET /hello" path=/hello status=200 duration=\S+ request_id=[0-9a-f]{16}`, 5*time.Second) {
		t.Errorf("no request log line:\n%s", s.output())
	}
}

func TestServeMiddleware(t *testing.T) {
	t.Parallel()
	s := mustServe(t, appDir("routes"))
	if r := s.get("/members-only"); r.status != 403 || r.body != `{"error":"members only"}` {
		t.Errorf("short-circuit: %d %q", r.status, r.body)
	}
	if r := s.get("/members-only", "X-Member", "yes"); r.status != 200 || r.body != "hello" {
		t.Errorf("pass-through: %d %q", r.status, r.body)
	}
	if r := s.get("/hello?stop=1"); r.status != 200 || r.body != "stopped by middleware" {
		t.Errorf("plain-value short-circuit: %d %q", r.status, r.body)
	}
}

func TestServeStatic(t *testing.T) {
	t.Parallel()
	// A copy of the app with symbolic links pointing out of the static
	// folder (to a file of the app and to a system file).
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(appDir("routes"))); err != nil {
		t.Fatal(err)
	}
	pub := filepath.Join(dir, "public")
	for name, target := range map[string]string{"up.txt": "../secret.txt", "passwd": "/etc/passwd", "root": "/", "inside.css": "style.css"} {
		if err := os.Symlink(target, filepath.Join(pub, name)); err != nil {
			t.Fatal(err)
		}
	}
	// A second mount at the root serves what no route matches, before
	// the not-found handler.
	setup, _ := os.ReadFile(filepath.Join(dir, "setup.py"))
	os.WriteFile(filepath.Join(dir, "setup.py"), append(setup, []byte("\nhttp.static('/', 'public/docs')\n")...), 0o644)
	s := mustServe(t, dir)

	if r := s.get("/index.html"); r.status != 200 || !strings.Contains(r.body, "docs") {
		t.Errorf("root mount: %d %q", r.status, r.body)
	}
	if r := s.get("/"); r.status != 200 || !strings.Contains(r.body, "docs") {
		t.Errorf("root mount index: %d %q", r.status, r.body)
	}
	if r := s.get("/hello"); r.status != 200 || r.body != "hello" {
		t.Errorf("routes before the root mount: %d %q", r.status, r.body)
	}
	if r := s.get("/missing.css"); r.status != 404 || !strings.Contains(r.body, "missing") {
		t.Errorf("not found after the root mount: %d %q", r.status, r.body)
	}

	r := s.get("/static/style.css")
	if r.status != 200 || !strings.Contains(r.body, "color: red") {
		t.Fatalf("style.css: %d %q", r.status, r.body)
	}
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/css") {
		t.Errorf("Content-Type %q", ct)
	}
	etag := r.header.Get("Etag")
	if !strings.Contains(r.header.Get("Cache-Control"), "max-age=") || etag == "" || r.header.Get("Last-Modified") == "" {
		t.Errorf("caching headers: %v", r.header)
	}
	if r := s.get("/static/style.css", "If-None-Match", etag); r.status != 304 {
		t.Errorf("If-None-Match: %d", r.status)
	}
	if r := s.get("/static/data.json"); r.status != 200 || r.header.Get("Content-Type") != "application/json" {
		t.Errorf("data.json: %d %v", r.status, r.header)
	}
	if r := s.get("/static/docs/"); r.status != 200 || !strings.Contains(r.body, "docs") {
		t.Errorf("index: %d %q", r.status, r.body)
	}
	if r := s.get("/static/inside.css"); r.status != 200 {
		t.Errorf("symlink inside the folder: %d", r.status)
	}
	if r := s.do("HEAD", "/static/style.css", ""); r.status != 200 || r.body != "" {
		t.Errorf("HEAD: %d %q", r.status, r.body)
	}

	attacks := []string{
		"/static/../secret.txt",
		"/static/%2e%2e/secret.txt",
		"/static/%2E%2E/%2E%2E/etc/passwd",
		"/static/..%2fsecret.txt",
		"/static/..%2Fsecret.txt",
		"/static/%2e%2e%2fsecret.txt",
		"/static/docs/..%2f..%2fsecret.txt",
		"/static/..%5csecret.txt",
		"/static/..\\secret.txt",
		"/static//etc/passwd",
		"/static/%2fetc%2fpasswd",
		"/static/%00",
		"/static/up.txt",
		"/static/passwd",
		"/static/root/etc/passwd",
		"/static/.hidden",
		"/static/%2ehidden",
		"/static/../setup.py",
		"//etc/passwd",
		"/static/....//secret.txt",
		"/../secret.txt",
		"/%2e%2e/secret.txt",
		"/..%2f..%2fsecret.txt",
		"/../../../../etc/passwd",
		"/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
	}
	for _, p := range attacks {
		r := s.rawGet(p)
		if r.status == 200 || strings.Contains(r.body, "APP SECRET") || strings.Contains(r.body, "root:") ||
			strings.Contains(r.body, "scriptling.runtime") {
			t.Errorf("GET %s: %d %q", p, r.status, r.body)
		}
		if r.status >= 300 && r.status < 400 {
			if loc := r.header.Get("Location"); strings.HasPrefix(loc, "//") || strings.Contains(loc, "://") {
				t.Errorf("GET %s redirects off-site to %q", p, loc)
			}
		}
	}
}

func TestServeFailures(t *testing.T) {
	s := mustServe(t, appDir("routes"), "--timeout", "1s", "--max-body", "1KiB", "--max-concurrent", "2")

	// A script exception: 500 with a request id, no traceback.
	r := s.get("/boom")
	id := r.header.Get("X-Request-Id")
	if r.status != 500 || id == "" || !strings.Contains(r.body, id) {
		t.Errorf("/boom: %d %q", r.status, r.body)
	}
	for _, leak := range []string{"Traceback", "ZeroDivisionError", "handlers.py", "do-not-leak"} {
		if strings.Contains(r.body, leak) {
			t.Errorf("/boom leaks %q to the client: %q", leak, r.body)
		}
	}
	if !s.waitLog(`msg="script error".*request_id=`+id+`.*ZeroDivisionError.*Traceback`, 5*time.Second) {
		t.Errorf("no traceback in the log for %s:\n%s", id, s.output())
	}

	// Past the deadline: 504, and the server goes on.
	start := time.Now()
	if r := s.get("/forever"); r.status != 504 {
		t.Errorf("/forever: %d %q", r.status, r.body)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("/forever answered after %v (timeout 1s)", d)
	}
	if r := s.get("/hello"); r.status != 200 {
		t.Errorf("after a timeout: %d", r.status)
	}

	// Bodies over the limit: 413, declared or streamed.
	big := strings.Repeat("x", 2048)
	if r := s.do("POST", "/echo", big); r.status != 413 {
		t.Errorf("declared length: %d", r.status)
	}
	req, _ := http.NewRequest("POST", s.base+"/echo", io.MultiReader(strings.NewReader(big))) // no length: chunked
	if resp, err := client.Do(req); err != nil || resp.StatusCode != 413 {
		t.Errorf("chunked: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}
	if r := s.do("POST", "/echo", `{"small": 1}`); r.status != 200 {
		t.Errorf("small body: %d", r.status)
	}

	// Overload: two requests in flight fill the tenant; the third gets 503 at once.
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.get("/forever")
		}()
	}
	time.Sleep(300 * time.Millisecond)
	start = time.Now()
	r = s.get("/hello")
	if r.status != 503 || r.header.Get("Retry-After") == "" {
		t.Errorf("overload: %d %v", r.status, r.header)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("503 took %v", d)
	}
	wg.Wait()
	if r := s.get("/hello"); r.status != 200 {
		t.Errorf("after overload: %d", r.status)
	}
}

func TestServeDebugTracebacks(t *testing.T) {
	t.Parallel()
	s := mustServe(t, appDir("routes"), "--debug")
	r := s.get("/boom")
	if r.status != 500 || !strings.Contains(r.body, "Traceback") || !strings.Contains(r.body, "ZeroDivisionError") {
		t.Errorf("/boom with --debug: %d %q", r.status, r.body)
	}
}

func TestServeSlowClient(t *testing.T) {
	// A client that never finishes its headers is cut off by the server
	// (ReadHeaderTimeout), not kept forever.
	if testing.Short() {
		t.Skip("waits for the header timeout")
	}
	s := mustServe(t, appDir("routes"))
	conn, err := net.Dial("tcp", s.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET /hello HTTP/1.1\r\nHost: x\r\n")
	conn.SetReadDeadline(time.Now().Add(30 * time.Second))
	start := time.Now()
	_, err = io.ReadAll(conn)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			t.Fatalf("the server kept a half-sent request open for %v", time.Since(start))
		}
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("cut off after %v", d)
	}
}

func TestServeLoadErrors(t *testing.T) {
	cases := []struct {
		name  string
		setup string
		want  string // in stderr
	}{
		{"unknown function", "import scriptling.runtime.http as http\nhttp.get('/a', 'handlers.hello')\nhttp.get('/b', 'handlers.nope')\n",
			"setup.py:3: route GET /b: cannot resolve handler 'handlers.nope'"},
		{"unknown module", "import scriptling.runtime.http as http\n\nhttp.post('/a', 'missing.fn')\n",
			"setup.py:3: route POST /a: cannot resolve handler 'missing.fn'"},
		{"not a function", "import scriptling.runtime.http as http\nhttp.middleware('handlers.VALUE')\n",
			"setup.py:2: middleware: cannot resolve handler 'handlers.VALUE'"},
		{"bad reference", "import scriptling.runtime.http as http\nhttp.get('/a', 'nodots')\n",
			"setup.py:2: ValueError"},
		{"bad path", "import scriptling.runtime.http as http\nhttp.get('a', 'handlers.hello')\n",
			"setup.py:2: ValueError: route path \"a\" must start with '/'"},
		{"conflict", "import scriptling.runtime.http as http\nhttp.get('/u/:id', 'handlers.hello')\nhttp.get('/u/:name', 'handlers.hello')\n",
			"setup.py:3: route GET /u/:name"},
		{"static outside", "import scriptling.runtime.http as http\nhttp.static('/s', '../x')\n",
			"setup.py:2: ValueError: static directory"},
		{"static missing", "import scriptling.runtime.http as http\nhttp.static('/s', 'nothere')\n",
			"setup.py:2: static /s/"},
		{"script error", "import scriptling.runtime.http as http\nx = 1\ny = x / 0\n",
			"setup.py:3: ZeroDivisionError"},
		{"syntax error", "import scriptling.runtime.http as http\nhttp.get('/a' 'handlers.hello'\n",
			"SyntaxError"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "setup.py"), []byte(c.setup), 0o644)
			os.WriteFile(filepath.Join(dir, "handlers.py"), []byte("VALUE = 3\n\ndef hello(request):\n    return 'hi'\n"), 0o644)
			_, err := startServe(t, dir)
			if err == nil {
				t.Fatal("the app loaded")
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("want %q in:\n%v", c.want, err)
			}
			if !strings.Contains(err.Error(), "exit status 1") {
				t.Errorf("want exit status 1:\n%v", err)
			}
		})
	}
}

func TestServeGracefulShutdown(t *testing.T) {
	s := mustServe(t, appDir("routes"))
	// Size a request to take about a second.
	n := 20000
	for {
		start := time.Now()
		if r := s.get(fmt.Sprintf("/spin/%d", n)); r.status != 200 {
			t.Fatalf("spin: %d %q", r.status, r.body)
		}
		if time.Since(start) > 300*time.Millisecond || n > 1<<28 {
			n *= 3
			break
		}
		n *= 4
	}
	got := make(chan reply, 1)
	go func() { got <- s.get(fmt.Sprintf("/spin/%d", n)) }()
	time.Sleep(200 * time.Millisecond)
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	r := <-got
	if r.status != 200 || r.body != fmt.Sprintf(`{"spun":%d}`, n) {
		t.Errorf("in-flight request during shutdown: %d %q", r.status, r.body)
	}
	select {
	case <-s.exited:
	case <-time.After(30 * time.Second):
		t.Fatal("the server did not exit")
	}
	if s.err != nil {
		t.Errorf("exit: %v\n%s", s.err, s.output())
	}
	if !strings.Contains(s.output(), "msg=stopped") {
		t.Errorf("no stop line:\n%s", s.output())
	}
	if _, err := net.DialTimeout("tcp", s.addr, time.Second); err == nil {
		t.Error("still accepting connections after exit")
	}
}

func TestServeConcurrentIsolation(t *testing.T) {
	t.Parallel()
	s := mustServe(t, appDir("routes"), "--max-concurrent", "256")
	const n = 200
	var wg sync.WaitGroup
	errs := make(chan string, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := s.get(fmt.Sprintf("/isolation/%d", i))
			if want := fmt.Sprintf(`{"id":"%d","seen":1}`, i); r.status != 200 || r.body != want {
				errs <- fmt.Sprintf("%d: %d %q", i, r.status, r.body)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// needsRuntime skips a test whose app needs the runtime library (kv,
// sync, background tasks: issue 5) or the time module when this build
// does not have them.
func needsRuntime(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	for lib, from := range map[string]string{
		"scriptling.runtime.sync": "the runtime library, issue 5",
		"scriptling.runtime.kv":   "the runtime library, issue 5",
		"time":                    "the standard library's time module",
	} {
		if strings.Contains(err.Error(), "No module named '"+lib+"'") {
			t.Skipf("needs %s (%s), not in this build: %s", lib, from, lineWith(err.Error(), "No module named"))
		}
	}
	t.Fatal(err)
}

func lineWith(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return strings.TrimSpace(l)
		}
	}
	return s
}

func TestServeCounterApp(t *testing.T) {
	t.Parallel()
	s, err := startServe(t, appDir("counter"))
	needsRuntime(t, err)
	var last int
	for i := 0; i < 3; i++ {
		r := s.get("/counter")
		var count int
		if _, err := fmt.Sscanf(r.body, `{"count":%d}`, &count); err != nil || r.status != 200 {
			t.Fatalf("/counter: %d %q", r.status, r.body)
		}
		if i > 0 && count != last+1 {
			t.Errorf("count %d after %d", count, last)
		}
		last = count
	}
	// The background task started with the server reports the count.
	if !s.waitLog(`requests served so far`, 15*time.Second) {
		t.Errorf("the background task did not run:\n%s", s.output())
	}
}

func TestServeUsersApp(t *testing.T) {
	t.Parallel()
	// 200 concurrent writers on a small, busy machine: the point is the
	// consistency of the store, so give each request ample time.
	s, err := startServe(t, appDir("users"), "--max-concurrent", "256", "--timeout", "120s")
	needsRuntime(t, err)
	auth := []string{"Authorization", "Bearer demo-token", "Content-Type", "application/json"}
	if r := s.get("/users"); r.status != 401 {
		t.Errorf("no token: %d %q", r.status, r.body)
	}
	if r := s.get("/users", "Authorization", "Bearer wrong"); r.status != 401 {
		t.Errorf("wrong token: %d", r.status)
	}
	r := s.do("POST", "/users", `{"name": "Ada", "email": "ada@example.com"}`, auth...)
	if r.status != 201 || !strings.Contains(r.body, `"name":"Ada"`) {
		t.Fatalf("create: %d %q", r.status, r.body)
	}
	var id int
	fmt.Sscanf(r.body[strings.Index(r.body, `"id":`):], `"id":%d`, &id)
	path := fmt.Sprintf("/users/%d", id)
	if r := s.get(path, auth...); r.status != 200 || !strings.Contains(r.body, "ada@example.com") {
		t.Errorf("get: %d %q", r.status, r.body)
	}
	if r := s.do("PUT", path, `{"email": "ada@lovelace.org"}`, auth...); r.status != 200 || !strings.Contains(r.body, "lovelace") {
		t.Errorf("update: %d %q", r.status, r.body)
	}
	if r := s.do("POST", "/users", `{"email": "x"}`, auth...); r.status != 400 {
		t.Errorf("invalid: %d %q", r.status, r.body)
	}
	if r := s.do("DELETE", path, "", auth...); r.status != 200 {
		t.Errorf("delete: %d %q", r.status, r.body)
	}
	if r := s.get(path, auth...); r.status != 404 {
		t.Errorf("deleted: %d", r.status)
	}
	if r := s.get("/nothing", auth...); r.status != 404 || !strings.Contains(r.body, "no route") {
		t.Errorf("not found: %d %q", r.status, r.body)
	}

	// 200 concurrent writers: every create succeeds with its own id and
	// the store ends up with exactly those users.
	const n = 200
	var wg sync.WaitGroup
	ids := make(chan int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := s.do("POST", "/users", fmt.Sprintf(`{"name": "user%d"}`, i), auth...)
			var id int
			if r.status != 201 {
				t.Errorf("create %d: %d %q", i, r.status, r.body)
				return
			}
			fmt.Sscanf(r.body[strings.Index(r.body, `"id":`):], `"id":%d`, &id)
			ids <- id
		}()
	}
	wg.Wait()
	close(ids)
	seen := map[int]bool{}
	for id := range ids {
		if seen[id] {
			t.Errorf("id %d given twice", id)
		}
		seen[id] = true
	}
	r = s.get("/users", auth...)
	if !strings.Contains(r.body, fmt.Sprintf(`"count":%d`, n)) {
		t.Errorf("list after %d creates: %.300s", n, r.body)
	}
}
