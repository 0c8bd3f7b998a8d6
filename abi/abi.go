package abi

import "strconv"

// Version is the ABI version implemented by this package.
const Version = 1

// Names of the import module and of its functions.
const (
	// ImportModule is the import module name; it carries the ABI version.
	ImportModule = "wasmling_v1"
	// ImportCall is call(op, req_ptr, req_len, resp_ptr, resp_cap i32) -> i64.
	ImportCall = "call"
	// ImportTake is take(ptr, len i32) -> i32.
	ImportTake = "take"
	// ImportShouldStop is should_stop() -> i32.
	ImportShouldStop = "should_stop"
)

// Names of the guest's exports.
const (
	// ExportInitialize is the reactor initialisation export of Go's
	// c-shared wasip1 build.
	ExportInitialize = "_initialize"
	// ExportBuffer is wl_buffer(size i32) -> i32.
	ExportBuffer = "wl_buffer"
	// ExportInvoke is wl_invoke(entry i32, len i32) -> i64.
	ExportInvoke = "wl_invoke"
)

// An Op names a host operation run by the call import.
type Op uint32

// Host operations. The sandbox serves [OpSleep] and [OpStopReason]; the
// host package serves the others and defines their request and reply
// payloads.
const (
	OpSleep      Op = 1 // (int ns) → (); sleep, ending early at the deadline or on cancellation
	OpStopReason Op = 2 // () → (), or the error envelope to raise after should_stop
	OpLoadModule Op = 3 // module source by dotted name; see host
	OpLog        Op = 4 // a log line; see host
	OpBackground Op = 5 // register a background task; see host

	// Key-value stores; see host.
	OpKVOpen   Op = 16
	OpKVGet    Op = 17
	OpKVSet    Op = 18
	OpKVIncr   Op = 19
	OpKVDelete Op = 20
	OpKVExists Op = 21
	OpKVTTL    Op = 22
	OpKVKeys   Op = 23
	OpKVClear  Op = 24
	OpKVClose  Op = 25

	// Named sync primitives; see host.
	OpAtomicAdd     Op = 32
	OpAtomicGet     Op = 33
	OpAtomicSet     Op = 34
	OpSharedGet     Op = 35
	OpSharedSet     Op = 36
	OpWaitGroupAdd  Op = 37
	OpWaitGroupDone Op = 38
	OpWaitGroupWait Op = 39
	OpQueuePut      Op = 40
	OpQueueGet      Op = 41
	OpQueueSize     Op = 42
	OpQueueClose    Op = 43
	// OpSyncOpen finds or creates a named sync primitive and returns its
	// handle; see host.
	OpSyncOpen Op = 44

	// OpWait waits for promises or other asynchronous work of the
	// environment; see host.
	OpWait Op = 48

	// HTTP registration, made by the setup script; see host.
	OpHTTPRoute      Op = 64
	OpHTTPMiddleware Op = 65
	OpHTTPNotFound   Op = 66
	OpHTTPStatic     Op = 67
	// JSON for the http helpers, done natively by the host; see host.
	OpHTTPJSONEncode Op = 68
	OpHTTPJSONDecode Op = 69

	// OpFirstPrivate is the first op code the production host never serves;
	// tests use codes from here on.
	OpFirstPrivate Op = 1 << 16
)

