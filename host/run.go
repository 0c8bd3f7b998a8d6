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
// from app, argv is sys.argv.
func RunScript(ctx context.Context, eng *sandbox.Engine, app fs.FS, filename string, src []byte, argv []string, lim Limits) (ScriptResult, error) {
	env := &Env{modules: NewModules(app)}
	cfg := sandbox.NewInstanceConfig().WithHandler(env)
	memLimit := uint64(sandbox.DefaultMemoryLimit)
	if lim.Memory > 0 {
		cfg = cfg.WithMemoryLimit(lim.Memory)
		memLimit = lim.Memory
	}
	if lim.Output > 0 {
		cfg = cfg.WithOutputLimit(lim.Output)
	}
	inst, err := eng.NewInstance(ctx, cfg)
	if err != nil {
		return ScriptResult{}, fmt.Errorf("starting the sandbox: %w", err)
	}
	defer inst.Close(context.WithoutCancel(ctx))
	if lim.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = sandbox.WithTimeout(ctx, lim.Timeout)
		defer cancel()
	}
	enc := abi.NewEncoder(nil)
	enc.Str(filename)
	enc.Str(string(src))
	enc.BeginList(len(argv))
	for _, a := range argv {
		enc.Str(a)
	}
	enc.Int(int64(memLimit))
	reply, err := inst.Invoke(ctx, abi.EntryRunScript, enc.Bytes())
	res := ScriptResult{Output: inst.TakeOutput()}
	if err != nil {
		res.Err = err
		return res, nil
	}
	payload, err := abi.ParseReply(reply)
	if err != nil {
		res.Err = err
		return res, nil
	}
	d := abi.NewDecoder(payload)
	ok, err := d.Bool()
	if err != nil {
		return res, fmt.Errorf("bad reply from the guest: %w", err)
	}
	if ok {
		return res, nil
	}
	se := &ScriptError{}
	if se.Type, err = d.Str(); err == nil {
		if se.Message, err = d.Str(); err == nil {
			se.Traceback, err = d.Str()
		}
	}
	if err != nil {
		return res, fmt.Errorf("bad reply from the guest: %w", err)
	}
	res.Err = se
	return res, nil
}
