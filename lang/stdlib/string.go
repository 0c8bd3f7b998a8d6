package stdlib

import (
	"strings"

	"github.com/wasmling/wasmling/lang"
)

// The string module: CPython's constants, capwords and Template.

const (
	asciiLowercase = "abcdefghijklmnopqrstuvwxyz"
	asciiUppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits         = "0123456789"
	punctuation    = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	whitespace     = " \t\n\r\x0b\x0c"
)

func stringModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("string")
	m.Set("__doc__", lang.String("Common string constants, capwords and Template (CPython's string module)."))
	m.Set("ascii_lowercase", lang.String(asciiLowercase))
	m.Set("ascii_uppercase", lang.String(asciiUppercase))
	m.Set("ascii_letters", lang.String(asciiLowercase+asciiUppercase))
	m.Set("digits", lang.String(digits))
	m.Set("hexdigits", lang.String(digits+"abcdefABCDEF"))
	m.Set("octdigits", lang.String("01234567"))
	m.Set("punctuation", lang.String(punctuation))
	m.Set("whitespace", lang.String(whitespace))
	m.Set("printable", lang.String(digits+asciiLowercase+asciiUppercase+punctuation+whitespace))
	m.SetFunc("capwords", stringCapwords)
	m.Set("Template", lang.Obj(templateClass()))
	return m, nil
}

func stringCapwords(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	var s string
	var sep lang.Value
	if err := lang.UnpackArgs(t, "capwords", args, kw, "s", &s, "sep?", &sep); err != nil {
		return lang.None, err
	}
	capitalize := func(w string) string {
		if w == "" {
			return w
		}
		r := []rune(strings.ToLower(w))
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		return string(r)
	}
	var words []string
	join := " "
	if sepStr, ok := sep.Str(); ok {
		words = strings.Split(s, sepStr)
		join = sepStr
	} else if !sep.IsNone() {
		return lang.None, lang.NewError(lang.TypeErrorType, "capwords() argument 'sep' must be str or None, not %s", sep.TypeName())
	} else {
		words = strings.Fields(s)
	}
	for i, w := range words {
		words[i] = capitalize(w)
	}
	return lang.String(strings.Join(words, join)), nil
}

// template is a string.Template.
type template struct {
	cls *lang.Class
	s   string
}

func (tp *template) Type() *lang.Class { return tp.cls }

func (tp *template) Attr(t *lang.Thread, name string) (lang.Value, bool, error) {
	switch name {
	case "template":
		return lang.String(tp.s), true, nil
	case "delimiter":
		return lang.String("$"), true, nil
	}
	return lang.None, false, nil
}

func templateClass() *lang.Class {
	cls := lang.NewClass("Template", "string", func(t *lang.Thread, cls *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
		var s string
		if err := lang.UnpackArgs(t, "Template", args, kw, "template", &s); err != nil {
			return lang.None, err
		}
		return lang.Obj(&template{cls: cls, s: s}), nil
	})
	cls.DefineMethod("substitute", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return templateSubstitute(t, args, kw, false)
	})
	cls.DefineMethod("safe_substitute", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return templateSubstitute(t, args, kw, true)
	})
	cls.DefineMethod("get_identifiers", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		tp := args[0].Object().(*template)
		var out []lang.Value
		seen := map[string]bool{}
		scanTemplate(tp.s, func(lit string) {}, func(name string, braced bool, pos int) error {
			if name != "" && !seen[name] {
				seen[name] = true
				out = append(out, lang.String(name))
			}
			return nil
		})
		return lang.ListValue(out), nil
	})
	return cls
}

func isIdentStart(c byte) bool {
	return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

func isIdentChar(c byte) bool { return isIdentStart(c) || (c >= '0' && c <= '9') }

// scanTemplate splits a template into literal text and placeholders; a
// placeholder with an empty name is an invalid one at pos.
func scanTemplate(s string, lit func(string), ph func(name string, braced bool, pos int) error) error {
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '$' {
			continue
		}
		lit(s[start:i])
		j := i + 1
		switch {
		case j < len(s) && s[j] == '$':
			lit("$")
			i = j
		case j < len(s) && isIdentStart(s[j]):
			k := j
			for k < len(s) && isIdentChar(s[k]) {
				k++
			}
			if err := ph(s[j:k], false, i); err != nil {
				return err
			}
			i = k - 1
		case j < len(s) && s[j] == '{' && j+1 < len(s) && isIdentStart(s[j+1]):
			k := j + 1
			for k < len(s) && isIdentChar(s[k]) {
				k++
			}
			if k < len(s) && s[k] == '}' {
				if err := ph(s[j+1:k], true, i); err != nil {
					return err
				}
				i = k
			} else {
				if err := ph("", false, i); err != nil {
					return err
				}
				lit("$")
			}
		default:
			if err := ph("", false, i); err != nil {
				return err
			}
			lit("$")
		}
		start = i + 1
	}
	lit(s[start:])
	return nil
}

func templateSubstitute(t *lang.Thread, args []lang.Value, kw []string, safe bool) (lang.Value, error) {
	tp := args[0].Object().(*template)
	npos := len(args) - len(kw)
	var mapping lang.Value
	if npos > 2 {
		return lang.None, lang.NewError(lang.TypeErrorType, "Too many positional arguments")
	}
	if npos == 2 {
		mapping = args[1]
	}
	lookup := func(name string) (lang.Value, bool, error) {
		for i, k := range kw {
			if k == name {
				return args[npos+i], true, nil
			}
		}
		if mapping.IsNone() {
			return lang.None, false, nil
		}
		v, err := lang.GetItem(t, mapping, lang.String(name))
		if err != nil {
			if e, ok := lang.AsException(err); ok && e.Class().IsSubclass(lang.KeyErrorType) {
				return lang.None, false, nil
			}
			return lang.None, false, err
		}
		return v, true, nil
	}
	var b strings.Builder
	err := scanTemplate(tp.s, func(s string) { b.WriteString(s) }, func(name string, braced bool, pos int) error {
		if name == "" {
			if safe {
				return nil
			}
			line := strings.Count(tp.s[:pos], "\n") + 1
			col := pos + 1
			if nl := strings.LastIndexByte(tp.s[:pos], '\n'); nl >= 0 {
				col = pos - nl
			}
			return lang.NewError(lang.ValueErrorType, "Invalid placeholder in string: line %d, col %d", line, col)
		}
		v, ok, err := lookup(name)
		if err != nil {
			return err
		}
		if !ok {
			if safe {
				if braced {
					b.WriteString("${" + name + "}")
				} else {
					b.WriteString("$" + name)
				}
				return nil
			}
			return lang.NewException(lang.KeyErrorType, lang.String(name))
		}
		s, err := lang.ToStr(t, v)
		if err != nil {
			return err
		}
		b.WriteString(s)
		return nil
	})
	if err != nil {
		return lang.None, err
	}
	return lang.String(b.String()), nil
}
