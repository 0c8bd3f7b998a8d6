package runtime

import (
	"fmt"
	"math"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/bridge"
	"github.com/wasmling/wasmling/lang"
)

// Store is a kv store of the app: kv.default or what kv.open returned. The
// store lives on the host; the object holds its handle.
type Store struct {
	r      *Runtime
	name   string // "" for the default store
	handle int64  // 0 until opened
	closed bool
}

// Type implements lang.Object.
func (s *Store) Type() *lang.Class { return s.r.classes().store }

// Repr implements lang.Reprer.
func (s *Store) Repr(t *lang.Thread) (string, error) {
	if s.name == "" {
		return "<kv.Store default>", nil
	}
	return fmt.Sprintf("<kv.Store %s>", lang.QuoteString(s.name)), nil
}

// initKV builds scriptling.runtime.kv: default, open, and the store
// methods as functions on the default store.
func (r *Runtime) initKV(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("scriptling.runtime.kv")
	def := r.defaultStore()
	m.Set("default", lang.Obj(def))
	m.SetFunc("open", r.kvOpen)
	for _, op := range r.storeOps() {
		if op.name == "close" {
			continue
		}
		fn := op.fn
		m.SetFunc(op.name, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			return fn(t, def, args, kw)
		})
	}
	return m, nil
}

func (r *Runtime) defaultStore() *Store {
	if r.kvDef == nil {
		r.kvDef = &Store{r: r}
	}
	return r.kvDef
}

// kvOpen implements kv.open(name).
func (r *Runtime) kvOpen(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	var name string
	if err := lang.UnpackArgs(t, "open", args, kw, "name", &name); err != nil {
		return lang.None, err
	}
	if name == "" {
		return lang.None, lang.NewError(lang.ValueErrorType, "kv.open() needs a store name")
	}
	s := &Store{r: r, name: name}
	if err := s.open(t); err != nil {
		return lang.None, err
	}
	return lang.Obj(s), nil
}

// open gets the store's handle from the host: OpKVOpen (str name) →
// (int handle), "" naming the default store.
func (s *Store) open(t *lang.Thread) error {
	e, err := s.r.begin()
	if err != nil {
		return err
	}
	e.Str(s.name)
	d, err := s.r.call(t, abi.OpKVOpen)
	if err != nil {
		return err
	}
	h, err := d.Int()
	if err != nil {
		return decodeErr(err)
	}
	s.handle = h
	return nil
}

// start begins a request on the store: the handle and a key (if the op
// takes one). It returns the encoder for the rest of the request.
func (s *Store) start(t *lang.Thread, fname string) (*abi.Encoder, error) {
	if s.closed {
		return nil, lang.NewError(lang.ValueErrorType, "%s() on a closed kv store", fname)
	}
	if s.handle == 0 {
		if err := s.open(t); err != nil {
			return nil, err
		}
	}
	e, err := s.r.begin()
	if err != nil {
		return nil, err
	}
	e.Int(s.handle)
	return e, nil
}

// storeOp is a Store method without its receiver: args are the call's
// arguments after it.
type storeOp func(t *lang.Thread, s *Store, args []lang.Value, kw []string) (lang.Value, error)

// method makes a Store method of op.
func method(name string, op storeOp) lang.BuiltinFunc {
	return func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if len(args) > 0 {
			if s, ok := args[0].Object().(*Store); ok {
				return op(t, s, args[1:], kw)
			}
		}
		return lang.None, lang.NewError(lang.TypeErrorType, "%s() needs a kv store", name)
	}
}

func keyArg(key lang.Value, fname string) (string, error) {
	s, ok := key.Str()
	if !ok {
		return "", lang.NewError(lang.TypeErrorType, "%s() key must be str, not %s", fname, key.TypeName())
	}
	return s, nil
}

