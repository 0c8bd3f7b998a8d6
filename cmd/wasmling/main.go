// Command wasmling runs untrusted Scriptling scripts in WebAssembly sandboxes.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: wasmling serve APP_DIR | run SCRIPT.py [args...] | check PATH...")
		os.Exit(2)
	}
	fmt.Fprintf(os.Stderr, "wasmling: %s is not there yet\n", os.Args[1])
	os.Exit(2)
}
