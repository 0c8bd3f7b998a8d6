package host

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/kv"
	"github.com/wasmling/wasmling/sandbox"
)

// Background tasks.
//
// runtime.background registers a task (OpBackground); a setup script's
// registrations wait for StartTasks (the server starting), a script run by
// `wasmling run` starts its tasks at once and stops them when it ends.
// Requests and tasks cannot register tasks. Each run of a task is one
// abi.EntryTask invocation in a fresh instance; a supervisor goroutine per
// task logs a run that raised (with its traceback) and starts it again
// after a delay that doubles from RestartPolicy.Initial up to
// RestartPolicy.Max (and starts over after a run that lasted longer than
// Max); a run that returns ends the task. Stopping a task cancels its
// invocation's context: blocking calls and the interpreter's checks stop
// it within microseconds.
//
// OpBackground (str name, str handler, str module, str file, int line,
// list args, dict kwargs) → (). handler is "module.function" (module is
// ""), or a bare function name defined in module, whose source the host
// finds (the Env's main script, else the app's module files). args and
// kwargs are stored encoded and decoded afresh by every run: each run gets
// its own deep copy.

// TaskSpec describes a registered background task.
type TaskSpec struct {
	Name    string
	Handler string // "module.function", or a bare function name of Module
	Module  string // for a bare name: the module defining it ("" otherwise)
	File    string // for a bare name: that module's file
	Source  []byte // for a bare name: that module's source
	Args    []byte // encoded list
	Kwargs  []byte // encoded dict
	Where   string // file:line of the registering call
}

// RestartPolicy is how a failed background task is started again.
type RestartPolicy struct {
	Initial time.Duration // delay before the first restart; default 1s
	Max     time.Duration // longest delay; default 1 minute
}

func (p RestartPolicy) withDefaults() RestartPolicy {
	if p.Initial <= 0 {
		p.Initial = time.Second
	}
	if p.Max <= 0 {
		p.Max = time.Minute
	}
	p.Max = max(p.Max, p.Initial)
	return p
}

// taskSet is a tenant's registered and running tasks.
type taskSet struct {
	mu      sync.Mutex
	specs   map[string]*TaskSpec
	order   []string
	running map[string]*taskRun
	closed  bool
}

// taskRun is a running task's supervisor.
type taskRun struct {
	cancel context.CancelFunc
	done   chan struct{}
}

// Tasks returns the registered background tasks in registration order.
func (t *Tenant) Tasks() []TaskSpec {
	ts := &t.tasks
	ts.mu.Lock()
	defer ts.mu.Unlock()
	out := make([]TaskSpec, 0, len(ts.order))
	for _, name := range ts.order {
		out = append(out, *ts.specs[name])
	}
	return out
}

// RegisterTask registers a task, replacing (and stopping) one of the same
// name, and starts it when start is set.
func (t *Tenant) RegisterTask(spec TaskSpec, start bool) error {
	if err := kv.ValidateName(spec.Name); err != nil {
		return &abi.Exception{Type: abi.ValueError, Message: "invalid task name: 1 to 255 bytes without control characters"}
	}
	ts := &t.tasks
	ts.mu.Lock()
	if ts.closed {
		ts.mu.Unlock()
		return &abi.Exception{Type: abi.RuntimeError, Message: "the app is shutting down"}
	}
	if _, dup := ts.specs[spec.Name]; !dup {
		if len(ts.order) >= t.limits.MaxTasks {
			ts.mu.Unlock()
			return &abi.Exception{Type: abi.RuntimeError, Message: fmt.Sprintf("too many background tasks: an app may register at most %d", t.limits.MaxTasks)}
		}
		ts.order = append(ts.order, spec.Name)
	}
	if ts.specs == nil {
		ts.specs = map[string]*TaskSpec{}
		ts.running = map[string]*taskRun{}
	}
	s := spec
	ts.specs[spec.Name] = &s
	old := ts.running[spec.Name]
	delete(ts.running, spec.Name)
	ts.mu.Unlock()
	if old != nil {
		old.stop()
	}
	if start {
		t.startTask(spec.Name)
	}
	return nil
}

// StartTasks starts every registered task that is not running.
func (t *Tenant) StartTasks() {
	ts := &t.tasks
	ts.mu.Lock()
	names := append([]string(nil), ts.order...)
	ts.mu.Unlock()
	for _, name := range names {
		t.startTask(name)
	}
}

