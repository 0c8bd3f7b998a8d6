package stdlib

import (
	"encoding/binary"
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/wasmling/wasmling/lang"
)

// msgpackNative is _msgpack: MessagePack encoding and decoding (the
// formats of the msgpack spec). py/msgpack.py wraps it with the
// exception classes and ExtType of the msgpack package.
func msgpackNative(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("_msgpack")
	m.SetFunc("init", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var classes *lang.Dict
		if err := lang.UnpackArgs(t, "init", args, kw, "classes", &classes); err != nil {
			return lang.None, err
		}
		t.Interp().Data["msgpack.classes"] = classes
		return lang.None, nil
	})
	m.SetFunc("packb", msgpackPackb)
	m.SetFunc("unpackb", msgpackUnpackb)
	return m, nil
}

const msgpackMaxDepth = 512

func msgpackClass(t *lang.Thread, name string) *lang.Class {
	if d, ok := t.Interp().Data["msgpack.classes"].(*lang.Dict); ok {
		if v, ok := d.GetString(name); ok {
			if c, ok := v.Object().(*lang.Class); ok {
				return c
			}
		}
	}
	return nil
}

func msgpackError(t *lang.Thread, name string, fallback *lang.Class, format string, args ...any) error {
	c := msgpackClass(t, name)
	if c == nil {
		c = fallback
	}
	return lang.NewError(c, format, args...)
}

type msgpackPacker struct {
	t       *lang.Thread
	buf     []byte
	dflt    lang.Value
	extType *lang.Class
	binType bool
}

func msgpackPackb(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	var obj, dflt lang.Value
	useBin := true
	single := false
	if err := lang.UnpackArgs(t, "packb", args, kw, "o", &obj, "*default?", &dflt, "*use_bin_type?", &useBin, "*use_single_float?", &single); err != nil {
		return lang.None, err
	}
	p := &msgpackPacker{t: t, dflt: dflt, extType: msgpackClass(t, "ExtType"), binType: useBin}
	if err := p.pack(obj, 0); err != nil {
		return lang.None, err
	}
	return lang.NewBytes(p.buf), nil
}

func (p *msgpackPacker) u8(c byte) { p.buf = append(p.buf, c) }
func (p *msgpackPacker) u16(c byte, v uint16) {
	p.buf = append(p.buf, c)
	p.buf = binary.BigEndian.AppendUint16(p.buf, v)
}
func (p *msgpackPacker) u32(c byte, v uint32) {
	p.buf = append(p.buf, c)
	p.buf = binary.BigEndian.AppendUint32(p.buf, v)
}
func (p *msgpackPacker) u64(c byte, v uint64) {
	p.buf = append(p.buf, c)
	p.buf = binary.BigEndian.AppendUint64(p.buf, v)
}

func (p *msgpackPacker) packInt(i int64) {
	switch {
	case i >= 0 && i <= 0x7f:
		p.u8(byte(i))
	case i >= -32 && i < 0:
		p.u8(byte(i))
	case i >= 0 && i <= math.MaxUint8:
		p.buf = append(p.buf, 0xcc, byte(i))
	case i >= 0 && i <= math.MaxUint16:
		p.u16(0xcd, uint16(i))
	case i >= 0 && i <= math.MaxUint32:
		p.u32(0xce, uint32(i))
	case i >= 0:
		p.u64(0xcf, uint64(i))
	case i >= math.MinInt8:
		p.buf = append(p.buf, 0xd0, byte(i))
	case i >= math.MinInt16:
		p.u16(0xd1, uint16(i))
	case i >= math.MinInt32:
		p.u32(0xd2, uint32(i))
	default:
		p.u64(0xd3, uint64(i))
	}
}

func (p *msgpackPacker) packLen(n int, fix, fixMax int, c8, c16, c32 byte) {
	switch {
	case fix >= 0 && n <= fixMax:
		p.u8(byte(fix + n))
	case c8 != 0 && n <= math.MaxUint8:
		p.buf = append(p.buf, c8, byte(n))
	case n <= math.MaxUint16:
		p.u16(c16, uint16(n))
	default:
		p.u32(c32, uint32(n))
	}
}

