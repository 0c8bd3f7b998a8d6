package main

import (
	"errors"
	"runtime/debug"
	"strings"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/bridge"
	rt "github.com/wasmling/wasmling/guest/runtime"
	"github.com/wasmling/wasmling/lang"
)

// setupModule is the module name under which handler references name the
// functions of an app's setup script; outside setup it is loaded with its
// definitions only, so its registrations never run again.
const setupModule = "setup"

// appInterp is an interpreter for an app's code, its runtime library and
// its http state.
type appInterp struct {
	in   *lang.Interpreter
	rt   *rt.Runtime
	http *rt.HTTP
	cls  *lang.Class // the Request class
	// setup is the setup module loaded with its definitions only.
	setup *lang.Module
	// thread is the warm-up's thread, reused by the request: its value
	// stack is already allocated (a fresh one is 256 KiB to zero, and
	// every page first written in an instance costs a page fault).
	thread *lang.Thread
}

// newAppInterpreter makes an interpreter with the standard library and
// the runtime libraries the app is granted.
func (g *guest) newAppInterpreter(h rt.Header) *appInterp {
	in, r := g.newInterpreter(h)
	return &appInterp{in: in, rt: r, http: r.HTTP(), cls: rt.RequestClass()}
}

// setupApp implements abi.EntrySetup: (ctx, str filename, str source).
// The script's registrations reach the host as ops while it runs; then
// every handler reference is resolved. The reply is like RunScript's; a
// reference that does not resolve is reported as an exception whose
// message starts with the file:line of the registering call.
func (g *guest) setupApp(req []byte) []byte {
	d := abi.NewDecoder(req)
	c, err := rt.DecodeHeader(d)
	var filename, src string
	if err == nil {
		if filename, err = d.Str(); err == nil {
			src, err = d.Str()
		}
	}
	if err != nil {
		return abi.AppendError(nil, abi.ValueError, "bad setup request: "+err.Error())
	}
	c.Env = rt.EnvSetup
	ai := g.newAppInterpreter(c)
	t := ai.in.NewThread()
	ai.rt.Start(t)
	_, _, err = t.ExecNamedModule("__main__", filename, []byte(src))
	ai.rt.Finish()
	if err != nil {
		return g.scriptReply(t, lang.None, err)
	}
	for _, p := range ai.http.Pending() {
		if _, err := ai.resolve(t, g, p.Ref, p.Module); err != nil {
			var interrupt *lang.Interrupt
			if errors.As(err, &interrupt) {
				return g.stopReply(interrupt)
			}
			typ, msg, _ := describeError(err)
			where := p.File
			if p.Line > 0 {
				where += ":" + itoa(p.Line)
			}
			msg = where + ": " + p.What + ": cannot resolve handler '" + p.Ref + "': " + typ + ": " + msg
			e := &g.enc
			e.Reset()
			e.Bool(false)
			e.Str(typ)
			e.Str(msg)
			e.Str("")
			return okReply(e.Bytes())
		}
	}
	return g.scriptReply(t, lang.None, nil)
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// resolve returns the callable a handler reference names: "module.func",
// or a bare name defined in module. The setup module is loaded with its
// definitions only (in the setup environment it is the running script).
func (ai *appInterp) resolve(t *lang.Thread, g *guest, ref, module string) (lang.Value, error) {
	name := ref
	if module == "" {
		i := strings.LastIndexByte(ref, '.')
		if i < 0 {
			return lang.None, lang.NewError(lang.ValueErrorType, "handler reference '%s' is not 'module.function'", ref)
		}
		module, name = ref[:i], ref[i+1:]
	}
	m, err := ai.module(t, g, module)
	if err != nil {
		return lang.None, err
	}
	v, ok := m.Globals.GetString(name)
	if !ok {
		return lang.None, lang.NewError(lang.AttributeErrorType, "module '%s' has no attribute '%s'", module, name)
	}
	if !lang.IsCallable(v) {
		return lang.None, lang.NewError(lang.TypeErrorType, "'%s.%s' is not callable (it is a '%s')", module, name, v.TypeName())
	}
	return v, nil
}

// module imports a module of the app for handler references.
func (ai *appInterp) module(t *lang.Thread, g *guest, name string) (*lang.Module, error) {
	if name == setupModule || name == "__main__" {
		if ai.http.Setup {
			return ai.in.Import(t, "__main__")
		}
		if ai.setup != nil {
			return ai.setup, nil
		}
		src, filename, err := (&scriptHost{g: g}).LoadModule(setupModule)
		if err != nil {
			if errors.Is(err, lang.ErrModuleNotFound) {
				return nil, lang.NewError(lang.ModuleNotFoundErrorType, "No module named '%s'", setupModule)
			}
			return nil, err
		}
		m, err := t.ExecDefinitions(setupModule, filename, src)
		if err != nil {
			return nil, err
		}
		ai.setup = m
		return m, nil
	}
	return ai.in.Import(t, name)
}

// warmup implements abi.EntryWarmup: (ctx, list module_names). It makes
// the interpreter the next request of this instance uses and imports the
// app's handler modules into it, so that instances started from a
// snapshot taken afterwards have them ready. The reply is like
// RunScript's.
func (g *guest) warmup(req []byte) []byte {
	defer func() {
		debug.FreeOSMemory()
		// A request instance lives for one short request and is then
		// thrown away: collecting its garbage is wasted work (a cycle
		// over the interpreter's heap costs milliseconds in wasm). So no
		// proportional GC; the memory limit set by newAppInterpreter
		// still makes the runtime collect near the instance's cap, and
		// the interpreter's soft limit collects before it raises
		// MemoryError.
		debug.SetGCPercent(-1)
	}()
	d := abi.NewDecoder(req)
	c, err := rt.DecodeHeader(d)
	var names []string
	if err == nil {
		names, err = d.Strs()
	}
	if err != nil {
		return abi.AppendError(nil, abi.ValueError, "bad warmup request: "+err.Error())
	}
	ai := g.newAppInterpreter(c)
	t := ai.in.NewThread()
	ai.rt.Start(t)
	for _, name := range names {
		if _, err := ai.module(t, g, name); err != nil {
			ai.rt.Finish()
			return g.scriptReply(t, lang.None, err)
		}
	}
	ai.rt.Finish()
	ai.thread = t
	g.warm = ai
	return g.scriptReply(t, lang.None, nil)
}

// serveHTTP implements abi.EntryHTTP:
//
//	(ctx, str handler_ref or None, list middleware_refs,
//	 str not_found_ref or None, dict request)
//
// It runs the middleware in order (the first that returns something
// other than None answers), then the handler (the not-found handler when
// handler_ref is None). The OK payload is
//
//	(True, int status, list headers, body, bool json)   see rt.AppendResponse
//	(False, str type, str message, str traceback)       an uncaught exception
//
// and an error envelope means the request was stopped from outside.
func (g *guest) serveHTTP(req []byte) []byte {
	d := abi.NewDecoder(req)
	c, err := rt.DecodeHeader(d)
	if err != nil {
		return abi.AppendError(nil, abi.ValueError, "bad http request: "+err.Error())
	}
	ai := g.warm
	g.warm = nil
	if ai == nil {
		ai = g.newAppInterpreter(c)
	} else {
		ai.rt.Reset(c)
	}
	t := ai.thread
	if t == nil {
		t = ai.in.NewThread()
	}
	ai.thread = nil
	handler, err := optStr(d)
	var mws []string
	var notFound string
	var rv lang.Value
	if err == nil {
		if mws, err = d.Strs(); err == nil {
			if notFound, err = optStr(d); err == nil {
				rv, err = bridge.Decode(t, d)
			}
		}
	}
	fields, ok := rv.Object().(*lang.Dict)
	if err != nil || !ok {
		return abi.AppendError(nil, abi.ValueError, "bad http request")
	}
	if handler == "" {
		handler = notFound
	}
	ai.rt.Start(t)
	defer ai.rt.Finish()
	request := lang.Obj(rt.NewRequest(ai.http, ai.cls, fields))
	args := []lang.Value{request}
	result := lang.None
	for _, ref := range mws {
		fn, err := ai.resolve(t, g, ref, "")
		if err == nil {
			result, err = t.Call(fn, args, nil)
		}
		if err != nil {
			return g.scriptReply(t, lang.None, err)
		}
		if !result.IsNone() {
			return g.httpReply(t, result)
		}
	}
	fn, err := ai.resolve(t, g, handler, "")
	if err == nil {
		result, err = t.Call(fn, args, nil)
	}
	if err != nil {
		return g.scriptReply(t, lang.None, err)
	}
	return g.httpReply(t, result)
}

// httpReply encodes a handler's result; a result that is not a valid
// response is reported as the exception it raises.
func (g *guest) httpReply(t *lang.Thread, v lang.Value) []byte {
	e := &g.enc
	e.Reset()
	e.Bool(true)
	if err := rt.AppendResponse(t, e, v); err != nil {
		return g.scriptReply(t, lang.None, err)
	}
	return okReply(e.Bytes())
}

func optStr(d *abi.Decoder) (string, error) {
	if tag, err := d.Peek(); err == nil && tag == abi.TagNone {
		return "", d.None()
	}
	return d.Str()
}
