package main

import (
	"fmt"
	"io"
)

// cmdServe serves an app (see the serve issue).
func cmdServe(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "wasmling serve: not available yet")
	return 2
}
