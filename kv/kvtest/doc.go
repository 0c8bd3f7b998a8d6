// Package kvtest is the conformance suite every kv backend must pass:
// Run checks the Store and Backend contract (values, TTLs, glob patterns,
// isolation, atomic Update, Clear, Close, errors) and RunQuota checks
// quota enforcement; Benchmark measures Get/Set/Update of a 1 KiB value.
// Backends call them from their own tests.
package kvtest
