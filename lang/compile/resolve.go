package compile

import (
	"github.com/wasmling/wasmling/lang/syntax"
)

// Name resolution: before any code is generated, every scope of the file
// (module, function, lambda, class body, comprehension) is walked once to
// learn which names it binds, declares global or nonlocal, and uses. Then
// every use is classified: a local slot, a cell shared with inner
// functions, a free variable of an enclosing function, a class namespace
// entry, or a global (falling back to builtins).

type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeFunction
	scopeClass
	scopeComprehension
)

type scope struct {
	kind   scopeKind
	parent *scope
	node   syntax.Node

	bound    map[string]bool
	order    []string // bound names in first-binding order
	globals  map[string]bool
	nonlocal map[string]bool
	// nonlocalPos is where each nonlocal name was declared.
	nonlocalPos map[string]syntax.Pos
	used        map[string]bool
	params      []string

	cells map[string]bool // bound here, captured by an inner scope
	frees map[string]bool // taken from an enclosing function

	children []*scope

	isGenerator bool
	superCall   bool // uses zero-argument super()
	classCell   bool // class body: provides the __class__ cell
}

func newScope(kind scopeKind, parent *scope, node syntax.Node) *scope {
	s := &scope{
		kind: kind, parent: parent, node: node,
		bound: map[string]bool{}, globals: map[string]bool{},
		nonlocal: map[string]bool{}, used: map[string]bool{},
		cells: map[string]bool{}, frees: map[string]bool{},
	}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) bind(name string) {
	if !s.bound[name] {
		s.bound[name] = true
		s.order = append(s.order, name)
	}
}

func (s *scope) isFunc() bool { return s.kind == scopeFunction || s.kind == scopeComprehension }

// local reports whether name is a local (slot or cell) of function scope s.
func (s *scope) local(name string) bool {
	return s.isFunc() && s.bound[name] && !s.globals[name] && !s.nonlocal[name]
}

// resolver builds the scope tree of a file.
type resolver struct {
	file   string
	lines  []string
	scopes map[syntax.Node]*scope
	cur    *scope
	err    *syntax.Error
}

func (r *resolver) errorf(pos syntax.Pos, msg string) {
	if r.err != nil {
		return
	}
	e := &syntax.Error{File: r.file, Pos: pos, Msg: msg}
	if int(pos.Line) >= 1 && int(pos.Line) <= len(r.lines) {
		e.Line = r.lines[pos.Line-1]
	}
	r.err = e
}

func (r *resolver) push(kind scopeKind, node syntax.Node) *scope {
	s := newScope(kind, r.cur, node)
	if node != nil {
		r.scopes[node] = s
	}
	r.cur = s
	return s
}

func (r *resolver) pop() { r.cur = r.cur.parent }

// resolveFile runs the first pass and then classifies free variables.
func resolveFile(f *syntax.File) (map[syntax.Node]*scope, *scope, error) {
	r := &resolver{file: f.Name, lines: f.Lines, scopes: map[syntax.Node]*scope{}}
	mod := r.push(scopeModule, nil)
	r.stmts(f.Stmts)
	if r.err != nil {
		return nil, nil, r.err
	}
	r.finish(mod)
	if r.err != nil {
		return nil, nil, r.err
	}
	return r.scopes, mod, nil
}

func (r *resolver) stmts(list []syntax.Stmt) {
	for _, s := range list {
		r.stmt(s)
	}
}

func (r *resolver) declare(pos syntax.Pos, names []string, global bool) {
	s := r.cur
	for _, n := range names {
		if s.used[n] || s.bound[n] {
			kind := "nonlocal"
			if global {
				kind = "global"
			}
			if s.bound[n] {
				r.errorf(pos, "name '"+n+"' is assigned to before "+kind+" declaration")
			} else {
				r.errorf(pos, "name '"+n+"' is used prior to "+kind+" declaration")
			}
			return
		}
		if global {
			if s.nonlocal[n] {
				r.errorf(pos, "name '"+n+"' is nonlocal and global")
			}
			s.globals[n] = true
		} else {
			if s.kind == scopeModule {
				r.errorf(pos, "nonlocal declaration not allowed at module level")
				return
			}
			if s.globals[n] {
				r.errorf(pos, "name '"+n+"' is nonlocal and global")
			}
			for _, p := range s.params {
				if p == n {
					r.errorf(pos, "name '"+n+"' is parameter and nonlocal")
				}
			}
			s.nonlocal[n] = true
			if s.nonlocalPos == nil {
				s.nonlocalPos = map[string]syntax.Pos{}
			}
			s.nonlocalPos[n] = pos
		}
	}
}

