package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/bridge"
	"github.com/wasmling/wasmling/guest/runtime"
	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/stdlib"
	"github.com/wasmling/wasmling/lang/syntax"
)

func abiEntry(e uint32) abi.Entry { return abi.Entry(e) }

func abiError(msg string) []byte { return abi.AppendError(nil, abi.ValueError, msg) }

// runScript implements abi.EntryRunScript. The request is
//
//	(dict header, str filename, str source)
//
// (see runtime.Header); the OK payload is
//
//	(True, result)                                 the script finished
//	(False, str type, str message, str traceback)  it raised an exception
//
// and an error envelope means the script was stopped from outside (its
// deadline, cancellation) or the request was bad.
func (g *guest) runScript(req []byte) []byte {
	d := abi.NewDecoder(req)
	h, err := runtime.DecodeHeader(d)
	if err != nil {
		return abi.AppendError(g.enc.Bytes(), abi.ValueError, "bad run request: "+err.Error())
	}
	filename, err1 := d.Str()
	source, err2 := d.Str()
	if err := errors.Join(err1, err2, d.End()); err != nil {
		return abi.AppendError(g.enc.Bytes(), abi.ValueError, "bad run request: "+err.Error())
	}
	in, rt := g.newInterpreter(h)
	if h.MemoryLimit > 0 {
		// The collector shares the guest's one thread, and a script runs
		// once in a fresh instance: collect only as the heap nears the
		// limits newInterpreter set (the runtime's memory limit, the
		// interpreter's soft limit), not every time it doubles.
		// Allocation-heavy scripts run 20-45% faster.
		debug.SetGCPercent(-1)
	}
	t := in.NewThread()
	rt.Start(t)
	_, result, err := t.ExecModule("__main__", filename, []byte(source))
	rt.Finish()
	return g.scriptReply(t, result, err)
}

// newInterpreter makes a fresh interpreter with the guest's host and the
// runtime library of one invocation described by h. The memory limit is
// the instance's cap: the interpreter keeps a soft limit below it so a
// script gets a catchable MemoryError before the Go runtime hits the cap.
func (g *guest) newInterpreter(h runtime.Header) (*lang.Interpreter, *runtime.Runtime) {
	soft := int64(0)
	if h.MemoryLimit > 0 {
		// The Go runtime needs headroom above the live heap: keep the
		// script's heap under about 60% of the cap, and make the
		// collector work harder as it approaches the cap.
		soft = h.MemoryLimit * 6 / 10
		debug.SetMemoryLimit(h.MemoryLimit * 8 / 10)
	}
	rt := runtime.New(&g.host, h, runtime.Options{
		Clock:  func() time.Duration { return time.Since(started) },
		Flush:  func() { g.stdout.Flush(); g.stderr.Flush() },
		Stderr: g.stderr,
	})
	mods := stdlib.Modules()
	for name, init := range rt.Modules() {
		mods[name] = init
	}
	in := lang.New(lang.Options{
		Host:        &scriptHost{g: g, rt: rt},
		Modules:     mods,
		MemoryLimit: soft,
		MemoryCap:   h.MemoryLimit,
		Argv:        h.Argv,
	})
	return in, rt
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
