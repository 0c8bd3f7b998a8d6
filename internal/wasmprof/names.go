package wasmprof

import (
	"errors"
	"fmt"

	"github.com/wasmling/wasmling/internal/wasmbin"
)

// FunctionNames returns the names of a module's defined functions (not
// its imports), in order, from the module's "name" section.
func FunctionNames(wasm []byte) ([]string, error) {
	if len(wasm) < 8 || string(wasm[:4]) != "\x00asm" {
		return nil, errors.New("wasmprof: not a WebAssembly module")
	}
	r := wasmbin.NewReader(wasm, 0)
	r.Skip(8)
	var imports, defined uint32
	named := map[uint32]string{}
	for r.More() {
		id, _, s := r.Section()
		switch id {
		case 2:
			imports, _ = s.Imports()
		case 3:
			defined = s.U32()
		case 0:
			if s.Name() != "name" {
				continue
			}
			for s.More() {
				sub := s.Byte()
				b := s.Bytes(s.U32())
				body := wasmbin.NewReader(b, s.Offset()-len(b))
				for n := body.U32(); sub == 1 && n > 0 && body.Err() == nil; n-- {
					idx := body.U32()
					named[idx] = body.Name()
				}
				s.SetError(body.Err())
			}
		}
		r.SetError(s.Err())
	}
	if r.Err() != nil {
		return nil, fmt.Errorf("wasmprof: %w", r.Err())
	}
	names := make([]string, defined)
	for i := range names {
		names[i] = named[imports+uint32(i)]
	}
	return names, nil
}
