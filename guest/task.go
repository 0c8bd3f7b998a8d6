package main

import (
	"errors"
	"strings"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/bridge"
	"github.com/wasmling/wasmling/guest/runtime"
	"github.com/wasmling/wasmling/lang"
)

// runTask implements abi.EntryTask, one run of a background task:
//
//	(dict header, str task_name, str handler, str module_name,
//	 str module_file, str module_source or None, list args, dict kwargs)
//
// With a module source, handler is a bare function name: the task runs
// only the definitions of that source (as module module_name) and calls
// the function. Without one, handler is "module.function": the task
// imports the module and calls the function. The reply is like
// EntryRunScript's.
func (g *guest) runTask(req []byte) []byte {
	bad := func(err error) []byte {
		return abi.AppendError(g.enc.Bytes(), abi.ValueError, "bad task request: "+err.Error())
	}
	d := abi.NewDecoder(req)
	h, err := runtime.DecodeHeader(d)
	if err != nil {
		return bad(err)
	}
	var name, handler, modName, modFile string
	for _, p := range []*string{&name, &handler, &modName, &modFile} {
		if *p, err = d.Str(); err != nil {
			return bad(err)
		}
	}
	src, err := optionalStr(d)
	if err != nil {
		return bad(err)
	}
	in, rt := g.newInterpreter(h)
	t := in.NewThread()
	rt.Start(t)
	args, kwNames, err := decodeTaskArgs(t, d)
	if err != nil {
		rt.Finish()
		return bad(err)
	}
	var result lang.Value
	fn, err := taskFunction(t, handler, modName, modFile, src)
	if err == nil {
		result, err = t.Call(fn, args, kwNames)
	}
	rt.Finish()
	return g.scriptReply(t, result, err)
}

// decodeTaskArgs reads (list args, dict kwargs) into a call's arguments:
// the positional values followed by the keyword values, and their names.
func decodeTaskArgs(t *lang.Thread, d *abi.Decoder) ([]lang.Value, []string, error) {
	n, err := d.List()
	if err != nil {
		return nil, nil, err
	}
	var args []lang.Value
	for i := 0; i < n; i++ {
		v, err := bridge.Decode(t, d)
		if err != nil {
			return nil, nil, err
		}
		args = append(args, v)
	}
	n, err = d.Dict()
	if err != nil {
		return nil, nil, err
	}
	var kw []string
	for i := 0; i < n; i++ {
		k, err := d.Str()
		if err != nil {
			return nil, nil, err
		}
		v, err := bridge.Decode(t, d)
		if err != nil {
			return nil, nil, err
		}
		kw = append(kw, k)
		args = append(args, v)
	}
	return args, kw, d.End()
}

// taskFunction finds a task's handler function.
func taskFunction(t *lang.Thread, handler, modName, modFile string, src []byte) (lang.Value, error) {
	if src != nil {
		m, err := t.ExecDefinitions(modName, modFile, src)
		if err != nil {
			return lang.None, err
		}
		fn, ok := m.Globals.GetString(handler)
		if !ok {
			return lang.None, lang.NewError(lang.NameErrorType, "background task handler '%s' is not defined in %s", handler, modFile)
		}
		return fn, nil
	}
	i := strings.LastIndexByte(handler, '.')
	if i <= 0 {
		return lang.None, errors.New("handler is not a module.function reference")
	}
	m, err := t.Interp().Import(t, handler[:i])
	if err != nil {
		return lang.None, err
	}
	fn, ok := m.Globals.GetString(handler[i+1:])
	if !ok {
		return lang.None, lang.NewError(lang.AttributeErrorType, "module '%s' has no attribute '%s'", handler[:i], handler[i+1:])
	}
	return fn, nil
}

// optionalStr reads a str or None (nil).
func optionalStr(d *abi.Decoder) ([]byte, error) {
	tag, err := d.Peek()
	if err != nil {
		return nil, err
	}
	if tag == abi.TagNone {
		return nil, d.None()
	}
	s, err := d.Str()
	return []byte(s), err
}
