package lang

import (
	"hash/maphash"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// Str is an immutable str. Its hash and code point count are computed
// once, on first use.
type Str struct {
	s     string
	hash  uint64 // 0 = not yet computed
	runes int32  // number of code points; -1 = not yet computed
}

// NewStr returns a str value holding s.
func NewStr(s string) *Str { return &Str{s: s, runes: -1} }

// String returns a str Value holding s.
func String(s string) Value { return Value{r: &Str{s: s, runes: -1}} }

// newStrBuf returns a new str of n bytes and the bytes, which the caller
// fills before the str is used. Short strs hold their bytes in their own
// allocation: allocations are dear (about 200 ns each in WebAssembly).
func newStrBuf(n int) (*Str, []byte) {
	var s *Str
	var b []byte
	switch {
	case n == 0:
		return &Str{runes: -1}, nil
	case n <= 16:
		p := new(struct {
			s Str
			b [16]byte
		})
		s, b = &p.s, p.b[:n]
	case n <= 32:
		p := new(struct {
			s Str
			b [32]byte
		})
		s, b = &p.s, p.b[:n]
	case n <= 96:
		p := new(struct {
			s Str
			b [96]byte
		})
		s, b = &p.s, p.b[:n]
	default:
		s, b = &Str{}, make([]byte, n)
	}
	s.s = unsafe.String(&b[0], n)
	s.runes = -1
	return s, b
}

// concatStr returns a + b as a new str.
func concatStr(a, b string) Value {
	s, buf := newStrBuf(len(a) + len(b))
	copy(buf[copy(buf, a):], b)
	return Value{r: s}
}

// intStr returns the decimal str of i.
func intStr(i int64) Value {
	var d [20]byte
	digits := strconv.AppendInt(d[:0], i, 10)
	s, buf := newStrBuf(len(digits))
	copy(buf, digits)
	return Value{r: s}
}

// strSeed seeds str hashing. It is chosen once per process and never
// changes, so hashes stay consistent everywhere in the process while
// attackers cannot precompute colliding keys.
var strSeed = maphash.MakeSeed()

// Type implements Object.
func (s *Str) Type() *Class { return StrType }

// GoString returns the Go string.
func (s *Str) GoString() string { return s.s }

// Len returns the number of code points.
func (s *Str) Len() int {
	if s.runes < 0 {
		s.runes = int32(utf8.RuneCountInString(s.s))
	}
	return int(s.runes)
}

// IsASCII reports whether every code point is ASCII, in which case byte
// offsets are code point offsets.
func (s *Str) IsASCII() bool { return s.Len() == len(s.s) }

// HashValue returns the str's hash. It is computed once; the check is
// small enough to inline.
func (s *Str) HashValue() uint64 {
	if s.hash != 0 {
		return s.hash
	}
	return s.computeHash()
}

//go:noinline
func (s *Str) computeHash() uint64 {
	h := maphash.String(strSeed, s.s)
	if h == 0 {
		h = 1
	}
	s.hash = h
	return h
}

// Truth implements Truther.
func (s *Str) Truth() bool { return s.s != "" }

// runeOffset returns the byte offset of code point i (0 <= i <= Len()).
func (s *Str) runeOffset(i int) int {
	if s.IsASCII() {
		return i
	}
	off := 0
	for ; i > 0; i-- {
		_, n := utf8.DecodeRuneInString(s.s[off:])
		off += n
	}
	return off
}

// Substr returns code points [i, j) as a Go string (0 <= i <= j <= Len()).
func (s *Str) Substr(i, j int) string {
	if s.IsASCII() {
		return s.s[i:j]
	}
	a := s.runeOffset(i)
	b := a
	for k := i; k < j; k++ {
		_, n := utf8.DecodeRuneInString(s.s[b:])
		b += n
	}
	return s.s[a:b]
}

// Interner maps Go strings to shared *Str values, so that names used as
// attribute and dict keys compare by pointer and hash once. It belongs to
// one Interpreter.
type Interner struct {
	m map[string]*Str
}

// Intern returns the shared *Str for s.
func (in *Interner) Intern(s string) *Str {
	if p, ok := in.m[s]; ok {
		return p
	}
	if in.m == nil {
		in.m = make(map[string]*Str)
	}
	p := NewStr(s)
	p.HashValue()
	in.m[s] = p
	return p
}