func (p *msgpackPacker) pack(v lang.Value, depth int) error {
	if depth > msgpackMaxDepth {
		return lang.NewError(lang.ValueErrorType, "recursion limit exceeded.")
	}
	if len(p.buf)&0xffff == 0 {
		if err := p.t.Tick(); err != nil {
			return err
		}
	}
	switch {
	case v.IsNone():
		p.u8(0xc0)
		return nil
	case v.IsBool():
		if v.AsBool() {
			p.u8(0xc3)
		} else {
			p.u8(0xc2)
		}
		return nil
	case v.IsInt():
		p.packInt(v.AsInt())
		return nil
	case v.IsFloat():
		p.u64(0xcb, math.Float64bits(v.AsFloat()))
		return nil
	}
	switch x := v.Object().(type) {
	case *lang.Str:
		s, _ := v.Str()
		if len(s) > math.MaxUint32 {
			return lang.NewError(lang.ValueErrorType, "unicode string is too large")
		}
		p.packLen(len(s), 0xa0, 31, 0xd9, 0xda, 0xdb)
		p.buf = append(p.buf, s...)
		return nil
	case *lang.Bytes:
		b := x.Bytes()
		if p.binType {
			p.packLen(len(b), -1, 0, 0xc4, 0xc5, 0xc6)
		} else {
			p.packLen(len(b), 0xa0, 31, 0, 0xda, 0xdb)
		}
		p.buf = append(p.buf, b...)
		return nil
	case *lang.List, *lang.Tuple:
		items, _ := lang.ToSlice(p.t, v)
		p.packLen(len(items), 0x90, 15, 0, 0xdc, 0xdd)
		for _, it := range items {
			if err := p.pack(it, depth+1); err != nil {
				return err
			}
		}
		return nil
	case *lang.Dict:
		p.packLen(x.Len(), 0x80, 15, 0, 0xde, 0xdf)
		var err error
		x.Range(func(k, val lang.Value) bool {
			if err = p.pack(k, depth+1); err != nil {
				return false
			}
			err = p.pack(val, depth+1)
			return err == nil
		})
		return err
	}
	if v.TypeName() == "int" { // a big int
		s, err := lang.Repr(p.t, v)
		if err != nil {
			return err
		}
		b, ok := new(big.Int).SetString(s, 10)
		if ok && b.Sign() > 0 && b.IsUint64() {
			p.u64(0xcf, b.Uint64())
			return nil
		}
		return msgpackError(p.t, "PackOverflowError", lang.OverflowErrorType, "Integer value out of range")
	}
	if p.extType != nil && v.Type().IsSubclass(p.extType) {
		code, err := lang.GetItem(p.t, v, lang.Int(0))
		if err != nil {
			return err
		}
		data, err := lang.GetItem(p.t, v, lang.Int(1))
		if err != nil {
			return err
		}
		c, _ := code.ToInt64()
		b, ok := data.Object().(*lang.Bytes)
		if !ok {
			return lang.NewError(lang.TypeErrorType, "data must be bytes")
		}
		p.packExt(int8(c), b.Bytes())
		return nil
	}
	if !p.dflt.IsNone() {
		r, err := p.t.Call(p.dflt, []lang.Value{v}, nil)
		if err != nil {
			return err
		}
		saved := p.dflt
		p.dflt = lang.None // no second round for the default's result
		err = p.pack(r, depth+1)
		p.dflt = saved
		return err
	}
	return lang.NewError(lang.TypeErrorType, "can not serialize '%s' object", v.TypeName())
}

func (p *msgpackPacker) packExt(code int8, data []byte) {
	n := len(data)
	switch n {
	case 1:
		p.u8(0xd4)
	case 2:
		p.u8(0xd5)
	case 4:
		p.u8(0xd6)
	case 8:
		p.u8(0xd7)
	case 16:
		p.u8(0xd8)
	default:
		switch {
		case n <= math.MaxUint8:
			p.buf = append(p.buf, 0xc7, byte(n))
		case n <= math.MaxUint16:
			p.u16(0xc8, uint16(n))
		default:
			p.u32(0xc9, uint32(n))
		}
	}
	p.buf = append(p.buf, byte(code))
	p.buf = append(p.buf, data...)
}

type msgpackUnpacker struct {
	t          *lang.Thread
	data       []byte
	pos        int
	raw        bool
	useList    bool
	strictKeys bool
	objectHook lang.Value
	extHook    lang.Value
	extType    *lang.Class
	steps      int
}

