package stdlib

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/hex"
	"hash"
	"strings"

	"github.com/wasmling/wasmling/lang"
)

// The hashlib and hmac modules over Go's crypto packages. Data may be
// bytes or (Scriptling) a str, hashed as UTF-8.

type hashAlgo struct {
	name  string
	new   func() hash.Hash
	block int
}

var hashAlgos = []hashAlgo{
	{"md5", md5.New, 64},
	{"sha1", sha1.New, 64},
	{"sha224", sha256.New224, 64},
	{"sha256", sha256.New, 64},
	{"sha384", sha512.New384, 128},
	{"sha512", sha512.New, 128},
	{"sha512_224", sha512.New512_224, 128},
	{"sha512_256", sha512.New512_256, 128},
	{"sha3_224", func() hash.Hash { return sha3.New224() }, 144},
	{"sha3_256", func() hash.Hash { return sha3.New256() }, 136},
	{"sha3_384", func() hash.Hash { return sha3.New384() }, 104},
	{"sha3_512", func() hash.Hash { return sha3.New512() }, 72},
}

func findAlgo(name string) (hashAlgo, bool) {
	n := strings.ToLower(strings.ReplaceAll(name, "-", "_"))
	for _, a := range hashAlgos {
		if a.name == n {
			return a, true
		}
	}
	return hashAlgo{}, false
}

// hashObject is a hashlib hash object or an hmac object.
type hashObject struct {
	cls   *lang.Class
	algo  hashAlgo
	h     hash.Hash
	isMAC bool
	// For hmac copies: the key, and every byte written so far.
	key     []byte
	written []byte
}

func (o *hashObject) Type() *lang.Class { return o.cls }

func (o *hashObject) Attr(t *lang.Thread, name string) (lang.Value, bool, error) {
	switch name {
	case "name":
		if o.isMAC {
			return lang.String("hmac-" + o.algo.name), true, nil
		}
		return lang.String(o.algo.name), true, nil
	case "digest_size":
		return lang.Int(int64(o.h.Size())), true, nil
	case "block_size":
		return lang.Int(int64(o.algo.block)), true, nil
	}
	return lang.None, false, nil
}

func (o *hashObject) Repr(t *lang.Thread) (string, error) {
	if o.isMAC {
		return "<hmac.HMAC object>", nil
	}
	return "<" + o.algo.name + " _hashlib.HASH object>", nil
}

func (o *hashObject) write(p []byte) {
	o.h.Write(p)
	if o.isMAC {
		o.written = append(o.written, p...)
	}
}

func (o *hashObject) clone() (*hashObject, error) {
	c := *o
	if o.isMAC {
		c.h = hmac.New(o.algo.new, o.key)
		c.h.Write(o.written)
		c.written = append([]byte(nil), o.written...)
		return &c, nil
	}
	if cl, ok := o.h.(hash.Cloner); ok {
		h, err := cl.Clone()
		if err == nil {
			c.h = h
			return &c, nil
		}
	}
	m, ok := o.h.(encoding.BinaryMarshaler)
	if !ok {
		return nil, lang.NewError(lang.ValueErrorType, "cannot copy this hash object")
	}
	state, err := m.MarshalBinary()
	if err != nil {
		return nil, lang.NewError(lang.ValueErrorType, "cannot copy this hash object")
	}
	h := o.algo.new()
	if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
		return nil, lang.NewError(lang.ValueErrorType, "cannot copy this hash object")
	}
	c.h = h
	return &c, nil
}

func hashDataArg(v lang.Value) ([]byte, error) {
	switch x := v.Object().(type) {
	case *lang.Bytes:
		return x.Bytes(), nil
	case *lang.Str:
		return []byte(x.GoString()), nil
	}
	return nil, lang.NewError(lang.TypeErrorType, "object supporting the buffer API required")
}

func newHashClass(name, module string) *lang.Class {
	cls := lang.NewClass(name, module, nil)
	self := func(args []lang.Value) *hashObject { return args[0].Object().(*hashObject) }
	cls.DefineMethod("update", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("update", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		p, err := hashDataArg(args[1])
		if err != nil {
			return lang.None, err
		}
		self(args).write(p)
		return lang.None, nil
	})
	cls.DefineMethod("digest", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return lang.NewBytes(self(args).h.Sum(nil)), nil
	})
	cls.DefineMethod("hexdigest", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return lang.String(hex.EncodeToString(self(args).h.Sum(nil))), nil
	})
	cls.DefineMethod("copy", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		c, err := self(args).clone()
		if err != nil {
			return lang.None, err
		}
		return lang.Obj(c), nil
	})
	return cls
}

func hashlibModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("hashlib")
	m.Set("__doc__", lang.String("Secure hashes and message digests (md5, sha1, sha2 and sha3 families); data may be bytes or a str (hashed as UTF-8)."))
	cls := newHashClass("HASH", "_hashlib")
	newHash := func(a hashAlgo, data lang.Value) (lang.Value, error) {
		o := &hashObject{cls: cls, algo: a, h: a.new()}
		if !data.IsNone() {
			p, err := hashDataArg(data)
			if err != nil {
				return lang.None, err
			}
			o.write(p)
		}
		return lang.Obj(o), nil
	}
	var names []lang.Value
	for _, a := range hashAlgos {
		a := a
		names = append(names, lang.String(a.name))
		m.SetFunc(a.name, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			var data, str lang.Value
			usedforsecurity := true
			if err := lang.UnpackArgs(t, a.name, args, kw, "data?", &data, "*usedforsecurity?", &usedforsecurity, "*string?", &str); err != nil {
				return lang.None, err
			}
			if data.IsNone() {
				data = str
			}
			return newHash(a, data)
		})
	}
	m.SetFunc("new", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var name string
		var data lang.Value
		usedforsecurity := true
		if err := lang.UnpackArgs(t, "new", args, kw, "name", &name, "data?", &data, "*usedforsecurity?", &usedforsecurity); err != nil {
			return lang.None, err
		}
		a, ok := findAlgo(name)
		if !ok {
			return lang.None, lang.NewError(lang.ValueErrorType, "unsupported hash type %s", name)
		}
		return newHash(a, data)
	})
	set := lang.NewSet()
	for _, n := range names {
		if err := set.Add(t, n); err != nil {
			return nil, err
		}
	}
	m.Set("algorithms_guaranteed", lang.Obj(set))
	m.Set("algorithms_available", lang.Obj(set))
	return m, nil
}

func hmacModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("hmac")
	m.Set("__doc__", lang.String("HMAC (keyed hashing for message authentication); digestmod is a hash name or a hashlib constructor."))
	cls := newHashClass("HMAC", "hmac")
	m.Set("HMAC", lang.Obj(cls))
	m.SetFunc("new", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var key, msg, digestmod lang.Value
		if err := lang.UnpackArgs(t, "new", args, kw, "key", &key, "msg?", &msg, "digestmod?", &digestmod); err != nil {
			return lang.None, err
		}
		k, err := macKey(key)
		if err != nil {
			return lang.None, err
		}
		a, err := digestAlgo(digestmod)
		if err != nil {
			return lang.None, err
		}
		o := &hashObject{cls: cls, algo: a, h: hmac.New(a.new, k), isMAC: true, key: k}
		if !msg.IsNone() {
			p, err := hashDataArg(msg)
			if err != nil {
				return lang.None, err
			}
			o.write(p)
		}
		return lang.Obj(o), nil
	})
	m.SetFunc("digest", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var key, msg, digest lang.Value
		if err := lang.UnpackArgs(t, "digest", args, kw, "key", &key, "msg", &msg, "digest", &digest); err != nil {
			return lang.None, err
		}
		k, err := macKey(key)
		if err != nil {
			return lang.None, err
		}
		a, err := digestAlgo(digest)
		if err != nil {
			return lang.None, err
		}
		p, err := hashDataArg(msg)
		if err != nil {
			return lang.None, err
		}
		h := hmac.New(a.new, k)
		h.Write(p)
		return lang.NewBytes(h.Sum(nil)), nil
	})
	m.SetFunc("compare_digest", compareDigest)
	return m, nil
}

func macKey(v lang.Value) ([]byte, error) {
	switch x := v.Object().(type) {
	case *lang.Bytes:
		return x.Bytes(), nil
	case *lang.Str:
		return []byte(x.GoString()), nil
	}
	return nil, lang.NewError(lang.TypeErrorType, "key: expected bytes or bytearray, but got '%s'", v.TypeName())
}

// digestAlgo resolves hmac's digestmod: a name, or a hashlib constructor
// such as hashlib.sha256.
func digestAlgo(v lang.Value) (hashAlgo, error) {
	if v.IsNone() {
		return hashAlgo{}, lang.NewError(lang.TypeErrorType, "Missing required parameter 'digestmod'.")
	}
	name, ok := v.Str()
	if !ok {
		if c, isCallable := v.Object().(lang.Callable); isCallable {
			name = c.Name()
		} else if mod, isMod := v.Object().(*lang.Module); isMod {
			name = mod.Name
		}
	}
	a, found := findAlgo(name)
	if !found {
		return hashAlgo{}, lang.NewError(lang.ValueErrorType, "unsupported hash type %s", name)
	}
	return a, nil
}

// compareDigest implements hmac.compare_digest and
// secrets.compare_digest: a constant-time comparison of two str (ASCII)
// or two bytes values.
func compareDigest(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("compare_digest", args, kw, 2, 2); err != nil {
		return lang.None, err
	}
	a, b := args[0], args[1]
	sa, aStr := a.Str()
	sb, bStr := b.Str()
	if aStr && bStr {
		for _, s := range []string{sa, sb} {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return lang.None, lang.NewError(lang.TypeErrorType, "comparing strings with non-ASCII characters is not supported")
				}
			}
		}
		return lang.Bool(subtle.ConstantTimeCompare([]byte(sa), []byte(sb)) == 1), nil
	}
	ba, aBytes := a.Object().(*lang.Bytes)
	bb, bBytes := b.Object().(*lang.Bytes)
	if aBytes && bBytes {
		return lang.Bool(subtle.ConstantTimeCompare(ba.Bytes(), bb.Bytes()) == 1), nil
	}
	if (aStr || aBytes) && (bStr || bBytes) {
		return lang.None, lang.NewError(lang.TypeErrorType, "a bytes-like object is required, not 'str'")
	}
	return lang.None, lang.NewError(lang.TypeErrorType, "unsupported operand types(s) or combination of types: '%s' and '%s'", a.TypeName(), b.TypeName())
}
