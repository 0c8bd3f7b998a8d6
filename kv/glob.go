package kv

import (
	"math/bits"
	"strings"
)

// Glob is a compiled Redis-style glob pattern. It works on bytes, like
// Redis: "?" matches one byte, not one UTF-8 character.
//
// Syntax, as Redis's KEYS/SCAN MATCH read it:
//
//   - any run of bytes, including none
//     ?        any one byte
//     [abc]    one of a, b, c; [a-z] a range (reversed ranges are swapped)
//     [^x]     any byte but x; [!x] too (an extension: Redis reads [!x] as
//     "! or x", so rediskv rewrites it before sending it)
//     \c       the byte c itself, outside or inside brackets
//
// Like Redis, every pattern is valid: an unterminated "[" runs to the end
// of the pattern and a trailing "\" matches itself. One difference: a
// pattern of stars alone matches the empty string (Redis's matcher does not,
// but kv keys are never empty).
//
// Matching never backtracks more than one level, so it costs at most
// O(len(pattern) × len(s)) whatever the pattern.
type Glob struct {
	toks []globTok
}

// globTok matches one byte in set, or is a star.
type globTok struct {
	star bool
	set  byteSet
}

type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }
func (b *byteSet) addRange(lo, hi byte) {
	for c := int(lo); c <= int(hi); c++ {
		b.add(byte(c))
	}
}
func (b *byteSet) invert() {
	for i := range b {
		b[i] = ^b[i]
	}
}
func (b *byteSet) count() int {
	return bits.OnesCount64(b[0]) + bits.OnesCount64(b[1]) + bits.OnesCount64(b[2]) + bits.OnesCount64(b[3])
}

// Match reports whether s matches the glob pattern. To match many strings
// against one pattern, Compile it once.
func Match(pattern, s string) bool { return Compile(pattern).Match(s) }

// Compile parses a pattern. Every pattern is valid; see Glob.
func Compile(pattern string) *Glob {
	p := pattern
	toks := make([]globTok, 0, len(p))
	for i := 0; i < len(p); i++ {
		var t globTok
		switch p[i] {
		case '*':
			if len(toks) > 0 && toks[len(toks)-1].star {
				continue
			}
			t.star = true
		case '?':
			t.set.invert()
		case '[':
			i = parseClass(p, i+1, &t.set)
		case '\\':
			if i+1 < len(p) {
				i++
			}
			t.set.add(p[i])
		default:
			t.set.add(p[i])
		}
		toks = append(toks, t)
	}
	return &Glob{toks: toks}
}

// parseClass reads a bracket expression starting just after "[", in the
// order Redis's stringmatchlen does, and returns the index of its closing
// "]" (or of the pattern's last byte when unterminated).
func parseClass(p string, i int, set *byteSet) int {
	neg := i < len(p) && (p[i] == '^' || p[i] == '!')
	if neg {
		i++
	}
	for ; ; i++ {
		if i < len(p) && p[i] == '\\' && i+1 < len(p) {
			i++
			set.add(p[i])
		} else if i < len(p) && p[i] == ']' {
			break
		} else if i >= len(p) {
			i = len(p) - 1
			break
		} else if i+2 < len(p) && p[i+1] == '-' {
			lo, hi := p[i], p[i+2]
			if lo > hi {
				lo, hi = hi, lo
			}
			set.addRange(lo, hi)
			i += 2
		} else {
			set.add(p[i])
		}
	}
	if neg {
		set.invert()
	}
	return i
}

// Match reports whether s matches the whole pattern.
func (g *Glob) Match(s string) bool {
	toks := g.toks
	p, i := 0, 0
	starP, starI := -1, 0 // last star seen, and where its match ends
	for i < len(s) {
		switch {
		case p < len(toks) && toks[p].star:
			starP, starI = p, i
			p++
		case p < len(toks) && toks[p].set.has(s[i]):
			p++
			i++
		case starP >= 0:
			// Let the last star swallow one more byte and retry after
			// it. Earlier stars never need to change: every other token
			// matches exactly one byte.
			starI++
			p, i = starP+1, starI
		default:
			return false
		}
	}
	for p < len(toks) && toks[p].star {
		p++
	}
	return p == len(toks)
}

// Redis returns a pattern that Redis's own matcher reads exactly as g
// (it rewrites "[!x]" to "[^x]" and escapes every literal).
func (g *Glob) Redis() string {
	var b strings.Builder
	for _, t := range g.toks {
		n := t.set.count()
		switch {
		case t.star:
			b.WriteByte('*')
		case n == 256:
			b.WriteByte('?')
		case n == 1:
			for c := 0; c < 256; c++ {
				if t.set.has(byte(c)) {
					writeLiteral(&b, byte(c))
				}
			}
		default:
			set := t.set
			b.WriteByte('[')
			if n > 128 {
				b.WriteByte('^')
				set.invert()
			}
			writeClass(&b, &set)
			b.WriteByte(']')
		}
	}
	return b.String()
}

// writeClass writes the bytes of set, runs of 3+ safe bytes as ranges,
// everything else escaped.
func writeClass(b *strings.Builder, set *byteSet) {
	safe := func(c int) bool { return c < 256 && !strings.ContainsRune(`]\^-`, rune(c)) }
	for c := 0; c < 256; c++ {
		if !set.has(byte(c)) {
			continue
		}
		end := c
		for end+1 < 256 && set.has(byte(end+1)) {
			end++
		}
		if end-c >= 2 && safe(c) && safe(end) {
			b.WriteByte(byte(c))
			b.WriteByte('-')
			b.WriteByte(byte(end))
			c = end
			continue
		}
		b.WriteByte('\\')
		b.WriteByte(byte(c))
	}
}

func writeLiteral(b *strings.Builder, c byte) {
	if strings.IndexByte(`*?[]\`, c) >= 0 {
		b.WriteByte('\\')
	}
	b.WriteByte(c)
}

// QuoteGlob escapes s so that, inside a pattern, it matches only itself.
func QuoteGlob(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		writeLiteral(&b, s[i])
	}
	return b.String()
}
