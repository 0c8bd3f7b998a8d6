// Package kv defines the key-value store contract behind the scripts'
// scriptling.runtime.kv library, plus what every backend shares: argument
// validation, sentinel errors, quotas and Redis-compatible glob matching.
//
// The backends live in sub-packages: memkv (in-process, the default),
// boltkv (persistent files under a data directory) and rediskv (one Redis
// shared by many hosts). kvtest is the conformance suite they all pass.
//
// Values are opaque bytes: the host encodes script values with the abi
// codec before they reach a Store, so kv imports no other package of this
// module and knows nothing about tenants' scripts, sandboxes or the ABI.
//
// # Namespaces
//
// A Store belongs to exactly one (tenant, name) pair. Backends keep pairs
// apart structurally (nested maps, nested buckets, or a length-prefixed
// Redis key prefix), never by joining strings with a separator, so no choice
// of tenant, store name or key lets one store read or list another's keys.
package kv
