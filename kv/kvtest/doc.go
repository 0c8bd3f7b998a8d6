// Package kvtest is the conformance suite every kv backend must pass:
// Run checks the Store and Backend contract (values, TTLs, glob patterns,
// isolation, atomic Update, Clear, Close, errors) and RunQuota checks
// quota enforcement. Backends call them from their own tests.
package kvtest
