// Package compile turns a parsed Scriptling file into bytecode: it resolves
// every name to a local slot, cell, free variable, class namespace entry or
// global, and emits the Code of each module, function, class body and
// comprehension. It knows nothing about values at run time: constants are
// Go values that the interpreter converts when it loads the code.
package compile

import (
	"math"
	"math/big"
	"sort"
	"strconv"

	"github.com/wasmling/wasmling/lang/syntax"
)

// File compiles a parsed file into the Code of its module body.
func File(f *syntax.File) (code *Code, err error) {
	addClassAnnotations(f)
	scopes, mod, err := resolveFile(f)
	if err != nil {
		return nil, err
	}
	c := &compiler{file: f, scopes: scopes}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*syntax.Error)
			if !ok {
				panic(r)
			}
			code, err = nil, e
		}
	}()
	u := c.newUnit(mod, "<module>", "<module>", FlagModule, syntax.Pos{Line: 1, Col: 1})
	c.unit = u
	c.stmts(f.Stmts)
	c.emit(LOAD_NONE)
	c.emit(RETURN)
	return c.finishUnit(), nil
}

type compiler struct {
	file   *syntax.File
	scopes map[syntax.Node]*scope
	unit   *unit
}

// unit is the Code being built and its bookkeeping.
type unit struct {
	code   *Code
	scope  *scope
	parent *unit
	pos    syntax.Pos // position given to emitted instructions

	consts   map[any]int
	names    map[string]int
	localIdx map[string]int
	cellIdx  map[string]int // cells and free variables

	labels  []int // label id -> instruction index (-1 unbound)
	fixups  []fixup
	fblocks []fblock
}

type fixup struct {
	instr int
	label int
}

// label names a place in the code; it is bound by compiler.bind.
type label int

// fblock is an enclosing construct that break, continue and return must
// unwind.
type fblock struct {
	kind    fblockKind
	cont    label // loops
	brk     label // loops
	finally []syntax.Stmt
	name    string // handler: the `as` name to clear
	extra   int    // handler: values above the saved exception state
	isFor   bool
}

type fblockKind uint8

const (
	fbLoop    fblockKind = iota
	fbTry                // a SETUP_FINALLY block for except clauses
	fbFinally            // try body of a try/finally: run the finally body
	fbWith
	fbHandler // inside an except or finally handler: restore the exception state
)

func (c *compiler) errorf(pos syntax.Pos, msg string) {
	e := &syntax.Error{File: c.file.Name, Pos: pos, Msg: msg}
	if int(pos.Line) >= 1 && int(pos.Line) <= len(c.file.Lines) {
		e.Line = c.file.Lines[pos.Line-1]
	}
	panic(e)
}

func (c *compiler) newUnit(s *scope, name, qual string, flags Flags, pos syntax.Pos) *unit {
	code := &Code{
		Name: name, QualName: qual, Filename: c.file.Name, Lines: c.file.Lines,
		Flags: flags, FirstLine: pos.Line,
	}
	if s.isGenerator {
		code.Flags |= FlagGenerator
	}
	u := &unit{
		code: code, scope: s, parent: c.unit, pos: pos,
		consts: map[any]int{}, names: map[string]int{},
		localIdx: map[string]int{}, cellIdx: map[string]int{},
	}
	if s.isFunc() {
		// Parameters first, then the other locals in binding order.
		for _, p := range s.params {
			u.addLocal(p)
		}
		for _, n := range s.order {
			if s.local(n) {
				u.addLocal(n)
			}
		}
	}
	// Cells: sorted for determinism; then free variables.
	var cells, frees []string
	for n := range s.cells {
		cells = append(cells, n)
	}
	for n := range s.frees {
		frees = append(frees, n)
	}
	sort.Strings(cells)
	sort.Strings(frees)
	for _, n := range cells {
		u.cellIdx[n] = len(code.CellVars)
		code.CellVars = append(code.CellVars, n)
		if i, ok := u.localIdx[n]; ok && i < len(s.params) {
			code.CellParam = append(code.CellParam, i)
		} else {
			code.CellParam = append(code.CellParam, -1)
		}
	}
	for _, n := range frees {
		u.cellIdx[n] = len(code.CellVars) + len(code.FreeVars)
		code.FreeVars = append(code.FreeVars, n)
	}
	return u
}

