package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/wasmling/wasmling/host"
	"github.com/wasmling/wasmling/kv/boltkv"
	"github.com/wasmling/wasmling/router"
)

const serveUsage = "usage: wasmling serve APP_DIR [--addr 127.0.0.1:8080] [--timeout 10s] [--memory 128MiB] [--data DIR] [--debug] [--max-concurrent 64] [--max-body 1MiB]\n"

// drainTimeout bounds how long a shutdown waits for requests in flight.
const drainTimeout = 30 * time.Second

// cmdServe serves an app as the default tenant until SIGINT or SIGTERM,
// then drains the requests in flight, stops the background tasks and
// exits 0.
func cmdServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	timeout := fs.Duration("timeout", 10*time.Second, "deadline of each request")
	memory := fs.String("memory", "128MiB", "memory limit of each instance")
	dataDir := fs.String("data", "", "folder of the app's persistent kv store (default: a folder per app under the user's data folder)")
	debug := fs.Bool("debug", false, "send tracebacks to clients in 500 responses (development only)")
	maxConc := fs.Int("max-concurrent", 0, "concurrent requests before answering 503 (default 64)")
	maxBody := fs.String("max-body", "1MiB", "largest request body")
	fs.Usage = func() { fmt.Fprint(stderr, serveUsage); fs.PrintDefaults() }
	// Accept APP_DIR before or after the flags.
	var appDir string
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		appDir, args = args[0], args[1:]
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if appDir == "" && fs.NArg() > 0 {
		appDir = fs.Arg(0)
		if err := fs.Parse(fs.Args()[1:]); err != nil {
			return 2
		}
	}
	if appDir == "" || fs.NArg() > 0 {
		fmt.Fprint(stderr, serveUsage)
		return 2
	}
	mem, err := parseSize(*memory)
	if err != nil {
		fmt.Fprintf(stderr, "wasmling serve: --memory: %v\n", err)
		return 2
	}
	body, err := parseSize(*maxBody)
	if err != nil {
		fmt.Fprintf(stderr, "wasmling serve: --max-body: %v\n", err)
		return 2
	}
	if *timeout <= 0 {
		fmt.Fprintln(stderr, "wasmling serve: --timeout must be positive")
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{}))
	err = serve(serveConfig{
		appDir: appDir, addr: *addr, dataDir: *dataDir, debug: *debug, log: log,
		limits: host.Limits{Timeout: *timeout, Memory: mem, MaxConcurrent: *maxConc, MaxBodyBytes: int64(body)},
	})
	if err != nil {
		var le *host.LoadError
		if errors.As(err, &le) {
			fmt.Fprintf(stderr, "wasmling serve: loading %s: %v\n", appDir, le)
			if le.Traceback != "" {
				fmt.Fprint(stderr, le.Traceback)
			}
			return 1
		}
		fmt.Fprintf(stderr, "wasmling serve: %v\n", err)
		return 1
	}
	return 0
}

type serveConfig struct {
	appDir, addr, dataDir string
	debug                 bool
	limits                host.Limits
	log                   *slog.Logger
}

func serve(c serveConfig) error {
	abs, err := filepath.Abs(c.appDir)
	if err != nil {
		return err
	}
	app, err := os.OpenRoot(abs)
	if err != nil {
		return err
	}
	defer app.Close()
	if c.dataDir == "" {
		if c.dataDir, err = defaultDataDir(abs); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(c.dataDir, 0o700); err != nil {
		return fmt.Errorf("data folder: %w", err)
	}
	store, err := boltkv.Open(filepath.Join(c.dataDir, "kv"), boltkv.Options{})
	if err != nil {
		return fmt.Errorf("opening the kv store: %w", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	eng, err := newEngine(ctx)
	if err != nil {
		store.Close()
		return err
	}
	defer eng.Close(context.Background())
	runner, err := host.NewRunner(host.Config{Engine: eng, KV: store, Logger: c.log})
	if err != nil {
		store.Close()
		return err
	}
	// Close order: the runner (tasks, pools) before the store and engine.
	defer func() {
		runner.Close(context.Background())
		store.Close()
	}()
	tenant, err := runner.AddTenant(ctx, host.TenantConfig{Name: filepath.Base(abs), App: app.FS(), Limits: c.limits})
	if err != nil {
		return err
	}
	loadStart := time.Now()
	loaded, err := tenant.LoadApp(ctx)
	if err != nil {
		return err
	}
	rt, err := router.New(tenant, loaded, router.Options{AppDir: app, Debug: c.debug, Logger: c.log})
	if err != nil {
		return &host.LoadError{Message: err.Error()}
	}
	defer rt.Close()

	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return err
	}
	srv := router.NewServer(c.addr, rt, tenant.Limits().Timeout)
	tenant.StartTasks()
	c.log.Info("serving", "app", tenant.Name(), "addr", "http://"+ln.Addr().String(),
		"routes", len(loaded.Routes), "tasks", len(tenant.Tasks()), "data", c.dataDir,
		"load_time", time.Since(loadStart).Round(time.Millisecond), "debug", c.debug)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	stop()
	c.log.Info("shutting down: draining requests in flight", "app", tenant.Name())
	dctx, cancel := context.WithTimeout(context.Background(), drainTimeout)
	defer cancel()
	if err := srv.Shutdown(dctx); err != nil {
		c.log.Warn("drain incomplete", "error", err.Error())
		srv.Close()
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	if err := runner.Close(dctx); err != nil {
		c.log.Warn("stopping tasks", "error", err.Error())
	}
	c.log.Info("stopped", "app", tenant.Name())
	return nil
}

// defaultDataDir is a folder per app (by its absolute path) under the
// user's data folder: $XDG_DATA_HOME/wasmling, else ~/.local/share/wasmling.
func defaultDataDir(appAbs string) (string, error) {
	base := os.Getenv("XDG_DATA_HOME")
	if base == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no data folder: set --data (%v)", err)
		}
		base = filepath.Join(home, ".local", "share")
	}
	sum := sha256.Sum256([]byte(appAbs))
	return filepath.Join(base, "wasmling", filepath.Base(appAbs)+"-"+hex.EncodeToString(sum[:4])), nil
}
