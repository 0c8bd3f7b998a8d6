package host

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/sandbox"
)

// Tenant is one app and everything that belongs to it: its files, limits,
// granted libraries, kv stores and sync primitives. Nothing of one tenant
// can be named by another.
type Tenant struct {
	r      *Runner
	name   string
	cfg    TenantConfig
	limits Limits
	log    *slog.Logger
	mods   *Modules

	// reqs bounds concurrent requests.
	reqs chan struct{}

	mu       sync.Mutex
	app      *App           // the loaded app (LoadApp)
	closing  sync.WaitGroup // request instances being closed in the background
	snapshot *sandbox.Snapshot
	pool     *sandbox.Pool

	// The runtime's registries (kv.go, sync.go, tasks.go).
	stores kvStores
	syncs  syncSet
	tasks  taskSet
	outMu  sync.Mutex // serializes writes to cfg.Stdout, cfg.Stderr

	noReuse bool // close request instances instead of resetting them (benchmarks)
}

func newTenant(r *Runner, tc TenantConfig) *Tenant {
	lim := tc.Limits.withDefaults()
	return &Tenant{
		r: r, name: tc.Name, cfg: tc, limits: lim,
		log:  r.log.With("app", tc.Name),
		mods: NewModules(tc.App),
		reqs: make(chan struct{}, lim.MaxConcurrent),
	}
}

// Name returns the tenant's name.
func (t *Tenant) Name() string { return t.name }

// Limits returns the tenant's limits (defaults filled in).
func (t *Tenant) Limits() Limits { return t.limits }

// Logger returns the tenant's logger.
func (t *Tenant) Logger() *slog.Logger { return t.log }

// Granted reports whether the tenant may use a runtime sub-library.
func (t *Tenant) Granted(lib string) bool {
	return t.cfg.Grants == nil || slices.Contains(t.cfg.Grants, lib)
}

// grants returns the granted sub-libraries for entry requests.
func (t *Tenant) grants() []string {
	if t.cfg.Grants == nil {
		return []string{GrantHTTP, GrantKV, GrantSync}
	}
	return t.cfg.Grants
}

// ErrOverloaded is returned when a tenant has as many requests in flight
// as its limit allows.
var ErrOverloaded = errors.New("host: too many concurrent requests")

// Acquire takes one of the tenant's request slots without waiting; the
// caller must Release it.
func (t *Tenant) Acquire() error {
	select {
	case t.reqs <- struct{}{}:
		return nil
	default:
		return ErrOverloaded
	}
}

// Release returns a request slot.
func (t *Tenant) Release() { <-t.reqs }

// instanceConfig is the configuration of the tenant's instances; their
// handler routes each op to the environment of the invocation (carried by
// the context), so pooled instances can serve any invocation.
func (t *Tenant) instanceConfig() sandbox.InstanceConfig {
	return sandbox.NewInstanceConfig().
		WithMemoryLimit(t.limits.Memory).
		WithOutputLimit(t.limits.Output).
		WithHandler(sandbox.HandlerFunc(t.handleOp))
}

// newInstance returns a fresh instance for one invocation: from the
// tenant's pool when it has one (a new instance from the app's snapshot
// or a used one reset to it), else a plain new instance. Hand it back
// with releaseInstance.
func (t *Tenant) newInstance(ctx context.Context) (*sandbox.Instance, *sandbox.Pool, error) {
	t.mu.Lock()
	pool := t.pool
	t.mu.Unlock()
	if pool != nil {
		in, err := pool.Get(ctx)
		return in, pool, err
	}
	in, err := t.r.cfg.Engine.NewInstance(ctx, t.instanceConfig())
	return in, nil, err
}

// releaseInstance hands back an instance from newInstance once its invocation is
// over, in the background: the caller's answer does not wait for it. An
// instance whose invocation ended well goes back to the pool it came
// from, which resets it to the snapshot for the next invocation (if the
// pool is still the tenant's and has room); any other is closed.
// noReuse says why the instance must not be reused, if it must not (see
// reuseAfter): after a crash, a memory limit, a timeout or a cancellation
// it never is.
func (t *Tenant) releaseInstance(ctx context.Context, pool *sandbox.Pool, inst *sandbox.Instance, noReuse error) {
	ctx = context.WithoutCancel(ctx)
	if pool != nil && noReuse == nil && !t.noReuse {
		pool.Recycle(ctx, inst)
		return
	}
	t.closing.Add(1)
	go func() {
		defer t.closing.Done()
		inst.Close(ctx)
	}()
}