// startTask starts the supervisor of a registered task.
func (t *Tenant) startTask(name string) {
	ts := &t.tasks
	ts.mu.Lock()
	defer ts.mu.Unlock()
	spec := ts.specs[name]
	if ts.closed || spec == nil || ts.running[name] != nil {
		return
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	run := &taskRun{cancel: func() { cancel(errTaskStopped) }, done: make(chan struct{})}
	ts.running[name] = run
	go func() {
		defer close(run.done)
		t.superviseTask(ctx, spec)
	}()
}

var errTaskStopped = errors.New("background task stopped")

func (r *taskRun) stop() {
	r.cancel()
	<-r.done
}

// StopTasks stops every running task and waits for them, or for ctx.
func (t *Tenant) StopTasks(ctx context.Context) error {
	return t.stopTasks(ctx, nil)
}

// stopTasks stops the named tasks (all with names == nil).
func (t *Tenant) stopTasks(ctx context.Context, names []string) error {
	ts := &t.tasks
	ts.mu.Lock()
	var runs []*taskRun
	if names == nil {
		for name, r := range ts.running {
			runs = append(runs, r)
			delete(ts.running, name)
		}
	} else {
		for _, name := range names {
			if r := ts.running[name]; r != nil {
				runs = append(runs, r)
				delete(ts.running, name)
			}
		}
	}
	ts.mu.Unlock()
	for _, r := range runs {
		r.cancel()
	}
	for _, r := range runs {
		select {
		case <-r.done:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// closeTasks stops every task for good.
func (t *Tenant) closeTasks(ctx context.Context) error {
	t.tasks.mu.Lock()
	t.tasks.closed = true
	t.tasks.mu.Unlock()
	return t.stopTasks(ctx, nil)
}

// superviseTask runs a task until it returns or is stopped, restarting it
// after failures.
func (t *Tenant) superviseTask(ctx context.Context, spec *TaskSpec) {
	policy := t.cfg.Restart.withDefaults()
	delay := policy.Initial
	log := t.log.With("task", spec.Name)
	for attempt := 1; ; attempt++ {
		started := time.Now()
		err := t.runTask(ctx, spec)
		if ctx.Err() != nil {
			log.Debug("background task stopped")
			return
		}
		if err == nil {
			log.Info("background task finished")
			return
		}
		if time.Since(started) > policy.Max {
			delay = policy.Initial
		}
		attrs := []any{"attempt", attempt, "error", err.Error(), "restart_in", delay}
		var se *ScriptError
		if errors.As(err, &se) {
			attrs = append(attrs, "traceback", se.Traceback)
		}
		log.Error("background task failed", attrs...)
		timer := time.NewTimer(delay)
		select {
		case <-timer.C:
		case <-ctx.Done():
			timer.Stop()
			return
		}
		delay = min(delay*2, policy.Max)
	}
}

// runTask runs a task once, in a fresh instance. It returns nil when the
// handler returned, a *ScriptError when it raised, or the sandbox's error.
func (t *Tenant) runTask(ctx context.Context, spec *TaskSpec) error {
	env := newEnv(t, EnvTask)
	env.argv = []string{spec.Name}
	enc := abi.NewEncoder(nil)
	env.appendHeader(enc)
	enc.Str(spec.Name)
	enc.Str(spec.Handler)
	enc.Str(spec.Module)
	enc.Str(spec.File)
	if spec.Source != nil {
		enc.Str(string(spec.Source))
	} else {
		enc.None()
	}
	enc.Raw(spec.Args)
	enc.Raw(spec.Kwargs)
	if lim := t.limits.TaskTimeout; lim > 0 {
		var cancel context.CancelFunc
		ctx, cancel = sandbox.WithTimeout(ctx, lim)
		defer cancel()
	}
	payload, err := t.invokeStreaming(ctx, env, abi.EntryTask, enc.Bytes(), t.taskOutput(spec.Name))
	if err != nil {
		return err
	}
	return parseScriptReply(payload)
}

// taskOutput returns where a task's output goes: the tenant's writers, or
// its log.
func (t *Tenant) taskOutput(name string) func(sandbox.Output) {
	return func(o sandbox.Output) {
		t.writeOutput(o, func(stream string, p []byte) {
			t.log.Info("background task output", slog.String("task", name), slog.String("stream", stream), slog.String("text", string(p)))
		})
	}
}

// opBackground serves abi.OpBackground.
func (e *Env) opBackground(ctx context.Context, req, reply []byte) ([]byte, error) {
	t := e.tenant
	if t == nil {
		return nil, abi.ErrNotInvoking
	}
	if e.kind != EnvScript && e.kind != EnvSetup {
		return nil, &abi.Exception{Type: abi.RuntimeError, Message: "runtime.background() registers tasks from a setup script (or a script run by `wasmling run`); it cannot be called from a " + e.kind}
	}
	d := e.decoder(req)
	var spec TaskSpec
	var err error
	var line int64
	for _, p := range []*string{&spec.Name, &spec.Handler, &spec.Module, &spec.File} {
		if err == nil {
			*p, err = d.Str()
		}
	}
	if err == nil {
		line, err = d.Int()
	}
	var args, kwargs []byte
	if err == nil {
		args, err = rawOf(d, abi.TagList)
	}
	if err == nil {
		kwargs, err = rawOf(d, abi.TagDict)
	}
	if err != nil || d.End() != nil {
		return nil, badRequest("background", "(str name, str handler, str module, str file, int line, list args, dict kwargs)")
	}
	spec.Args = append([]byte(nil), args...)
	spec.Kwargs = append([]byte(nil), kwargs...)
	spec.Where = fmt.Sprintf("%s:%d", spec.File, line)
	if spec.Module != "" {
		if spec.Module == e.mainModule && e.mainSource != nil {
			spec.File, spec.Source = e.mainFile, e.mainSource
		} else {
			file, src, err := e.moduleSource().Load(spec.Module)
			if err != nil {
				return nil, &abi.Exception{Type: abi.RuntimeError, Message: "background(): cannot find the source of module '" + spec.Module + "'"}
			}
			spec.File, spec.Source = file, src
		}
	}
	start := e.kind == EnvScript
	if err := t.RegisterTask(spec, start); err != nil {
		return nil, err
	}
	if start {
		e.tasks = append(e.tasks, spec.Name)
	}
	return abi.AppendOK(reply), nil
}

// rawOf reads a value that must have tag want and returns its encoding.
func rawOf(d *abi.Decoder, want abi.Tag) ([]byte, error) {
	tag, err := d.Peek()
	if err != nil {
		return nil, err
	}
	if tag != want {
		return nil, errors.New("unexpected type")
	}
	return d.Raw()
}
