package stdlib

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/binary"
	"encoding/hex"
	"math/big"
	"strings"

	"github.com/wasmling/wasmling/lang"
)

// The uuid module. As in Scriptling, uuid1(), uuid3(), uuid4(), uuid5()
// and uuid7() return the 36-character lowercase string; the UUID class
// parses and inspects UUIDs as CPython's does. Randomness and the clock
// come from the host; uuid1's node is random (with the multicast bit set,
// as CPython does when it has no hardware address), never the host's.

type uuidValue struct {
	cls *lang.Class
	b   [16]byte
}

func (u *uuidValue) Type() *lang.Class { return u.cls }

func (u *uuidValue) String() string {
	h := hex.EncodeToString(u.b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func (u *uuidValue) Str(t *lang.Thread) (string, error) { return u.String(), nil }

func (u *uuidValue) Repr(t *lang.Thread) (string, error) { return "UUID('" + u.String() + "')", nil }

func (u *uuidValue) Equal(t *lang.Thread, other lang.Value) (bool, error) {
	o, ok := other.Object().(*uuidValue)
	return ok && o.b == u.b, nil
}

func (u *uuidValue) Hash(t *lang.Thread) (uint64, error) {
	return binary.BigEndian.Uint64(u.b[:8]) ^ binary.BigEndian.Uint64(u.b[8:]), nil
}

func (u *uuidValue) version() lang.Value {
	if u.b[8]&0xc0 != 0x80 {
		return lang.None
	}
	return lang.Int(int64(u.b[6] >> 4))
}

func (u *uuidValue) Attr(t *lang.Thread, name string) (lang.Value, bool, error) {
	switch name {
	case "hex":
		return lang.String(hex.EncodeToString(u.b[:])), true, nil
	case "int":
		return lang.BigInt(new(big.Int).SetBytes(u.b[:])), true, nil
	case "bytes":
		return lang.NewBytes(append([]byte(nil), u.b[:]...)), true, nil
	case "urn":
		return lang.String("urn:uuid:" + u.String()), true, nil
	case "version":
		return u.version(), true, nil
	case "variant":
		switch {
		case u.b[8]&0x80 == 0:
			return lang.String("reserved for NCS compatibility"), true, nil
		case u.b[8]&0x40 == 0:
			return lang.String("specified in RFC 4122"), true, nil
		case u.b[8]&0x20 == 0:
			return lang.String("reserved for Microsoft compatibility"), true, nil
		}
		return lang.String("reserved for future definition"), true, nil
	case "time_low":
		return lang.Int(int64(binary.BigEndian.Uint32(u.b[0:4]))), true, nil
	case "time_mid":
		return lang.Int(int64(binary.BigEndian.Uint16(u.b[4:6]))), true, nil
	case "time_hi_version":
		return lang.Int(int64(binary.BigEndian.Uint16(u.b[6:8]))), true, nil
	case "node":
		return lang.Int(int64(binary.BigEndian.Uint64(u.b[8:]) & 0xffffffffffff)), true, nil
	}
	return lang.None, false, nil
}

func parseUUIDHex(s string) ([16]byte, bool) {
	var b [16]byte
	s = strings.TrimPrefix(strings.TrimPrefix(s, "urn:"), "uuid:")
	s = strings.Trim(s, "{}")
	s = strings.ReplaceAll(s, "-", "")
	if len(s) != 32 {
		return b, false
	}
	if _, err := hex.Decode(b[:], []byte(s)); err != nil {
		return b, false
	}
	return b, true
}

func uuidModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("uuid")
	m.Set("__doc__", lang.String("UUIDs: uuid1/uuid3/uuid4/uuid5/uuid7 return strings (Scriptling); UUID parses and inspects them (CPython)."))
	var cls *lang.Class
	cls = lang.NewClass("UUID", "uuid", func(t *lang.Thread, c *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
		var hexv, bytesv, intv, version lang.Value
		if err := lang.UnpackArgs(t, "UUID", args, kw, "hex?", &hexv, "bytes?", &bytesv, "bytes_le?", new(lang.Value),
			"fields?", new(lang.Value), "int?", &intv, "version?", &version); err != nil {
			return lang.None, err
		}
		u := &uuidValue{cls: cls}
		switch {
		case !hexv.IsNone():
			s, ok := hexv.Str()
			if !ok {
				return lang.None, lang.NewError(lang.TypeErrorType, "one of the hex, bytes, bytes_le, fields, or int arguments must be given")
			}
			b, ok := parseUUIDHex(s)
			if !ok {
				return lang.None, lang.NewError(lang.ValueErrorType, "badly formed hexadecimal UUID string")
			}
			u.b = b
		case !bytesv.IsNone():
			bb, ok := bytesv.Object().(*lang.Bytes)
			if !ok || len(bb.Bytes()) != 16 {
				return lang.None, lang.NewError(lang.ValueErrorType, "bytes is not a 16-char string")
			}
			copy(u.b[:], bb.Bytes())
		case !intv.IsNone():
			bi, ok := bigOf(intv)
			if !ok || bi.Sign() < 0 || bi.BitLen() > 128 {
				return lang.None, lang.NewError(lang.ValueErrorType, "int is out of range (need a 128-bit value)")
			}
			bi.FillBytes(u.b[:])
		default:
			return lang.None, lang.NewError(lang.TypeErrorType, "one of the hex, bytes, bytes_le, fields, or int arguments must be given")
		}
		if !version.IsNone() {
			v, _ := version.ToInt64()
			if v < 1 || v > 8 {
				return lang.None, lang.NewError(lang.ValueErrorType, "illegal version number")
			}
			setVersion(&u.b, byte(v))
		}
		return lang.Obj(u), nil
	})
	m.Set("UUID", lang.Obj(cls))
	for _, ns := range []struct{ name, hex string }{
		{"NAMESPACE_DNS", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"},
		{"NAMESPACE_URL", "6ba7b811-9dad-11d1-80b4-00c04fd430c8"},
		{"NAMESPACE_OID", "6ba7b812-9dad-11d1-80b4-00c04fd430c8"},
		{"NAMESPACE_X500", "6ba7b814-9dad-11d1-80b4-00c04fd430c8"},
	} {
		b, _ := parseUUIDHex(ns.hex)
		m.Set(ns.name, lang.Obj(&uuidValue{cls: cls, b: b}))
	}
	m.Set("RFC_4122", lang.String("specified in RFC 4122"))
	host := t.Interp().Host()
	str := func(b [16]byte) lang.Value { return lang.String((&uuidValue{b: b}).String()) }
	m.SetFunc("uuid4", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("uuid4", args, kw, 0, 0); err != nil {
			return lang.None, err
		}
		var b [16]byte
		host.Random(b[:])
		setVersion(&b, 4)
		return str(b), nil
	})
	m.SetFunc("uuid7", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("uuid7", args, kw, 0, 0); err != nil {
			return lang.None, err
		}
		var b [16]byte
		host.Random(b[6:])
		ms := uint64(host.Now().UnixMilli())
		for i := 0; i < 6; i++ {
			b[i] = byte(ms >> (40 - 8*i))
		}
		setVersion(&b, 7)
		return str(b), nil
	})
	m.SetFunc("uuid1", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var node, clockSeq lang.Value
		if err := lang.UnpackArgs(t, "uuid1", args, kw, "node?", &node, "clock_seq?", &clockSeq); err != nil {
			return lang.None, err
		}
		var rnd [8]byte
		host.Random(rnd[:])
		ts := uint64(host.Now().UnixNano()/100) + 0x01b21dd213814000
		seq := uint64(binary.BigEndian.Uint16(rnd[:2])) & 0x3fff
		if cs, ok := clockSeq.ToInt64(); ok {
			seq = uint64(cs) & 0x3fff
		}
		nd := binary.BigEndian.Uint64(rnd[:]) & 0xffffffffffff
		nd |= 0x010000000000
		if n, ok := node.ToInt64(); ok {
			nd = uint64(n) & 0xffffffffffff
		}
		var b [16]byte
		binary.BigEndian.PutUint32(b[0:], uint32(ts))
		binary.BigEndian.PutUint16(b[4:], uint16(ts>>32))
		binary.BigEndian.PutUint16(b[6:], uint16(ts>>48)&0x0fff|0x1000)
		b[8] = byte(seq>>8)&0x3f | 0x80
		b[9] = byte(seq)
		for i := 0; i < 6; i++ {
			b[10+i] = byte(nd >> (40 - 8*i))
		}
		return str(b), nil
	})
	nameBased := func(fname string, version byte, sum func([]byte) []byte) lang.BuiltinFunc {
		return func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			var ns, name lang.Value
			if err := lang.UnpackArgs(t, fname, args, kw, "namespace", &ns, "name", &name); err != nil {
				return lang.None, err
			}
			var nsb [16]byte
			if u, ok := ns.Object().(*uuidValue); ok {
				nsb = u.b
			} else if s, ok := ns.Str(); ok {
				b, ok := parseUUIDHex(s)
				if !ok {
					return lang.None, lang.NewError(lang.ValueErrorType, "badly formed hexadecimal UUID string")
				}
				nsb = b
			} else {
				return lang.None, lang.NewError(lang.TypeErrorType, "%s() namespace must be a UUID", fname)
			}
			data, err := hashDataArg(name)
			if err != nil {
				return lang.None, err
			}
			var b [16]byte
			copy(b[:], sum(append(nsb[:], data...)))
			setVersion(&b, version)
			return str(b), nil
		}
	}
	m.SetFunc("uuid3", nameBased("uuid3", 3, func(p []byte) []byte { s := md5.Sum(p); return s[:] }))
	m.SetFunc("uuid5", nameBased("uuid5", 5, func(p []byte) []byte { s := sha1.Sum(p); return s[:] }))
	return m, nil
}

func setVersion(b *[16]byte, v byte) {
	b[6] = b[6]&0x0f | v<<4
	b[8] = b[8]&0x3f | 0x80
}
