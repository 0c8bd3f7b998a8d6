package lang

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// formatPercent implements str % args.
func formatPercent(t *Thread, fv, args Value) (Value, error) {
	format := fv.r.(*Str).s
	var items []Value
	var mapping Value
	switch a := args.r.(type) {
	case *Tuple:
		items = a.items
	case *Dict:
		mapping = args
		items = []Value{args}
	default:
		if _, ok := args.r.(*Instance); ok {
			if _, has := args.Type().LookupString("__getitem__"); has {
				mapping = args
			}
		}
		items = []Value{args}
	}
	var b strings.Builder
	next := 0
	usedMapping := false
	getArg := func() (Value, error) {
		if next >= len(items) || usedMapping {
			return None, NewError(TypeErrorType, "not enough arguments for format string")
		}
		v := items[next]
		next++
		return v, nil
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(format) {
			return None, NewError(ValueErrorType, "incomplete format")
		}
		var arg Value
		haveArg := false
		if format[i] == '(' {
			if mapping.IsNone() {
				return None, NewError(TypeErrorType, "format requires a mapping")
			}
			depth := 1
			j := i + 1
			for j < len(format) && depth > 0 {
				if format[j] == '(' {
					depth++
				} else if format[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				return None, NewError(ValueErrorType, "incomplete format key")
			}
			key := format[i+1 : j-1]
			v, err := GetItem(t, mapping, String(key))
			if err != nil {
				return None, err
			}
			arg, haveArg = v, true
			usedMapping = true
			i = j
		}
		fs := formatSpec{fill: ' ', precision: -1}
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				fs.align = '<'
				continue
			case '+':
				fs.sign = '+'
				continue
			case ' ':
				if fs.sign == 0 {
					fs.sign = ' '
				}
				continue
			case '#':
				fs.alt = true
				continue
			case '0':
				fs.zero = true
				continue
			}
			break
		}
		if i < len(format) && format[i] == '*' {
			v, err := getArg()
			if err != nil {
				return None, err
			}
			w, ok := v.ToInt64()
			if !ok {
				return None, NewError(TypeErrorType, "* wants int")
			}
			if w < 0 {
				fs.align, w = '<', -w
			}
			fs.width = int(w)
			i++
		} else {
			j := i
			for j < len(format) && format[j] >= '0' && format[j] <= '9' {
				j++
			}
			if j > i {
				fs.width, _ = strconv.Atoi(format[i:j])
				i = j
			}
		}
		if i < len(format) && format[i] == '.' {
			i++
			if i < len(format) && format[i] == '*' {
				v, err := getArg()
				if err != nil {
					return None, err
				}
				p, _ := v.ToInt64()
				fs.precision = int(p)
				i++
			} else {
				j := i
				for j < len(format) && format[j] >= '0' && format[j] <= '9' {
					j++
				}
				fs.precision, _ = strconv.Atoi(format[i:j])
				i = j
			}
		}
		for i < len(format) && (format[i] == 'l' || format[i] == 'h' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return None, NewError(ValueErrorType, "incomplete format")
		}
		conv := format[i]
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		if strings.IndexByte("sdiouxXeEfFgGcrab", conv) < 0 {
			r, _ := utf8.DecodeRuneInString(format[i:])
			return None, NewError(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", r, r, utf8.RuneCountInString(format[:i]))
		}
		if !haveArg {
			v, err := getArg()
			if err != nil {
				return None, err
			}
			arg = v
		}
		if fs.align == '<' {
			fs.zero = false
		}
		s, err := percentOne(t, conv, arg, fs)
		if err != nil {
			return None, err
		}
		b.WriteString(s)
	}
	if next < len(items) && !usedMapping && mapping.IsNone() {
		return None, NewError(TypeErrorType, "not all arguments converted during string formatting")
	}
	return String(b.String()), nil
}

