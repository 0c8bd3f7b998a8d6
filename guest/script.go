package main

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/bridge"
	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/stdlib"
	"github.com/wasmling/wasmling/lang/syntax"
)

func abiEntry(e uint32) abi.Entry { return abi.Entry(e) }

func abiError(msg string) []byte { return abi.AppendError(nil, abi.ValueError, msg) }

// scriptRequest is the payload of abi.EntryRunScript:
//
//	(str filename, str source, list[str] argv, int memory_limit)
//
// memory_limit is the instance's memory cap in bytes (0: none); the
// interpreter keeps a soft limit below it so a script gets a catchable
// MemoryError before the Go runtime hits the cap.
type scriptRequest struct {
	filename string
	source   string
	argv     []string
	memLimit int64
}

func decodeScriptRequest(req []byte) (scriptRequest, error) {
	var r scriptRequest
	d := abi.NewDecoder(req)
	var err error
	if r.filename, err = d.Str(); err != nil {
		return r, err
	}
	if r.source, err = d.Str(); err != nil {
		return r, err
	}
	n, err := d.List()
	if err != nil {
		return r, err
	}
	for i := 0; i < n; i++ {
		s, err := d.Str()
		if err != nil {
			return r, err
		}
		r.argv = append(r.argv, s)
	}
	if r.memLimit, err = d.Int(); err != nil {
		return r, err
	}
	return r, d.End()
}

// runScript implements abi.EntryRunScript. The OK payload is
//
//	(True, result)                                 the script finished
//	(False, str type, str message, str traceback)  it raised an exception
//
// and an error envelope means the script was stopped from outside (its
// deadline, cancellation) or the request was bad.
func (g *guest) runScript(req []byte) []byte {
	r, err := decodeScriptRequest(req)
	if err != nil {
		return abi.AppendError(g.enc.Bytes(), abi.ValueError, "bad run request: "+err.Error())
	}
	in := g.newInterpreter(r.argv, r.memLimit)
	t := in.NewThread()
	_, result, err := t.ExecModule("__main__", r.filename, []byte(r.source))
	return g.scriptReply(t, result, err)
}

// newInterpreter makes a fresh interpreter with the guest's host.
func (g *guest) newInterpreter(argv []string, memLimit int64) *lang.Interpreter {
	soft := int64(0)
	if memLimit > 0 {
		// The Go runtime needs headroom above the live heap: keep the
		// script's heap under about 60% of the cap, and make the
		// collector work harder as it approaches the cap.
		soft = memLimit * 6 / 10
		debug.SetMemoryLimit(memLimit * 8 / 10)
	}
	return lang.New(lang.Options{
		Host:        &scriptHost{g: g},
		Modules:     stdlib.Modules(),
		MemoryLimit: soft,
		MemoryCap:   memLimit,
		Argv:        argv,
	})
}

// scriptReply encodes the outcome of running a script.
func (g *guest) scriptReply(t *lang.Thread, result lang.Value, err error) []byte {
	e := &g.enc
	e.Reset()
	if err == nil {
		e.Bool(true)
		if encErr := bridge.Encode(t, e, result); encErr != nil {
			// The result is not transferable: report None.
			e.Reset()
			e.Bool(true)
			e.None()
		}
		return okReply(e.Bytes())
	}
	var interrupt *lang.Interrupt
	if errors.As(err, &interrupt) {
		return g.stopReply(interrupt)
	}
	typ, msg, tb := describeError(err)
	e.Bool(false)
	e.Str(typ)
	e.Str(msg)
	e.Str(tb)
	return okReply(e.Bytes())
}

// okReply returns an OK envelope around payload.
func okReply(payload []byte) []byte {
	out := make([]byte, 0, len(payload)+1)
	return append(abi.AppendOK(out), payload...)
}

// stopReply returns the error envelope for a script stopped from outside:
// the host's reason (TimeoutError after ..., cancelled) when it has one.
func (g *guest) stopReply(interrupt *lang.Interrupt) []byte {
	if _, err := g.host.Call(abi.OpStopReason, nil); err != nil {
		var exc *abi.Exception
		if errors.As(err, &exc) {
			return abi.AppendError(nil, exc.Type, exc.Message)
		}
	}
	var exc *abi.Exception
	if errors.As(interrupt.Err, &exc) {
		return abi.AppendError(nil, exc.Type, exc.Message)
	}
	return abi.AppendError(nil, abi.RuntimeError, "script stopped: "+interrupt.Err.Error())
}

// describeError returns an error's exception type, message and rendered
// traceback.
func describeError(err error) (typ, msg, tb string) {
	var se *syntax.Error
	if errors.As(err, &se) {
		return "SyntaxError", fmt.Sprintf("%s (%s, line %d)", se.Msg, se.File, se.Pos.Line), se.Detail() + "\n"
	}
	if e, ok := lang.AsException(err); ok {
		return e.Class().Name, e.Message(), e.FormatTraceback()
	}
	return "RuntimeError", err.Error(), "RuntimeError: " + err.Error() + "\n"
}
