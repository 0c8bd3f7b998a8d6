package host

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"sync"
	"time"

	"github.com/wasmling/wasmling/kv"
	"github.com/wasmling/wasmling/sandbox"
)

// Config configures a Runner.
type Config struct {
	// Engine runs the guests; required.
	Engine *sandbox.Engine
	// KV is the backend of the tenants' persistent stores (bolt for serve,
	// Redis for many hosts); nil gives every tenant in-memory stores only.
	KV kv.Backend
	// Logger receives the structured log; nil discards it.
	Logger *slog.Logger
}

// Runner hosts tenants: it owns their registries (kv stores, sync
// primitives, background tasks) and runs their code in sandboxes. It is
// the embedding API; package router serves HTTP on top of it.
type Runner struct {
	cfg    Config
	memKV  kv.Backend
	log    *slog.Logger
	mu     sync.Mutex
	tenant map[string]*Tenant
	closed bool
}

// NewRunner returns a runner.
func NewRunner(cfg Config) (*Runner, error) {
	if cfg.Engine == nil {
		return nil, errors.New("host: Config.Engine is required")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	r := &Runner{cfg: cfg, log: log, tenant: map[string]*Tenant{}}
	r.memKV = newMemoryBackend(r.kvQuota)
	return r, nil
}

// Limits bound what a tenant's code may use. The zero value of a field
// means the default (DefaultLimits).
type Limits struct {
	Timeout       time.Duration // per request, script run or task step
	Memory        uint64        // instance memory cap in bytes
	Output        int           // bytes of stdout and of stderr kept per invocation
	MaxConcurrent int           // concurrent requests of the tenant
	MaxTasks      int           // background tasks
	MaxRun        int           // run() goroutines per environment
	MaxBodyBytes  int64         // request body size
	// TaskTimeout bounds one run of a background task; 0 means none
	// (tasks are long-lived: they stop with the server, and a run cut
	// short counts as a failure and is restarted).
	TaskTimeout    time.Duration
	MaxSyncObjects int   // named sync primitives of the tenant
	SyncBytes      int64 // bytes held by the tenant's queues and shared values
}

// DefaultLimits returns limits safe for strangers' code.
func DefaultLimits() Limits {
	return Limits{
		Timeout:       10 * time.Second,
		Memory:        128 << 20,
		Output:        1 << 20,
		MaxConcurrent: 64,
		MaxTasks:      16,
		MaxRun:        64,
		MaxBodyBytes:  1 << 20,

		MaxSyncObjects: 10000,
		SyncBytes:      64 << 20,
	}
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	setPositive(&d.Timeout, l.Timeout)
	setPositive(&d.Memory, l.Memory)
	setPositive(&d.Output, l.Output)
	setPositive(&d.MaxConcurrent, l.MaxConcurrent)
	setPositive(&d.MaxTasks, l.MaxTasks)
	setPositive(&d.MaxRun, l.MaxRun)
	setPositive(&d.MaxBodyBytes, l.MaxBodyBytes)
	setPositive(&d.TaskTimeout, l.TaskTimeout)
	setPositive(&d.MaxSyncObjects, l.MaxSyncObjects)
	setPositive(&d.SyncBytes, l.SyncBytes)
	return d
}

// setPositive sets *dst to v if v is positive.
func setPositive[T ~int | ~int64 | ~uint64](dst *T, v T) {
	if v > 0 {
		*dst = v
	}
}

// Runtime sub-libraries a tenant may be granted.
const (
	GrantHTTP = "http"
	GrantKV   = "kv"
	GrantSync = "sync"
)

// TenantConfig describes a tenant.
type TenantConfig struct {
	Name   string
	App    fs.FS // the app's files: setup.py, modules, static folders
	Limits Limits
	// Grants lists the runtime sub-libraries the tenant's scripts may
	// import (GrantHTTP, GrantKV, GrantSync); nil grants all of them.
	Grants []string
	// KVQuota bounds the tenant's kv stores (zero: no bound).
	KVQuota kv.Quota
	// Restart is how failed background tasks are restarted.
	Restart RestartPolicy
	// Stdout and Stderr receive what background tasks (and scripts run
	// with Tenant.RunScript) print; nil sends task output to the log.
	Stdout, Stderr io.Writer
}

// AddTenant registers a tenant. Its app is not loaded until LoadApp.
func (r *Runner) AddTenant(ctx context.Context, tc TenantConfig) (*Tenant, error) {
	if tc.Name == "" {
		return nil, errors.New("host: tenant needs a name")
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil, errors.New("host: runner is closed")
	}
	if _, dup := r.tenant[tc.Name]; dup {
		return nil, fmt.Errorf("host: tenant %q already exists", tc.Name)
	}
	t := newTenant(r, tc)
	r.tenant[tc.Name] = t
	return t, nil
}

// Tenant returns a tenant by name.
func (r *Runner) Tenant(name string) (*Tenant, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	t, ok := r.tenant[name]
	return t, ok
}

// Close stops every tenant (its background tasks, its instances) and
// waits for them.
func (r *Runner) Close(ctx context.Context) error {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return nil
	}
	r.closed = true
	ts := make([]*Tenant, 0, len(r.tenant))
	for _, t := range r.tenant {
		ts = append(ts, t)
	}
	r.mu.Unlock()
	var errs []error
	for _, t := range ts {
		errs = append(errs, t.close(ctx))
	}
	errs = append(errs, r.memKV.Close())
	return errors.Join(errs...)
}

// kvQuota is the quota of a tenant's in-memory stores.
func (r *Runner) kvQuota(tenant string) kv.Quota {
	if t, ok := r.Tenant(tenant); ok {
		return t.cfg.KVQuota
	}
	return kv.Quota{}
}
