package syntax

// The kinds of target checked by checkTarget.
type targetMode uint8

const (
	targetAssign targetMode = iota // =, for, with ... as, comprehension for
	targetDel                      // del
	targetAug                      // +=, -=, ...
)

// exprKind names an expression as CPython's error messages do.
func exprKind(x Expr) string {
	switch x := x.(type) {
	case *Name:
		return "name"
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *Unary, *Binary:
		return "expression"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	case *Yield:
		return "yield expression"
	case *Comp:
		return compNames[x.Kind]
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *FString:
		return "f-string expression"
	case *Slice:
		return "slice"
	case *Literal:
		switch v := x.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisValue:
			return "ellipsis"
		}
		return "literal"
	}
	return "expression"
}

// checkTarget reports an error if x cannot be the target of an
// assignment, del or augmented assignment.
func (p *parser) checkTarget(x Expr, mode targetMode) {
	switch x := x.(type) {
	case *Name, *Attribute, *Subscript:
		return
	case *Tuple, *List:
		if mode == targetAug {
			p.errorAt(x.Start(), "'%s' is an illegal expression for augmented assignment", exprKind(x))
		}
		var elts []Expr
		if t, ok := x.(*Tuple); ok {
			elts = t.Elts
		} else {
			elts = x.(*List).Elts
		}
		starred := false
		for _, e := range elts {
			if s, ok := e.(*Starred); ok && mode == targetAssign {
				if starred {
					p.errorAt(s.StarPos, "multiple starred expressions in assignment")
				}
				starred = true
				p.checkTarget(s.X, mode)
				continue
			}
			p.checkTarget(e, mode)
		}
		return
	case *Starred:
		if mode == targetAssign {
			p.errorAt(x.StarPos, "starred assignment target must be in a list or tuple")
		}
	}
	switch mode {
	case targetDel:
		p.errorAt(x.Start(), "cannot delete %s", exprKind(x))
	case targetAug:
		p.errorAt(x.Start(), "'%s' is an illegal expression for augmented assignment", exprKind(x))
	}
	p.errorAt(x.Start(), "cannot assign to %s", exprKind(x))
}

// checkSingleAssign checks the target of `x = value`, with CPython's hint
// for what looks like a mistyped comparison.
func (p *parser) checkSingleAssign(x Expr) {
	switch x := x.(type) {
	case *Name, *Attribute, *Subscript, *Tuple, *List, *Starred,
		*Compare, *IfExp, *Lambda, *NamedExpr, *Yield:
	case *Unary:
		if x.Op == NOT {
			break
		}
		p.errorAt(x.Start(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprKind(x))
	case *Binary:
		if x.Op == AND || x.Op == OR {
			break
		}
		p.errorAt(x.Start(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprKind(x))
	case *Literal:
		switch x.Value.(type) {
		case nil, bool:
		default:
			p.errorAt(x.Start(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprKind(x))
		}
	default:
		p.errorAt(x.Start(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprKind(x))
	}
	p.checkTarget(x, targetAssign)
}
