package lang

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Repr returns repr(v).
func Repr(t *Thread, v Value) (string, error) {
	var b strings.Builder
	if err := writeRepr(t, &b, v); err != nil {
		return "", err
	}
	return b.String(), nil
}

// ToStr returns str(v).
func ToStr(t *Thread, v Value) (string, error) {
	switch x := v.r.(type) {
	case *Str:
		return x.s, nil
	case intTag:
		return strconv.FormatInt(int64(v.n), 10), nil
	case *Instance:
		if r, found, err := callDunder(t, v, "__str__"); found || err != nil {
			if err != nil {
				return "", err
			}
			s, ok := r.Str()
			if !ok {
				return "", NewError(TypeErrorType, "__str__ returned non-string (type %s)", r.TypeName())
			}
			return s, nil
		}
		if b, ok := baseValue(v); ok {
			if s, isStr := b.Str(); isStr {
				return s, nil // str.__str__; other types' str() is their repr
			}
		}
	case *Exception:
		if r, found, err := callDunder(t, v, "__str__"); found || err != nil {
			if err != nil {
				return "", err
			}
			s, _ := r.Str()
			return s, nil
		}
		if len(x.Args) == 1 && !x.cls.IsSubclass(KeyErrorType) {
			return ToStr(t, x.Args[0])
		}
		if len(x.Args) == 0 {
			return "", nil
		}
		if len(x.Args) == 1 {
			return Repr(t, x.Args[0])
		}
		if len(x.Args) <= 5 && x.cls.IsSubclass(OSErrorType) {
			return x.Message(), nil // [Errno N] text
		}
		return Repr(t, Obj(&Tuple{items: x.Args}))
	case Stringer:
		return x.Str(t)
	}
	return Repr(t, v)
}

