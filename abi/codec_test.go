package abi

import (
	"bytes"
	"errors"
	"math"
	"math/big"
	"reflect"
	"strings"
	"testing"
)

func bigFromString(s string) *big.Int {
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad big int " + s)
	}
	return x
}

func TestEncodeDecodeEveryTag(t *testing.T) {
	d := &Dict{}
	d.Append("a", int64(1))
	d.Append(int64(2), []any{nil})
	tests := []struct {
		name string
		v    any
		want []byte // nil: only check the round trip
	}{
		{"None", nil, []byte{0x00}},
		{"False", false, []byte{0x01}},
		{"True", true, []byte{0x02}},
		{"int 0", int64(0), []byte{0x03, 0x00}},
		{"int -1", int64(-1), []byte{0x03, 0x01}},
		{"int 1", int64(1), []byte{0x03, 0x02}},
		{"int 63", int64(63), []byte{0x03, 0x7e}},
		{"int -64", int64(-64), []byte{0x03, 0x7f}},
		{"int 64", int64(64), []byte{0x03, 0x80, 0x01}},
		{"int max", int64(math.MaxInt64), []byte{0x03, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}},
		{"int min", int64(math.MinInt64), []byte{0x03, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}},
		{"big 2^63", bigFromString("9223372036854775808"), []byte{0x04, 0x00, 0x08, 0x80, 0, 0, 0, 0, 0, 0, 0}},
		{"big -2^63-1", bigFromString("-9223372036854775809"), []byte{0x04, 0x01, 0x08, 0x80, 0, 0, 0, 0, 0, 0, 1}},
		{"big 2^64", bigFromString("18446744073709551616"), []byte{0x04, 0x00, 0x09, 1, 0, 0, 0, 0, 0, 0, 0, 0}},
		{"big huge negative", bigFromString("-" + strings.Repeat("9", 200)), nil},
		{"float 0", 0.0, []byte{0x05, 0, 0, 0, 0, 0, 0, 0, 0}},
		{"float 1.5", 1.5, []byte{0x05, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f}},
		{"float -0", math.Copysign(0, -1), []byte{0x05, 0, 0, 0, 0, 0, 0, 0, 0x80}},
		{"float inf", math.Inf(1), nil},
		{"str empty", "", []byte{0x06, 0x00}},
		{"str", "héllo", append([]byte{0x06, 0x06}, "héllo"...)},
		{"bytes empty", []byte{}, []byte{0x07, 0x00}},
		{"bytes", []byte{0, 1, 255}, []byte{0x07, 0x03, 0, 1, 255}},
		{"list empty", []any{}, []byte{0x08, 0x00}},
		{"list", []any{int64(1), "x"}, []byte{0x08, 0x02, 0x03, 0x02, 0x06, 0x01, 'x'}},
		{"tuple", Tuple{nil, true}, []byte{0x09, 0x02, 0x00, 0x02}},
		{"set", Set{int64(-1)}, []byte{0x0B, 0x01, 0x03, 0x01}},
		{"dict", d, nil},
		{"dict empty", &Dict{Keys: []any{}, Values: []any{}}, []byte{0x0A, 0x00}},
		{"nested", []any{Tuple{Set{[]any{&Dict{Keys: []any{}, Values: []any{}}}}}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Encode(tt.v)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want != nil && !bytes.Equal(b, tt.want) {
				t.Fatalf("Encode = % x, want % x", b, tt.want)
			}
			got, err := Decode(b)
			if err != nil {
				t.Fatalf("Decode(% x): %v", b, err)
			}
			if !treeEqual(got, tt.v) {
				t.Fatalf("Decode = %#v, want %#v", got, tt.v)
			}
			var dec Decoder
			dec.Reset(b)
			if err := dec.Skip(); err != nil || dec.More() || dec.Depth() != 0 {
				t.Fatalf("Skip: %v, left %d, depth %d", err, dec.Len(), dec.Depth())
			}
		})
	}
}

