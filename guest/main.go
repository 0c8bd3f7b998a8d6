// Command guest is the Scriptling interpreter as a WebAssembly reactor
// module: build.sh compiles it with GOOS=wasip1 GOARCH=wasm
// -buildmode=c-shared, and the host embeds the result. The host calls its
// exports (see package abi): each entry point runs a script, a request
// handler or a background task in a fresh interpreter; everything outside
// the interpreter (module sources, sleeping, kv stores, sync primitives)
// is a host call.
//
// The exports are package-level functions, so the guest keeps its one
// state value in a package-level variable: a wasm instance is one guest.
package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime/debug"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/hostcall"
)

// guest is the state of this instance.
type guest struct {
	host   hostcall.Host
	box    hostcall.Mailbox
	enc    abi.Encoder
	stdout *bufio.Writer
	stderr *bufio.Writer
	seed   [32]byte
	// warm is the interpreter an EntryWarmup prepared for the next
	// request of this instance (the app's modules imported).
	warm *appInterp
}

var g = newGuest()

func newGuest() *guest {
	// The Go runtime's collector runs in the guest's only thread: collect
	// less often, and let the soft limit the host sets pull it in.
	debug.SetGCPercent(200)
	return &guest{
		stdout: bufio.NewWriterSize(os.Stdout, 8<<10),
		stderr: bufio.NewWriterSize(os.Stderr, 1<<10),
	}
}

func main() {}

// invoke runs one entry and returns the reply envelope.
func (g *guest) invoke(entry abi.Entry, req []byte) (reply []byte) {
	g.enc.Reset()
	defer g.stdout.Flush()
	defer g.stderr.Flush()
	defer func() {
		// A bug in the interpreter must not take the instance down with a
		// trap and a Go stack dump: the script gets a SystemError (its
		// instance is thrown away or reset by the host as after any
		// invocation).
		if r := recover(); r != nil {
			g.stderr.WriteString(fmt.Sprintf("internal error: %v\n%s", r, debug.Stack()))
			reply = abi.AppendError(nil, "SystemError", fmt.Sprintf("internal interpreter error: %v", r))
		}
	}()
	switch entry {
	case abi.EntryRunScript:
		return g.runScript(req)
	case abi.EntryTask:
		return g.runTask(req)
	case abi.EntryReseed:
		return g.reseed(req)
	case abi.EntryWarmup:
		return g.warmup(req)
	case abi.EntrySetup:
		return g.setupApp(req)
	case abi.EntryHTTP:
		return g.serveHTTP(req)
	}
	return abi.AppendError(g.enc.Bytes(), abi.ValueError, "unknown entry point")
}
