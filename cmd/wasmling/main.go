// Command wasmling runs untrusted Scriptling scripts in WebAssembly
// sandboxes.
//
//	wasmling run [--timeout 10s] [--memory 128MiB] SCRIPT.py [args...]
//	wasmling serve APP_DIR [--addr 127.0.0.1:8080] [--timeout 10s] [--memory 128MiB] [--data DIR] [--debug] [--max-concurrent 64] [--max-body 1MiB]
//	wasmling serve --config tenants.toml [--addr ADDR] [--data DIR] [--debug]
//	wasmling check PATH...
//
// Exit codes: 0 success; 1 an uncaught exception (or check errors); 2
// usage errors; 3 a limit stopped the script.
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `usage:
  wasmling run [--timeout 10s] [--memory 128MiB] SCRIPT.py [args...]
  wasmling serve APP_DIR [--addr 127.0.0.1:8080] [--timeout 10s] [--memory 128MiB] [--data DIR] [--debug] [--max-concurrent 64] [--max-body 1MiB]
  wasmling serve --config tenants.toml [--addr ADDR] [--data DIR] [--debug]
  wasmling check PATH...
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "run":
		return cmdRun(args[1:], stdout, stderr)
	case "check":
		return cmdCheck(args[1:], stdout, stderr)
	case "serve":
		return cmdServe(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "wasmling: unknown command %q\n%s", args[0], usage)
	return 2
}