// treeEqual compares trees, floats by bits and big ints by value.
func treeEqual(a, b any) bool {
	switch a := a.(type) {
	case float64:
		bf, ok := b.(float64)
		return ok && math.Float64bits(a) == math.Float64bits(bf)
	case *big.Int:
		bb, ok := b.(*big.Int)
		return ok && a.Cmp(bb) == 0
	case []any:
		bl, ok := b.([]any)
		return ok && sliceEqual(a, bl)
	case Tuple:
		bl, ok := b.(Tuple)
		return ok && sliceEqual(a, bl)
	case Set:
		bl, ok := b.(Set)
		return ok && sliceEqual(a, bl)
	case *Dict:
		bd, ok := b.(*Dict)
		return ok && sliceEqual(a.Keys, bd.Keys) && sliceEqual(a.Values, bd.Values)
	}
	return reflect.DeepEqual(a, b)
}

func sliceEqual(a, b []any) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !treeEqual(a[i], b[i]) {
			return false
		}
	}
	return true
}

func TestIntBoundaries(t *testing.T) {
	for _, i := range []int64{0, 1, -1, 63, 64, -64, -65, 127, 128, 1<<31 - 1, -1 << 31, 1<<53 + 1, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1} {
		var e Encoder
		e.Int(i)
		d := NewDecoder(e.Bytes())
		got, err := d.Int()
		if err != nil || got != i || d.End() != nil {
			t.Errorf("int %d: got %d, %v", i, got, err)
		}
		// BigInt with an int64 value must encode as a plain int.
		var e2 Encoder
		e2.BigInt(big.NewInt(i))
		if !bytes.Equal(e.Bytes(), e2.Bytes()) {
			t.Errorf("BigInt(%d) = % x, want % x", i, e2.Bytes(), e.Bytes())
		}
		bi, err := NewDecoder(e.Bytes()).BigInt()
		if err != nil || bi.Int64() != i {
			t.Errorf("BigInt read of int %d: %v %v", i, bi, err)
		}
	}
}

func TestDecodeMalformed(t *testing.T) {
	deep := bytes.Repeat([]byte{0x08, 0x01}, MaxDepth+1)
	deep = append(deep, 0x00)
	okDeep := append(bytes.Repeat([]byte{0x08, 0x01}, MaxDepth-1), 0x08, 0x00)
	tests := []struct {
		name string
		in   []byte
		want string // substring of the error
	}{
		{"empty", nil, "end of input"},
		{"bad tag", []byte{0x0C}, "invalid tag"},
		{"bad tag high", []byte{0xff}, "invalid tag"},
		{"int truncated", []byte{0x03}, "truncated varint"},
		{"int truncated cont", []byte{0x03, 0x80}, "truncated varint"},
		{"int overlong", []byte{0x03, 0x80, 0x00}, "non-canonical varint"},
		{"int overflow", []byte{0x03, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}, "overflows"},
		{"int 11 bytes", []byte{0x03, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x81, 0x00}, "overflows"},
		{"big sign", []byte{0x04, 0x02, 0x01, 0x01}, "sign byte"},
		{"big empty", []byte{0x04, 0x00, 0x00}, "leading zero"},
		{"big leading zero", []byte{0x04, 0x00, 0x09, 0, 1, 0, 0, 0, 0, 0, 0, 0}, "leading zero"},
		{"big fits int64", []byte{0x04, 0x00, 0x01, 0x05}, "fits in int64"},
		{"big -2^63 fits", []byte{0x04, 0x01, 0x08, 0x80, 0, 0, 0, 0, 0, 0, 0}, "fits in int64"},
		{"big truncated", []byte{0x04, 0x00, 0x09, 1}, "exceeds the remaining"},
		{"float truncated", []byte{0x05, 0, 0, 0}, "truncated float"},
		{"str too long", []byte{0x06, 0x05, 'a'}, "exceeds the remaining"},
		{"str huge length", []byte{0x06, 0xff, 0xff, 0xff, 0xff, 0x0f, 'a'}, "exceeds the remaining"},
		{"str bad utf8", []byte{0x06, 0x02, 0xc3, 0x28}, "invalid UTF-8"},
		{"str surrogate", []byte{0x06, 0x03, 0xed, 0xa0, 0x80}, "invalid UTF-8"},
		{"bytes too long", []byte{0x07, 0x02, 0x00}, "exceeds the remaining"},
		{"list count", []byte{0x08, 0x03, 0x00, 0x00}, "exceeds the remaining"},
		{"list huge count", []byte{0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}, "exceeds the remaining"},
		{"dict count", []byte{0x0A, 0x02, 0x00, 0x00, 0x00}, "exceeds the remaining"},
		{"list item missing", []byte{0x08, 0x02, 0x00, 0x0C}, "invalid tag"},
		{"too deep", deep, "nesting deeper"},
		{"trailing", []byte{0x00, 0x00}, "trailing bytes"},
		{"deep ok", okDeep, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.in)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Decode: %v", err)
				}
				return
			}
			var de *DecodeError
			if !errors.As(err, &de) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Decode(% x) = %v, want a DecodeError containing %q", tt.in, err, tt.want)
			}
			// Skip must fail the same way and never panic.
			if err := NewDecoder(tt.in).Skip(); err == nil && tt.name != "trailing" {
				t.Fatalf("Skip accepted % x", tt.in)
			}
		})
	}
}