func (r *resolver) stmt(st syntax.Stmt) {
	switch s := st.(type) {
	case *syntax.ExprStmt:
		r.expr(s.X)
	case *syntax.Assign:
		r.expr(s.Value)
		for _, t := range s.Targets {
			r.target(t)
		}
	case *syntax.AugAssign:
		r.expr(s.Value)
		if n, ok := s.Target.(*syntax.Name); ok {
			r.cur.used[n.Id] = true
		}
		r.target(s.Target)
	case *syntax.AnnAssign:
		if s.Value != nil {
			r.expr(s.Value)
		}
		r.target(s.Target)
	case *syntax.If:
		r.expr(s.Cond)
		r.stmts(s.Body)
		r.stmts(s.Else)
	case *syntax.While:
		r.expr(s.Cond)
		r.stmts(s.Body)
		r.stmts(s.Else)
	case *syntax.For:
		r.expr(s.Iter)
		r.target(s.Target)
		r.stmts(s.Body)
		r.stmts(s.Else)
	case *syntax.Break, *syntax.Continue, *syntax.Pass:
	case *syntax.Return:
		if s.Value != nil {
			r.expr(s.Value)
		}
	case *syntax.FuncDef:
		for _, d := range s.Decorators {
			r.expr(d)
		}
		r.defaults(s.Params)
		r.cur.bind(s.Name)
		r.function(s, s.Params, func() { r.stmts(s.Body) })
	case *syntax.ClassDef:
		for _, d := range s.Decorators {
			r.expr(d)
		}
		for _, b := range s.Bases {
			r.expr(b)
		}
		for _, k := range s.Keywords {
			r.expr(k.Value)
		}
		r.cur.bind(s.Name)
		r.push(scopeClass, s)
		r.stmts(s.Body)
		r.pop()
	case *syntax.Try:
		r.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				r.expr(h.Type)
			}
			if h.Name != "" {
				r.cur.bind(h.Name)
			}
			r.stmts(h.Body)
		}
		r.stmts(s.Else)
		r.stmts(s.Finally)
	case *syntax.Raise:
		if s.Exc != nil {
			r.expr(s.Exc)
		}
		if s.Cause != nil {
			r.expr(s.Cause)
		}
	case *syntax.With:
		for _, it := range s.Items {
			r.expr(it.Ctx)
			if it.Target != nil {
				r.target(it.Target)
			}
		}
		r.stmts(s.Body)
	case *syntax.Assert:
		r.expr(s.Test)
		if s.Msg != nil {
			r.expr(s.Msg)
		}
	case *syntax.Del:
		for _, t := range s.Targets {
			r.target(t)
		}
	case *syntax.Global:
		r.declare(s.GlobalPos, s.Names, true)
	case *syntax.Nonlocal:
		r.declare(s.NonlocalPos, s.Names, false)
	case *syntax.Import:
		for _, n := range s.Names {
			name := n.As
			if name == "" {
				name = firstPart(n.Path)
			}
			r.cur.bind(name)
		}
	case *syntax.ImportFrom:
		for _, n := range s.Names {
			if n.Path == "*" {
				r.errorf(n.Pos, "'import *' is not supported")
				return
			}
			name := n.As
			if name == "" {
				name = n.Path
			}
			r.cur.bind(name)
		}
	case *syntax.Match:
		r.expr(s.Subject)
		for _, c := range s.Cases {
			r.pattern(c.Pattern)
			if c.Guard != nil {
				r.expr(c.Guard)
			}
			r.stmts(c.Body)
		}
	default:
		r.errorf(st.Start(), "unsupported statement")
	}
}

func firstPart(path string) string {
	for i := 0; i < len(path); i++ {
		if path[i] == '.' {
			return path[:i]
		}
	}
	return path
}

