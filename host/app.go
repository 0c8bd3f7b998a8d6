package host

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/sandbox"
)

// An App is what an app's setup script registered: the table package
// router serves, and the background tasks. Every handler reference in it
// resolved when the app was loaded.
type App struct {
	Routes     []Route
	Middleware []Handler // in registration order
	NotFound   *Handler  // nil: the host's own 404
	Static     []Static
}

// Pos is the place of a registering call in the app's scripts.
type Pos struct {
	File string
	Line int
}

// String returns "file:line".
func (p Pos) String() string {
	if p.Line <= 0 {
		return p.File
	}
	return p.File + ":" + strconv.Itoa(p.Line)
}

// A Handler is a resolved handler reference, "module.function".
type Handler struct {
	Ref string
	Pos Pos
}

// A Route maps methods and an httprouter path (/users/:id, /files/*rest)
// to a handler.
type Route struct {
	Methods []string
	Path    string
	Handler Handler
}

// A Static mount serves the files of Dir (a folder of the app, slash-
// separated, relative to the app's root) under the URL prefix Prefix.
type Static struct {
	Prefix string
	Dir    string
	Pos    Pos
}

// SetupFile is the script that registers an app's routes and tasks.
const SetupFile = "setup.py"

// A LoadError reports an app that failed to load: its setup script raised,
// or a registration was invalid or named a handler that does not exist.
type LoadError struct {
	Pos       Pos // where, when known
	Type      string
	Message   string
	Traceback string
}

