package host

import (
	"context"
	"errors"
	"io"
	"unicode/utf8"

	"github.com/wasmling/wasmling/abi"
)

// Env serves the ops of one guest environment (a script run, a request, a
// task): it is the instance's sandbox.Handler.
type Env struct {
	Modules *Modules
	// Log receives the lines scripts log through OpLog; nil discards them.
	Log io.Writer
}

// HandleOp implements sandbox.Handler.
func (e *Env) HandleOp(ctx context.Context, op abi.Op, req, reply []byte) ([]byte, error) {
	switch op {
	case abi.OpLoadModule:
		return e.loadModule(req, reply)
	}
	return nil, abi.ErrUnknownOp
}

// loadModule serves OpLoadModule: (str name) → (str filename, str source),
// or a ModuleNotFoundError envelope.
func (e *Env) loadModule(req, reply []byte) ([]byte, error) {
	d := abi.NewDecoder(req)
	name, err := d.Str()
	if err != nil || d.End() != nil {
		return nil, &abi.Exception{Type: abi.ValueError, Message: "bad module request"}
	}
	filename, src, err := e.Modules.Load(name)
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