func (u *unit) addLocal(name string) {
	if _, ok := u.localIdx[name]; !ok {
		u.localIdx[name] = len(u.code.Locals)
		u.code.Locals = append(u.code.Locals, name)
	}
}

// finishUnit resolves labels, computes the stack depth and returns the
// Code, making the parent unit current again.
func (c *compiler) finishUnit() *Code {
	u := c.unit
	for _, f := range u.fixups {
		target := u.labels[f.label]
		if target < 0 {
			panic("compile: unbound label")
		}
		u.code.Instrs[f.instr].A = int32(target)
	}
	u.code.MaxStack = maxStack(u.code)
	peephole(u.code)
	c.unit = u.parent
	return u.code
}

// ---- emission ----

func (c *compiler) emit(op Op) int { return c.emitABC(op, 0, 0, 0) }

func (c *compiler) emitA(op Op, a int) int { return c.emitABC(op, a, 0, 0) }

func (c *compiler) emitB(op Op, b int) int { return c.emitABC(op, 0, b, 0) }

func (c *compiler) emitABC(op Op, a, b, cc int) int {
	u := c.unit
	if a > 1<<31-1 || b > 255 || cc > 1<<16-1 {
		c.errorf(u.pos, "too many names, constants or arguments")
	}
	u.code.Instrs = append(u.code.Instrs, Instr{Op: op, A: int32(a), B: uint8(b), C: uint16(cc)})
	u.code.Pos = append(u.code.Pos, u.pos)
	return len(u.code.Instrs) - 1
}

func (c *compiler) newLabel() label {
	u := c.unit
	u.labels = append(u.labels, -1)
	return label(len(u.labels) - 1)
}

func (c *compiler) bind(l label) { c.unit.labels[l] = len(c.unit.code.Instrs) }

// jump emits a jump-like op whose A operand is label l.
func (c *compiler) jump(op Op, l label) int {
	i := c.emit(op)
	c.unit.fixups = append(c.unit.fixups, fixup{i, int(l)})
	return i
}

func (c *compiler) jumpB(op Op, b int, l label) int {
	i := c.emitB(op, b)
	c.unit.fixups = append(c.unit.fixups, fixup{i, int(l)})
	return i
}

func (c *compiler) setPos(p syntax.Pos) {
	if p.IsValid() {
		c.unit.pos = p
	}
}

type constKey struct {
	kind byte
	s    string
}

// constIndex interns a constant. Floats and ints are kept apart (1 and
// 1.0 are different constants), and so are -0.0 and 0.0.
func (c *compiler) constIndex(v any) int {
	u := c.unit
	var key any
	switch x := v.(type) {
	case nil, bool, int64, string, syntax.EllipsisValue:
		key = constKey{kindOf(v), keyString(v)}
	case float64:
		key = constKey{'f', floatKey(x)}
	case *big.Int:
		key = constKey{'B', x.String()}
	case []byte:
		key = constKey{'b', string(x)}
	case []string:
		s := ""
		for _, n := range x {
			s += n + "\x00"
		}
		key = constKey{'k', s}
	default:
		// Codes are never shared.
		u.code.Consts = append(u.code.Consts, v)
		return len(u.code.Consts) - 1
	}
	if i, ok := u.consts[key]; ok {
		return i
	}
	u.code.Consts = append(u.code.Consts, v)
	u.consts[key] = len(u.code.Consts) - 1
	return len(u.code.Consts) - 1
}

func kindOf(v any) byte {
	switch v.(type) {
	case nil:
		return 'N'
	case bool:
		return 'b'
	case int64:
		return 'i'
	case string:
		return 's'
	}
	return 'e'
}

func keyString(v any) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "1"
		}
		return "0"
	case int64:
		return big.NewInt(x).String()
	case string:
		return x
	}
	return ""
}

func floatKey(f float64) string { return strconv.FormatUint(math.Float64bits(f), 16) }

func (c *compiler) loadConst(v any) {
	if i, ok := v.(int64); ok && i >= 0 && i < 1<<30 {
		c.emitA(LOAD_SMALLINT, int(i))
		return
	}
	if v == nil {
		c.emit(LOAD_NONE)
		return
	}
	c.emitA(LOAD_CONST, c.constIndex(v))
}

func (c *compiler) nameIndex(name string) int {
	u := c.unit
	if i, ok := u.names[name]; ok {
		return i
	}
	u.code.Names = append(u.code.Names, name)
	u.names[name] = len(u.code.Names) - 1
	return len(u.code.Names) - 1
}
