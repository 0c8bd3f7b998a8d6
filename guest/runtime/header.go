package runtime

import (
	"fmt"

	"github.com/wasmling/wasmling/abi"
)

// Environment kinds, the "env" of a Header.
const (
	EnvScript  = "script"  // a script run by `wasmling run`
	EnvSetup   = "setup"   // an app's setup script
	EnvRequest = "request" // an HTTP request handler
	EnvTask    = "task"    // a background task
)

// Header is the common start of every entry request that runs script code:
// one dict value with the keys below (unknown keys are ignored, missing
// ones keep their zero value).
//
//	"app"           str        the tenant's name
//	"grants"        list[str]  runtime sub-libraries the app may import
//	"memory_limit"  int        the instance's memory cap in bytes (0: none)
//	"argv"          list[str]  sys.argv
//	"env"           str        EnvScript, EnvSetup, EnvRequest or EnvTask
//	"max_run"       int        run() goroutines allowed at once (0: default)
type Header struct {
	App         string
	Grants      []string
	MemoryLimit int64
	Argv        []string
	Env         string
	MaxRun      int
}

// DefaultMaxRun is the run() goroutine cap when the header gives none.
const DefaultMaxRun = 64

// Granted reports whether the header grants sub-library lib ("kv", ...).
func (h *Header) Granted(lib string) bool {
	for _, g := range h.Grants {
		if g == lib {
			return true
		}
	}
	return false
}

// DecodeHeader reads a Header from d.
func DecodeHeader(d *abi.Decoder) (Header, error) {
	var h Header
	n, err := d.Dict()
	if err != nil {
		return h, fmt.Errorf("entry header: %w", err)
	}
	for i := 0; i < n; i++ {
		key, err := d.Str()
		if err != nil {
			return h, fmt.Errorf("entry header key: %w", err)
		}
		switch key {
		case "app":
			h.App, err = d.Str()
		case "env":
			h.Env, err = d.Str()
		case "memory_limit":
			h.MemoryLimit, err = d.Int()
		case "max_run":
			var m int64
			m, err = d.Int()
			h.MaxRun = int(min(max(m, 0), 1<<20))
		case "grants":
			h.Grants, err = d.Strs()
		case "argv":
			h.Argv, err = d.Strs()
		default:
			err = d.Skip()
		}
		if err != nil {
			return h, fmt.Errorf("entry header %q: %w", key, err)
		}
	}
	if h.MaxRun == 0 {
		h.MaxRun = DefaultMaxRun
	}
	return h, nil
}

// AppendHeader encodes h (for tests and test hosts; the real host has its
// own encoder in package host).
func AppendHeader(e *abi.Encoder, h Header) {
	e.BeginDict(6)
	e.Str("app")
	e.Str(h.App)
	e.Str("grants")
	e.Strs(h.Grants)
	e.Str("memory_limit")
	e.Int(h.MemoryLimit)
	e.Str("argv")
	e.Strs(h.Argv)
	e.Str("env")
	e.Str(h.Env)
	e.Str("max_run")
	e.Int(int64(h.MaxRun))
}
