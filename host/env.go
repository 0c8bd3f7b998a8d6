package host

import (
	"context"
	"errors"
	"time"
	"unicode/utf8"

	"github.com/wasmling/wasmling/abi"
)

// Env is the host side of one guest invocation (a script run, a request, a
// task step): it serves the ops the guest calls, within its tenant.
type Env struct {
	tenant  *Tenant
	modules *Modules  // overrides the tenant's app modules (wasmling run)
	setup   *appSetup // collects registrations while a setup script runs
	kind    string    // EnvScript, EnvSetup, EnvRequest or EnvTask
	argv    []string

	// The invocation's main module (the script run, the setup script):
	// bare-name background tasks registered from it run its definitions.
	mainModule, mainFile string
	mainSource           []byte

	waits waitSet
	// tasks started by this environment (EnvScript), stopped with it.
	tasks []string

	// Scratch space for serving ops; an Env serves one call at a time.
	enc abi.Encoder
	dec abi.Decoder
}

type envKey struct{}

func withEnv(ctx context.Context, e *Env) context.Context { return context.WithValue(ctx, envKey{}, e) }

func envFrom(ctx context.Context) *Env {
	e, _ := ctx.Value(envKey{}).(*Env)
	return e
}

// finish releases what the invocation held: its pending waits (an item
// handed to a wait the guest never collected goes back to its queue) and,
// for a script, the background tasks it started.
func (e *Env) finish() {
	e.cancelTickets(true)
	if len(e.tasks) > 0 && e.tenant != nil {
		ctx, cancel := context.WithTimeout(context.Background(), taskStopTimeout)
		defer cancel()
		if err := e.tenant.stopTasks(ctx, e.tasks); err != nil {
			e.tenant.log.Warn("background tasks did not stop in time", "tasks", e.tasks, "error", err)
		}
	}
}

// taskStopTimeout bounds how long the end of a script waits for the tasks
// it started to stop (they stop within microseconds unless a guest is
// stuck in code that never checks).
const taskStopTimeout = 10 * time.Second

// encoder returns the Env's scratch encoder, reset.
func (e *Env) encoder() *abi.Encoder {
	e.enc.Reset()
	return &e.enc
}

// decoder returns the Env's scratch decoder over req.
func (e *Env) decoder(req []byte) *abi.Decoder {
	e.dec.Reset(req)
	return &e.dec
}

// okReply appends an OK envelope with the encoder's values to reply.
func okReply(reply []byte, enc *abi.Encoder) []byte {
	return append(abi.AppendOK(reply), enc.Bytes()...)
}

// handleOp routes an op to the environment of the invocation.
func (t *Tenant) handleOp(ctx context.Context, op abi.Op, req, reply []byte) ([]byte, error) {
	e := envFrom(ctx)
	if e == nil {
		return nil, abi.ErrNotInvoking
	}
	return e.HandleOp(ctx, op, req, reply)
}

// HandleOp implements sandbox.Handler.
func (e *Env) HandleOp(ctx context.Context, op abi.Op, req, reply []byte) ([]byte, error) {
	switch op {
	case abi.OpLoadModule:
		return e.loadModule(req, reply)
	case abi.OpHTTPRoute, abi.OpHTTPMiddleware, abi.OpHTTPNotFound, abi.OpHTTPStatic,
		abi.OpHTTPJSONEncode, abi.OpHTTPJSONDecode:
		return e.httpOp(op, req, reply)
	case abi.OpWait:
		return e.opWait(ctx, req, reply)
	case abi.OpBackground:
		return e.opBackground(ctx, req, reply)
	}
	if op >= abi.OpKVOpen && op <= abi.OpKVClose {
		return e.kvOp(ctx, op, req, reply)
	}
	if op >= abi.OpAtomicAdd && op <= abi.OpSyncOpen {
		return e.syncOp(op, req, reply)
	}
	return nil, abi.ErrUnknownOp
}

func (e *Env) moduleSource() *Modules {
	if e.modules != nil {
		return e.modules
	}
	if e.tenant != nil {
		return e.tenant.mods
	}
	return nil
}

// loadModule serves OpLoadModule: (str name) → (str filename, str source),
// or a ModuleNotFoundError envelope.
func (e *Env) loadModule(req, reply []byte) ([]byte, error) {
	d := abi.NewDecoder(req)
	name, err := d.Str()
	if err != nil || d.End() != nil {
		return nil, &abi.Exception{Type: abi.ValueError, Message: "bad module request"}
	}
	filename, src, err := e.moduleSource().Load(name)
	if err != nil {
		if errors.Is(err, ErrNoModule) {
			return nil, &abi.Exception{Type: "ModuleNotFoundError", Message: "No module named '" + name + "'"}
		}
		return nil, &abi.Exception{Type: "ImportError", Message: err.Error()}
	}
	if !utf8.Valid(src) {
		return nil, &abi.Exception{Type: "SyntaxError", Message: filename + " is not valid UTF-8"}
	}
	reply = abi.AppendOK(reply)
	enc := abi.NewEncoder(nil)
	enc.Str(filename)
	enc.Str(string(src))
	return append(reply, enc.Bytes()...), nil
}