// invoke runs entry in a fresh instance with env serving its ops, and
// releases the instance afterwards. It returns the reply payload, the
// instance's output and the sandbox's error (a limit, a crash) or the
// error envelope's *abi.Exception.
func (t *Tenant) invoke(ctx context.Context, env *Env, entry abi.Entry, req []byte) ([]byte, sandbox.Output, error) {
	inst, pool, err := t.newInstance(ctx)
	if err != nil {
		return nil, sandbox.Output{}, err
	}
	env.tenant = t
	if env.kind == "" {
		env.kind = EnvRequest
	}
	reply, err := inst.Invoke(withEnv(ctx, env), entry, req)
	out := inst.TakeOutput()
	env.finish()
	if err != nil {
		t.releaseInstance(ctx, pool, inst, err)
		return nil, out, err
	}
	payload, err := abi.ParseReply(reply)
	t.releaseInstance(ctx, pool, inst, reuseAfter(nil, err))
	return payload, out, err
}

// invokeStreaming is invoke for long invocations (tasks, scripts run from
// the command line): while the guest runs, its output is passed to out
// every outputPoll, and once more at the end. When a limit stopped the
// guest but it still replied (a stop it noticed), the reply's payload is
// returned along with the error.
func (t *Tenant) invokeStreaming(ctx context.Context, env *Env, entry abi.Entry, req []byte, out func(sandbox.Output)) ([]byte, error) {
	inst, pool, err := t.newInstance(ctx)
	if err != nil {
		return nil, err
	}
	if pool != nil {
		pool.Detach(inst) // a long invocation: let the pool replace it
	}
	defer inst.Close(context.WithoutCancel(ctx))
	env.tenant = t
	stop := make(chan struct{})
	polled := make(chan struct{})
	go func() {
		defer close(polled)
		tick := time.NewTicker(outputPoll)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				out(inst.TakeOutput())
			}
		}
	}()
	reply, err := inst.Invoke(withEnv(ctx, env), entry, req)
	close(stop)
	<-polled
	out(inst.TakeOutput())
	env.finish()
	if err != nil {
		if reply != nil {
			if payload, perr := abi.ParseReply(reply); perr == nil {
				return payload, err
			}
		}
		return nil, err
	}
	return abi.ParseReply(reply)
}

// outputPoll is how often invokeStreaming passes output on.
const outputPoll = 50 * time.Millisecond

// writeOutput writes o to the tenant's writers; without them, each stream
// goes to logf.
func (t *Tenant) writeOutput(o sandbox.Output, logf func(stream string, p []byte)) {
	write := func(w io.Writer, stream string, p []byte, dropped int64) {
		if len(p) == 0 && dropped == 0 {
			return
		}
		if w == nil {
			if len(p) > 0 && logf != nil {
				logf(stream, p)
			}
			return
		}
		t.outMu.Lock()
		defer t.outMu.Unlock()
		w.Write(p)
		if dropped > 0 {
			fmt.Fprintf(w, "\n[wasmling: %d bytes of %s dropped]\n", dropped, stream)
		}
	}
	write(t.cfg.Stdout, "stdout", o.Stdout, o.StdoutDropped)
	write(t.cfg.Stderr, "stderr", o.Stderr, o.StderrDropped)
}

// close stops the tenant's tasks, pool and snapshot, and closes its kv
// stores.
func (t *Tenant) close(ctx context.Context) error {
	errTasks := t.closeTasks(ctx)
	errStores := t.closeStores()
	t.mu.Lock()
	pool, snap := t.pool, t.snapshot
	t.pool, t.snapshot = nil, nil
	t.mu.Unlock()
	t.closing.Wait()
	if pool != nil {
		pool.Close(ctx)
	}
	var errSnap error
	if snap != nil {
		errSnap = snap.Close()
	}
	return errors.Join(errTasks, errStores, errSnap)
}
