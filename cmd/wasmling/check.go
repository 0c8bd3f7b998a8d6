package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/wasmling/wasmling/lang/compile"
	"github.com/wasmling/wasmling/lang/syntax"
)

// cmdCheck parses and resolves scripts without running them.
func cmdCheck(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, "usage: wasmling check PATH...\n")
		return 2
	}
	bad := 0
	for _, arg := range args {
		err := filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.HasSuffix(path, ".py") {
				return nil
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			f, err := syntax.Parse(path, src)
			if err == nil {
				_, err = compile.File(f)
			}
			if err != nil {
				bad++
				fmt.Fprintln(stderr, err)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "wasmling check: %v\n", err)
			return 2
		}
	}
	if bad > 0 {
		return 1
	}
	return 0
}
