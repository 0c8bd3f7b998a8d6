// Package abi is the contract between the wasmling host and its WebAssembly
// guest (the Scriptling interpreter): import and export names, op codes,
// entry codes, error codes and the value encoding. Both sides import it, so
// it holds nothing else and depends on the standard library only; it builds
// natively and for wasip1.
//
// # Version
//
// This is ABI version 1 ([Version]). The version is part of the import
// module name ([ImportModule] = "wasmling_v1"): a guest built against
// another version fails to instantiate instead of misbehaving.
//
// # Host functions (imported by the guest from "wasmling_v1")
//
// All integers are wasm i32/i64; pointers and lengths are i32 interpreted as
// unsigned 32-bit offsets into the guest's linear memory. The host checks
// every pointer and length against the memory; a bad one yields a negative
// [Code], never a host failure.
//
//	call(op, req_ptr, req_len, resp_ptr, resp_cap i32) -> i64
//
// Runs host operation op (an [Op]) synchronously on the req_len-byte
// request at req_ptr. The reply (an envelope, see below) is written at
// resp_ptr when it fits in resp_cap bytes, and call returns its length
// (>= 0). When the reply is longer than resp_cap, nothing is written: the
// host keeps the reply pending and returns its length; the guest then
// provides a large enough buffer and calls take. A negative result is a
// [Code] (bad pointer, unknown op, …). A new call discards any reply still
// pending.
//
//	take(ptr, len i32) -> i32
//
// Copies the pending reply to ptr; len must equal the pending length.
// Returns 0, or a negative [Code] ([ErrNoPending], [ErrBadLength],
// [ErrBadPointer]). The pending reply is dropped on success.
//
//	should_stop() -> i32
//
// The cooperative interrupt check: 0 means go on; otherwise a [StopReason]
// (deadline passed, cancelled). The interpreter calls it every few thousand
// executed steps and inside long builtins; it is cheap (no allocation) and
// it is also where the host's garbage collector can preempt the guest, so a
// guest that never calls it can freeze the host process during a GC and
// cannot be stopped at its deadline. On a non-zero result the guest should
// unwind and may call [OpStopReason] to get the exception to raise.
//
// # Guest exports
//
//	_initialize()                          reactor initialisation (Go c-shared)
//	wl_buffer(size i32) -> i32             pointer to a guest-owned buffer of >= size bytes
//	wl_invoke(entry i32, len i32) -> i64   run entry point on the len-byte request in that buffer
//
// The host writes an entry request into the buffer returned by wl_buffer and
// calls wl_invoke, which returns (ptr << 32) | len of the encoded reply in
// guest memory; the reply stays valid until the next export call. The buffer
// returned by wl_buffer stays valid, at the same address and with at least
// the requested size, until the next wl_buffer call, so the host may reuse
// it for later requests that fit without calling wl_buffer again. A
// wl_invoke result whose pointer or length is out of range is a guest
// failure. Entry codes are [Entry] values; codes from [EntryFirstPrivate]
// on are never used by the host (test guests use them).
//
// # Envelopes
//
// Every reply, from call and from wl_invoke, is an envelope: the first byte
// is a status. [StatusOK] (0) is followed by the op- or entry-specific
// payload. [StatusError] (1) is followed by two encoded str values: the
// exception type name the script should see ("TypeError", "KeyError",
// "TimeoutError", "MemoryError", …) and the message. [AppendOK],
// [AppendError] and [ParseReply] build and read envelopes.
//
// # Requests and payloads
//
// A request or payload is a sequence of encoded values, decoded in order,
// with no outer container. "(int ns)" below means one int value; "→" gives
// the OK payload.
//
// Ops served by the sandbox itself:
//
//	OpSleep       (int ns) → ()            sleep; ends early with a TimeoutError
//	                                       envelope at the deadline, CancelledError
//	                                       on cancellation
//	OpStopReason  () → ()                  OK when not stopped, else the error
//	                                       envelope to raise (TimeoutError after 2s, …)
//
// All other ops are served by the host package; their layouts are defined
// there ("see host"): module loading (host/env.go), logs, background
// tasks (OpBackground, host/tasks.go), kv stores (OpKV*, host/kv.go),
// sync primitives (OpSyncOpen, OpAtomic*, OpShared*, OpWaitGroup*,
// OpQueue*, host/sync.go), waiting (OpWait, host/wait.go), HTTP
// registration.
//
// Blocking ops never block in the host: they answer at once with the
// result or with a ticket (an int > 0), and the guest waits for its
// tickets with OpWait, the one op that blocks, when none of its goroutines
// can run (see host/wait.go and guest/runtime).
//
// # Apps: setup, requests (see host/app*.go)
//
// App entries start with a ctx dict: "app" (str), "grants" (list of str),
// "memory_limit" (int bytes), "argv" (list of str), "env" ("setup",
// "request", "task").
//
//	EntrySetup   (ctx, str filename, str source) → (True, result) |
//	             (False, str type, str message, str traceback)
//	EntryWarmup  (ctx, list[str] module_names) → like EntrySetup; the guest
//	             keeps the interpreter for the instance's next request
//	EntryHTTP    (ctx, str handler_ref|None, list[str] middleware_refs,
//	             str not_found_ref|None, dict request) →
//	             (True, int status, list[str] headers, body, bool json) |
//	             (False, str type, str message, str traceback)
//
// request has "method", "path", "body" (str), "headers", "query",
// "params" (dicts of str), "remote_addr". headers alternates names and
// values; body is str or bytes, or any value the host sends as JSON when
// json is True. Refs are "module.function".
//
// Ops of the setup environment (ignored elsewhere), file:line being the
// registering call:
//
//	OpHTTPRoute      (list[str] methods, str path, str ref, str file, int line) → ()
//	OpHTTPMiddleware (str ref, str file, int line) → ()
//	OpHTTPNotFound   (str ref, str file, int line) → ()
//	OpHTTPStatic     (str url_prefix, str directory, str file, int line) → ()
//	OpBackground     (str name, str handler, str module, str file, int line,
//	                  list args, dict kwargs) → ()
//
// handler is "module.function" (module "") or a bare function name of
// module, the calling module. Ops of any environment:
//
//	OpHTTPJSONEncode (value) → (str)     TypeError/ValueError as json.dumps
//	OpHTTPJSONDecode (str) → (value)     ValueError on invalid JSON
//
// # Value encoding
//
// One compact encoding of Scriptling values is shared by guest, host and KV
// stores. A value is a tag byte followed by its payload:
//
//	0x00 None
//	0x01 False
//	0x02 True
//	0x03 int      zigzag varint of an int64
//	0x04 big int  sign byte (0 = positive, 1 = negative), uvarint length,
//	              big-endian magnitude; only for values outside int64, with
//	              no leading zero byte (canonical)
//	0x05 float    8 bytes, little-endian IEEE-754 bits
//	0x06 str      uvarint length, UTF-8 bytes
//	0x07 bytes    uvarint length, bytes
//	0x08 list     uvarint count, items
//	0x09 tuple    uvarint count, items
//	0x0A dict     uvarint count, count key,value pairs in order
//	0x0B set      uvarint count, items
//
// Varints are Go's encoding/binary varints in their shortest form; decoders
// reject longer forms so that every value has exactly one encoding.
// Decoders also reject nesting deeper than [MaxDepth], counts and lengths
// larger than the remaining input allows, invalid UTF-8 in str, and
// non-canonical big ints. [Encoder] and [Decoder] stream values without a
// tree (the guest's path); [Encode] and [Decode] convert Go trees (the
// host's path).
package abi
