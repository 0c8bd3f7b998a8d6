package host

import (
	"context"
	"errors"
	"unicode/utf8"

	"github.com/wasmling/wasmling/abi"
)

// Env is the host side of one guest invocation (a script run, a request, a
// task step): it serves the ops the guest calls, within its tenant.
type Env struct {
	tenant  *Tenant
	modules *Modules  // overrides the tenant's app modules (wasmling run)
	setup   *appSetup // collects registrations while a setup script runs
}

type envKey struct{}

func withEnv(ctx context.Context, e *Env) context.Context { return context.WithValue(ctx, envKey{}, e) }

func envFrom(ctx context.Context) *Env {
	e, _ := ctx.Value(envKey{}).(*Env)
	return e
}

// finish releases what the invocation held.
func (e *Env) finish() {}

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
		abi.OpBackground, abi.OpHTTPJSONEncode, abi.OpHTTPJSONDecode:
		return e.httpOp(op, req, reply)
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