// storeOps are the methods of Store.
func (r *Runtime) storeOps() []struct {
	name string
	fn   storeOp
} {
	return []struct {
		name string
		fn   storeOp
	}{
		{"set", r.kvSet},
		{"get", r.kvGet},
		{"incr", r.kvIncr},
		{"delete", r.kvDelete},
		{"exists", r.kvExists},
		{"ttl", r.kvTTL},
		{"keys", r.kvKeys},
		{"clear", r.kvClear},
		{"close", r.kvClose},
	}
}

// kvSet: OpKVSet (int h, str key, value, float ttl) → ().
func (r *Runtime) kvSet(t *lang.Thread, s *Store, args []lang.Value, kw []string) (lang.Value, error) {
	var key, value lang.Value
	ttl := 0.0
	if len(kw) == 0 && len(args) == 2 {
		key, value = args[0], args[1]
	} else if err := lang.UnpackArgs(t, "set", args, kw, "key", &key, "value", &value, "ttl?", &ttl); err != nil {
		return lang.None, err
	}
	k, err := keyArg(key, "set")
	if err != nil {
		return lang.None, err
	}
	if ttl < 0 || math.IsNaN(ttl) || math.IsInf(ttl, 0) {
		return lang.None, lang.NewError(lang.ValueErrorType, "set() ttl must be a non-negative number of seconds")
	}
	e, err := s.start(t, "set")
	if err != nil {
		return lang.None, err
	}
	e.Str(k)
	if err := bridge.Encode(t, e, value); err != nil {
		return lang.None, err
	}
	e.Float(ttl)
	_, err = r.call(t, abi.OpKVSet)
	return lang.None, err
}

// kvGet: OpKVGet (int h, str key) → (bool found[, value]).
func (r *Runtime) kvGet(t *lang.Thread, s *Store, args []lang.Value, kw []string) (lang.Value, error) {
	var key lang.Value
	def := lang.None
	if len(kw) == 0 && len(args) == 1 {
		key = args[0]
	} else if err := lang.UnpackArgs(t, "get", args, kw, "key", &key, "default?", &def); err != nil {
		return lang.None, err
	}
	k, err := keyArg(key, "get")
	if err != nil {
		return lang.None, err
	}
	e, err := s.start(t, "get")
	if err != nil {
		return lang.None, err
	}
	e.Str(k)
	d, err := r.call(t, abi.OpKVGet)
	if err != nil {
		return lang.None, err
	}
	found, err := d.Bool()
	if err != nil {
		return lang.None, decodeErr(err)
	}
	if !found {
		return def, nil
	}
	return decodeValue(t, d)
}

// kvIncr: OpKVIncr (int h, str key, int delta) → (int new value).
func (r *Runtime) kvIncr(t *lang.Thread, s *Store, args []lang.Value, kw []string) (lang.Value, error) {
	var key lang.Value
	delta := lang.Int(1)
	if err := lang.UnpackArgs(t, "incr", args, kw, "key", &key, "delta?", &delta); err != nil {
		return lang.None, err
	}
	k, err := keyArg(key, "incr")
	if err != nil {
		return lang.None, err
	}
	if !isInt(delta) {
		return lang.None, lang.NewError(lang.TypeErrorType, "incr() delta must be int, not %s", delta.TypeName())
	}
	e, err := s.start(t, "incr")
	if err != nil {
		return lang.None, err
	}
	e.Str(k)
	if err := bridge.Encode(t, e, delta); err != nil {
		return lang.None, err
	}
	d, err := r.call(t, abi.OpKVIncr)
	if err != nil {
		return lang.None, err
	}
	return decodeValue(t, d)
}

// isInt reports whether v is an int (not a bool).
func isInt(v lang.Value) bool {
	if v.IsInt() {
		return true
	}
	_, ok := v.Object().(*lang.Big)
	return ok
}

