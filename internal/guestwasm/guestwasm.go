// Package guestwasm holds the guest module (the Scriptling interpreter
// compiled to WebAssembly) that build.sh produces, embedded in the host
// binary.
//
// build.sh builds with the tag wasmling_guest, which embeds the module as
// a byte slice: its pages are mapped from the binary, not copied (a copy
// of the 10 MB module cost 16-50 ms of every `wasmling run`). Without the
// tag the package builds from a fresh clone too, before there is a
// module, and reads it from an embedded folder (copying it) if present.
package guestwasm

import "errors"

// ErrNotBuilt is returned by Bytes when the binary was built without running
// ./build.sh first, so no guest module was embedded.
var ErrNotBuilt = errors.New("guest.wasm is not embedded: build with ./build.sh")

// Bytes returns the embedded guest module. The caller must not modify it.
func Bytes() ([]byte, error) { return embedded() }
