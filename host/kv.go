package host

import (
	"context"
	"errors"
	"math"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/kv"
)

// The kv ops. A tenant's stores are opened on the host once per name and
// numbered; the guest holds the number (the handle). Handles index the
// tenant's own table, so a guest can only ever reach its own tenant's
// stores. Names starting with ":memory:" live in the runner's memory
// backend; the others, and the default store, in its persistent backend
// (Config.KV; the memory backend when there is none). Values are the abi
// value encoding, stored as the guest sent them (after validation).
//
// Layouts (every request starts with the store handle, except open):
//
//	OpKVOpen   (str name) → (int handle)          "" is the app's default store
//	OpKVGet    (int h, str key) → (bool found[, value])
//	OpKVSet    (int h, str key, value, float ttl) → ()   ttl in seconds, 0 = none
//	OpKVIncr   (int h, str key, int delta) → (int)       TypeError on a non-int value
//	OpKVDelete (int h, str key) → (bool existed)
//	OpKVExists (int h, str key) → (bool)
//	OpKVTTL    (int h, str key) → (int seconds)         rounded up; -1 no expiry, -2 missing
//	OpKVKeys   (int h, str pattern) → (list[str])       glob, sorted
//	OpKVClear  (int h) → ()
//	OpKVClose  (int h) → ()                             the store stays open for others

// MemoryStorePrefix marks the names of in-memory kv stores.
const MemoryStorePrefix = ":memory:"

// DefaultStore is the name of an app's default kv store.
const DefaultStore = "default"

// maxStores bounds the kv stores one tenant may open.
const maxStores = 256

// kvStores is a tenant's table of open stores.
type kvStores struct {
	mu     sync.Mutex
	list   []kv.Store // handle h is list[h-1]
	byName map[string]int64
}

// open returns the handle of the named store, opening it on first use.
func (t *Tenant) openStore(ctx context.Context, name string) (int64, error) {
	if name == "" {
		name = DefaultStore
	}
	if err := kv.ValidateName(name); err != nil {
		return 0, &abi.Exception{Type: abi.ValueError, Message: "invalid kv store name"}
	}
	s := &t.stores
	s.mu.Lock()
	defer s.mu.Unlock()
	if h, ok := s.byName[name]; ok {
		return h, nil
	}
	if len(s.list) >= maxStores {
		return 0, &abi.Exception{Type: abi.RuntimeError, Message: "too many kv stores: an app may open at most 256"}
	}
	backend := t.r.cfg.KV
	if backend == nil || strings.HasPrefix(name, MemoryStorePrefix) {
		backend = t.r.memKV
	}
	st, err := backend.Open(ctx, t.name, name)
	if err != nil {
		return 0, t.kvError("open", err)
	}
	if s.byName == nil {
		s.byName = map[string]int64{}
	}
	s.list = append(s.list, st)
	h := int64(len(s.list))
	s.byName[name] = h
	return h, nil
}

// store returns the tenant's store with handle h.
func (t *Tenant) store(h int64) (kv.Store, error) {
	s := &t.stores
	s.mu.Lock()
	defer s.mu.Unlock()
	if h < 1 || h > int64(len(s.list)) {
		return nil, &abi.Exception{Type: abi.ValueError, Message: "invalid kv store handle"}
	}
	return s.list[h-1], nil
}

// closeStores closes every store of the tenant.
func (t *Tenant) closeStores() error {
	s := &t.stores
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	for _, st := range s.list {
		errs = append(errs, st.Close())
	}
	s.list, s.byName = nil, nil
	return errors.Join(errs...)
}

// kvError maps a backend error to the exception the script sees. Backend
// failures are logged and reported without their details (paths, hosts).
func (t *Tenant) kvError(op string, err error) error {
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return err // the sandbox reports the stop
	case errors.Is(err, kv.ErrQuota):
		return &abi.Exception{Type: abi.RuntimeError, Message: "kv quota exceeded: " + strings.TrimPrefix(err.Error(), "kv: ")}
	case errors.Is(err, kv.ErrInvalidKey):
		return &abi.Exception{Type: abi.ValueError, Message: "invalid kv key: keys are 1 to 4096 bytes"}
	case errors.Is(err, kv.ErrInvalidTTL):
		return &abi.Exception{Type: abi.ValueError, Message: "invalid ttl"}
	case errors.Is(err, kv.ErrInvalidName):
		return &abi.Exception{Type: abi.ValueError, Message: "invalid kv store name"}
	case errors.Is(err, kv.ErrClosed):
		return &abi.Exception{Type: abi.RuntimeError, Message: "kv store is closed"}
	case errors.Is(err, kv.ErrConflict):
		return &abi.Exception{Type: abi.RuntimeError, Message: "kv: too much contention on the key, try again"}
	}
	var exc *abi.Exception
	if errors.As(err, &exc) {
		return exc
	}
	t.log.Error("kv backend error", "op", op, "error", err)
	return &abi.Exception{Type: abi.RuntimeError, Message: "kv " + op + " failed: storage error (see the server log)"}
}