func (e *LoadError) Error() string {
	if e.Pos.File != "" && strings.HasPrefix(e.Message, e.Pos.String()+":") {
		return e.Message // the guest placed the error itself
	}
	var b strings.Builder
	if e.Pos.File != "" {
		b.WriteString(e.Pos.String())
		b.WriteString(": ")
	}
	if e.Type != "" {
		b.WriteString(e.Type)
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	return b.String()
}

// App returns the app loaded by LoadApp, or nil.
func (t *Tenant) App() *App {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.app
}

// LoadApp runs the app's setup script in its own instance, collects what
// it registers, and prepares the tenant's request instances: a snapshot
// of an instance that imported every module a handler lives in, and a
// pool of instances started from it. A script error or an unresolved
// handler reference is a *LoadError with the file:line of the
// registering call.
func (t *Tenant) LoadApp(ctx context.Context) (*App, error) {
	src, err := fs.ReadFile(t.cfg.App, SetupFile)
	if err != nil {
		return nil, fmt.Errorf("loading app %q: %w", t.name, err)
	}
	app, err := t.runSetup(ctx, src)
	if err != nil {
		return nil, err
	}
	snap, err := t.snapshotFor(ctx, app)
	if err != nil {
		return nil, err
	}
	pool := sandbox.NewPool(t.poolSize(), func(ctx context.Context) (*sandbox.Instance, error) {
		return snap.NewInstance(ctx, t.instanceConfig())
	})
	t.mu.Lock()
	oldPool, oldSnap := t.pool, t.snapshot
	t.app, t.pool, t.snapshot = app, pool, snap
	t.mu.Unlock()
	if oldPool != nil {
		oldPool.Close(context.WithoutCancel(ctx))
	}
	if oldSnap != nil {
		oldSnap.Close()
	}
	return app, nil
}

// poolSize is how many ready instances the tenant keeps.
func (t *Tenant) poolSize() int { return min(t.limits.MaxConcurrent, 16) }

// runSetup runs setup.py in a fresh instance (not from the snapshot:
// there is none yet, and setup must not leave anything behind).
func (t *Tenant) runSetup(ctx context.Context, src []byte) (*App, error) {
	env := newEnv(t, EnvSetup)
	env.setup = &appSetup{limits: t.limits}
	env.mainModule, env.mainFile, env.mainSource = "__main__", SetupFile, src
	e := abi.NewEncoder(nil)
	env.appendHeader(e)
	e.Str(SetupFile)
	e.Str(string(src))
	ctx, cancel := sandbox.WithTimeout(ctx, t.limits.Timeout)
	defer cancel()
	inst, err := t.r.cfg.Engine.NewInstance(ctx, t.instanceConfig())
	if err != nil {
		return nil, fmt.Errorf("starting the setup instance: %w", err)
	}
	defer inst.Close(context.WithoutCancel(ctx))
	reply, err := inst.Invoke(withEnv(ctx, env), abi.EntrySetup, e.Bytes())
	out := inst.TakeOutput()
	t.logOutput("setup", "", out)
	if err != nil {
		return nil, &LoadError{Pos: Pos{File: SetupFile}, Type: "Error", Message: err.Error()}
	}
	if err := scriptOutcome(reply); err != nil {
		return nil, loadError(err)
	}
	return env.setup.app(), nil
}

// scriptOutcome reads a RunScript-like reply: nil when the script
// finished, a *ScriptError when it raised, an *abi.Exception when it was
// stopped from outside.
func scriptOutcome(reply []byte) error {
	payload, err := abi.ParseReply(reply)
	if err != nil {
		return err
	}
	return parseScriptReply(payload)
}

// decodeScriptError reads the (str type, str message, str traceback) of
// an uncaught exception.
func decodeScriptError(d *abi.Decoder) error {
	se := &ScriptError{}
	var err error
	if se.Type, err = d.Str(); err == nil {
		if se.Message, err = d.Str(); err == nil {
			se.Traceback, err = d.Str()
		}
	}
	if err != nil {
		return fmt.Errorf("bad reply from the guest: %w", err)
	}
	return se
}

var (
	// A message that starts with the position of a registering call.
	posPrefix = regexp.MustCompile(`^([^\s:]+\.py):(\d+): `)
	// The frames of a traceback.
	tbFrame = regexp.MustCompile(`File "([^"]+)", line (\d+)`)
)

// loadError turns the failure of a setup script into a *LoadError with
// the best position known: the one the guest put in the message, else the
// innermost frame of the traceback.
func loadError(err error) error {
	var se *ScriptError
	if !errors.As(err, &se) {
		var exc *abi.Exception
		if errors.As(err, &exc) {
			return &LoadError{Pos: Pos{File: SetupFile}, Type: exc.Type, Message: exc.Message}
		}
		return err
	}
	le := &LoadError{Type: se.Type, Message: se.Message, Traceback: se.Traceback}
	if m := posPrefix.FindStringSubmatch(se.Message); m != nil {
		le.Pos.File = m[1]
		le.Pos.Line, _ = strconv.Atoi(m[2])
	} else if ms := tbFrame.FindAllStringSubmatch(se.Traceback, -1); len(ms) > 0 {
		m := ms[len(ms)-1]
		le.Pos.File = m[1]
		le.Pos.Line, _ = strconv.Atoi(m[2])
	} else {
		le.Pos.File = SetupFile
	}
	return le
}

// handlerModules returns the modules the app's handlers live in.
func (a *App) handlerModules() []string {
	var mods []string
	add := func(ref string) {
		if i := strings.LastIndexByte(ref, '.'); i > 0 && !slices.Contains(mods, ref[:i]) {
			mods = append(mods, ref[:i])
		}
	}
	for _, r := range a.Routes {
		add(r.Handler.Ref)
	}
	for _, m := range a.Middleware {
		add(m.Ref)
	}
	if a.NotFound != nil {
		add(a.NotFound.Ref)
	}
	return mods
}

// snapshotFor boots an instance, imports the app's handler modules into
// the interpreter its next request will use (abi.EntryWarmup), and
// captures it. Module-level code of handler modules therefore runs once
// per load, not once per request; every request still starts from a
// private copy of that state.
func (t *Tenant) snapshotFor(ctx context.Context, app *App) (*sandbox.Snapshot, error) {
	env := newEnv(t, EnvRequest)
	e := abi.NewEncoder(nil)
	env.appendHeader(e)
	e.Strs(app.handlerModules())
	var outcome error
	// The deadline bounds the app's code, not compiling the snapshot
	// module (seconds, once per guest build when the cache is cold).
	snap, err := t.r.cfg.Engine.NewSnapshot(withEnv(ctx, env), t.instanceConfig(), func(ctx context.Context, in *sandbox.Instance) error {
		ctx, cancel := sandbox.WithTimeout(ctx, t.limits.Timeout)
		defer cancel()
		reply, err := in.Invoke(ctx, abi.EntryWarmup, e.Bytes())
		t.logOutput("warmup", "", in.TakeOutput())
		if err != nil {
			return err
		}
		outcome = scriptOutcome(reply)
		return outcome
	})
	if outcome != nil {
		return nil, loadError(outcome)
	}
	if err != nil {
		return nil, fmt.Errorf("preparing the app's instances: %w", err)
	}
	return snap, nil
}

// maxLoggedOutput bounds the bytes of one stream logged per invocation.
const maxLoggedOutput = 8 << 10

// logOutput logs what a script printed.
func (t *Tenant) logOutput(env, requestID string, out sandbox.Output) {
	for _, s := range []struct {
		name    string
		b       []byte
		dropped int64
	}{{"stdout", out.Stdout, out.StdoutDropped}, {"stderr", out.Stderr, out.StderrDropped}} {
		if len(s.b) == 0 && s.dropped == 0 {
			continue
		}
		text := strings.TrimRight(string(s.b), "\n")
		if len(text) > maxLoggedOutput {
			s.dropped += int64(len(text) - maxLoggedOutput)
			text = text[:maxLoggedOutput]
		}
		attrs := []any{"env", env, "stream", s.name, "text", text}
		if requestID != "" {
			attrs = append(attrs, "request_id", requestID)
		}
		if s.dropped > 0 {
			attrs = append(attrs, "dropped_bytes", s.dropped)
		}
		t.log.Info("script output", attrs...)
	}
}

// requestTimeout bounds one request.
func (t *Tenant) requestTimeout() time.Duration { return t.limits.Timeout }
