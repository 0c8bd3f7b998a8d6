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
	"strings"
	"syscall"
	"time"

	"github.com/wasmling/wasmling/host"
	"github.com/wasmling/wasmling/kv"
	"github.com/wasmling/wasmling/kv/boltkv"
	"github.com/wasmling/wasmling/router"
)

const serveUsage = "usage: wasmling serve APP_DIR [--addr 127.0.0.1:8080] [--timeout 10s] [--memory 128MiB] [--data DIR] [--debug] [--max-concurrent 64] [--max-body 1MiB]\n" +
	"       wasmling serve --config tenants.toml [--addr ADDR] [--data DIR] [--debug]\n"

// drainTimeout bounds how long a shutdown waits for requests in flight.
const drainTimeout = 30 * time.Second

// cmdServe serves an app as the default tenant, or the tenants of a
// config file, until SIGINT or SIGTERM, then drains the requests in
// flight, stops the background tasks and exits 0.
func cmdServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	config := fs.String("config", "", "serve the tenants of this TOML file instead of one APP_DIR")
	timeout := fs.Duration("timeout", 10*time.Second, "deadline of each request")
	memory := fs.String("memory", "128MiB", "memory limit of each instance")
	dataDir := fs.String("data", "", "folder of the persistent kv store (default: a folder per app or config file under the user's data folder)")
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
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if (appDir == "") == (*config == "") || fs.NArg() > 0 {
		fmt.Fprint(stderr, serveUsage)
		return 2
	}
	var c serveConfig
	if *config != "" {
		for _, name := range []string{"timeout", "memory", "max-concurrent", "max-body"} {
			if set[name] {
				fmt.Fprintf(stderr, "wasmling serve: --%s: with --config, set limits in the config file\n", name)
				return 2
			}
		}
		var err error
		if c, err = loadConfig(*config); err != nil {
			fmt.Fprintf(stderr, "wasmling serve: %v\n", err)
			return 2
		}
		if set["addr"] || c.addr == "" {
			c.addr = *addr
		}
		if set["data"] {
			c.dataDir = *dataDir
		}
		c.debug = c.debug || *debug
		c.dataKey = *config
	} else {
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
		abs, err := filepath.Abs(appDir)
		if err != nil {
			fmt.Fprintf(stderr, "wasmling serve: %v\n", err)
			return 2
		}
		c = serveConfig{addr: *addr, dataDir: *dataDir, debug: *debug, dataKey: abs,
			tenants: []tenantSpec{{name: filepath.Base(abs), appDir: appDir,
				limits: host.Limits{Timeout: *timeout, Memory: mem, MaxConcurrent: *maxConc, MaxBodyBytes: int64(body)}}}}
	}
	c.log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{}))
	if err := serve(c); err != nil {
		var le *host.LoadError
		if errors.As(err, &le) {
			fmt.Fprintf(stderr, "wasmling serve: loading %v\n", err)
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
	addr, dataDir string
	// dataKey names the default data folder: the app's or the config
	// file's absolute path.
	dataKey string
	debug   bool
	tenants []tenantSpec
	log     *slog.Logger
}

// serve serves the tenants until SIGINT or SIGTERM. One engine, runner and
// kv store serve them all; each tenant has its own app, router, limits,
// background tasks and namespaces.
func serve(c serveConfig) error {
	var err error
	if c.dataDir == "" {
		key, err := filepath.Abs(c.dataKey)
		if err != nil {
			return err
		}
		if c.dataDir, err = defaultDataDir(key); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(c.dataDir, 0o700); err != nil {
		return fmt.Errorf("data folder: %w", err)
	}
	quotas := map[string]kv.Quota{}
	for _, t := range c.tenants {
		quotas[t.name] = t.quota
	}
	store, err := boltkv.Open(filepath.Join(c.dataDir, "kv"), boltkv.Options{
		Quota: func(tenant string) kv.Quota { return quotas[tenant] }})
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
	loadStart := time.Now()
	var (
		sites   []router.Site
		tenants []*host.Tenant
		timeout time.Duration
		routes  int
	)
	for _, spec := range c.tenants {
		t, rt, app, err := loadTenant(ctx, runner, spec, c)
		if err != nil {
			return err
		}
		defer app.Close()
		defer rt.Close()
		tenants = append(tenants, t)
		sites = append(sites, router.Site{Name: spec.name, Hosts: spec.hosts, Prefix: spec.prefix, Handler: rt})
		timeout = max(timeout, t.Limits().Timeout)
		routes += len(t.App().Routes)
		if len(c.tenants) > 1 {
			c.log.Info("tenant", "app", spec.name, "dir", spec.appDir, "hosts", strings.Join(spec.hosts, ","),
				"prefix", spec.prefix, "routes", len(t.App().Routes), "tasks", len(t.Tasks()))
		}
	}
	front, err := router.NewFront(sites, c.log)
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return err
	}
	srv := router.NewServer(c.addr, front, timeout)
	tasks := 0
	for _, t := range tenants {
		t.StartTasks()
		tasks += len(t.Tasks())
	}
	name := tenants[0].Name()
	if len(tenants) > 1 {
		name = fmt.Sprintf("%d tenants", len(tenants))
	}
	c.log.Info("serving", "app", name, "addr", "http://"+ln.Addr().String(),
		"routes", routes, "tasks", tasks, "data", c.dataDir,
		"load_time", time.Since(loadStart).Round(time.Millisecond), "debug", c.debug)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	stop()
	c.log.Info("shutting down: draining requests in flight", "app", name)
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
	c.log.Info("stopped", "app", name)
	return nil
}

// loadTenant adds a tenant to the runner, loads its app and builds its
// router; the app folder stays open for static files until the caller
// closes it. A load error names the app folder.
func loadTenant(ctx context.Context, runner *host.Runner, spec tenantSpec, c serveConfig) (*host.Tenant, *router.Router, *os.Root, error) {
	abs, err := filepath.Abs(spec.appDir)
	if err != nil {
		return nil, nil, nil, err
	}
	app, err := os.OpenRoot(abs)
	if err != nil {
		return nil, nil, nil, err
	}
	t, err := runner.AddTenant(ctx, host.TenantConfig{Name: spec.name, App: app.FS(), Limits: spec.limits,
		Grants: spec.grants, KVQuota: spec.quota})
	if err == nil {
		var loaded *host.App
		if loaded, err = t.LoadApp(ctx); err == nil {
			var rt *router.Router
			if rt, err = router.New(t, loaded, router.Options{AppDir: app, Debug: c.debug, Logger: c.log}); err == nil {
				return t, rt, app, nil
			}
			err = &host.LoadError{Message: err.Error()}
		}
		err = fmt.Errorf("%s: %w", spec.appDir, err)
	}
	app.Close()
	return nil, nil, nil, err
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
