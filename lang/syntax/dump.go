package syntax

import (
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"
)

// Dump returns an indented, human-readable rendering of a syntax tree (a
// *File, any Node, or a slice of them), for debugging and golden tests.
// Each node is printed as its type name followed by its scalar fields;
// child nodes follow on their own lines, one level deeper. Zero-valued
// fields are omitted, except a Literal's value. File.Lines is not shown.
func Dump(x any) string {
	var d dumper
	d.node(reflect.ValueOf(x), 0)
	return d.b.String()
}

type dumper struct {
	b strings.Builder
}

var (
	posType  = reflect.TypeOf(Pos{})
	anyType  = reflect.TypeOf((*any)(nil)).Elem()
	tokType  = reflect.TypeOf(Token(0))
	fileType = reflect.TypeOf(File{})
)

// node writes v (a node, struct or slice) and a newline; the caller has
// written the indentation and any field label.
func (d *dumper) node(v reflect.Value, depth int) {
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			d.b.WriteString("nil\n")
			return
		}
		v = v.Elem()
	}
	if v.Kind() == reflect.Slice {
		d.b.WriteString("\n")
		for i := 0; i < v.Len(); i++ {
			d.indent(depth + 1)
			fmt.Fprintf(&d.b, "[%d]: ", i)
			d.node(v.Index(i), depth+1)
		}
		return
	}
	if v.Kind() != reflect.Struct {
		d.b.WriteString(scalar(v) + "\n")
		return
	}
	t := v.Type()
	d.b.WriteString(t.Name())
	type child struct {
		name string
		v    reflect.Value
	}
	var children []child
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		if t == fileType && f.Name == "Lines" {
			continue
		}
		if f.Type == anyType {
			fmt.Fprintf(&d.b, " %s=%s", f.Name, value(fv))
			continue
		}
		if fv.IsZero() {
			continue
		}
		switch {
		case f.Type == posType:
			p := fv.Interface().(Pos)
			fmt.Fprintf(&d.b, " %s=%d:%d", f.Name, p.Line, p.Col)
		case f.Type.Kind() == reflect.Slice && f.Type.Elem() == posType:
			d.b.WriteString(" " + f.Name + "=[")
			for j := 0; j < fv.Len(); j++ {
				if j > 0 {
					d.b.WriteString(" ")
				}
				p := fv.Index(j).Interface().(Pos)
				fmt.Fprintf(&d.b, "%d:%d", p.Line, p.Col)
			}
			d.b.WriteString("]")
		case f.Type.Kind() == reflect.Slice && (f.Type.Elem() == tokType || f.Type.Elem().Kind() == reflect.String):
			d.b.WriteString(" " + f.Name + "=[")
			for j := 0; j < fv.Len(); j++ {
				if j > 0 {
					d.b.WriteString(" ")
				}
				d.b.WriteString(scalar(fv.Index(j)))
			}
			d.b.WriteString("]")
		case isScalar(f.Type):
			fmt.Fprintf(&d.b, " %s=%s", f.Name, scalar(fv))
		default:
			children = append(children, child{f.Name, fv})
		}
	}
	d.b.WriteString("\n")
	for _, c := range children {
		d.indent(depth + 1)
		d.b.WriteString(c.name + ":")
		if c.v.Kind() != reflect.Slice {
			d.b.WriteString(" ")
		}
		d.node(c.v, depth+1)
	}
}

func (d *dumper) indent(depth int) {
	for i := 0; i < depth; i++ {
		d.b.WriteString("  ")
	}
}

func isScalar(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int32, reflect.Uint8:
		return true
	}
	return false
}

// scalar formats a field of a basic or enumeration type.
func scalar(v reflect.Value) string {
	switch x := v.Interface().(type) {
	case string:
		return strconv.Quote(x)
	case Token:
		return x.String()
	case ParamKind:
		return [...]string{"Normal", "PosOnly", "VarArgs", "KwOnly", "VarKw"}[x]
	case ArgKind:
		return [...]string{"Positional", "Star", "Keyword", "DoubleStar"}[x]
	case CompKind:
		return [...]string{"List", "Set", "Dict", "Gen"}[x]
	case byte:
		return string(rune(x))
	}
	return fmt.Sprint(v.Interface())
}

// value formats a literal's value in Python-like notation.
func value(v reflect.Value) string {
	switch x := v.Interface().(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case *big.Int:
		return x.String() + "(big)"
	case float64:
		s := strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eIN") {
			s += ".0"
		}
		return s
	case string:
		return strconv.Quote(x)
	case []byte:
		return "b" + strconv.Quote(string(x))
	case EllipsisValue:
		return "..."
	}
	return fmt.Sprintf("%#v", v.Interface())
}