func writeRepr(t *Thread, b *strings.Builder, v Value) error {
	switch x := v.r.(type) {
	case nil:
		b.WriteString("None")
	case boolTag:
		if v.n != 0 {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case intTag:
		b.WriteString(strconv.FormatInt(int64(v.n), 10))
	case floatTag:
		b.WriteString(FormatFloat(v.AsFloat()))
	case *Big:
		s, err := bigToString(x.b)
		if err != nil {
			return err
		}
		b.WriteString(s)
	case *Str:
		b.WriteString(QuoteString(x.s))
	case *Bytes:
		b.WriteString(quoteBytes(x.b))
	case *List:
		return writeSeq(t, b, v, "[", "]", x.items, false)
	case *Tuple:
		return writeSeq(t, b, v, "(", ")", x.items, len(x.items) == 1)
	case *Dict:
		return writeDict(t, b, v, x)
	case *Set:
		if x.ht.live == 0 {
			if x.frozen {
				b.WriteString("frozenset()")
			} else {
				b.WriteString("set()")
			}
			return nil
		}
		if x.frozen {
			b.WriteString("frozenset(")
			defer b.WriteString(")")
		}
		return writeSeq(t, b, v, "{", "}", x.Elems(), false)
	case *Instance:
		if r, found, err := callDunder(t, v, "__repr__"); found || err != nil {
			if err != nil {
				return err
			}
			s, ok := r.Str()
			if !ok {
				return NewError(TypeErrorType, "__repr__ returned non-string (type %s)", r.TypeName())
			}
			b.WriteString(s)
			return nil
		}
		if bv, ok := baseValue(v); ok {
			return writeRepr(t, b, bv)
		}
		fmt.Fprintf(b, "<%s object at %#x>", qualClassName(x.cls), objectAddress(v))
	case *Exception:
		if r, found, err := callDunder(t, v, "__repr__"); found || err != nil {
			if err != nil {
				return err
			}
			s, _ := r.Str()
			b.WriteString(s)
			return nil
		}
		b.WriteString(x.cls.Name)
		return writeSeq(t, b, v, "(", ")", x.Args, false)
	case *Class:
		if x.builtin {
			fmt.Fprintf(b, "<class '%s'>", x.Name)
		} else {
			fmt.Fprintf(b, "<class '%s'>", qualClassName(x))
		}
	case *Function:
		fmt.Fprintf(b, "<function %s at %#x>", x.qualname, objectAddress(v))
	case *Builtin:
		if x.bound {
			fmt.Fprintf(b, "<built-in method %s of %s object at %#x>", x.name, x.self.TypeName(), objectAddress(x.self))
		} else {
			fmt.Fprintf(b, "<built-in function %s>", x.name)
		}
	case *BoundMethod:
		fmt.Fprintf(b, "<bound method %s of ", callableQualName(x.Fn))
		if err := writeRepr(t, b, x.Self); err != nil {
			return err
		}
		b.WriteByte('>')
	case *Module:
		fmt.Fprintf(b, "<module '%s'>", x.Name)
	case *Range:
		if x.step == 1 {
			fmt.Fprintf(b, "range(%d, %d)", x.start, x.stop)
		} else {
			fmt.Fprintf(b, "range(%d, %d, %d)", x.start, x.stop, x.step)
		}
	case *Slice:
		b.WriteString("slice(")
		for i, p := range []Value{x.Start, x.Stop, x.Step} {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := writeRepr(t, b, p); err != nil {
				return err
			}
		}
		b.WriteByte(')')
	case *DictView:
		b.WriteString(x.Type().Name)
		b.WriteByte('(')
		items, err := ToSlice(t, v)
		if err != nil {
			return err
		}
		if err := writeSeq(t, b, v, "[", "]", items, false); err != nil {
			return err
		}
		b.WriteByte(')')
	case *Generator:
		fmt.Fprintf(b, "<generator object %s at %#x>", x.name, objectAddress(v))
	case notImplemented:
		b.WriteString("NotImplemented")
	case ellipsis:
		b.WriteString("Ellipsis")
	case *Super:
		fmt.Fprintf(b, "<super: <class '%s'>, <%s object>>", x.cls.Name, x.obj.TypeName())
	case *Property:
		fmt.Fprintf(b, "<property object at %#x>", objectAddress(v))
	case *Cell:
		fmt.Fprintf(b, "<cell at %#x>", objectAddress(v))
	case Reprer:
		s, err := x.Repr(t)
		if err != nil {
			return err
		}
		b.WriteString(s)
	default:
		fmt.Fprintf(b, "<%s object at %#x>", v.TypeName(), objectAddress(v))
	}
	return nil
}

func qualClassName(c *Class) string {
	if c.Module == "" || c.Module == "builtins" {
		return c.QualName
	}
	return c.Module + "." + c.QualName
}

func callableQualName(v Value) string {
	if f, ok := v.r.(*Function); ok {
		return f.qualname
	}
	return callableName(v)
}

// writeSeq writes the items of a container, with "..." for a container
// that contains itself.
func writeSeq(t *Thread, b *strings.Builder, self Value, open, close string, items []Value, trailingComma bool) error {
	if t.inRepr(self) {
		b.WriteString(open + "..." + close)
		return nil
	}
	t.reprStack = append(t.reprStack, self)
	defer func() { t.reprStack = t.reprStack[:len(t.reprStack)-1] }()
	if err := t.enter(); err != nil {
		return err
	}
	defer t.leave()
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := writeRepr(t, b, it); err != nil {
			return err
		}
		if i&255 == 255 {
			if err := t.Tick(); err != nil {
				return err
			}
		}
	}
	if trailingComma {
		b.WriteByte(',')
	}
	b.WriteString(close)
	return nil
}