// keyOp sends (int h, str key) for op and returns the reply decoder.
func (r *Runtime) keyOp(t *lang.Thread, s *Store, args []lang.Value, kw []string, fname string, op abi.Op) (*abi.Decoder, error) {
	key, err := oneArg(t, fname, "key", args, kw)
	if err != nil {
		return nil, err
	}
	k, err := keyArg(key, fname)
	if err != nil {
		return nil, err
	}
	e, err := s.start(t, fname)
	if err != nil {
		return nil, err
	}
	e.Str(k)
	return r.call(t, op)
}

// oneArg returns the only argument of a call, called name.
func oneArg(t *lang.Thread, fname, name string, args []lang.Value, kw []string) (lang.Value, error) {
	if len(kw) == 0 && len(args) == 1 {
		return args[0], nil
	}
	var v lang.Value
	err := lang.UnpackArgs(t, fname, args, kw, name, &v)
	return v, err
}

// kvDelete: OpKVDelete (int h, str key) → (bool existed).
func (r *Runtime) kvDelete(t *lang.Thread, s *Store, args []lang.Value, kw []string) (lang.Value, error) {
	d, err := r.keyOp(t, s, args, kw, "delete", abi.OpKVDelete)
	if err != nil {
		return lang.None, err
	}
	return decodeValue(t, d)
}

// kvExists: OpKVExists (int h, str key) → (bool).
func (r *Runtime) kvExists(t *lang.Thread, s *Store, args []lang.Value, kw []string) (lang.Value, error) {
	d, err := r.keyOp(t, s, args, kw, "exists", abi.OpKVExists)
	if err != nil {
		return lang.None, err
	}
	return decodeValue(t, d)
}

// kvTTL: OpKVTTL (int h, str key) → (int seconds); -1 no expiry, -2
// missing.
func (r *Runtime) kvTTL(t *lang.Thread, s *Store, args []lang.Value, kw []string) (lang.Value, error) {
	d, err := r.keyOp(t, s, args, kw, "ttl", abi.OpKVTTL)
	if err != nil {
		return lang.None, err
	}
	return decodeValue(t, d)
}

// kvKeys: OpKVKeys (int h, str pattern) → (list[str]).
func (r *Runtime) kvKeys(t *lang.Thread, s *Store, args []lang.Value, kw []string) (lang.Value, error) {
	pattern := "*"
	if err := lang.UnpackArgs(t, "keys", args, kw, "pattern?", &pattern); err != nil {
		return lang.None, err
	}
	e, err := s.start(t, "keys")
	if err != nil {
		return lang.None, err
	}
	e.Str(pattern)
	d, err := r.call(t, abi.OpKVKeys)
	if err != nil {
		return lang.None, err
	}
	return decodeValue(t, d)
}

// kvClear: OpKVClear (int h) → ().
func (r *Runtime) kvClear(t *lang.Thread, s *Store, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("clear", args, kw, 0, 0); err != nil {
		return lang.None, err
	}
	if _, err := s.start(t, "clear"); err != nil {
		return lang.None, err
	}
	_, err := r.call(t, abi.OpKVClear)
	return lang.None, err
}

// kvClose: OpKVClose (int h) → (). Closing the default store does
// nothing; a closed store refuses further calls.
func (r *Runtime) kvClose(t *lang.Thread, s *Store, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("close", args, kw, 0, 0); err != nil {
		return lang.None, err
	}
	if s.name == "" || s.closed || s.handle == 0 {
		return lang.None, nil
	}
	if _, err := s.start(t, "close"); err != nil {
		return lang.None, err
	}
	s.closed = true
	_, err := r.call(t, abi.OpKVClose)
	return lang.None, err
}

// decodeValue decodes one value of a host reply.
func decodeValue(t *lang.Thread, d *abi.Decoder) (lang.Value, error) {
	v, err := bridge.Decode(t, d)
	if err != nil {
		if _, ok := lang.AsException(err); ok {
			return lang.None, err
		}
		return lang.None, decodeErr(err)
	}
	return v, nil
}