func msgpackUnpackb(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	var packed, objectHook, extHook lang.Value
	raw, useList, strict := false, true, false
	if err := lang.UnpackArgs(t, "unpackb", args, kw, "packed", &packed, "*raw?", &raw, "*use_list?", &useList,
		"*strict_map_key?", &strict, "*object_hook?", &objectHook, "*ext_hook?", &extHook); err != nil {
		return lang.None, err
	}
	b, ok := packed.Object().(*lang.Bytes)
	if !ok {
		return lang.None, lang.NewError(lang.TypeErrorType, "a bytes-like object is required, not '%s'", packed.TypeName())
	}
	u := &msgpackUnpacker{t: t, data: b.Bytes(), raw: raw, useList: useList, strictKeys: strict,
		objectHook: objectHook, extHook: extHook, extType: msgpackClass(t, "ExtType")}
	v, err := u.unpack(0)
	if err != nil {
		return lang.None, err
	}
	if u.pos < len(u.data) {
		return lang.None, msgpackError(t, "ExtraData", lang.ValueErrorType, "unpack(b) received extra data.")
	}
	return v, nil
}

var errIncomplete = "Unpack failed: incomplete input"

func (u *msgpackUnpacker) need(n int) ([]byte, error) {
	if n < 0 || len(u.data)-u.pos < n {
		return nil, lang.NewError(lang.ValueErrorType, "%s", errIncomplete)
	}
	b := u.data[u.pos : u.pos+n]
	u.pos += n
	return b, nil
}

func (u *msgpackUnpacker) uint(size int) (uint64, error) {
	b, err := u.need(size)
	if err != nil {
		return 0, err
	}
	switch size {
	case 1:
		return uint64(b[0]), nil
	case 2:
		return uint64(binary.BigEndian.Uint16(b)), nil
	case 4:
		return uint64(binary.BigEndian.Uint32(b)), nil
	}
	return binary.BigEndian.Uint64(b), nil
}

func (u *msgpackUnpacker) unpack(depth int) (lang.Value, error) {
	if depth > msgpackMaxDepth {
		return lang.None, msgpackError(u.t, "StackError", lang.ValueErrorType, "Unpack failed: nested too deeply")
	}
	u.steps++
	if u.steps&1023 == 0 {
		if err := u.t.Tick(); err != nil {
			return lang.None, err
		}
	}
	hb, err := u.need(1)
	if err != nil {
		return lang.None, err
	}
	c := hb[0]
	switch {
	case c <= 0x7f:
		return lang.Int(int64(c)), nil
	case c >= 0xe0:
		return lang.Int(int64(int8(c))), nil
	case c >= 0x80 && c <= 0x8f:
		return u.unpackMap(int(c&0x0f), depth)
	case c >= 0x90 && c <= 0x9f:
		return u.unpackArray(int(c&0x0f), depth)
	case c >= 0xa0 && c <= 0xbf:
		return u.unpackStr(int(c & 0x1f))
	}
	switch c {
	case 0xc0:
		return lang.None, nil
	case 0xc2:
		return lang.False, nil
	case 0xc3:
		return lang.True, nil
	case 0xc4, 0xc5, 0xc6:
		n, err := u.uint(1 << (c - 0xc4))
		if err != nil {
			return lang.None, err
		}
		b, err := u.need(int(min(n, math.MaxInt32)))
		if err != nil {
			return lang.None, err
		}
		return lang.NewBytes(append([]byte(nil), b...)), nil
	case 0xc7, 0xc8, 0xc9:
		n, err := u.uint(1 << (c - 0xc7))
		if err != nil {
			return lang.None, err
		}
		return u.unpackExt(int(min(n, math.MaxInt32)))
	case 0xca:
		n, err := u.uint(4)
		if err != nil {
			return lang.None, err
		}
		return lang.Float(float64(math.Float32frombits(uint32(n)))), nil
	case 0xcb:
		n, err := u.uint(8)
		if err != nil {
			return lang.None, err
		}
		return lang.Float(math.Float64frombits(n)), nil
	case 0xcc, 0xcd, 0xce, 0xcf:
		n, err := u.uint(1 << (c - 0xcc))
		if err != nil {
			return lang.None, err
		}
		if n > math.MaxInt64 {
			return lang.BigInt(new(big.Int).SetUint64(n)), nil
		}
		return lang.Int(int64(n)), nil
	case 0xd0, 0xd1, 0xd2, 0xd3:
		size := 1 << (c - 0xd0)
		n, err := u.uint(size)
		if err != nil {
			return lang.None, err
		}
		switch size {
		case 1:
			return lang.Int(int64(int8(n))), nil
		case 2:
			return lang.Int(int64(int16(n))), nil
		case 4:
			return lang.Int(int64(int32(n))), nil
		}
		return lang.Int(int64(n)), nil
	case 0xd4, 0xd5, 0xd6, 0xd7, 0xd8:
		return u.unpackExt(1 << (c - 0xd4))
	case 0xd9, 0xda, 0xdb:
		n, err := u.uint(1 << (c - 0xd9))
		if err != nil {
			return lang.None, err
		}
		return u.unpackStr(int(min(n, math.MaxInt32)))
	case 0xdc, 0xdd:
		n, err := u.uint(2 << (c - 0xdc))
		if err != nil {
			return lang.None, err
		}
		return u.unpackArray(int(min(n, math.MaxInt32)), depth)
	case 0xde, 0xdf:
		n, err := u.uint(2 << (c - 0xde))
		if err != nil {
			return lang.None, err
		}
		return u.unpackMap(int(min(n, math.MaxInt32)), depth)
	}
	return lang.None, msgpackError(u.t, "FormatError", lang.ValueErrorType, "Unpack failed: error = -2")
}