func writeDict(t *Thread, b *strings.Builder, self Value, d *Dict) error {
	if t.inRepr(self) {
		b.WriteString("{...}")
		return nil
	}
	t.reprStack = append(t.reprStack, self)
	defer func() { t.reprStack = t.reprStack[:len(t.reprStack)-1] }()
	if err := t.enter(); err != nil {
		return err
	}
	defer t.leave()
	b.WriteByte('{')
	first := true
	for i := range d.ht.entries {
		e := &d.ht.entries[i]
		if e.deleted() {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		if err := writeRepr(t, b, e.key); err != nil {
			return err
		}
		b.WriteString(": ")
		if err := writeRepr(t, b, e.val); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return nil
}

func (t *Thread) inRepr(v Value) bool {
	for _, x := range t.reprStack {
		if x.r == v.r {
			return true
		}
	}
	return false
}

// FormatFloat renders f as Python's repr does: the shortest digits that
// round-trip, always with a decimal point or exponent, and "inf"/"nan".
func FormatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	ePos := strings.IndexByte(s, 'e')
	mant, expStr := s[:ePos], s[ePos+1:]
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if exp >= -5 && exp < 16 {
		// Fixed notation (Python switches to exponent below 1e-4).
		if exp < -4 {
			goto sci
		}
		if exp >= 0 {
			if len(digits) <= exp+1 {
				out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
			} else {
				out = digits[:exp+1] + "." + digits[exp+1:]
			}
		} else {
			out = "0." + strings.Repeat("0", -exp-1) + digits
		}
		if neg {
			out = "-" + out
		}
		return out
	}
sci:
	out = digits[:1]
	if len(digits) > 1 {
		out += "." + digits[1:]
	}
	sign := "+"
	if exp < 0 {
		sign = "-"
		exp = -exp
	}
	es := strconv.Itoa(exp)
	if len(es) < 2 {
		es = "0" + es
	}
	out += "e" + sign + es
	if neg {
		out = "-" + out
	}
	return out
}

// surelyTooManyDigits reports, without converting, whether |b| has more
// than maxIntDigits decimal digits for certain (converting a huge int to
// decimal is slow, and the script could not use the result anyway).
func surelyTooManyDigits(b *big.Int) bool {
	// A number of n bits has at least (n-1)*log10(2) + 1 digits.
	return int64(b.BitLen()-1)*30103/100000+1 > maxIntDigits
}

// maxIntDigits is Python's limit on int/str conversions of huge ints.
const maxIntDigits = 4300

func bigToString(b *big.Int) (string, error) {
	if surelyTooManyDigits(b) {
		return "", errIntDigits()
	}
	s := b.String()
	n := len(s)
	if b.Sign() < 0 {
		n--
	}
	if n > maxIntDigits {
		return "", errIntDigits()
	}
	return s, nil
}

// errIntDigits is the ValueError for an int too long to convert to str.
func errIntDigits() error {
	return NewError(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxIntDigits)
}

// QuoteString returns the Python repr of a str.
func QuoteString(s string) string { return quote("", s) }

func quoteBytes(p []byte) string { return quote("b", string(p)) }

// quote returns the repr of s, a str or, if prefix is "b", bytes.
func quote(prefix, s string) string {
	isBytes := prefix == "b"
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(prefix) + len(s) + 2)
	b.WriteString(prefix)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf || isBytes {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c == '\t':
				b.WriteString(`\t`)
			case c < 0x20 || c >= 0x7f:
				fmt.Fprintf(&b, `\x%02x`, c)
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&b, `\udc%02x`, s[i])
			i++
			continue
		}
		i += n
		if unicode.IsPrint(r) {
			b.WriteRune(r)
		} else if r < 0x100 {
			fmt.Fprintf(&b, `\x%02x`, r)
		} else if r < 0x10000 {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// reprNoThread renders a value for error messages when no thread is at
// hand; script-defined __repr__ methods are not called.
func reprNoThread(v Value) string {
	t := &Thread{interp: &Interpreter{maxDepth: 100, checkEvery: 1 << 30, host: nullHost{}}, noCalls: true}
	switch v.r.(type) {
	case *Instance, *Exception:
		return fmt.Sprintf("<%s object>", v.TypeName())
	}
	s, err := Repr(t, v)
	if err != nil {
		return "<" + v.TypeName() + ">"
	}
	return s
}

func strNoThread(v Value) string {
	if s, ok := v.Str(); ok {
		return s
	}
	return reprNoThread(v)
}