func TestEncodeErrors(t *testing.T) {
	var deep any = []any{}
	for range MaxDepth {
		deep = []any{deep}
	}
	cyc := []any{nil}
	cyc[0] = cyc
	for _, v := range []any{struct{}{}, map[string]any{}, deep, cyc, (*big.Int)(nil), &Dict{Keys: []any{1}}} {
		if _, err := Encode(v); err == nil {
			t.Errorf("Encode(%T) succeeded", v)
		}
	}
}

func TestStrReplacesInvalidUTF8(t *testing.T) {
	b, err := Encode("a\xffb")
	if err != nil {
		t.Fatal(err)
	}
	v, err := Decode(b)
	if err != nil || v != "a\uFFFDb" {
		t.Fatalf("got %q, %v", v, err)
	}
}

func TestStrs(t *testing.T) {
	for _, in := range [][]string{nil, {""}, {"GET", "POST", "a\xffb"}} {
		e := NewEncoder(nil)
		e.Strs(in)
		e.Int(7)
		d := NewDecoder(e.Bytes())
		got, err := d.Strs()
		if err != nil || len(got) != len(in) {
			t.Fatalf("Strs(%q) = %q, %v", in, got, err)
		}
		for i := range in {
			if want := strings.ToValidUTF8(in[i], "\uFFFD"); got[i] != want {
				t.Errorf("Strs(%q)[%d] = %q, want %q", in, i, got[i], want)
			}
		}
		if n, err := d.Int(); n != 7 || err != nil {
			t.Errorf("after Strs(%q): %d, %v", in, n, err)
		}
	}
	e := NewEncoder(nil)
	e.Strs([]string{"abc"})
	truncated := e.Bytes()[:e.Len()-1]
	for _, bad := range []any{[]any{"a", int64(1)}, "a"} {
		b, _ := Encode(bad)
		if _, err := NewDecoder(b).Strs(); err == nil {
			t.Errorf("Strs of %v: no error", bad)
		}
	}
	if _, err := NewDecoder(truncated).Strs(); err == nil {
		t.Error("Strs of a truncated list: no error")
	}
}

func TestStreaming(t *testing.T) {
	var e Encoder
	e.BeginDict(2)
	e.Str("k")
	e.BeginList(2)
	e.Int(7)
	e.Float(2.5)
	e.Str("b")
	e.Blob([]byte("xy"))
	e.Raw([]byte{0x00})
	e.BeginTuple(0)

	d := NewDecoder(e.Bytes())
	if n, err := d.Dict(); n != 2 || err != nil {
		t.Fatal(n, err)
	}
	if s, _ := d.Str(); s != "k" {
		t.Fatal(s)
	}
	raw, err := d.Raw()
	if err != nil || !bytes.Equal(raw, []byte{0x08, 0x02, 0x03, 0x0e, 0x05, 0, 0, 0, 0, 0, 0, 0x04, 0x40}) {
		t.Fatalf("Raw = % x, %v", raw, err)
	}
	if d.Depth() != 1 {
		t.Fatalf("depth %d inside the dict", d.Depth())
	}
	if tag, _ := d.Peek(); tag != TagStr {
		t.Fatal(tag)
	}
	if _, err := d.Int(); err == nil || !strings.Contains(err.Error(), "expected int, found str") {
		t.Fatalf("type mismatch: %v", err)
	}
	if s, err := d.StrBytes(); string(s) != "b" || err != nil {
		t.Fatal(s, err)
	}
	if b, err := d.Bytes(); string(b) != "xy" || err != nil {
		t.Fatal(b, err)
	}
	if d.Depth() != 0 {
		t.Fatalf("depth %d after the dict", d.Depth())
	}
	if err := d.None(); err != nil {
		t.Fatal(err)
	}
	if tag, n, err := d.Container(); tag != TagTuple || n != 0 || err != nil {
		t.Fatal(tag, n, err)
	}
	if err := d.End(); err != nil {
		t.Fatal(err)
	}
	e.Reset()
	if e.Len() != 0 {
		t.Fatal("Reset kept bytes")
	}
}

