// Package host is the host side of the wasmling ABI and the embedding API:
// it serves the ops guests call (module sources, kv stores, sync
// primitives, background tasks), scoped per app (tenant), and runs scripts,
// requests and tasks in sandbox instances. It knows nothing about HTTP
// routing; package router builds on it.
//
// # The runtime library's host side
//
// Each tenant has its own registries: kv stores opened by name (kv.go),
// named sync primitives per kind (sync.go, sync_queue.go) and background
// tasks (tasks.go). Guests hold small integer handles into their
// tenant's tables, checked on every call, so no name or handle of one
// tenant reaches another's objects. Values travel and are stored in the
// abi value encoding, copied in and out. Each invocation has an Env that
// serves its ops and owns its tickets, the pending results of blocking
// ops, which the guest collects with abi.OpWait (wait.go); when the
// invocation ends its tickets are withdrawn (an item already handed to a
// ticket the guest never collected goes back to its queue).
package host