func (r *resolver) defaults(params []syntax.Param) {
	for _, p := range params {
		if p.Default != nil {
			r.expr(p.Default)
		}
	}
}

// function resolves a def or lambda body in a new function scope.
func (r *resolver) function(node syntax.Node, params []syntax.Param, body func()) {
	s := r.push(scopeFunction, node)
	seen := map[string]bool{}
	for _, p := range params {
		if seen[p.Name] {
			r.errorf(p.ParamPos, "duplicate argument '"+p.Name+"' in function definition")
		}
		seen[p.Name] = true
		s.params = append(s.params, p.Name)
		s.bind(p.Name)
	}
	body()
	r.pop()
}

// target records the names bound by an assignment target.
func (r *resolver) target(t syntax.Expr) {
	switch x := t.(type) {
	case *syntax.Name:
		r.cur.bind(x.Id)
	case *syntax.Tuple:
		for _, e := range x.Elts {
			r.target(e)
		}
	case *syntax.List:
		for _, e := range x.Elts {
			r.target(e)
		}
	case *syntax.Starred:
		r.target(x.X)
	case *syntax.Attribute:
		r.expr(x.X)
	case *syntax.Subscript:
		r.expr(x.X)
		r.expr(x.Index)
	default:
		r.errorf(t.Start(), "cannot assign to expression")
	}
}

func (r *resolver) exprs(list []syntax.Expr) {
	for _, e := range list {
		r.expr(e)
	}
}

func (r *resolver) expr(e syntax.Expr) {
	switch x := e.(type) {
	case nil:
	case *syntax.Name:
		r.cur.used[x.Id] = true
		if x.Id == "__class__" {
			r.cur.superCall = true // the implicit __class__ cell of methods
		}
	case *syntax.Literal:
	case *syntax.FString:
		r.fstring(x)
	case *syntax.Unary:
		r.expr(x.X)
	case *syntax.Binary:
		r.expr(x.X)
		r.expr(x.Y)
	case *syntax.Compare:
		r.expr(x.X)
		r.exprs(x.Ys)
	case *syntax.Call:
		r.expr(x.Fn)
		for _, a := range x.Args {
			r.expr(a.Value)
		}
		if n, ok := x.Fn.(*syntax.Name); ok && n.Id == "super" && len(x.Args) == 0 {
			r.cur.superCall = true
		}
	case *syntax.Attribute:
		r.expr(x.X)
	case *syntax.Subscript:
		r.expr(x.X)
		r.expr(x.Index)
	case *syntax.Slice:
		r.expr(x.Lo)
		r.expr(x.Hi)
		r.expr(x.Step)
	case *syntax.List:
		r.exprs(x.Elts)
	case *syntax.Tuple:
		r.exprs(x.Elts)
	case *syntax.Set:
		r.exprs(x.Elts)
	case *syntax.Dict:
		r.exprs(x.Keys)
		r.exprs(x.Values)
	case *syntax.Starred:
		r.expr(x.X)
	case *syntax.Comp:
		r.comprehension(x)
	case *syntax.Lambda:
		r.defaults(x.Params)
		r.function(x, x.Params, func() { r.expr(x.Body) })
	case *syntax.IfExp:
		r.expr(x.Cond)
		r.expr(x.Then)
		r.expr(x.Else)
	case *syntax.NamedExpr:
		r.expr(x.Value)
		s := r.cur
		for s.kind == scopeComprehension {
			s = s.parent
		}
		if s.kind == scopeClass {
			r.errorf(x.Target.NamePos, "assignment expression within a comprehension cannot be used in a class body")
			return
		}
		s.bind(x.Target.Id)
		if s != r.cur {
			// The comprehension reads and writes the enclosing binding.
			r.cur.nonlocal[x.Target.Id] = s.kind != scopeModule
			if s.kind == scopeModule {
				delete(r.cur.nonlocal, x.Target.Id)
				r.cur.globals[x.Target.Id] = true
			}
		}
	case *syntax.Yield:
		if !r.cur.isFunc() || r.cur.kind == scopeComprehension && r.cur.node.(*syntax.Comp).Kind != syntax.CompGen {
			r.errorf(x.YieldPos, "'yield' outside function")
			return
		}
		r.cur.isGenerator = true
		r.expr(x.X)
	default:
		r.errorf(e.Start(), "unsupported expression")
	}
}

