// Command scriptling runs a script with the native interpreter (no
// sandbox); it is a development tool.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/stdlib"
	"github.com/wasmling/wasmling/lang/syntax"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: scriptling FILE.py [args...]")
		os.Exit(2)
	}
	path := os.Args[1]
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	dir := filepath.Dir(path)
	in := lang.New(lang.Options{Host: lang.NewNativeHost(nil, nil, &dir), Modules: stdlib.Modules(), Argv: os.Args[1:]})
	t := in.NewThread()
	_, _, err = t.ExecModule("__main__", filepath.Base(path), src)
	if status, text, ok := lang.SystemExitStatus(err); ok {
		if text != "" {
			fmt.Fprintln(os.Stderr, text)
		}
		os.Exit(status)
	}
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			fmt.Fprintln(os.Stderr, se.Detail())
		} else if e, ok := lang.AsException(err); ok {
			fmt.Fprint(os.Stderr, e.FormatTraceback())
		} else {
			fmt.Fprintln(os.Stderr, err)
		}
		os.Exit(1)
	}
}
