// Package host is the host side of the wasmling ABI and the embedding API:
// it serves the ops guests call (module sources, kv stores, sync
// primitives, background tasks), scoped per app (tenant), and runs scripts,
// requests and tasks in sandbox instances. It knows nothing about HTTP
// routing; package router builds on it.
package host