func TestIncompleteContainer(t *testing.T) {
	d := NewDecoder([]byte{0x08, 0x02, 0x00, 0x00})
	if _, err := d.List(); err != nil {
		t.Fatal(err)
	}
	if err := d.None(); err != nil {
		t.Fatal(err)
	}
	if err := d.End(); err == nil {
		t.Fatal("End accepted an incomplete list")
	}
}

func TestEnvelope(t *testing.T) {
	ok := append(AppendOK(nil), 0x03, 0x02)
	p, err := ParseReply(ok)
	if err != nil || !bytes.Equal(p, []byte{0x03, 0x02}) {
		t.Fatal(p, err)
	}
	e := AppendError(nil, "KeyError", "no such key 'x'")
	_, err = ParseReply(e)
	var exc *Exception
	if !errors.As(err, &exc) || exc.Type != "KeyError" || exc.Message != "no such key 'x'" || err.Error() != "KeyError: no such key 'x'" {
		t.Fatalf("ParseReply error = %v", err)
	}
	for _, bad := range [][]byte{nil, {2}, {1}, {1, 0x06, 0x01, 'x'}, append(AppendError(nil, "a", "b"), 0)} {
		if _, err := ParseReply(bad); err == nil {
			t.Errorf("ParseReply(% x) accepted", bad)
		} else if errors.As(err, &exc) {
			t.Errorf("ParseReply(% x) = exception %v", bad, err)
		}
	}
}

func TestNames(t *testing.T) {
	if OpKVGet.String() != "kv_get" || Op(9999).String() != "op(9999)" {
		t.Fatal(OpKVGet.String(), Op(9999).String())
	}
	if ErrBadPointer.Error() == "" || Code(-99).Error() != "abi: error code -99" {
		t.Fatal("Code.Error")
	}
	if TagDict.String() != "dict" || Tag(0x40).String() != "invalid tag" {
		t.Fatal("Tag.String")
	}
	if ImportModule != "wasmling_v1" {
		t.Fatal(ImportModule)
	}
}

func TestDictGet(t *testing.T) {
	var d Dict
	d.Append("a", int64(1))
	d.Append(int64(2), "two")
	d.Append([]any{}, "unhashable")
	if v, ok := d.Get(int64(2)); !ok || v != "two" {
		t.Fatal(v, ok)
	}
	if _, ok := d.Get([]any{}); ok {
		t.Fatal("found an unhashable key")
	}
	if d.Len() != 3 {
		t.Fatal(d.Len())
	}
}

func TestDecodeAll(t *testing.T) {
	vs, err := DecodeAll([]byte{0x03, 0x02, 0x06, 0x01, 'a', 0x00})
	if err != nil || len(vs) != 3 || vs[0] != int64(1) || vs[1] != "a" || vs[2] != nil {
		t.Fatal(vs, err)
	}
	if _, err := DecodeAll([]byte{0x03}); err == nil {
		t.Fatal("accepted a truncated sequence")
	}
}

func FuzzDecode(f *testing.F) {
	seeds := []any{nil, true, int64(-5), bigFromString("-123456789012345678901234567890"), 3.25, "héllo",
		[]byte{1, 2}, []any{int64(1), Tuple{Set{"x"}}}, &Dict{Keys: []any{"k"}, Values: []any{nil}}}
	for _, s := range seeds {
		b, err := Encode(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{0x08, 0xff, 0xff, 0xff, 0x0f})
	f.Add(bytes.Repeat([]byte{0x08, 0x01}, 300))
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := Decode(b)
		if err != nil {
			return
		}
		again, err := Encode(v)
		if err != nil {
			t.Fatalf("Encode(Decode(% x)): %v", b, err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("round trip changed % x into % x", b, again)
		}
		if err := NewDecoder(b).Skip(); err != nil {
			t.Fatalf("Skip rejected what Decode accepted: %v", err)
		}
	})
}
