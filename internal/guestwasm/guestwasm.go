// Package guestwasm holds the guest module (the Scriptling interpreter
// compiled to WebAssembly) that build.sh produces, embedded in the host
// binary.
package guestwasm

import (
	"embed"
	"errors"
	"io/fs"
)

//go:embed build
var files embed.FS

// ErrNotBuilt is returned by Bytes when the binary was built without running
// ./build.sh first, so no guest module was embedded.
var ErrNotBuilt = errors.New("guest.wasm is not embedded: build with ./build.sh")

// Bytes returns the embedded guest module.
func Bytes() ([]byte, error) {
	b, err := fs.ReadFile(files, "build/guest.wasm")
	if err != nil {
		return nil, ErrNotBuilt
	}
	return b, nil
}
