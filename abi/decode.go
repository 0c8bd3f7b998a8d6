package abi

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"
)

// MaxDepth is the deepest nesting of containers a Decoder accepts (and
// Encode produces).
const MaxDepth = 200

// A DecodeError reports malformed input: where and why.
type DecodeError struct {
	Offset int    // byte offset in the decoder's input
	Reason string // what is wrong there
}

// Error returns "abi: decode at offset N: reason".
func (e *DecodeError) Error() string {
	return "abi: decode at offset " + strconv.Itoa(e.Offset) + ": " + e.Reason
}

// A Decoder reads a sequence of encoded values one at a time. Containers
// are read as a header returning the item count (List, Tuple, Dict, Set),
// after which the caller reads the items. The decoder tracks nesting so
// that it enforces [MaxDepth] and knows when a value is complete; it never
// allocates for lengths the input cannot hold. Methods that return []byte
// return views of the input.
//
// The zero value decodes an empty input; Reset sets a new one.
type Decoder struct {
	buf   []byte
	off   int
	depth int
	// left[i] counts the items still to read in the container open at
	// depth i+1 (a dict of n pairs counts 2n items).
	left [MaxDepth]int
}

// NewDecoder returns a Decoder reading b.
func NewDecoder(b []byte) *Decoder {
	d := new(Decoder)
	d.Reset(b)
	return d
}

// Reset makes d read b from the start.
func (d *Decoder) Reset(b []byte) {
	d.buf, d.off, d.depth = b, 0, 0
}

// Len returns the number of bytes not read yet.
func (d *Decoder) Len() int { return len(d.buf) - d.off }

// Offset returns the number of bytes read so far.
func (d *Decoder) Offset() int { return d.off }

// Depth returns the number of containers opened and not yet complete.
func (d *Decoder) Depth() int { return d.depth }

// More reports whether input is left.
func (d *Decoder) More() bool { return d.off < len(d.buf) }

// End returns an error if any input is left over or a container is
// incomplete.
func (d *Decoder) End() error {
	if d.depth > 0 {
		return d.fail(d.off, "incomplete container")
	}
	if d.off < len(d.buf) {
		return d.fail(d.off, "trailing bytes after the last value")
	}
	return nil
}

// Peek returns the tag of the next value without consuming it.
func (d *Decoder) Peek() (Tag, error) {
	if d.off >= len(d.buf) {
		return 0, d.fail(d.off, "unexpected end of input")
	}
	t := Tag(d.buf[d.off])
	if t > TagSet {
		return 0, d.fail(d.off, "invalid tag 0x"+strconv.FormatUint(uint64(t), 16))
	}
	return t, nil
}

// None reads None.
func (d *Decoder) None() error {
	_, err := d.expect(TagNone)
	if err == nil {
		d.finish()
	}
	return err
}

// Bool reads a bool.
func (d *Decoder) Bool() (bool, error) {
	t, err := d.Peek()
	if err != nil {
		return false, err
	}
	if t != TagTrue && t != TagFalse {
		return false, d.mismatch("bool", t)
	}
	d.off++
	d.finish()
	return t == TagTrue, nil
}

// Int reads an int that fits in an int64 (tag int only).
func (d *Decoder) Int() (int64, error) {
	start, err := d.expect(TagInt)
	if err != nil {
		return 0, err
	}
	ux, err := d.uvarint()
	if err != nil {
		d.off = start
		return 0, err
	}
	d.finish()
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, nil
}

// BigInt reads an int of any size (tag int or big int).
func (d *Decoder) BigInt() (*big.Int, error) {
	t, err := d.Peek()
	if err != nil {
		return nil, err
	}
	switch t {
	case TagInt:
		i, err := d.Int()
		if err != nil {
			return nil, err
		}
		return big.NewInt(i), nil
	case TagBigInt:
	default:
		return nil, d.mismatch("int", t)
	}
	start := d.off
	d.off++
	x, err := d.bigMagnitude(start)
	if err != nil {
		d.off = start
		return nil, err
	}
	d.finish()
	return x, nil
}