func (r *resolver) fstring(f *syntax.FString) {
	for _, p := range f.Parts {
		if p.Expr != nil {
			r.expr(p.Expr)
		}
		if p.Spec != nil {
			r.fstring(p.Spec)
		}
	}
}

// comprehension: the first iterable belongs to the enclosing scope; the
// rest to a new function-like scope whose parameter ".0" is the iterator.
func (r *resolver) comprehension(c *syntax.Comp) {
	r.expr(c.Clauses[0].Iter)
	s := r.push(scopeComprehension, c)
	s.params = []string{".0"}
	s.bind(".0")
	if c.Kind == syntax.CompGen {
		s.isGenerator = true
	}
	for i, cl := range c.Clauses {
		if i > 0 {
			r.expr(cl.Iter)
		}
		r.target(cl.Target)
		r.exprs(cl.Ifs)
	}
	r.expr(c.Elt)
	r.expr(c.Value)
	r.pop()
}

func (r *resolver) pattern(p syntax.Pattern) {
	switch x := p.(type) {
	case *syntax.MatchValue:
		r.expr(x.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchCapture:
		if x.Name != "_" {
			r.cur.bind(x.Name)
		}
	case *syntax.MatchStar:
		if x.Name != "_" && x.Name != "" {
			r.cur.bind(x.Name)
		}
	case *syntax.MatchSequence:
		for _, q := range x.Patterns {
			r.pattern(q)
		}
	case *syntax.MatchMapping:
		r.exprs(x.Keys)
		for _, q := range x.Patterns {
			r.pattern(q)
		}
		if x.Rest != "" {
			r.cur.bind(x.Rest)
		}
	case *syntax.MatchClass:
		r.expr(x.Cls)
		for _, q := range x.Patterns {
			r.pattern(q)
		}
		for _, q := range x.KwPatterns {
			r.pattern(q)
		}
	case *syntax.MatchOr:
		for _, q := range x.Alts {
			r.pattern(q)
		}
	case *syntax.MatchAs:
		if x.Pattern != nil {
			r.pattern(x.Pattern)
		}
		if x.Name != "" && x.Name != "_" {
			r.cur.bind(x.Name)
		}
	}
}

// finish classifies free variables, depth-first.
func (r *resolver) finish(s *scope) {
	for _, child := range s.children {
		r.finish(child)
	}
	if s.kind == scopeModule {
		return
	}
	// Explicit nonlocal declarations must name an enclosing function local.
	for n, isNonlocal := range s.nonlocal {
		if !isNonlocal {
			continue
		}
		if !r.capture(s, n) {
			pos, ok := s.nonlocalPos[n]
			if !ok {
				pos = s.node.Start()
			}
			r.errorf(pos, "no binding for nonlocal '"+n+"' found")
			return
		}
	}
	for n := range s.used {
		if s.globals[n] || s.nonlocal[n] {
			continue
		}
		if s.bound[n] {
			continue
		}
		r.capture(s, n)
	}
	if s.superCall && s.isFunc() {
		for p := s.parent; p != nil; p = p.parent {
			if p.kind == scopeClass {
				p.classCell = true
				p.cells["__class__"] = true
				for q := s; q != p; q = q.parent {
					q.frees["__class__"] = true
				}
				break
			}
		}
	}
}

// capture looks for name in the functions enclosing s. If one binds it,
// that function gets a cell and every scope in between a free variable.
func (r *resolver) capture(s *scope, name string) bool {
	for p := s.parent; p != nil; p = p.parent {
		switch {
		case p.kind == scopeModule:
			return false
		case p.kind == scopeClass:
			continue
		case p.globals[name]:
			return false
		case p.local(name):
			p.cells[name] = true
			for q := s; q != p; q = q.parent {
				q.frees[name] = true
			}
			return true
		case p.nonlocal[name] || p.frees[name]:
			// p itself takes it from further out.
			if r.capture(p, name) {
				for q := s; q != p; q = q.parent {
					q.frees[name] = true
				}
				return true
			}
			return false
		}
	}
	return false
}
