// Package stdlib is Scriptling's standard library: json, math, re, time,
// datetime, collections and the other modules scripts import by their usual
// names. Modules needing the outside world (clock, sleep, randomness) reach
// it only through the interpreter's lang.Host, so they behave the same
// natively and inside the WebAssembly guest; none opens files or sockets.
package stdlib

import "github.com/wasmling/wasmling/lang"

// Modules returns the standard library's modules by import name, for
// lang.Options.Modules. Each call returns a new map.
func Modules() map[string]lang.ModuleInit {
	m := map[string]lang.ModuleInit{}
	registerCore(m)
	registerMore(m)
	return m
}