func percentOne(t *Thread, conv byte, arg Value, fs formatSpec) (string, error) {
	padded := func(s string, numeric bool) string {
		if fs.zero && numeric && fs.align != '<' {
			fs.fill, fs.align = '0', '='
		}
		if fs.align == 0 {
			fs.align = '>'
		}
		return pad(s, fs, '>')
	}
	switch conv {
	case 's', 'r', 'a':
		var s string
		var err error
		if conv == 's' {
			s, err = ToStr(t, arg)
		} else {
			s, err = Repr(t, arg)
			if conv == 'a' {
				s = asciiEscape(s)
			}
		}
		if err != nil {
			return "", err
		}
		if fs.precision >= 0 && len([]rune(s)) > fs.precision {
			s = string([]rune(s)[:fs.precision])
		}
		return padded(s, false), nil
	case 'd', 'i', 'u':
		v, err := percentInt(t, arg, conv)
		if err != nil {
			return "", err
		}
		s, err := formatInt(v, "")
		if err != nil {
			return "", err
		}
		if fs.precision > 0 {
			neg := strings.HasPrefix(s, "-")
			digits := strings.TrimPrefix(s, "-")
			for len(digits) < fs.precision {
				digits = "0" + digits
			}
			s = digits
			if neg {
				s = "-" + s
			}
		}
		if !strings.HasPrefix(s, "-") {
			s = signOf(false, fs.sign) + s
		}
		return padded(s, true), nil
	case 'x', 'X', 'o':
		v, err := percentInt(t, arg, conv)
		if err != nil {
			return "", err
		}
		spec := string(conv)
		if fs.alt {
			spec = "#" + spec
		}
		if fs.sign != 0 {
			spec = string(fs.sign) + spec
		}
		s, err := formatInt(v, spec)
		if err != nil {
			return "", err
		}
		return padded(s, true), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, ok := arg.ToFloat()
		if !ok {
			if r, found, err := callDunder(t, arg, "__float__"); found || err != nil {
				if err != nil {
					return "", err
				}
				f, _ = r.ToFloat()
			} else {
				return "", NewError(TypeErrorType, "must be real number, not %s", arg.TypeName())
			}
		}
		nf := formatSpec{fill: ' ', precision: fs.precision, sign: fs.sign, alt: fs.alt, typ: conv}
		if nf.precision < 0 {
			nf.precision = 6
		}
		s, err := formatFloatSpec(f, nf)
		if err != nil {
			return "", err
		}
		return padded(s, !math.IsInf(f, 0) && !math.IsNaN(f)), nil
	case 'c':
		if s, ok := arg.Str(); ok {
			if len([]rune(s)) != 1 {
				return "", NewException(TypeErrorType, String("%c requires int or char"))
			}
			return padded(s, false), nil
		}
		i, ok := arg.ToInt64()
		if !ok {
			return "", NewException(TypeErrorType, String("%c requires int or char"))
		}
		if i < 0 || i > 0x10ffff {
			return "", NewException(OverflowErrorType, String("%c arg not in range(0x110000)"))
		}
		return padded(string(rune(i)), false), nil
	}
	return "", NewError(ValueErrorType, "unsupported format character '%c' (0x%x)", conv, conv)
}

func percentInt(t *Thread, arg Value, conv byte) (Value, error) {
	switch arg.r.(type) {
	case intTag, boolTag, *Big:
		return arg, nil
	case floatTag:
		if conv == 'x' || conv == 'X' || conv == 'o' {
			return None, NewError(TypeErrorType, "%%%c format: an integer is required, not float", conv)
		}
		f := arg.AsFloat()
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return None, NewError(OverflowErrorType, "cannot convert float infinity to integer")
		}
		return floatToInt(f), nil
	}
	if r, found, err := callDunder(t, arg, "__int__"); found || err != nil {
		return r, err
	}
	if conv == 'x' || conv == 'X' || conv == 'o' {
		return None, NewError(TypeErrorType, "%%%c format: an integer is required, not %s", conv, arg.TypeName())
	}
	return None, NewError(TypeErrorType, "%%%c format: a real number is required, not %s", conv, arg.TypeName())
}

