package lang

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// formatSpec is a parsed format specification:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
type formatSpec struct {
	fill      rune
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	zeroNeg   bool // z
	alt       bool // #
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1 if absent
	typ       byte // 0 if absent
}

// parseSpec parses spec for a value of type typeName (named in errors).
func parseSpec(spec, typeName string) (formatSpec, error) {
	fs := formatSpec{fill: ' ', precision: -1}
	s := spec
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if r, n := utf8.DecodeRuneInString(s); n > 0 && len(s) > n && isAlign(s[n]) {
		fs.fill, fs.align = r, s[n]
		s = s[n+1:]
	} else if len(s) > 0 && isAlign(s[0]) {
		fs.align = s[0]
		s = s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		fs.sign = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		fs.zeroNeg = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		fs.alt = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		fs.zero = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		w, err := strconv.Atoi(s[:i])
		if err != nil || w > 1<<24 {
			return fs, NewError(ValueErrorType, "Too many decimal digits in format string")
		}
		fs.width = w
		s = s[i:]
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		fs.grouping = s[0]
		s = s[1:]
		if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
			if s[0] == fs.grouping {
				return fs, NewError(ValueErrorType, "Cannot specify '%c' with '%c'.", s[0], s[0])
			}
			return fs, NewError(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
	}
	if len(s) > 0 && s[0] == '.' {
		s = s[1:]
		i = 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 {
			return fs, NewError(ValueErrorType, "Format specifier missing precision")
		}
		p, err := strconv.Atoi(s[:i])
		if err != nil || p > 1<<24 {
			return fs, NewError(ValueErrorType, "Too many decimal digits in format string")
		}
		fs.precision = p
		s = s[i:]
	}
	if len(s) == 1 {
		fs.typ = s[0]
		s = ""
	}
	if s != "" {
		return fs, NewError(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if fs.zero && fs.align == 0 {
		fs.fill, fs.align = '0', '='
	}
	return fs, nil
}

// formatField implements the FORMAT instruction of f-strings.
func formatField(t *Thread, v Value, conv uint8, spec string) (string, error) {
	switch conv {
	case 'r':
		s, err := Repr(t, v)
		if err != nil {
			return "", err
		}
		v = String(s)
	case 's':
		s, err := ToStr(t, v)
		if err != nil {
			return "", err
		}
		v = String(s)
	case 'a':
		s, err := Repr(t, v)
		if err != nil {
			return "", err
		}
		v = String(asciiEscape(s))
	}
	if spec == "" {
		if s, ok := v.r.(*Str); ok {
			return s.s, nil
		}
		if v.IsInt() {
			return strconv.FormatInt(v.AsInt(), 10), nil
		}
	}
	return Format(t, v, spec)
}

// Format implements format(v, spec).
func Format(t *Thread, v Value, spec string) (string, error) {
	switch x := v.r.(type) {
	case *Instance:
		if r, found, err := callDunder(t, v, "__format__", String(spec)); found || err != nil {
			if err != nil {
				return "", err
			}
			s, ok := r.Str()
			if !ok {
				return "", NewError(TypeErrorType, "__format__ must return a str, not %s", r.TypeName())
			}
			return s, nil
		}
		if b, ok := baseValue(v); ok {
			if spec == "" {
				return ToStr(t, v)
			}
			return Format(t, b, spec)
		}
	case *Str:
		return formatStr(x.s, spec)
	case intTag, *Big:
		return formatInt(v, spec)
	case boolTag:
		// bool inherits int.__format__: an empty spec gives str(), any
		// other spec formats the value as the int 1 or 0.
		if spec == "" {
			return ToStr(t, v)
		}
		return formatIntAs(Int(int64(v.n)), spec, "bool")
	case floatTag:
		return formatFloat(v.AsFloat(), spec)
	}
	if spec == "" {
		return ToStr(t, v)
	}
	if fm, ok := v.r.(interface {
		Format(t *Thread, spec string) (string, error)
	}); ok {
		return fm.Format(t, spec)
	}
	return "", NewError(TypeErrorType, "unsupported format string passed to %s.__format__", v.TypeName())
}

func pad(s string, fs formatSpec, defAlign byte) string {
	n := utf8.RuneCountInString(s)
	if n >= fs.width {
		return s
	}
	align := fs.align
	if align == 0 {
		align = defAlign
	}
	fill := string(fs.fill)
	gap := fs.width - n
	switch align {
	case '<':
		return s + strings.Repeat(fill, gap)
	case '^':
		l := gap / 2
		return strings.Repeat(fill, l) + s + strings.Repeat(fill, gap-l)
	case '=':
		// Padding goes after the sign (and base prefix).
		i := 0
		if i < len(s) && (s[i] == '-' || s[i] == '+' || s[i] == ' ') {
			i++
		}
		if i+1 < len(s) && s[i] == '0' && strings.IndexByte("bBoOxX", s[i+1]) >= 0 {
			i += 2
		}
		return s[:i] + strings.Repeat(fill, gap) + s[i:]
	}
	return strings.Repeat(fill, gap) + s
}

func formatStr(s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	fs, err := parseSpec(spec, "str")
	if err != nil {
		return "", err
	}
	if fs.typ != 0 && fs.typ != 's' {
		return "", NewError(ValueErrorType, "Unknown format code '%c' for object of type 'str'", fs.typ)
	}
	if fs.sign != 0 {
		return "", NewError(ValueErrorType, "Sign not allowed in string format specifier")
	}
	if fs.align == '=' {
		return "", NewError(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	if fs.grouping != 0 {
		return "", NewError(ValueErrorType, "Cannot specify '%c' with 's'.", fs.grouping)
	}
	if fs.precision >= 0 && utf8.RuneCountInString(s) > fs.precision {
		s = string([]rune(s)[:fs.precision])
	}
	return pad(s, fs, '<'), nil
}

// group inserts sep every n digits from the right of a digit string.
func group(digits string, sep byte, n int) string {
	if sep == 0 || len(digits) <= n {
		return digits
	}
	var b strings.Builder
	first := len(digits) % n
	if first == 0 {
		first = n
	}
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += n {
		b.WriteByte(sep)
		b.WriteString(digits[i : i+n])
	}
	return b.String()
}

func signOf(neg bool, sign byte) string {
	if neg {
		return "-"
	}
	switch sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

func formatInt(v Value, spec string) (string, error) {
	return formatIntAs(v, spec, "int")
}

// formatIntAs formats an int; typeName names the type in errors (bool
// formats as int).
func formatIntAs(v Value, spec, typeName string) (string, error) {
	fs, err := parseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, ok := v.ToFloat()
		if !ok {
			return "", NewError(OverflowErrorType, "int too large to convert to float")
		}
		return formatFloatSpec(f, fs)
	}
	if fs.precision >= 0 {
		return "", NewError(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if fs.zeroNeg {
		return "", NewError(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if v.IsInt() && fs.grouping == 0 && (fs.typ == 0 || fs.typ == 'd' || fs.typ == 'x' || fs.typ == 'X' || fs.typ == 'o' || fs.typ == 'b') {
		// Fast path: an int64 without grouping.
		i := v.AsInt()
		var digits, prefix string
		switch fs.typ {
		case 'x':
			digits, prefix = strconv.FormatUint(absU(i), 16), "0x"
		case 'X':
			digits, prefix = strings.ToUpper(strconv.FormatUint(absU(i), 16)), "0X"
		case 'o':
			digits, prefix = strconv.FormatUint(absU(i), 8), "0o"
		case 'b':
			digits, prefix = strconv.FormatUint(absU(i), 2), "0b"
		default:
			digits = strconv.FormatUint(absU(i), 10)
		}
		if !fs.alt {
			prefix = ""
		}
		return pad(signOf(i < 0, fs.sign)+prefix+digits, fs, '>'), nil
	}
	b, _ := toBig(v)
	neg := b.Sign() < 0
	mag := new(big.Int).Abs(b)
	var digits, prefix string
	switch fs.typ {
	case 0, 'd', 'n':
		var err error
		if digits, err = bigToString(mag); err != nil {
			return "", err
		}
		digits = group(digits, fs.grouping, 3)
	case 'b':
		digits, prefix = mag.Text(2), "0b"
	case 'o':
		digits, prefix = mag.Text(8), "0o"
	case 'x':
		digits, prefix = mag.Text(16), "0x"
	case 'X':
		digits, prefix = strings.ToUpper(mag.Text(16)), "0X"
	case 'c':
		if fs.sign != 0 {
			return "", NewError(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if fs.alt {
			return "", NewError(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !b.IsInt64() || b.Int64() < 0 || b.Int64() > 0x10ffff {
			return "", NewException(OverflowErrorType, String("%c arg not in range(0x110000)"))
		}
		return pad(string(rune(b.Int64())), fs, '<'), nil
	default:
		return "", NewError(ValueErrorType, "Unknown format code '%c' for object of type '%s'", fs.typ, typeName)
	}
	if fs.typ != 0 && fs.typ != 'd' && fs.typ != 'n' && fs.grouping != 0 {
		if fs.grouping == ',' {
			return "", NewError(ValueErrorType, "Cannot specify ',' with '%c'.", fs.typ)
		}
		digits = group(digits, '_', 4)
	}
	if !fs.alt {
		prefix = ""
	}
	s := signOf(neg, fs.sign) + prefix
	if fs.align == '=' && fs.fill == '0' && fs.grouping != 0 && fs.width > 0 {
		// Zero padding also gets group separators.
		raw := strings.ReplaceAll(digits, string(fs.grouping), "")
		n := 3
		if fs.typ != 0 && fs.typ != 'd' && fs.typ != 'n' {
			n = 4
		}
		for len(s)+len(group(raw, fs.grouping, n)) < fs.width {
			raw = "0" + raw
		}
		digits = group(raw, fs.grouping, n)
		if len(digits) > 0 && digits[0] == fs.grouping {
			digits = "0" + digits
		}
	}
	return pad(s+digits, fs, '>'), nil
}

func formatFloat(f float64, spec string) (string, error) {
	if spec == "" {
		return FormatFloat(f), nil
	}
	fs, err := parseSpec(spec, "float")
	if err != nil {
		return "", err
	}
	return formatFloatSpec(f, fs)
}

func formatFloatSpec(f float64, fs formatSpec) (string, error) {
	typ := fs.typ
	prec := fs.precision
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", NewError(ValueErrorType, "Unknown format code '%c' for object of type 'float'", typ)
	}
	neg := math.Signbit(f)
	a := math.Abs(f)
	var body string
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	finite := false
	switch {
	case math.IsInf(a, 0):
		body = "inf"
	case math.IsNaN(a):
		body = "nan"
		neg = false
	default:
		finite = true
		switch typ {
		case 'f', 'F':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'f', prec, 64)
			if fs.alt && prec == 0 {
				body += "."
			}
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'e', prec, 64)
			if fs.alt && prec == 0 {
				body = strings.Replace(body, "e", ".e", 1)
			}
		case '%':
			if prec < 0 {
				prec = 6
			}
			if p := a * 100; math.IsInf(p, 0) {
				body = "inf"
			} else {
				body = strconv.FormatFloat(p, 'f', prec, 64)
			}
			if fs.alt && prec == 0 {
				body += "."
			}
			body += "%"
		case 'g', 'G', 'n':
			if prec < 0 {
				prec = 6
			}
			body = formatG(a, prec, fs.alt, false)
		case 0:
			if prec < 0 {
				body = FormatFloat(a)
			} else {
				body = formatG(a, prec, fs.alt, true)
			}
		}
	}
	if !finite && typ == '%' {
		body += "%"
	}
	if upper {
		body = strings.ToUpper(body)
	}
	if fs.zeroNeg && neg {
		if z := strings.Trim(body, "0.%eE+-"); z == "" {
			neg = false
		}
	}
	if fs.grouping != 0 && finite {
		intEnd := strings.IndexAny(body, ".eE%")
		if intEnd < 0 {
			intEnd = len(body)
		}
		intPart := body[:intEnd]
		if fs.align == '=' && fs.fill == '0' && fs.width > 0 {
			rest := len(body) - intEnd + len(signOf(neg, fs.sign))
			for len(group(intPart, fs.grouping, 3))+rest < fs.width {
				intPart = "0" + intPart
			}
		}
		g := group(intPart, fs.grouping, 3)
		if len(g) > 0 && g[0] == fs.grouping {
			g = "0" + g
		}
		body = g + body[intEnd:]
		if fs.align == '=' && fs.fill == '0' {
			return signOf(neg, fs.sign) + body, nil
		}
	}
	return pad(signOf(neg, fs.sign)+body, fs, '>'), nil
}

// formatG implements the 'g' presentation (and, with noneType, the
// presentation of an empty type with a precision).
func formatG(a float64, prec int, alt, noneType bool) string {
	if prec == 0 {
		prec = 1
	}
	if a == 0 {
		if alt {
			return "0." + strings.Repeat("0", prec-1)
		}
		if noneType {
			return "0.0"
		}
		return "0"
	}
	es := strconv.FormatFloat(a, 'e', prec-1, 64)
	ePos := strings.IndexByte(es, 'e')
	exp, _ := strconv.Atoi(es[ePos+1:])
	limit := prec
	if noneType {
		limit = prec - 1
	}
	var s string
	if exp >= -4 && exp < limit {
		s = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
		if !alt && strings.IndexByte(s, '.') >= 0 {
			s = strings.TrimRight(s, "0")
			s = strings.TrimSuffix(s, ".")
		}
		if noneType && strings.IndexByte(s, '.') < 0 {
			s += ".0"
		}
		if alt && strings.IndexByte(s, '.') < 0 {
			s += "." // '#' keeps the decimal point
		}
		return s
	}
	mant, e := es[:ePos], es[ePos:]
	if !alt && strings.IndexByte(mant, '.') >= 0 {
		mant = strings.TrimRight(mant, "0")
		mant = strings.TrimSuffix(mant, ".")
	}
	if alt && strings.IndexByte(mant, '.') < 0 {
		mant += "."
	}
	return mant + e
}

func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x` + hex2(int(r), 2))
		case r < 0x10000:
			b.WriteString(`\u` + hex2(int(r), 4))
		default:
			b.WriteString(`\U` + hex2(int(r), 8))
		}
	}
	return b.String()
}

func hex2(v, n int) string {
	s := strconv.FormatInt(int64(v), 16)
	for len(s) < n {
		s = "0" + s
	}
	return s
}
