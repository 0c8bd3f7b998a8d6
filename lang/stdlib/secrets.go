package stdlib

import (
	"encoding/base64"
	"encoding/hex"
	"math/big"

	"github.com/wasmling/wasmling/lang"
)

// The secrets module: tokens and choices from the host's secure
// randomness.

// secretsDefaultBytes is CPython's default token size.
const secretsDefaultBytes = 32

func secretsModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("secrets")
	m.Set("__doc__", lang.String("Secure random tokens and choices, from the host's randomness."))
	host := t.Interp().Host()
	randBytes := func(t *lang.Thread, fname string, args []lang.Value, kw []string) ([]byte, error) {
		var n lang.Value
		if err := lang.UnpackArgs(t, fname, args, kw, "nbytes?", &n); err != nil {
			return nil, err
		}
		size := int64(secretsDefaultBytes)
		if !n.IsNone() {
			i, ok := n.ToInt64()
			if !ok {
				return nil, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", n.TypeName())
			}
			if i < 0 {
				return nil, lang.NewError(lang.ValueErrorType, "negative argument not allowed")
			}
			size = i
		}
		if err := t.CheckMemory(size * 2); err != nil {
			return nil, err
		}
		b := make([]byte, size)
		host.Random(b)
		return b, nil
	}
	m.SetFunc("token_bytes", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		b, err := randBytes(t, "token_bytes", args, kw)
		if err != nil {
			return lang.None, err
		}
		return lang.NewBytes(b), nil
	})
	m.SetFunc("token_hex", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		b, err := randBytes(t, "token_hex", args, kw)
		if err != nil {
			return lang.None, err
		}
		return lang.String(hex.EncodeToString(b)), nil
	})
	m.SetFunc("token_urlsafe", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		b, err := randBytes(t, "token_urlsafe", args, kw)
		if err != nil {
			return lang.None, err
		}
		return lang.String(base64.RawURLEncoding.EncodeToString(b)), nil
	})
	below := func(n *big.Int) *big.Int {
		k := n.BitLen()
		buf := make([]byte, (k+7)/8)
		for {
			host.Random(buf)
			if extra := len(buf)*8 - k; extra > 0 {
				buf[0] &= byte(0xff >> extra)
			}
			x := new(big.Int).SetBytes(buf)
			if x.Cmp(n) < 0 {
				return x
			}
		}
	}
	m.SetFunc("randbelow", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("randbelow", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		n, ok := bigOf(args[0])
		if !ok {
			return lang.None, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].TypeName())
		}
		if n.Sign() <= 0 {
			return lang.None, lang.NewError(lang.ValueErrorType, "Upper bound must be positive.")
		}
		return lang.BigInt(below(n)), nil
	})
	m.SetFunc("randbits", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var k int64
		if err := lang.UnpackArgs(t, "randbits", args, kw, "k", &k); err != nil {
			return lang.None, err
		}
		if k < 0 {
			return lang.None, lang.NewError(lang.ValueErrorType, "number of bits must be non-negative")
		}
		if k == 0 {
			return lang.Int(0), nil
		}
		if err := t.CheckMemory(k / 8); err != nil {
			return lang.None, err
		}
		return lang.BigInt(below(new(big.Int).Lsh(big.NewInt(1), uint(k)))), nil
	})
	m.SetFunc("choice", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return choose(t, args, kw, func(n int64) int64 { return below(big.NewInt(n)).Int64() })
	})
	m.SetFunc("compare_digest", compareDigest)
	return m, nil
}