// StrFormat implements str.format(*args, **kwargs).
func StrFormat(t *Thread, format string, args []Value, kwNames []string) (string, error) {
	npos := len(args) - len(kwNames)
	auto := 0
	manual := false
	autoUsed := false
	var b strings.Builder
	var lookup func(field string) (Value, error)
	lookup = func(field string) (Value, error) {
		// arg_name, then .attr / [key] accessors.
		end := strings.IndexAny(field, ".[")
		if end < 0 {
			end = len(field)
		}
		name := field[:end]
		var v Value
		if name == "" {
			if manual {
				return None, NewError(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
			}
			autoUsed = true
			if auto >= npos {
				return None, NewError(IndexErrorType, "Replacement index %d out of range for positional args tuple", auto)
			}
			v = args[auto]
			auto++
		} else if n, err := strconv.Atoi(name); err == nil {
			if autoUsed {
				return None, NewError(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
			}
			manual = true
			if n >= npos || n < 0 {
				return None, NewError(IndexErrorType, "Replacement index %d out of range for positional args tuple", n)
			}
			v = args[n]
		} else {
			found := false
			for i, k := range kwNames {
				if k == name {
					v = args[npos+i]
					found = true
					break
				}
			}
			if !found {
				return None, &Exception{cls: KeyErrorType, Args: []Value{String(name)}}
			}
		}
		rest := field[end:]
		for rest != "" {
			if rest[0] == '.' {
				j := strings.IndexAny(rest[1:], ".[")
				if j < 0 {
					j = len(rest) - 1
				}
				attr := rest[1 : 1+j]
				if attr == "" {
					return None, NewError(ValueErrorType, "Empty attribute in format string")
				}
				r, ok, err := GetAttr(t, v, attr)
				if err != nil {
					return None, err
				}
				if !ok {
					return None, attrError(v, attr)
				}
				v = r
				rest = rest[1+j:]
				continue
			}
			if rest[0] != '[' {
				return None, NewError(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
			}
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return None, NewError(ValueErrorType, "Missing ']' in format string")
			}
			key := rest[1:j]
			if key == "" {
				return None, NewError(ValueErrorType, "Empty attribute in format string")
			}
			var k Value
			if n, err := strconv.Atoi(key); err == nil {
				k = Int(int64(n))
			} else {
				k = String(key)
			}
			r, err := GetItem(t, v, k)
			if err != nil {
				return None, err
			}
			v = r
			rest = rest[j+1:]
		}
		return v, nil
	}
	var render func(s string, depth int) (string, error)
	render = func(s string, depth int) (string, error) {
		if depth > 2 {
			return "", NewError(ValueErrorType, "Max string recursion exceeded")
		}
		var out strings.Builder
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '}' {
				if i+1 < len(s) && s[i+1] == '}' {
					out.WriteByte('}')
					i++
					continue
				}
				return "", NewError(ValueErrorType, "Single '}' encountered in format string")
			}
			if c != '{' {
				out.WriteByte(c)
				continue
			}
			if i+1 < len(s) && s[i+1] == '{' {
				out.WriteByte('{')
				i++
				continue
			}
			// Find the matching brace.
			depthB := 1
			j := i + 1
			for j < len(s) && depthB > 0 {
				if s[j] == '{' {
					depthB++
				} else if s[j] == '}' {
					depthB--
				}
				j++
			}
			if depthB > 0 {
				return "", NewError(ValueErrorType, "Single '{' encountered in format string")
			}
			inner := s[i+1 : j-1]
			i = j - 1
			field, conv, spec := inner, byte(0), ""
			if k := strings.IndexAny(inner, "!:"); k >= 0 {
				field = inner[:k]
				rest := inner[k:]
				if rest[0] == '!' {
					if len(rest) < 2 {
						return "", NewError(ValueErrorType, "end of string while looking for conversion specifier")
					}
					conv = rest[1]
					if conv != 'r' && conv != 's' && conv != 'a' {
						return "", NewError(ValueErrorType, "Unknown conversion specifier %c", conv)
					}
					rest = rest[2:]
					if rest != "" && rest[0] != ':' {
						return "", NewError(ValueErrorType, "expected ':' after conversion specifier")
					}
				}
				if rest != "" {
					spec = rest[1:]
				}
			}
			// The field takes its automatic number before the fields
			// nested in its spec, as in CPython.
			v, err := lookup(field)
			if err != nil {
				return "", err
			}
			if strings.IndexByte(spec, '{') >= 0 {
				r, err := render(spec, depth+1)
				if err != nil {
					return "", err
				}
				spec = r
			}
			r, err := formatField(t, v, conv, spec)
			if err != nil {
				return "", err
			}
			out.WriteString(r)
		}
		return out.String(), nil
	}
	r, err := render(format, 0)
	if err != nil {
		return "", err
	}
	b.WriteString(r)
	return b.String(), nil
}
