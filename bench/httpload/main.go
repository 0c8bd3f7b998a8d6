// Command httpload measures wasmling serve: requests per second and
// p50/p99 latency of a hello route, a JSON route and a KV route at a fixed
// number of concurrent keep-alive connections, next to a plain Go net/http
// hello handler measured in the same run.
//
//	./build.sh && go run ./bench/httpload [-conns 16] [-duration 5s]
//
// It starts bin/wasmling serve on bench/apps/basic (hello, JSON) and
// bench/apps/kv (KV) on free 127.0.0.1 ports. An app that does not load
// (the KV app needs the runtime library) is reported and skipped. For
// the wasmling targets it also reports the server process's page faults
// and CPU time per request (from /proc, on Linux).
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	conns := flag.Int("conns", 16, "concurrent connections")
	duration := flag.Duration("duration", 5*time.Second, "measuring time per target")
	warmup := flag.Duration("warmup", time.Second, "unmeasured load before each target")
	bin := flag.String("bin", "bin/wasmling", "the wasmling binary")
	flag.Parse()

	fmt.Printf("%d connections, %v per target (after %v warm-up), GOMAXPROCS %d\n\n", *conns, *duration, *warmup, runtime.GOMAXPROCS(0))
	fmt.Printf("%-26s %10s %10s %10s %8s %10s %10s\n", "target", "req/s", "p50", "p99", "errors", "faults/req", "cpu-µs/req")

	// The baseline: plain net/http in this process.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "hello")
	}))
	report("go net/http hello", run("http://"+ln.Addr().String()+"/", *conns, *warmup, *duration, nil))

	for _, app := range []struct {
		dir    string
		routes []string
	}{
		{"bench/apps/basic", []string{"/hello", "/json"}},
		{"bench/apps/kv", []string{"/kv"}},
	} {
		srv, err := start(*bin, app.dir, *conns)
		if err != nil {
			fmt.Printf("%-26s skipped: %v\n", app.dir, err)
			continue
		}
		for _, route := range app.routes {
			report("wasmling "+route, run(srv.base+route, *conns, *warmup, *duration, procProbe(srv.cmd.Process.Pid)))
		}
		srv.stop()
	}
}

type result struct {
	n, errs int64
	elapsed time.Duration
	lat     []time.Duration
	// The server's page faults and CPU time over the measured time, if
	// probed.
	probed bool
	faults int64
	cpu    time.Duration
}

// A probe reads a server process's page faults and CPU time so far.
type probe func() (faults int64, cpu time.Duration, ok bool)

// procProbe reads minflt+majflt and utime+stime of process pid from
// /proc/pid/stat.
func procProbe(pid int) probe {
	return func() (int64, time.Duration, bool) {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			return 0, 0, false
		}
		// Fields after the command name, which is in parentheses.
		i := strings.LastIndexByte(string(b), ')')
		f := strings.Fields(string(b[i+1:]))
		if len(f) < 13 {
			return 0, 0, false
		}
		n := func(k int) int64 { v, _ := strconv.ParseInt(f[k], 10, 64); return v }
		// f[0] is field 3 (state): minflt is field 10, majflt 12, utime
		// 14, stime 15, in clock ticks (100 per second on Linux).
		return n(7) + n(9), time.Duration(n(11)+n(12)) * 10 * time.Millisecond, true
	}
}

// run drives url with conns workers for warmup+d and measures the last d;
// p, if not nil, probes the server at the start and end of that.
func run(url string, conns int, warmup, d time.Duration, p probe) result {
	tr := &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	ctx, cancel := context.WithTimeout(context.Background(), warmup+d)
	defer cancel()
	measureFrom := time.Now().Add(warmup)
	var n, errs atomic.Int64
	lats := make([][]time.Duration, conns)
	var wg sync.WaitGroup
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				start := time.Now()
				resp, err := client.Get(url)
				ok := err == nil && resp.StatusCode == 200
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				if start.Before(measureFrom) || ctx.Err() != nil {
					continue
				}
				if !ok {
					errs.Add(1)
					continue
				}
				n.Add(1)
				lats[i] = append(lats[i], time.Since(start))
			}
		}()
	}
	var f0 int64
	var c0 time.Duration
	ok0 := false
	if p != nil {
		time.AfterFunc(time.Until(measureFrom), func() { f0, c0, ok0 = p() })
	}
	wg.Wait()
	var res result
	if p != nil {
		if f1, c1, ok1 := p(); ok0 && ok1 {
			res.probed, res.faults, res.cpu = true, f1-f0, c1-c0
		}
	}
	var all []time.Duration
	for _, l := range lats {
		all = append(all, l...)
	}
	slices.Sort(all)
	res.n, res.errs, res.elapsed, res.lat = n.Load(), errs.Load(), d, all
	return res
}

func report(name string, r result) {
	pct := func(p float64) time.Duration {
		if len(r.lat) == 0 {
			return 0
		}
		return r.lat[min(len(r.lat)-1, int(float64(len(r.lat))*p))]
	}
	perReq := func(v float64) string {
		if !r.probed || r.n == 0 {
			return "-"
		}
		return fmt.Sprintf("%.1f", v/float64(r.n))
	}
	fmt.Printf("%-26s %10.0f %10v %10v %8d %10s %10s\n", name, float64(r.n)/r.elapsed.Seconds(),
		pct(0.50).Round(time.Microsecond), pct(0.99).Round(time.Microsecond), r.errs,
		perReq(float64(r.faults)), perReq(float64(r.cpu.Microseconds())))
}

type server struct {
	cmd  *exec.Cmd
	base string
	done chan error
}

var servingLine = regexp.MustCompile(`msg=serving .*addr=(http://\S+)`)

func start(bin, app string, conns int) (*server, error) {
	data, err := os.MkdirTemp("", "wasmling-bench-")
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "serve", app, "--addr", "127.0.0.1:0", "--data", data,
		"--max-concurrent", fmt.Sprint(conns*4))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, done: make(chan error, 1)}
	ready := make(chan string, 1)
	var tail []string
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			if m := servingLine.FindStringSubmatch(line); m != nil {
				ready <- m[1]
			}
			if len(tail) < 5 && !regexp.MustCompile(`msg=request `).MatchString(line) {
				tail = append(tail, line)
			}
		}
		s.done <- cmd.Wait()
		os.RemoveAll(data)
	}()
	select {
	case s.base = <-ready:
		return s, nil
	case err := <-s.done:
		return nil, fmt.Errorf("%v: %s", err, firstError(tail))
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		return nil, errors.New("did not start")
	}
}

func firstError(lines []string) string {
	for _, l := range lines {
		if m := regexp.MustCompile(`wasmling serve: (.*)`).FindStringSubmatch(l); m != nil {
			return m[1]
		}
	}
	return fmt.Sprint(lines)
}

func (s *server) stop() {
	s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.done:
	case <-time.After(30 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "httpload:", err)
	os.Exit(1)
}