// String returns the op's name, or "op(N)" for an unknown code.
func (o Op) String() string {
	switch o {
	case OpSleep:
		return "sleep"
	case OpStopReason:
		return "stop_reason"
	case OpLoadModule:
		return "load_module"
	case OpLog:
		return "log"
	case OpBackground:
		return "background"
	case OpKVOpen:
		return "kv_open"
	case OpKVGet:
		return "kv_get"
	case OpKVSet:
		return "kv_set"
	case OpKVIncr:
		return "kv_incr"
	case OpKVDelete:
		return "kv_delete"
	case OpKVExists:
		return "kv_exists"
	case OpKVTTL:
		return "kv_ttl"
	case OpKVKeys:
		return "kv_keys"
	case OpKVClear:
		return "kv_clear"
	case OpKVClose:
		return "kv_close"
	case OpAtomicAdd:
		return "atomic_add"
	case OpAtomicGet:
		return "atomic_get"
	case OpAtomicSet:
		return "atomic_set"
	case OpSharedGet:
		return "shared_get"
	case OpSharedSet:
		return "shared_set"
	case OpWaitGroupAdd:
		return "waitgroup_add"
	case OpWaitGroupDone:
		return "waitgroup_done"
	case OpWaitGroupWait:
		return "waitgroup_wait"
	case OpQueuePut:
		return "queue_put"
	case OpQueueGet:
		return "queue_get"
	case OpQueueSize:
		return "queue_size"
	case OpQueueClose:
		return "queue_close"
	case OpSyncOpen:
		return "sync_open"
	case OpWait:
		return "wait"
	case OpHTTPRoute:
		return "http_route"
	case OpHTTPMiddleware:
		return "http_middleware"
	case OpHTTPNotFound:
		return "http_not_found"
	case OpHTTPStatic:
		return "http_static"
	case OpHTTPJSONEncode:
		return "http_json_encode"
	case OpHTTPJSONDecode:
		return "http_json_decode"
	}
	return "op(" + strconv.FormatUint(uint64(o), 10) + ")"
}

// An Entry names a guest entry point run by wl_invoke.
type Entry uint32

// Entry points. The request and reply payloads of the first four are
// defined by the host package (see host); all replies are envelopes.
const (
	EntryRunScript Entry = 1 // run a script; see host
	EntryHTTP      Entry = 2 // handle an HTTP request; see host
	EntryTask      Entry = 3 // run a background task; see host
	EntrySetup     Entry = 4 // run an app's setup script; see host
	// EntryReseed replaces random state frozen into a snapshot: the request
	// is one bytes value of at least 32 bytes of fresh entropy; the reply
	// is an OK envelope with no payload. The host calls it once on every
	// instance started from a snapshot, before any other entry.
	EntryReseed Entry = 5
	// EntryWarmup prepares an instance before it is snapshotted (imports
	// an app's modules, …); see host. The guest should end it with
	// debug.FreeOSMemory(), so that instances started from the snapshot do
	// not each begin with the Go runtime's pending collection and
	// scavenging work.
	EntryWarmup Entry = 6

	// EntryFirstPrivate is the first entry code the host never uses; test
	// guests use codes from here on.
	EntryFirstPrivate Entry = 1 << 16
)

// A Code is a negative result of an import: the guest misused the ABI.
type Code int32

// ABI error codes.
const (
	ErrBadPointer  Code = -1 // a pointer/length pair outside the guest's memory
	ErrUnknownOp   Code = -2 // no one serves this op
	ErrNoPending   Code = -3 // take without a pending reply
	ErrBadLength   Code = -4 // take with a length other than the pending reply's
	ErrNotInvoking Code = -5 // an import called outside of an export call made by the sandbox
	ErrTooLarge    Code = -6 // a request or reply over the instance's limits
)

// Error returns a short description of the code.
func (c Code) Error() string {
	switch c {
	case ErrBadPointer:
		return "abi: pointer out of range"
	case ErrUnknownOp:
		return "abi: unknown op"
	case ErrNoPending:
		return "abi: no pending reply"
	case ErrBadLength:
		return "abi: length differs from the pending reply"
	case ErrNotInvoking:
		return "abi: import called outside an invocation"
	case ErrTooLarge:
		return "abi: too large"
	}
	return "abi: error code " + strconv.Itoa(int(c))
}

// A StopReason is a non-zero result of should_stop.
type StopReason int32

// Reasons for should_stop to tell the guest to stop.
const (
	StopNone      StopReason = 0 // go on
	StopDeadline  StopReason = 1 // the invocation's deadline passed
	StopCancelled StopReason = 2 // the invocation was cancelled (client gone, shutdown)
)

// Exception type names the host uses in error envelopes.
const (
	TimeoutError   = "TimeoutError"
	CancelledError = "CancelledError"
	MemoryError    = "MemoryError"
	RuntimeError   = "RuntimeError"
	TypeError      = "TypeError"
	ValueError     = "ValueError"
)

// MaxQueryFields bounds the fields of a query string: the host sends at
// most this many in a request's query, and the guest's parse_query keeps
// as many, so that both read the same string alike.
const MaxQueryFields = 1000
