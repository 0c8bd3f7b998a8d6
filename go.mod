module github.com/wasmling/wasmling

go 1.26
