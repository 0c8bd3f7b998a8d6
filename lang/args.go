package lang

import (
	"strings"
)

// UnpackArgs binds the arguments of a built-in call to named parameters,
// with Python's error messages. pairs alternates parameter names and
// pointers to the variables that receive them. A name ending in "?" is
// optional (the variable keeps its value when the argument is absent); a
// name starting with "*" is keyword-only. Supported pointer types:
//
//	*Value     any value
//	*int64, *int   an int (or bool)
//	*float64   an int or float
//	*string    a str
//	*bool      any value, by its truth
//	**List, **Dict, **Tuple, **Str  that type
//	*[]Value   an iterable, collected
func UnpackArgs(t *Thread, fname string, args []Value, kw []string, pairs ...any) error {
	n := len(pairs) / 2
	if n > 64 {
		panic("lang: UnpackArgs takes at most 64 parameters")
	}
	npos := len(args) - len(kw)
	maxPos := 0
	for i := 0; i < n; i++ {
		if name := pairs[2*i].(string); name == "" || name[0] != '*' {
			maxPos = i + 1
		}
	}
	if npos > maxPos {
		if maxPos == 0 {
			return NewError(TypeErrorType, "%s() takes no positional arguments", fname)
		}
		return NewError(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, maxPos, plural(maxPos), npos)
	}
	var set uint64 // bit i: parameter i has its argument
	for i := 0; i < npos; i++ {
		if err := unpackOne(t, fname, argLabel{pos: i + 1}, args[i], pairs[2*i+1]); err != nil {
			return err
		}
		set |= 1 << i
	}
	for j, k := range kw {
		i := 0
		for i < n && paramName(pairs[2*i].(string)) != k {
			i++
		}
		if i == n {
			return NewError(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if set&(1<<i) != 0 {
			return NewError(TypeErrorType, "%s() got multiple values for argument '%s'", fname, k)
		}
		if err := unpackOne(t, fname, argLabel{key: k}, args[npos+j], pairs[2*i+1]); err != nil {
			return err
		}
		set |= 1 << i
	}
	for i := 0; i < n; i++ {
		if name := pairs[2*i].(string); set&(1<<i) == 0 && !strings.HasSuffix(name, "?") {
			return NewError(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, paramName(name), i+1)
		}
	}
	return nil
}

// paramName strips UnpackArgs' markers ("*" keyword-only, "?" optional)
// from a parameter name.
func paramName(s string) string {
	return strings.TrimSuffix(strings.TrimPrefix(s, "*"), "?")
}

// argLabel names an argument in errors: its position ("1") or its quoted
// keyword ("'sep'"), as CPython does. It is formatted only for an error.
type argLabel struct {
	pos int
	key string
}

func (l argLabel) String() string {
	if l.key != "" {
		return "'" + l.key + "'"
	}
	return itoa(l.pos)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// unpackOne converts one argument; name labels it in errors.
func unpackOne(t *Thread, fname string, name argLabel, v Value, ptr any) error {
	bad := func(want string) error {
		return NewError(TypeErrorType, "%s() argument %s must be %s, not %s", fname, name, want, v.TypeName())
	}
	switch p := ptr.(type) {
	case *Value:
		*p = v
	case *int64:
		i, ok := v.ToInt64()
		if !ok {
			if _, big := v.r.(*Big); big {
				return NewError(OverflowErrorType, "%s() argument %s is too large", fname, name)
			}
			if idx, ok, err := indexOf(t, v); ok || err != nil {
				*p = idx
				return err
			}
			return notInteger(v)
		}
		*p = i
	case *int:
		i, ok := v.ToInt64()
		if !ok {
			if _, big := v.r.(*Big); big {
				return NewError(OverflowErrorType, "%s() argument %s is too large", fname, name)
			}
			return notInteger(v)
		}
		*p = int(i)
	case *float64:
		f, ok := v.ToFloat()
		if !ok {
			return bad("a number")
		}
		*p = f
	case *string:
		s, ok := v.Str()
		if !ok {
			return bad("str")
		}
		*p = s
	case *bool:
		b, err := Truth(t, v)
		if err != nil {
			return err
		}
		*p = b
	case **List:
		l, ok := v.r.(*List)
		if !ok {
			return bad("list")
		}
		*p = l
	case **Dict:
		d, ok := v.r.(*Dict)
		if !ok {
			return bad("dict")
		}
		*p = d
	case **Tuple:
		tu, ok := v.r.(*Tuple)
		if !ok {
			return bad("tuple")
		}
		*p = tu
	case **Str:
		s, ok := v.r.(*Str)
		if !ok {
			return bad("str")
		}
		*p = s
	case *[]Value:
		items, err := ToSlice(t, v)
		if err != nil {
			return err
		}
		*p = items
	default:
		panic("UnpackArgs: unsupported pointer type")
	}
	return nil
}

// NoKwargs returns an error if a built-in that takes no keyword arguments
// got some.
func NoKwargs(fname string, kw []string) error {
	if len(kw) > 0 {
		return NewError(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// ArgCount checks the number of positional arguments of a built-in.
func ArgCount(fname string, args []Value, kw []string, min, max int) error {
	n := len(args) - len(kw)
	if n < min || n > max {
		switch {
		case min == max:
			return NewError(TypeErrorType, "%s() takes exactly %d argument%s (%d given)", fname, min, plural(min), n)
		case n < min:
			return NewError(TypeErrorType, "%s() takes at least %d argument%s (%d given)", fname, min, plural(min), n)
		default:
			return NewError(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, max, plural(max), n)
		}
	}
	return nil
}

// notInteger is CPython's error for a non-int where an int is needed.
func notInteger(v Value) error {
	return NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.TypeName())
}
