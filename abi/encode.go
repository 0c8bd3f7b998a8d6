package abi

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"
)

// A Tag is the first byte of an encoded value.
type Tag byte

// Value tags.
const (
	TagNone   Tag = 0x00
	TagFalse  Tag = 0x01
	TagTrue   Tag = 0x02
	TagInt    Tag = 0x03
	TagBigInt Tag = 0x04
	TagFloat  Tag = 0x05
	TagStr    Tag = 0x06
	TagBytes  Tag = 0x07
	TagList   Tag = 0x08
	TagTuple  Tag = 0x09
	TagDict   Tag = 0x0A
	TagSet    Tag = 0x0B
)

// String returns the Scriptling type name of values with this tag.
func (t Tag) String() string {
	switch t {
	case TagNone:
		return "NoneType"
	case TagFalse, TagTrue:
		return "bool"
	case TagInt, TagBigInt:
		return "int"
	case TagFloat:
		return "float"
	case TagStr:
		return "str"
	case TagBytes:
		return "bytes"
	case TagList:
		return "list"
	case TagTuple:
		return "tuple"
	case TagDict:
		return "dict"
	case TagSet:
		return "set"
	}
	return "invalid tag"
}

// An Encoder appends encoded values to a buffer. Containers are written as
// a header (BeginList and friends, with the item count) followed by their
// items, so values can be encoded without building a tree. The zero value
// is ready to use.
type Encoder struct {
	buf []byte
}

// NewEncoder returns an Encoder that appends to buf[:0], reusing its storage.
func NewEncoder(buf []byte) *Encoder {
	return &Encoder{buf: buf[:0]}
}

// Bytes returns the encoded values. The slice aliases the encoder's buffer
// until the next Reset.
func (e *Encoder) Bytes() []byte { return e.buf }

// Reset empties the encoder, keeping its buffer for reuse.
func (e *Encoder) Reset() { e.buf = e.buf[:0] }

// Len returns the number of bytes encoded so far.
func (e *Encoder) Len() int { return len(e.buf) }

// None encodes None.
func (e *Encoder) None() { e.buf = append(e.buf, byte(TagNone)) }

// Bool encodes a bool.
func (e *Encoder) Bool(b bool) {
	if b {
		e.buf = append(e.buf, byte(TagTrue))
	} else {
		e.buf = append(e.buf, byte(TagFalse))
	}
}

// Int encodes an int.
func (e *Encoder) Int(i int64) {
	e.buf = binary.AppendVarint(append(e.buf, byte(TagInt)), i)
}

// BigInt encodes an int of any size; one that fits in an int64 is encoded
// as a plain int, so the encoding stays canonical.
func (e *Encoder) BigInt(x *big.Int) {
	if x.IsInt64() {
		e.Int(x.Int64())
		return
	}
	sign := byte(0)
	if x.Sign() < 0 {
		sign = 1
	}
	n := (x.BitLen() + 7) / 8
	e.buf = binary.AppendUvarint(append(e.buf, byte(TagBigInt), sign), uint64(n))
	start := len(e.buf)
	e.buf = append(e.buf, make([]byte, n)...)
	x.FillBytes(e.buf[start:])
}

// Float encodes a float.
func (e *Encoder) Float(f float64) {
	e.buf = binary.LittleEndian.AppendUint64(append(e.buf, byte(TagFloat)), math.Float64bits(f))
}

// Str encodes a str. Invalid UTF-8 is replaced by U+FFFD.
func (e *Encoder) Str(s string) {
	e.buf = appendStr(e.buf, s)
}

// Blob encodes a bytes value. (It is not called Bytes because Bytes
// returns the encoding.)
func (e *Encoder) Blob(b []byte) {
	e.buf = binary.AppendUvarint(append(e.buf, byte(TagBytes)), uint64(len(b)))
	e.buf = append(e.buf, b...)
}

// Strs encodes a list of str.
func (e *Encoder) Strs(ss []string) {
	e.BeginList(len(ss))
	for _, s := range ss {
		e.buf = appendStr(e.buf, s)
	}
}

// BeginList starts a list of n items; the caller then encodes the items.
func (e *Encoder) BeginList(n int) { e.header(TagList, n) }

// BeginTuple starts a tuple of n items; the caller then encodes the items.
func (e *Encoder) BeginTuple(n int) { e.header(TagTuple, n) }

// BeginSet starts a set of n items; the caller then encodes the items.
func (e *Encoder) BeginSet(n int) { e.header(TagSet, n) }

// BeginDict starts a dict of n pairs; the caller then encodes n keys, each
// followed by its value.
func (e *Encoder) BeginDict(n int) { e.header(TagDict, n) }

// Raw appends an already encoded value (or sequence of values) as is.
func (e *Encoder) Raw(encoded []byte) { e.buf = append(e.buf, encoded...) }

func (e *Encoder) header(t Tag, n int) {
	e.buf = binary.AppendUvarint(append(e.buf, byte(t)), uint64(n))
}

func appendStr(dst []byte, s string) []byte {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	dst = binary.AppendUvarint(append(dst, byte(TagStr)), uint64(len(s)))
	return append(dst, s...)
}
