//go:build !wasmling_guest

package guestwasm

import (
	"embed"
	"io/fs"
)

//go:embed build
var files embed.FS

func embedded() ([]byte, error) {
	b, err := fs.ReadFile(files, "build/guest.wasm")
	if err != nil {
		return nil, ErrNotBuilt
	}
	return b, nil
}