// kvOp serves the kv ops.
func (e *Env) kvOp(ctx context.Context, op abi.Op, req, reply []byte) ([]byte, error) {
	t := e.tenant
	if t == nil || !t.Granted(GrantKV) {
		return nil, &abi.Exception{Type: "ImportError", Message: "scriptling.runtime.kv is not granted"}
	}
	d := e.decoder(req)
	enc := e.encoder()
	if op == abi.OpKVOpen {
		name, err := d.Str()
		if err != nil || d.End() != nil {
			return nil, badRequest("kv open", "(str name)")
		}
		h, err := t.openStore(ctx, name)
		if err != nil {
			return nil, err
		}
		enc.Int(h)
		return okReply(reply, enc), nil
	}
	h, err := d.Int()
	if err != nil {
		return nil, badRequest(op.String(), "a store handle first")
	}
	st, err := t.store(h)
	if err != nil {
		return nil, err
	}
	switch op {
	case abi.OpKVClear, abi.OpKVClose:
		if d.End() != nil {
			return nil, badRequest(op.String(), "(int handle)")
		}
		if op == abi.OpKVClear {
			if err := st.Clear(ctx); err != nil {
				return nil, t.kvError("clear", err)
			}
		}
		return abi.AppendOK(reply), nil
	case abi.OpKVKeys:
		pattern, err := d.Str()
		if err != nil || d.End() != nil {
			return nil, badRequest("kv keys", "(int handle, str pattern)")
		}
		keys, err := st.Keys(ctx, pattern)
		if err != nil {
			return nil, t.kvError("keys", err)
		}
		enc.Strs(keys)
		return okReply(reply, enc), nil
	}
	key, err := d.Str()
	if err != nil {
		return nil, badRequest(op.String(), "(int handle, str key, ...)")
	}
	switch op {
	case abi.OpKVGet:
		if d.End() != nil {
			return nil, badRequest("kv get", "(int handle, str key)")
		}
		v, ok, err := st.Get(ctx, key)
		if err != nil {
			return nil, t.kvError("get", err)
		}
		enc.Bool(ok)
		reply = okReply(reply, enc)
		if ok {
			reply = append(reply, v...) // not through enc: one copy less
		}
		return reply, nil
	case abi.OpKVSet:
		v, err1 := d.Raw()
		ttl, err2 := d.Float()
		if errors.Join(err1, err2, d.End()) != nil {
			return nil, badRequest("kv set", "(int handle, str key, value, float ttl)")
		}
		dur, err := ttlDuration(ttl)
		if err != nil {
			return nil, err
		}
		if err := st.Set(ctx, key, v, dur); err != nil {
			return nil, t.kvError("set", err)
		}
		return abi.AppendOK(reply), nil
	case abi.OpKVIncr:
		delta, err := d.BigInt()
		if err != nil || d.End() != nil {
			return nil, badRequest("kv incr", "(int handle, str key, int delta)")
		}
		v, err := st.Update(ctx, key, func(old []byte, exists bool) ([]byte, error) {
			return incrValue(key, old, exists, delta)
		})
		if err != nil {
			return nil, t.kvError("incr", err)
		}
		return append(abi.AppendOK(reply), v...), nil
	case abi.OpKVDelete, abi.OpKVExists, abi.OpKVTTL:
		if d.End() != nil {
			return nil, badRequest(op.String(), "(int handle, str key)")
		}
	default:
		return nil, abi.ErrUnknownOp
	}
	switch op {
	case abi.OpKVDelete:
		ok, err := st.Delete(ctx, key)
		if err != nil {
			return nil, t.kvError("delete", err)
		}
		enc.Bool(ok)
	case abi.OpKVExists:
		ok, err := st.Exists(ctx, key)
		if err != nil {
			return nil, t.kvError("exists", err)
		}
		enc.Bool(ok)
	case abi.OpKVTTL:
		left, err := st.TTL(ctx, key)
		if err != nil {
			return nil, t.kvError("ttl", err)
		}
		enc.Int(ttlSeconds(left))
	}
	return okReply(reply, enc), nil
}

// maxTTL keeps ttl arithmetic far from overflow (about 100 years).
const maxTTL = 100 * 365 * 24 * time.Hour

// ttlDuration converts a script ttl in seconds.
func ttlDuration(secs float64) (time.Duration, error) {
	if secs < 0 || math.IsNaN(secs) || math.IsInf(secs, 0) {
		return 0, &abi.Exception{Type: abi.ValueError, Message: "ttl must be a non-negative number of seconds"}
	}
	if secs == 0 {
		return 0, nil
	}
	d := time.Duration(math.Ceil(min(secs, maxTTL.Seconds()) * 1e9))
	return max(d, time.Millisecond), nil
}

// ttlSeconds rounds the time left up to whole seconds, so a live key never
// reports 0; -1 and -2 pass through.
func ttlSeconds(left time.Duration) int64 {
	if left < 0 {
		return int64(left) // kv.NoTTL, kv.KeyMissing are -1, -2 nanoseconds
	}
	return int64((left + time.Second - 1) / time.Second)
}

// incrValue adds delta to an encoded int (missing: 0).
func incrValue(key string, old []byte, exists bool, delta *big.Int) ([]byte, error) {
	n := new(big.Int)
	if exists {
		var d abi.Decoder
		d.Reset(old)
		tag, err := d.Peek()
		if err != nil {
			return nil, &abi.Exception{Type: abi.ValueError, Message: "incr: the value of the key is corrupt"}
		}
		if tag != abi.TagInt && tag != abi.TagBigInt {
			return nil, &abi.Exception{Type: abi.TypeError, Message: "incr: the value of key '" + key + "' is a " + tag.String() + ", not an int"}
		}
		if n, err = d.BigInt(); err != nil {
			return nil, &abi.Exception{Type: abi.ValueError, Message: "incr: the value of the key is corrupt"}
		}
	}
	n.Add(n, delta)
	var enc abi.Encoder
	enc.BigInt(n)
	return enc.Bytes(), nil
}
