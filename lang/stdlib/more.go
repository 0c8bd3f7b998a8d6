package stdlib

import "github.com/wasmling/wasmling/lang"

// registerMore adds collections, itertools, functools and the rest.
func registerMore(m map[string]lang.ModuleInit) {
}
