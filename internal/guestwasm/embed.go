//go:build wasmling_guest

package guestwasm

import _ "embed"

//go:embed build/guest.wasm
var guest []byte

func embedded() ([]byte, error) { return guest, nil }
