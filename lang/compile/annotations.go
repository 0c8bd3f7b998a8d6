package compile

import (
	"strconv"
	"strings"

	"github.com/wasmling/wasmling/lang/syntax"
)

// addClassAnnotations rewrites every class body that has annotated
// assignments (x: int = 0) so that it builds __annotations__, as CPython
// does: the dict is created at the start of the body and each annotated
// simple name is recorded in it in order. Libraries such as dataclasses
// and typing.NamedTuple read it. With `from __future__ import
// annotations` the annotations are stored as source text.
func addClassAnnotations(f *syntax.File) {
	asText := false
	for _, s := range f.Stmts {
		if imp, ok := s.(*syntax.ImportFrom); ok && imp.Module == "__future__" {
			for _, n := range imp.Names {
				if n.Path == "annotations" {
					asText = true
				}
			}
		}
	}
	a := annotator{asText: asText}
	a.stmts(f.Stmts)
}

type annotator struct{ asText bool }

func (a annotator) stmts(list []syntax.Stmt) {
	for _, s := range list {
		switch x := s.(type) {
		case *syntax.If:
			a.stmts(x.Body)
			a.stmts(x.Else)
		case *syntax.While:
			a.stmts(x.Body)
			a.stmts(x.Else)
		case *syntax.For:
			a.stmts(x.Body)
			a.stmts(x.Else)
		case *syntax.With:
			a.stmts(x.Body)
		case *syntax.Try:
			a.stmts(x.Body)
			for _, h := range x.Handlers {
				a.stmts(h.Body)
			}
			a.stmts(x.Else)
			a.stmts(x.Finally)
		case *syntax.FuncDef:
			a.stmts(x.Body)
		case *syntax.Match:
			for _, c := range x.Cases {
				a.stmts(c.Body)
			}
		case *syntax.ClassDef:
			a.stmts(x.Body)
			a.classBody(x)
		}
	}
}

func (a annotator) classBody(c *syntax.ClassDef) {
	found := false
	c.Body = a.rewrite(c.Body, &found)
	if !found {
		return
	}
	pos := c.ClassPos
	init := &syntax.Assign{
		Targets: []syntax.Expr{&syntax.Name{NamePos: pos, Id: "__annotations__"}},
		Value:   &syntax.Dict{Lbrace: pos},
		EqPos:   pos,
	}
	at := 0
	if len(c.Body) > 0 {
		if es, ok := c.Body[0].(*syntax.ExprStmt); ok {
			if lit, ok := es.X.(*syntax.Literal); ok {
				if _, isStr := lit.Value.(string); isStr {
					at = 1
				}
			}
		}
	}
	body := make([]syntax.Stmt, 0, len(c.Body)+1)
	body = append(body, c.Body[:at]...)
	body = append(body, init)
	c.Body = append(body, c.Body[at:]...)
}

// rewrite replaces the annotated assignments of a class body (also inside
// if/for/while/try/with blocks of the body, not in nested defs).
func (a annotator) rewrite(list []syntax.Stmt, found *bool) []syntax.Stmt {
	out := list[:0:0]
	for _, s := range list {
		switch x := s.(type) {
		case *syntax.AnnAssign:
			name, ok := x.Target.(*syntax.Name)
			if !ok {
				out = append(out, s)
				continue
			}
			*found = true
			if x.Value != nil {
				out = append(out, &syntax.Assign{Targets: []syntax.Expr{x.Target}, Value: x.Value, EqPos: name.NamePos})
			}
			text := &syntax.Literal{LitPos: name.NamePos, Value: unparse(x.Annotation)}
			store := func(v syntax.Expr) syntax.Stmt {
				return &syntax.Assign{
					Targets: []syntax.Expr{&syntax.Subscript{
						X:      &syntax.Name{NamePos: name.NamePos, Id: "__annotations__"},
						Lbrack: name.NamePos,
						Index:  &syntax.Literal{LitPos: name.NamePos, Value: name.Id},
					}},
					Value: v,
					EqPos: name.NamePos,
				}
			}
			if a.asText {
				out = append(out, store(text))
				continue
			}
			// Annotations used to be ignored altogether, so one that
			// cannot be evaluated here (int | None, a forward reference)
			// is recorded as its text rather than failing the class.
			out = append(out, &syntax.Try{
				TryPos: name.NamePos,
				Body:   []syntax.Stmt{store(x.Annotation)},
				Handlers: []syntax.ExceptHandler{{
					ExceptPos: name.NamePos,
					Type:      &syntax.Name{NamePos: name.NamePos, Id: "Exception"},
					Body:      []syntax.Stmt{store(text)},
				}},
			})
			continue
		case *syntax.If:
			x.Body = a.rewrite(x.Body, found)
			x.Else = a.rewrite(x.Else, found)
		case *syntax.For:
			x.Body = a.rewrite(x.Body, found)
			x.Else = a.rewrite(x.Else, found)
		case *syntax.While:
			x.Body = a.rewrite(x.Body, found)
			x.Else = a.rewrite(x.Else, found)
		case *syntax.With:
			x.Body = a.rewrite(x.Body, found)
		case *syntax.Try:
			x.Body = a.rewrite(x.Body, found)
			for i := range x.Handlers {
				x.Handlers[i].Body = a.rewrite(x.Handlers[i].Body, found)
			}
			x.Else = a.rewrite(x.Else, found)
			x.Finally = a.rewrite(x.Finally, found)
		}
		out = append(out, s)
	}
	return out
}

// unparse renders the common annotation expressions as source text.
func unparse(e syntax.Expr) string {
	switch x := e.(type) {
	case *syntax.Name:
		return x.Id
	case *syntax.Attribute:
		return unparse(x.X) + "." + x.Name
	case *syntax.Subscript:
		idx := x.Index
		if t, ok := idx.(*syntax.Tuple); ok && len(t.Elts) > 0 {
			return unparse(x.X) + "[" + unparseList(t.Elts) + "]"
		}
		return unparse(x.X) + "[" + unparse(idx) + "]"
	case *syntax.Literal:
		switch v := x.Value.(type) {
		case nil:
			return "None"
		case string:
			return "'" + strings.ReplaceAll(v, "'", `\'`) + "'"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case int64:
			return strconv.FormatInt(v, 10)
		case syntax.EllipsisValue:
			return "..."
		}
	case *syntax.Tuple:
		if len(x.Elts) == 1 {
			return "(" + unparse(x.Elts[0]) + ",)"
		}
		return "(" + unparseList(x.Elts) + ")"
	case *syntax.List:
		return "[" + unparseList(x.Elts) + "]"
	case *syntax.Binary:
		if x.Op == syntax.PIPE {
			return unparse(x.X) + " | " + unparse(x.Y)
		}
	case *syntax.Call:
		return unparse(x.Fn) + "(...)"
	}
	return "..."
}

func unparseList(list []syntax.Expr) string {
	parts := make([]string, len(list))
	for i, e := range list {
		parts[i] = unparse(e)
	}
	return strings.Join(parts, ", ")
}