func (u *msgpackUnpacker) unpackStr(n int) (lang.Value, error) {
	b, err := u.need(n)
	if err != nil {
		return lang.None, err
	}
	if u.raw {
		return lang.NewBytes(append([]byte(nil), b...)), nil
	}
	if !utf8.Valid(b) {
		return lang.None, lang.NewError(lang.UnicodeDecodeErrorType, "'utf-8' codec can't decode bytes: invalid utf-8")
	}
	return lang.String(string(b)), nil
}

func (u *msgpackUnpacker) unpackArray(n, depth int) (lang.Value, error) {
	if n > len(u.data)-u.pos {
		return lang.None, lang.NewError(lang.ValueErrorType, "%s", errIncomplete)
	}
	if err := u.t.CheckMemory(int64(n) * 16); err != nil {
		return lang.None, err
	}
	items := make([]lang.Value, n)
	for i := range items {
		v, err := u.unpack(depth + 1)
		if err != nil {
			return lang.None, err
		}
		items[i] = v
	}
	if u.useList {
		return lang.ListValue(items), nil
	}
	return lang.TupleValue(items...), nil
}

func (u *msgpackUnpacker) unpackMap(n, depth int) (lang.Value, error) {
	if n > (len(u.data)-u.pos)/2 {
		return lang.None, lang.NewError(lang.ValueErrorType, "%s", errIncomplete)
	}
	d := lang.NewDict()
	for i := 0; i < n; i++ {
		k, err := u.unpack(depth + 1)
		if err != nil {
			return lang.None, err
		}
		if u.strictKeys {
			_, isStr := k.Object().(*lang.Str)
			_, isBytes := k.Object().(*lang.Bytes)
			if !isStr && !isBytes {
				return lang.None, lang.NewError(lang.ValueErrorType, "%.100s is not allowed for map key when strict_map_key=True", k.TypeName())
			}
		}
		if l, ok := k.Object().(*lang.List); ok { // keys must be hashable
			k = lang.TupleValue(l.Items()...)
		}
		v, err := u.unpack(depth + 1)
		if err != nil {
			return lang.None, err
		}
		if err := d.Set(u.t, k, v); err != nil {
			return lang.None, err
		}
	}
	if !u.objectHook.IsNone() {
		return u.t.Call(u.objectHook, []lang.Value{lang.Obj(d)}, nil)
	}
	return lang.Obj(d), nil
}

func (u *msgpackUnpacker) unpackExt(n int) (lang.Value, error) {
	cb, err := u.need(1)
	if err != nil {
		return lang.None, err
	}
	code := int64(int8(cb[0]))
	b, err := u.need(n)
	if err != nil {
		return lang.None, err
	}
	data := lang.NewBytes(append([]byte(nil), b...))
	if !u.extHook.IsNone() {
		return u.t.Call(u.extHook, []lang.Value{lang.Int(code), data}, nil)
	}
	if u.extType != nil {
		return u.t.Call(lang.Obj(u.extType), []lang.Value{lang.Int(code), data}, nil)
	}
	return lang.TupleValue(lang.Int(code), data), nil
}
