// Command httpload measures wasmling serve: requests per second and
// p50/p99 latency of a hello route, a JSON route and a KV route at a fixed
// number of concurrent keep-alive connections, next to a plain Go net/http
// hello handler measured in the same run.
//
//	./build.sh && go run ./bench/httpload [-conns 16] [-duration 5s]
//
// It starts bin/wasmling serve on bench/apps/basic (hello, JSON) and
// bench/apps/kv (KV) on free 127.0.0.1 ports. An app that does not load
// (the KV app needs the runtime library) is reported and skipped.
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
	fmt.Printf("%-26s %10s %10s %10s %8s\n", "target", "req/s", "p50", "p99", "errors")

	// The baseline: plain net/http in this process.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "hello")
	}))
	report("go net/http hello", run("http://"+ln.Addr().String()+"/", *conns, *warmup, *duration))

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
			report("wasmling "+route, run(srv.base+route, *conns, *warmup, *duration))
		}
		srv.stop()
	}
}

type result struct {
	n, errs int64
	elapsed time.Duration
	lat     []time.Duration
}

// run drives url with conns workers for warmup+d and measures the last d.
func run(url string, conns int, warmup, d time.Duration) result {
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
	wg.Wait()
	var all []time.Duration
	for _, l := range lats {
		all = append(all, l...)
	}
	slices.Sort(all)
	return result{n: n.Load(), errs: errs.Load(), elapsed: d, lat: all}
}

func report(name string, r result) {
	pct := func(p float64) time.Duration {
		if len(r.lat) == 0 {
			return 0
		}
		return r.lat[min(len(r.lat)-1, int(float64(len(r.lat))*p))]
	}
	fmt.Printf("%-26s %10.0f %10v %10v %8d\n", name, float64(r.n)/r.elapsed.Seconds(),
		pct(0.50).Round(time.Microsecond), pct(0.99).Round(time.Microsecond), r.errs)
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
