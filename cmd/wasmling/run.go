package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/wasmling/wasmling/host"
	"github.com/wasmling/wasmling/internal/guestwasm"
	"github.com/wasmling/wasmling/sandbox"
)

func cmdRun(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	timeout := fs.Duration("timeout", 10*time.Second, "time limit for the script")
	memory := fs.String("memory", "128MiB", "memory limit of the sandbox")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 1 {
		fmt.Fprint(stderr, "usage: wasmling run [--timeout 10s] [--memory 128MiB] SCRIPT.py [args...]\n")
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

	argv := append([]string{filepath.Base(path)}, fs.Args()[1:]...)
	res, err := host.RunScript(ctx, eng, dir.FS(), filepath.Base(path), src, argv,
		host.Limits{Timeout: *timeout, Memory: mem})
	stdout.Write(res.Output.Stdout)
	stderr.Write(res.Output.Stderr)
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
	fmt.Fprintln(stderr, res.Err.Error())
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