func (d *Decoder) bigMagnitude(start int) (*big.Int, error) {
	if d.off >= len(d.buf) {
		return nil, d.fail(d.off, "unexpected end of input")
	}
	sign := d.buf[d.off]
	if sign > 1 {
		return nil, d.fail(d.off, "big int sign byte must be 0 or 1")
	}
	d.off++
	mag, err := d.lengthPrefixed()
	if err != nil {
		return nil, err
	}
	if len(mag) == 0 || mag[0] == 0 {
		return nil, d.fail(start, "non-canonical big int (leading zero)")
	}
	x := new(big.Int).SetBytes(mag)
	if sign == 1 {
		x.Neg(x)
	}
	if x.IsInt64() {
		return nil, d.fail(start, "non-canonical big int (fits in int64)")
	}
	return x, nil
}

// Float reads a float.
func (d *Decoder) Float() (float64, error) {
	start, err := d.expect(TagFloat)
	if err != nil {
		return 0, err
	}
	if d.Len() < 8 {
		d.off = start
		return 0, d.fail(start, "truncated float")
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(d.buf[d.off:]))
	d.off += 8
	d.finish()
	return f, nil
}

// Str reads a str.
func (d *Decoder) Str() (string, error) {
	b, err := d.StrBytes()
	return string(b), err
}

// StrBytes reads a str and returns its UTF-8 bytes as a view of the input,
// without copying.
func (d *Decoder) StrBytes() ([]byte, error) {
	start, err := d.expect(TagStr)
	if err != nil {
		return nil, err
	}
	b, err := d.lengthPrefixed()
	if err == nil && !utf8.Valid(b) {
		err = d.fail(start, "invalid UTF-8 in str")
	}
	if err != nil {
		d.off = start
		return nil, err
	}
	d.finish()
	return b, nil
}

// Bytes reads a bytes value and returns it as a view of the input.
func (d *Decoder) Bytes() ([]byte, error) {
	start, err := d.expect(TagBytes)
	if err != nil {
		return nil, err
	}
	b, err := d.lengthPrefixed()
	if err != nil {
		d.off = start
		return nil, err
	}
	d.finish()
	return b, nil
}

