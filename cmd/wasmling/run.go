package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/wasmling/wasmling/host"
	"github.com/wasmling/wasmling/internal/guestwasm"
	"github.com/wasmling/wasmling/kv"
	"github.com/wasmling/wasmling/kv/boltkv"
	"github.com/wasmling/wasmling/sandbox"
)

func cmdRun(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	timeout := fs.Duration("timeout", 10*time.Second, "time limit for the script")
	memory := fs.String("memory", "128MiB", "memory limit of the sandbox")
	data := fs.String("data", "", "keep persistent kv stores in this directory (default: in memory, lost at exit)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 1 {
		fmt.Fprint(stderr, "usage: wasmling run [--timeout 10s] [--memory 128MiB] [--data DIR] SCRIPT.py [args...]\n")
		return 2
	}
	mem, err := parseSize(*memory)
	if err != nil {
		fmt.Fprintf(stderr, "wasmling run: %v\n", err)
		return 2
	}
	if *timeout <= 0 {
		fmt.Fprintln(stderr, "wasmling run: --timeout must be positive")
		return 2
	}
	path := fs.Arg(0)
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "wasmling run: %v\n", err)
		return 2
	}
	dir, err := os.OpenRoot(filepath.Dir(path))
	if err != nil {
		fmt.Fprintf(stderr, "wasmling run: %v\n", err)
		return 2
	}
	defer dir.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	eng, err := newEngine(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "wasmling run: %v\n", err)
		return 1
	}
	defer eng.Close(context.Background())

	var store kv.Backend
	if *data != "" {
		b, err := boltkv.Open(*data, boltkv.Options{})
		if err != nil {
			fmt.Fprintf(stderr, "wasmling run: %v\n", err)
			return 1
		}
		defer b.Close()
		store = b
	}
	out := &syncWriter{w: stdout}
	errOut := &syncWriter{w: stderr}
	runner, err := host.NewRunner(host.Config{Engine: eng, KV: store, Logger: slog.New(newCLILogHandler(errOut))})
	if err != nil {
		fmt.Fprintf(stderr, "wasmling run: %v\n", err)
		return 1
	}
	defer runner.Close(context.Background())
	tenant, err := runner.AddTenant(ctx, host.TenantConfig{
		Name:   "main",
		App:    dir.FS(),
		Limits: host.Limits{Timeout: *timeout, Memory: mem},
		Stdout: out,
		Stderr: errOut,
	})
	if err != nil {
		fmt.Fprintf(stderr, "wasmling run: %v\n", err)
		return 1
	}
	argv := append([]string{filepath.Base(path)}, fs.Args()[1:]...)
	res, err := tenant.RunScript(ctx, filepath.Base(path), src, argv)
	stderr = errOut
	if res.Output.StdoutDropped > 0 || res.Output.StderrDropped > 0 {
		fmt.Fprintf(stderr, "wasmling: output truncated (%d bytes of stdout, %d of stderr dropped)\n",
			res.Output.StdoutDropped, res.Output.StderrDropped)
	}
	if err != nil {
		fmt.Fprintf(stderr, "wasmling run: %v\n", err)
		return 1
	}
	if res.Err == nil {
		return 0
	}
	var se *host.ScriptError
	if errors.As(res.Err, &se) {
		fmt.Fprint(stderr, se.Traceback)
		switch se.Type {
		case "SystemExit":
			return exitStatus(se.Message)
		case "MemoryError":
			// The memory limit stopped the script (its message names it).
			return 3
		}
		return 1
	}
	msg := res.Err.Error()
	if res.Traceback != "" {
		fmt.Fprint(stderr, res.Traceback)
	}
	if !strings.HasSuffix(strings.TrimSpace(res.Traceback), msg) {
		fmt.Fprintln(stderr, msg)
	}
	if host.IsLimit(res.Err) {
		return 3
	}
	return 1
}

// exitStatus maps SystemExit's argument to a process exit status.
func exitStatus(msg string) int {
	switch msg {
	case "", "None", "0":
		return 0
	}
	var n int
	if _, err := fmt.Sscanf(msg, "%d", &n); err == nil {
		return n & 0xff
	}
	return 1
}

// newEngine compiles the embedded guest, using the on-disk cache.
func newEngine(ctx context.Context) (*sandbox.Engine, error) {
	wasm, err := guestwasm.Bytes()
	if err != nil {
		return nil, err
	}
	cfg := sandbox.NewEngineConfig()
	if dir := os.Getenv("WASMLING_CACHE_DIR"); dir != "" {
		cfg = cfg.WithCacheDir(dir)
	}
	return sandbox.NewEngine(ctx, wasm, cfg)
}
