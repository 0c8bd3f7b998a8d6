package host

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/sandbox"
)

// ScriptResult is the outcome of RunScript.
type ScriptResult struct {
	// Err is nil when the script finished. Otherwise it is a *ScriptError
	// (an uncaught exception) or a limit error of the sandbox
	// (*sandbox.TimeoutError, *sandbox.MemoryError, ...).
	Err    error
	Output sandbox.Output
	// Traceback is where the script was when a limit stopped it, if it
	// could tell (a blocking call, a check of the interpreter).
	Traceback string
}

// ScriptError is an exception a script did not catch.
type ScriptError struct {
	Type, Message string
	Traceback     string // rendered as Python does
}

func (e *ScriptError) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// IsLimit reports whether err means a limit stopped the script (time,
// memory), as opposed to the script raising or the host failing.
func IsLimit(err error) bool {
	var te *sandbox.TimeoutError
	var me *sandbox.MemoryError
	var ce *sandbox.CancelledError
	var ae *abi.Exception
	if errors.As(err, &te) || errors.As(err, &me) || errors.As(err, &ce) {
		return true
	}
	return errors.As(err, &ae) && (ae.Type == abi.MemoryError || ae.Type == abi.TimeoutError)
}

// RunScript runs one script in a fresh instance of eng: modules are loaded
// from app, argv is sys.argv. It hosts the script as the only tenant of a
// runner of its own, with in-memory kv stores; background tasks the script
// starts are stopped when it ends.
func RunScript(ctx context.Context, eng *sandbox.Engine, app fs.FS, filename string, src []byte, argv []string, lim Limits) (ScriptResult, error) {
	r, err := NewRunner(Config{Engine: eng})
	if err != nil {
		return ScriptResult{}, err
	}
	defer r.Close(context.WithoutCancel(ctx))
	t, err := r.AddTenant(ctx, TenantConfig{Name: "main", App: app, Limits: lim})
	if err != nil {
		return ScriptResult{}, err
	}
	return t.RunScript(ctx, filename, src, argv)
}

// RunScript runs a script as the tenant's main module ("__main__") in a
// fresh instance, with the tenant's limits (Timeout bounds the run). A
// stream the tenant has a writer for (TenantConfig.Stdout, Stderr) is
// written there while the script runs; otherwise it is returned in the
// result. At most Limits.Output bytes of each stream are kept; the
// result counts the bytes dropped. Background tasks the script registers
// start at once and are stopped when it ends.
func (t *Tenant) RunScript(ctx context.Context, filename string, src []byte, argv []string) (ScriptResult, error) {
	env := newEnv(t, EnvScript)
	env.argv = argv
	env.mainModule, env.mainFile, env.mainSource = "__main__", filename, src
	enc := abi.NewEncoder(nil)
	env.appendHeader(enc)
	enc.Str(filename)
	enc.Str(string(src))
	if t.limits.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = sandbox.WithTimeout(ctx, t.limits.Timeout)
		defer cancel()
	}
	var res ScriptResult
	// At most Limits.Output bytes of each stream are kept (written or
	// returned); the rest is counted in the result.
	var kept [2]int
	capped := func(i int, p []byte, dropped int64, total *int64) []byte {
		keep := min(len(p), max(t.limits.Output-kept[i], 0))
		kept[i] += keep
		*total += dropped + int64(len(p)-keep)
		return p[:keep]
	}
	collect := func(o sandbox.Output) {
		stdout := capped(0, o.Stdout, o.StdoutDropped, &res.Output.StdoutDropped)
		stderr := capped(1, o.Stderr, o.StderrDropped, &res.Output.StderrDropped)
		if t.cfg.Stdout == nil {
			res.Output.Stdout = append(res.Output.Stdout, stdout...)
			stdout = nil
		}
		if t.cfg.Stderr == nil {
			res.Output.Stderr = append(res.Output.Stderr, stderr...)
			stderr = nil
		}
		t.writeOutput(sandbox.Output{Stdout: stdout, Stderr: stderr}, nil)
	}
	payload, err := t.invokeStreaming(ctx, env, abi.EntryRunScript, enc.Bytes(), collect)
	if err != nil {
		if isHostFailure(err) {
			return res, fmt.Errorf("starting the sandbox: %w", err)
		}
		var se *ScriptError
		if payload != nil && errors.As(parseScriptReply(payload), &se) {
			res.Traceback = se.Traceback
		}
		res.Err = err
		return res, nil
	}
	err = parseScriptReply(payload)
	var se *ScriptError
	if err != nil && !errors.As(err, &se) {
		return res, err
	}
	res.Err = err
	return res, nil
}

// isHostFailure tells a failure to start an instance from what the
// sandbox reports about the guest.
func isHostFailure(err error) bool {
	var exc *abi.Exception
	if errors.As(err, &exc) {
		return false
	}
	var te *sandbox.TimeoutError
	var me *sandbox.MemoryError
	var ce *sandbox.CancelledError
	var cr *sandbox.CrashError
	var hp *sandbox.HostPanicError
	return !(errors.As(err, &te) || errors.As(err, &me) || errors.As(err, &ce) || errors.As(err, &cr) || errors.As(err, &hp))
}

// parseScriptReply reads the OK payload of EntryRunScript and EntryTask:
// nil when the code finished, a *ScriptError for an uncaught exception.
func parseScriptReply(payload []byte) error {
	d := abi.NewDecoder(payload)
	ok, err := d.Bool()
	if err != nil {
		return fmt.Errorf("bad reply from the guest: %w", err)
	}
	if ok {
		return nil
	}
	return decodeScriptError(d)
}