// Strs reads a list of str.
func (d *Decoder) Strs() ([]string, error) {
	n, err := d.List()
	if err != nil {
		return nil, err
	}
	// A str takes 2 bytes at least: the capacity is exact for a valid
	// list and bounded by the input for a hostile one.
	out := make([]string, 0, min(n, d.Len()/2))
	for range n {
		s, err := d.Str()
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// List reads a list header and returns its item count.
func (d *Decoder) List() (int, error) { return d.container(TagList) }

// Tuple reads a tuple header and returns its item count.
func (d *Decoder) Tuple() (int, error) { return d.container(TagTuple) }

// Set reads a set header and returns its item count.
func (d *Decoder) Set() (int, error) { return d.container(TagSet) }

// Dict reads a dict header and returns its number of key,value pairs.
func (d *Decoder) Dict() (int, error) { return d.container(TagDict) }

// Container reads the header of any container and returns its tag and
// count (pairs for a dict).
func (d *Decoder) Container() (Tag, int, error) {
	t, err := d.Peek()
	if err != nil {
		return 0, 0, err
	}
	n, err := d.container(t)
	return t, n, err
}

func (d *Decoder) container(want Tag) (int, error) {
	start, err := d.expect(want)
	if err != nil {
		return 0, err
	}
	n, err := d.count(want == TagDict)
	if err == nil && d.depth >= MaxDepth {
		err = d.fail(start, "nesting deeper than "+strconv.Itoa(MaxDepth))
	}
	if err != nil {
		d.off = start
		return 0, err
	}
	items := n
	if want == TagDict {
		items = 2 * n
	}
	if items == 0 {
		d.finish()
	} else {
		d.left[d.depth] = items
		d.depth++
	}
	return n, nil
}

// Skip consumes the next value, containers included.
func (d *Decoder) Skip() error {
	base := d.depth
	for {
		t, err := d.Peek()
		if err != nil {
			return err
		}
		switch t {
		case TagNone, TagFalse, TagTrue:
			d.off++
			d.finish()
		case TagInt:
			_, err = d.Int()
		case TagBigInt:
			start := d.off
			d.off++
			if _, err = d.bigMagnitude(start); err != nil {
				d.off = start
			} else {
				d.finish()
			}
		case TagFloat:
			_, err = d.Float()
		case TagStr:
			_, err = d.StrBytes()
		case TagBytes:
			_, err = d.Bytes()
		default:
			_, err = d.container(t)
		}
		if err != nil {
			return err
		}
		if d.depth <= base {
			return nil
		}
	}
}

// Raw consumes the next value and returns its encoding, a view of the
// input.
func (d *Decoder) Raw() ([]byte, error) {
	start := d.off
	if err := d.Skip(); err != nil {
		return nil, err
	}
	return d.buf[start:d.off], nil
}

// expect consumes the tag want and returns its offset.
func (d *Decoder) expect(want Tag) (int, error) {
	t, err := d.Peek()
	if err != nil {
		return 0, err
	}
	if t != want {
		return 0, d.mismatch(want.String(), t)
	}
	d.off++
	return d.off - 1, nil
}

// finish records that a value is complete, closing every container it
// completes.
func (d *Decoder) finish() {
	for d.depth > 0 {
		d.left[d.depth-1]--
		if d.left[d.depth-1] > 0 {
			return
		}
		d.depth--
	}
}

// uvarint reads a varint in its shortest form.
func (d *Decoder) uvarint() (uint64, error) {
	var x uint64
	for i := 0; i < binary.MaxVarintLen64; i++ {
		if d.off >= len(d.buf) {
			return 0, d.fail(d.off, "truncated varint")
		}
		b := d.buf[d.off]
		d.off++
		if b < 0x80 {
			if i == binary.MaxVarintLen64-1 && b > 1 {
				return 0, d.fail(d.off-1, "varint overflows 64 bits")
			}
			if b == 0 && i > 0 {
				return 0, d.fail(d.off-1, "non-canonical varint")
			}
			return x | uint64(b)<<(7*i), nil
		}
		x |= uint64(b&0x7f) << (7 * i)
	}
	return 0, d.fail(d.off-1, "varint overflows 64 bits")
}

// count reads a container count that the remaining input can hold: at
// least one byte per item.
func (d *Decoder) count(pairs bool) (int, error) {
	at := d.off
	n, err := d.uvarint()
	if err != nil {
		return 0, err
	}
	limit := uint64(d.Len())
	if pairs {
		limit /= 2
	}
	if n > limit {
		return 0, d.fail(at, "count "+strconv.FormatUint(n, 10)+" exceeds the remaining input")
	}
	return int(n), nil
}

// lengthPrefixed reads a uvarint length and that many bytes.
func (d *Decoder) lengthPrefixed() ([]byte, error) {
	at := d.off
	n, err := d.uvarint()
	if err != nil {
		return nil, err
	}
	if n > uint64(d.Len()) {
		return nil, d.fail(at, "length "+strconv.FormatUint(n, 10)+" exceeds the remaining input")
	}
	b := d.buf[d.off : d.off+int(n) : d.off+int(n)]
	d.off += int(n)
	return b, nil
}

func (d *Decoder) mismatch(want string, got Tag) error {
	return d.fail(d.off, "expected "+want+", found "+got.String())
}

func (d *Decoder) fail(off int, reason string) error {
	return &DecodeError{Offset: off, Reason: reason}
}
