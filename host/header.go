package host

import (
	"github.com/wasmling/wasmling/abi"
)

// Kinds of environment (the "env" of an entry header): what the guest
// code runs for. They decide what the runtime library allows, e.g.
// registering background tasks.
const (
	EnvScript  = "script"  // a script run by `wasmling run`
	EnvSetup   = "setup"   // an app's setup script
	EnvRequest = "request" // an HTTP request
	EnvTask    = "task"    // a background task
)

// newEnv returns the environment of one invocation of tenant t.
func newEnv(t *Tenant, kind string) *Env {
	return &Env{tenant: t, kind: kind}
}

// appendHeader encodes the common header of entry requests (see
// guest/runtime.Header): one dict with the tenant's name, grants, memory
// limit and run() cap, the invocation's argv and its kind.
func (e *Env) appendHeader(enc *abi.Encoder) {
	var app string
	var grants []string
	var memory uint64
	var maxRun int
	if t := e.tenant; t != nil {
		app, grants, memory, maxRun = t.name, t.grants(), t.limits.Memory, t.limits.MaxRun
	}
	enc.BeginDict(6)
	enc.Str("app")
	enc.Str(app)
	enc.Str("grants")
	enc.Strs(grants)
	enc.Str("memory_limit")
	enc.Int(int64(memory))
	enc.Str("argv")
	enc.Strs(e.argv)
	enc.Str("env")
	enc.Str(e.kind)
	enc.Str("max_run")
	enc.Int(int64(maxRun))
}
