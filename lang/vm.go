package lang

import (
	"github.com/wasmling/wasmling/lang/compile"
)

// run executes frame f (and the script functions it calls, in the same
// loop) until f returns, yields, or raises.
func (t *Thread) run(f *frame) (Value, error) {
	saved := t.top
	v, err := t.loop(f)
	t.top = saved
	return v, err
}

func (t *Thread) loop(f *frame) (Value, error) {
	f.entry = true
	var (
		c      = f.code
		instrs = c.instrs
		slots  = f.slots
		pc     = f.pc
		sp     = f.sp
		err    error
	)
	if f.throw != nil {
		exc := f.throw
		f.throw = nil
		t.noteRaise(exc, f, pc-1)
		nb := len(f.blocks)
		if nb == 0 {
			return None, exc
		}
		b := f.blocks[nb-1]
		f.blocks = f.blocks[:nb-1]
		sp = int(b.depth)
		slots[sp] = Obj(exc)
		sp++
		pc = int(b.handler)
	}
loop:
	for {
		in := instrs[pc]
		pc++
		// The hottest instructions are tested before the switch: a Go
		// switch compiles to a binary search, and in WebAssembly every
		// taken branch costs an indirect jump. They have the lowest
		// values, so the other instructions pay one failed test.
		if in.Op <= compile.LOAD_SMALLINT {
			if in.Op == compile.LOAD_FAST {
				v := slots[in.A]
				if _, ok := v.r.(unboundTag); !ok {
					slots[sp] = v
					sp++
					continue
				}
			} else if in.Op == compile.STORE_FAST {
				sp--
				slots[in.A] = slots[sp]
				continue
			} else {
				slots[sp] = Value{r: intTag{}, n: uint64(in.A)}
				sp++
				continue
			}
		}
		switch in.Op {
		case compile.NOP:
			continue

		case compile.LOAD_FAST:
			v := slots[in.A]
			if _, ok := v.r.(unboundTag); ok {
				err = unboundLocal(c, int(in.A))
				break
			}
			slots[sp] = v
			sp++
			continue

		case compile.LOAD_FAST_FAST:
			v, w := slots[in.A], slots[in.C]
			if _, ok := v.r.(unboundTag); ok {
				err = unboundLocal(c, int(in.A))
				break
			}
			if _, ok := w.r.(unboundTag); ok {
				pc++
				err = unboundLocal(c, int(in.C))
				break
			}
			slots[sp] = v
			slots[sp+1] = w
			sp += 2
			pc++
			continue

		case compile.STORE_FAST:
			sp--
			slots[in.A] = slots[sp]
			continue

		case compile.LOAD_SMALLINT:
			slots[sp] = Value{r: intTag{}, n: uint64(in.A)}
			sp++
			continue

		case compile.LOAD_CONST:
			slots[sp] = c.consts[in.A]
			sp++
			continue

		case compile.LOAD_NONE:
			slots[sp] = None
			sp++
			continue

		case compile.POP:
			sp--
			continue

		case compile.DUP:
			slots[sp] = slots[sp-1]
			sp++
			continue

		case compile.DUP2:
			slots[sp] = slots[sp-2]
			slots[sp+1] = slots[sp-1]
			sp += 2
			continue

		case compile.ROT2:
			slots[sp-1], slots[sp-2] = slots[sp-2], slots[sp-1]
			continue

		case compile.ROT3:
			v := slots[sp-1]
			slots[sp-1] = slots[sp-2]
			slots[sp-2] = slots[sp-3]
			slots[sp-3] = v
			continue

		case compile.ROT4:
			v := slots[sp-1]
			slots[sp-1] = slots[sp-2]
			slots[sp-2] = slots[sp-3]
			slots[sp-3] = slots[sp-4]
			slots[sp-4] = v
			continue

		// The int fast paths of BINARY, INPLACE, the fused arithmetic
		// and compare-and-jump ops are written out in each case on
		// purpose. Shared helpers measured slower: Go inlines only tiny
		// functions into one this big, so a helper is a call, and any
		// change to this loop moves its speed by up to 10% in either
		// direction (natively and in wasm). Measure before tidying.
		case compile.BINARY:
			x, y := slots[sp-2], slots[sp-1]
			if _, ok := x.r.(intTag); ok {
				if _, ok := y.r.(intTag); ok {
					a, b := int64(x.n), int64(y.n)
					switch in.B {
					case opAdd:
						if r := a + b; (r > a) == (b > 0) {
							slots[sp-2].n = uint64(r)
							sp--
							continue
						}
					case opSub:
						if r := a - b; (r < a) == (b > 0) {
							slots[sp-2].n = uint64(r)
							sp--
							continue
						}
					case opMul:
						if a > -1<<31 && a < 1<<31 && b > -1<<31 && b < 1<<31 {
							slots[sp-2].n = uint64(a * b)
							sp--
							continue
						}
					case opMod:
						if b > 0 && a >= 0 {
							slots[sp-2].n = uint64(a % b)
							sp--
							continue
						}
					case opAnd:
						slots[sp-2].n = uint64(a & b)
						sp--
						continue
					case opXor:
						slots[sp-2].n = uint64(a ^ b)
						sp--
						continue
					case opOr:
						slots[sp-2].n = uint64(a | b)
						sp--
						continue
					}
				}
			}
			r, e := Binary(t, int(in.B), x, y)
			if e != nil {
				err = e
				break
			}
			sp--
			slots[sp-1] = r
			continue

		case compile.INPLACE:
			x, y := slots[sp-2], slots[sp-1]
			if _, ok := x.r.(intTag); ok {
				if _, ok := y.r.(intTag); ok {
					a, b := int64(x.n), int64(y.n)
					switch in.B {
					case opAdd:
						if r := a + b; (r > a) == (b > 0) {
							slots[sp-2].n = uint64(r)
							sp--
							continue
						}
					case opSub:
						if r := a - b; (r < a) == (b > 0) {
							slots[sp-2].n = uint64(r)
							sp--
							continue
						}
					case opXor:
						slots[sp-2].n = uint64(a ^ b)
						sp--
						continue
					}
				}
			}
			r, e := Inplace(t, int(in.B), x, y)
			if e != nil {
				err = e
				break
			}
			sp--
			slots[sp-1] = r
			continue

		case compile.COMPARE:
			x, y := slots[sp-2], slots[sp-1]
			r, e := Compare(t, int(in.B), x, y)
			if e != nil {
				err = e
				break
			}
			sp--
			slots[sp-1] = r
			continue

		case compile.CMPJ_FAST_K, compile.CMPJ_FAST_FAST, compile.CMPJ_GLOBAL_K:
			var x, y Value
			if in.Op != compile.CMPJ_GLOBAL_K {
				x = slots[in.A]
			} else if ic := &c.caches[in.C]; ic.kind == cacheGlobal && ic.epoch == f.globals.ht.keys {
				x = f.globals.ht.entries[ic.idx].val
			} else {
				// Run it as the LOAD_GLOBAL it replaces; the rest follows.
				v, e := t.loadGlobal(f, c, in)
				if e != nil {
					err = e
					break
				}
				slots[sp] = v
				sp++
				continue
			}
			if in.Op != compile.CMPJ_FAST_FAST {
				if k := instrs[pc]; k.Op == compile.LOAD_SMALLINT {
					y = Value{r: intTag{}, n: uint64(k.A)}
				} else {
					y = c.consts[k.A]
				}
			} else {
				y = slots[in.C]
			}
			cj := instrs[pc+1]
			pc += 2
			if _, ok := x.r.(intTag); ok {
				if _, ok := y.r.(intTag); ok {
					a, b := int64(x.n), int64(y.n)
					var res bool
					switch cj.B {
					case compile.CmpLT:
						res = a < b
					case compile.CmpLE:
						res = a <= b
					case compile.CmpGT:
						res = a > b
					case compile.CmpGE:
						res = a >= b
					case compile.CmpEQ:
						res = a == b
					default:
						res = a != b
					}
					if res == (cj.C == 1) {
						if int(cj.A) < pc {
							t.steps--
							if t.steps <= 0 {
								if err = t.tick(); err != nil {
									break
								}
							}
						}
						pc = int(cj.A)
					}
					continue
				}
			}
			if isUnbound(x) || isUnbound(y) {
				pc -= 2
				if isUnbound(x) {
					err = unboundLocal(c, int(in.A))
				} else {
					err = unboundLocal(c, int(in.C))
				}
				break
			}
			r, e := Compare(t, int(cj.B), x, y)
			if e != nil {
				err = e
				break
			}
			res, e := truth(t, r)
			if e != nil {
				err = e
				break
			}
			if res == (cj.C == 1) {
				if int(cj.A) < pc {
					t.steps--
					if t.steps <= 0 {
						if err = t.tick(); err != nil {
							break
						}
					}
				}
				pc = int(cj.A)
			}
			continue

		case compile.INPLACE_FAST_SMALL, compile.INPLACE_FAST_FAST, compile.BINARY_FAST_SMALL:
			x := slots[in.A]
			var y Value
			var op uint8
			if in.Op == compile.INPLACE_FAST_FAST {
				y = slots[in.C]
			} else {
				y = Value{r: intTag{}, n: uint64(instrs[pc].A)}
			}
			op = instrs[pc+1].B
			if _, ok := x.r.(intTag); ok {
				if _, ok := y.r.(intTag); ok {
					a, b := int64(x.n), int64(y.n)
					var r int64
					fast := true
					switch op {
					case opAdd:
						r = a + b
						fast = (r > a) == (b > 0)
					case opSub:
						r = a - b
						fast = (r < a) == (b > 0)
					case opMod:
						if b > 0 && a >= 0 {
							r = a % b
						} else {
							fast = false
						}
					case opAnd:
						r = a & b
					case opOr:
						r = a | b
					case opXor:
						r = a ^ b
					default:
						fast = false
					}
					if fast {
						if in.Op == compile.BINARY_FAST_SMALL {
							pc += 2
							slots[sp] = Value{r: intTag{}, n: uint64(r)}
							sp++
						} else {
							pc += 3
							slots[in.A] = Value{r: intTag{}, n: uint64(r)}
						}
						continue
					}
				}
			}
			pc += 2 // the BINARY or INPLACE, for tracebacks
			if isUnbound(x) || isUnbound(y) {
				if isUnbound(x) {
					err = unboundLocal(c, int(in.A))
				} else {
					err = unboundLocal(c, int(in.C))
				}
				break
			}
			var r Value
			var e error
			if in.Op == compile.BINARY_FAST_SMALL {
				r, e = Binary(t, int(op), x, y)
			} else {
				r, e = Inplace(t, int(op), x, y)
			}
			if e != nil {
				err = e
				break
			}
			if in.Op == compile.BINARY_FAST_SMALL {
				slots[sp] = r
				sp++
			} else {
				pc++
				slots[in.A] = r
			}
			continue

		case compile.FOR_ITER_STORE:
			switch it := slots[sp-1].r.(type) {
			case *rangeIter:
				if it.left > 0 {
					slots[in.C] = Value{r: intTag{}, n: uint64(it.next)}
					it.next += it.step
					it.left--
					pc++
					continue
				}
				sp--
				pc = int(in.A)
				continue
			case *listIter:
				if it.i < len(it.l.items) {
					slots[in.C] = it.l.items[it.i]
					it.i++
					pc++
					continue
				}
				it.i = 1 << 62
				sp--
				pc = int(in.A)
				continue
			case Iterator:
				v, ok, e := it.Next(t)
				if e != nil {
					err = e
					break
				}
				if ok {
					slots[in.C] = v
					pc++
				} else {
					sp--
					pc = int(in.A)
				}
				continue
			}
			if err == nil {
				err = NewError(TypeErrorType, "'%s' object is not an iterator", slots[sp-1].TypeName())
			}

		case compile.COMPARE_JUMP:
			x, y := slots[sp-2], slots[sp-1]
			sp -= 2
			var res bool
			if _, ok := x.r.(intTag); ok {
				if _, ok := y.r.(intTag); ok {
					a, b := int64(x.n), int64(y.n)
					switch in.B {
					case compile.CmpLT:
						res = a < b
					case compile.CmpLE:
						res = a <= b
					case compile.CmpEQ:
						res = a == b
					case compile.CmpNE:
						res = a != b
					case compile.CmpGT:
						res = a > b
					default:
						res = a >= b
					}
					goto compared
				}
			}
			{
				r, e := Compare(t, int(in.B), x, y)
				if e != nil {
					err = e
					break
				}
				if _, ok := r.r.(boolTag); ok {
					res = r.n != 0
				} else if res, e = Truth(t, r); e != nil {
					err = e
					break
				}
			}
		compared:
			if res == (in.C == 1) {
				if int(in.A) < pc {
					t.steps--
					if t.steps <= 0 {
						if err = t.tick(); err != nil {
							break
						}
					}
				}
				pc = int(in.A)
			}
			continue

		case compile.IS:
			x, y := slots[sp-2], slots[sp-1]
			sp--
			slots[sp-1] = Bool(Is(x, y) != (in.B == 1))
			continue

		case compile.IN:
			x, y := slots[sp-2], slots[sp-1]
			r, e := Contains(t, y, x)
			if e != nil {
				err = e
				break
			}
			sp--
			slots[sp-1] = Bool(r != (in.B == 1))
			continue

		case compile.NOT:
			v := slots[sp-1]
			b, e := truth(t, v)
			if e != nil {
				err = e
				break
			}
			slots[sp-1] = Bool(!b)
			continue

		case compile.UNARY:
			r, e := Unary(t, int(in.B), slots[sp-1])
			if e != nil {
				err = e
				break
			}
			slots[sp-1] = r
			continue

		case compile.JUMP:
			if int(in.A) < pc {
				t.steps--
				if t.steps <= 0 {
					if err = t.tick(); err != nil {
						break
					}
				}
			}
			pc = int(in.A)
			continue

		case compile.JUMP_FOR_ITER:
			// A for loop's back edge: run the FOR_ITER_STORE it jumps to
			// for ranges and lists here, saving a dispatch per iteration.
			t.steps--
			if t.steps <= 0 {
				if err = t.tick(); err != nil {
					break
				}
			}
			head := instrs[in.A]
			switch it := slots[sp-1].r.(type) {
			case *rangeIter:
				if it.left > 0 {
					slots[head.C] = Value{r: intTag{}, n: uint64(it.next)}
					it.next += it.step
					it.left--
					pc = int(in.A) + 2
					continue
				}
				sp--
				pc = int(head.A)
				continue
			case *listIter:
				if it.i < len(it.l.items) {
					slots[head.C] = it.l.items[it.i]
					it.i++
					pc = int(in.A) + 2
					continue
				}
			}
			pc = int(in.A)
			continue

		case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
			sp--
			v := slots[sp]
			var b bool
			if _, ok := v.r.(boolTag); ok {
				b = v.n != 0
			} else {
				var e error
				if b, e = truth(t, v); e != nil {
					err = e
					break
				}
			}
			if b == (in.Op == compile.POP_JUMP_IF_TRUE) {
				if int(in.A) < pc {
					t.steps--
					if t.steps <= 0 {
						if err = t.tick(); err != nil {
							break
						}
					}
				}
				pc = int(in.A)
			}
			continue

		case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
			b, e := truth(t, slots[sp-1])
			if e != nil {
				err = e
				break
			}
			if b == (in.Op == compile.JUMP_IF_TRUE_OR_POP) {
				pc = int(in.A)
			} else {
				sp--
			}
			continue

		case compile.JUMP_IF_NOT_NONE:
			if !slots[sp-1].IsNone() {
				pc = int(in.A)
			}
			continue

		case compile.GET_ITER:
			v := slots[sp-1]
			switch x := v.r.(type) {
			case *Range:
				slots[sp-1] = Obj(&rangeIter{next: x.start, step: x.step, left: x.n})
				continue
			case *List:
				slots[sp-1] = Obj(&listIter{l: x})
				continue
			}
			it, e := Iterate(t, v)
			if e != nil {
				err = e
				break
			}
			slots[sp-1] = Obj(it)
			continue

		case compile.FOR_ITER:
			switch it := slots[sp-1].r.(type) {
			case *rangeIter:
				if it.left > 0 {
					slots[sp] = Value{r: intTag{}, n: uint64(it.next)}
					sp++
					it.next += it.step
					it.left--
					continue
				}
				sp--
				pc = int(in.A)
				continue
			case *listIter:
				if it.i < len(it.l.items) {
					slots[sp] = it.l.items[it.i]
					sp++
					it.i++
					continue
				}
				it.i = 1 << 62
				sp--
				pc = int(in.A)
				continue
			case Iterator:
				v, ok, e := it.Next(t)
				if e != nil {
					err = e
					break
				}
				if ok {
					slots[sp] = v
					sp++
				} else {
					sp--
					pc = int(in.A)
				}
				continue
			}
			if err == nil {
				err = NewError(TypeErrorType, "'%s' object is not an iterator", slots[sp-1].TypeName())
			}

		case compile.LOAD_GLOBAL:
			ic := &c.caches[in.C]
			switch ic.kind {
			case cacheGlobal:
				if ic.epoch == f.globals.ht.keys {
					slots[sp] = f.globals.ht.entries[ic.idx].val
					sp++
					continue
				}
			case cacheBuiltin:
				if ic.epoch == f.globals.ht.keys && ic.cls == nil {
					b := &t.interp.builtins.ht
					if uint32(ic.idx) < uint32(len(b.entries)) && b.entries[ic.idx].key.r == Object(c.names[in.A]) {
						slots[sp] = b.entries[ic.idx].val
						sp++
						continue
					}
				}
			}
			v, e := t.loadGlobal(f, c, in)
			if e != nil {
				err = e
				break
			}
			slots[sp] = v
			sp++
			continue

		case compile.STORE_GLOBAL:
			sp--
			g := &f.globals.ht
			if ic := &c.caches[in.C]; ic.kind == cacheGlobal && ic.epoch == g.keys {
				g.entries[ic.idx].val = slots[sp]
				continue
			}
			t.storeGlobal(f, c, in, slots[sp])
			continue

		case compile.DELETE_GLOBAL:
			if _, ok, _ := f.globals.ht.del(t, Obj(c.names[in.A])); !ok {
				err = NewError(NameErrorType, "name '%s' is not defined", c.names[in.A].s)
				break
			}
			continue

		case compile.LOAD_NAME:
			name := c.names[in.A]
			if v, ok := f.ns.ht.getStr(name); ok {
				slots[sp] = v
				sp++
				continue
			}
			if v, ok := f.globals.ht.getStr(name); ok {
				slots[sp] = v
				sp++
				continue
			}
			if v, ok := t.interp.builtins.ht.getStr(name); ok {
				slots[sp] = v
				sp++
				continue
			}
			err = NewError(NameErrorType, "name '%s' is not defined", name.s)

		case compile.STORE_NAME:
			sp--
			f.ns.ht.setStr(c.names[in.A], slots[sp])
			continue

		case compile.DELETE_NAME:
			if _, ok, _ := f.ns.ht.del(t, Obj(c.names[in.A])); !ok {
				err = NewError(NameErrorType, "name '%s' is not defined", c.names[in.A].s)
				break
			}
			continue

		case compile.DELETE_FAST:
			if isUnbound(slots[in.A]) {
				err = unboundLocal(c, int(in.A))
				break
			}
			slots[in.A] = unbound
			continue

		case compile.LOAD_DEREF:
			v := f.cells[in.A].v
			if isUnbound(v) {
				err = unboundCell(c, int(in.A))
				break
			}
			slots[sp] = v
			sp++
			continue

		case compile.STORE_DEREF:
			sp--
			f.cells[in.A].v = slots[sp]
			continue

		case compile.DELETE_DEREF:
			if isUnbound(f.cells[in.A].v) {
				err = unboundCell(c, int(in.A))
				break
			}
			f.cells[in.A].v = unbound
			continue

		case compile.LOAD_CLOSURE:
			slots[sp] = Obj(f.cells[in.A])
			sp++
			continue

		case compile.LOAD_CLASSDEREF:
			name := c.names[in.C]
			if v, ok := f.ns.ht.getStr(name); ok {
				slots[sp] = v
				sp++
				continue
			}
			v := f.cells[in.A].v
			if isUnbound(v) {
				err = unboundCell(c, int(in.A))
				break
			}
			slots[sp] = v
			sp++
			continue

		case compile.LOAD_ATTR:
			v, e := t.loadAttr(c, in, slots[sp-1])
			if e != nil {
				err = e
				break
			}
			slots[sp-1] = v
			continue

		case compile.LOAD_FAST_ATTR:
			obj := slots[in.A]
			if isUnbound(obj) {
				err = unboundLocal(c, int(in.A))
				break
			}
			pc++ // the LOAD_ATTR this fuses
			v, e := t.loadAttr(c, instrs[pc-1], obj)
			if e != nil {
				err = e
				break
			}
			slots[sp] = v
			sp++
			continue

		case compile.STORE_ATTR:
			obj, v := slots[sp-1], slots[sp-2]
			sp -= 2
			if e := t.storeAttr(c, in, obj, v); e != nil {
				err = e
				break
			}
			continue

		case compile.DELETE_ATTR:
			sp--
			if e := DelAttr(t, slots[sp], c.names[in.A].s); e != nil {
				err = e
				break
			}
			continue

		case compile.LOAD_METHOD:
			fv, self, e := t.loadMethod(c, in, slots[sp-1])
			if e != nil {
				err = e
				break
			}
			slots[sp-1] = fv
			slots[sp] = self
			sp++
			continue

		case compile.CALL, compile.CALL_METHOD, compile.CALL_KW, compile.CALL_METHOD_KW:
			n := int(in.A)
			var kw []string
			top := sp
			if in.Op == compile.CALL_KW || in.Op == compile.CALL_METHOD_KW {
				kw = slots[sp-1].r.(*kwNames).names
				top--
			}
			fpos := top - n - 1
			args := slots[top-n : top]
			if in.Op == compile.CALL_METHOD || in.Op == compile.CALL_METHOD_KW {
				fpos--
				if !isNull(slots[fpos+1]) {
					args = slots[fpos+1 : top]
				}
			}
			fv := slots[fpos]
			t.steps--
			if t.steps <= 0 {
				if err = t.tick(); err != nil {
					break
				}
			}
			switch fn := fv.r.(type) {
			case *Function:
				if fn.code.Flags&compile.FlagGenerator == 0 {
					nf, e := t.newFrame(fn, args, kw, false)
					if e != nil {
						err = e
						break
					}
					sp = fpos
					f.pc, f.sp = pc, sp
					nf.parent = f
					f = nf
					c, instrs, slots, pc, sp = f.code, f.code.instrs, f.slots, f.pc, f.sp
					continue loop
				}
			case *Builtin:
				if !fn.bound {
					f.pc = pc
					t.top = f
					r, e := fn.fn(t, args, kw)
					sp = fpos
					if e != nil {
						err = e
						break
					}
					slots[sp] = r
					sp++
					continue loop
				}
			case *Class:
				if nf, obj, ok, e := t.ctorFrame(fn, args, kw); ok || e != nil {
					if e != nil {
						err = e
						break
					}
					sp = fpos
					if nf == nil {
						slots[sp] = obj
						sp++
						continue loop
					}
					f.pc, f.sp = pc, sp
					nf.parent = f
					f = nf
					c, instrs, slots, pc, sp = f.code, f.code.instrs, f.slots, f.pc, f.sp
					continue loop
				}
			case *BoundMethod:
				if m, ok := fn.Fn.r.(*Function); ok && m.code.Flags&compile.FlagGenerator == 0 && fpos+1 < top-n {
					// Room below the arguments: put self there and call.
					if in.Op == compile.CALL_METHOD || in.Op == compile.CALL_METHOD_KW {
						if isNull(slots[fpos+1]) {
							slots[fpos+1] = fn.Self
							nf, e := t.newFrame(m, slots[fpos+1:top], kw, false)
							if e != nil {
								err = e
								break
							}
							sp = fpos
							f.pc, f.sp = pc, sp
							nf.parent = f
							f = nf
							c, instrs, slots, pc, sp = f.code, f.code.instrs, f.slots, f.pc, f.sp
							continue loop
						}
					}
				}
			}
			if err != nil {
				break
			}
			f.pc = pc
			t.top = f
			r, e := t.Call(fv, args, kw)
			sp = fpos
			if e != nil {
				err = e
				break
			}
			slots[sp] = r
			sp++
			continue

		case compile.CALL_EX:
			var kwd *Dict
			top := sp
			if in.B == 1 {
				kwd, _ = slots[sp-1].r.(*Dict)
				top--
			}
			posv := slots[top-1]
			fv := slots[top-2]
			pos := posv.r.(*Tuple).items
			args := pos
			var kw []string
			if kwd != nil && kwd.Len() > 0 {
				args = make([]Value, 0, len(pos)+kwd.Len())
				args = append(args, pos...)
				kwd.Range(func(k, v Value) bool {
					s, _ := k.Str()
					kw = append(kw, s)
					args = append(args, v)
					return true
				})
			}
			sp = top - 2
			f.pc = pc
			t.top = f
			r, e := t.Call(fv, args, kw)
			if e != nil {
				err = e
				break
			}
			slots[sp] = r
			sp++
			continue

		case compile.RETURN:
			v := slots[sp-1]
			sp--
			if f.ctor {
				if !v.IsNone() {
					err = NewError(TypeErrorType, "__init__() should return None, not '%s'", v.TypeName())
					break
				}
				v = f.self
			}
			if f.code.Flags&compile.FlagModule != 0 {
				v = f.result
			}
			if f.entry {
				f.pc, f.sp = pc, sp
				if !f.heap {
					t.releaseFrame(f)
				}
				return v, nil
			}
			parent := f.parent
			t.releaseFrame(f)
			f = parent
			c, instrs, slots, pc, sp = f.code, f.code.instrs, f.slots, f.pc, f.sp
			slots[sp] = v
			sp++
			continue

		case compile.YIELD:
			v := slots[sp-1]
			sp--
			f.pc, f.sp = pc, sp
			f.yielded = true
			return v, nil

		case compile.SUBSCR:
			x, k := slots[sp-2], slots[sp-1]
			if l, ok := x.r.(*List); ok {
				if _, ok := k.r.(intTag); ok {
					i := int64(k.n)
					if i < 0 {
						i += int64(len(l.items))
					}
					if i >= 0 && i < int64(len(l.items)) {
						sp--
						slots[sp-1] = l.items[i]
						continue
					}
				}
			}
			r, e := GetItem(t, x, k)
			if e != nil {
				err = e
				break
			}
			sp--
			slots[sp-1] = r
			continue

		case compile.STORE_SUBSCR:
			v, x, k := slots[sp-3], slots[sp-2], slots[sp-1]
			sp -= 3
			if e := SetItem(t, x, k, v); e != nil {
				err = e
				break
			}
			continue

		case compile.SET_RESULT:
			sp--
			f.result = slots[sp]
			continue

		case compile.INPLACE_GLOBAL_SMALL, compile.INPLACE_GLOBAL_GLOBAL:
			ic := &c.caches[in.C]
			if ic.kind == cacheGlobal && ic.epoch == f.globals.ht.keys {
				e := &f.globals.ht.entries[ic.idx]
				b, fast := int64(instrs[pc].A), true
				if in.Op == compile.INPLACE_GLOBAL_GLOBAL {
					// The operand through the next LOAD_GLOBAL's cache.
					ic2 := &c.caches[instrs[pc].C]
					fast = ic2.kind == cacheGlobal && ic2.epoch == f.globals.ht.keys
					if fast {
						y := f.globals.ht.entries[ic2.idx].val
						_, fast = y.r.(intTag)
						b = int64(y.n)
					}
				}
				if _, ok := e.val.r.(intTag); ok && fast {
					a := int64(e.val.n)
					var r int64
					switch instrs[pc+1].B {
					case opAdd:
						r = a + b
						fast = (r > a) == (b > 0)
					case opSub:
						r = a - b
						fast = (r < a) == (b > 0)
					case opAnd:
						r = a & b
					case opOr:
						r = a | b
					case opXor:
						r = a ^ b
					default:
						fast = false
					}
					if fast {
						e.val.n = uint64(r)
						pc += 3
						if instrs[pc].Op == compile.SET_RESULT_NONE {
							// The statement's end at top level, fused too.
							f.result = None
							pc += 2
						}
						continue
					}
				}
			}
			// Run it as the LOAD_GLOBAL it replaces; the rest follows.
			v, e := t.loadGlobal(f, c, in)
			if e != nil {
				err = e
				break
			}
			slots[sp] = v
			sp++
			continue

		case compile.SET_RESULT_NONE:
			f.result = None
			pc++ // the SET_RESULT this fuses
			continue

		default:
			var e error
			sp, pc, e = t.exec(f, in, slots, sp, pc)
			if e != nil {
				err = e
				break
			}
			continue
		}

		// An error happened: find a handler, unwinding frames run by this
		// loop as needed.
		if err == nil {
			continue
		}
		exc, ok := err.(*Exception)
		if !ok {
			// Not an exception: unwind everything without running handlers.
			for !f.entry {
				p := f.parent
				t.releaseFrame(f)
				f = p
			}
			f.pc = pc
			if !f.heap {
				t.releaseFrame(f)
			}
			return None, err
		}
		t.noteRaise(exc, f, pc-1)
		for {
			if nb := len(f.blocks); nb > 0 {
				b := f.blocks[nb-1]
				f.blocks = f.blocks[:nb-1]
				sp = int(b.depth)
				slots[sp] = Obj(exc)
				sp++
				pc = int(b.handler)
				err = nil
				continue loop
			}
			if f.entry {
				f.pc, f.sp = pc, sp
				if !f.heap {
					t.releaseFrame(f)
				}
				return None, exc
			}
			p := f.parent
			t.releaseFrame(f)
			f = p
			c, instrs, slots, pc, sp = f.code, f.code.instrs, f.slots, f.pc, f.sp
			t.noteRaise(exc, f, pc-1)
		}
	}
}

// truth is Truth with the common cases inline.
func truth(t *Thread, v Value) (bool, error) {
	switch v.r.(type) {
	case boolTag, intTag:
		return v.n != 0, nil
	case nil:
		return false, nil
	}
	return Truth(t, v)
}

// nullTag marks the empty "self" slot LOAD_METHOD leaves for a plain
// callable.
type nullTag struct{}

func (nullTag) Type() *Class { return NoneType }

var null = Value{r: nullTag{}}

func isNull(v Value) bool { _, ok := v.r.(nullTag); return ok }

// kwNames is the run-time form of a keyword-names constant.
type kwNames struct{ names []string }

func (*kwNames) Type() *Class { return TupleType }

// noteRaise records where an exception passed: a traceback line for the
// frame (once per frame), and the exception being handled as its context.
func (t *Thread) noteRaise(exc *Exception, f *frame, pc int) {
	if t.handling != nil && t.handling != exc && exc.Context == nil {
		// Avoid cycles in the context chain.
		cyc := false
		for e := t.handling; e != nil; e = e.Context {
			if e == exc {
				cyc = true
				break
			}
		}
		if !cyc {
			exc.Context = t.handling
		}
	}
	if exc.tbFrame == f && exc.tbCode == f.code {
		return
	}
	exc.tbFrame = f
	exc.tbCode = f.code
	exc.addTrace(traceEntry(f, pc))
}

func traceEntry(f *frame, pc int) TraceEntry {
	c := f.code
	if pc < 0 {
		pc = 0
	}
	line := 0
	if pc < len(c.Pos) {
		line = int(c.Pos[pc].Line)
	}
	src := ""
	if line >= 1 && line <= len(c.Lines) {
		src = trimSpace(c.Lines[line-1])
	}
	return TraceEntry{File: c.Filename, Line: line, Func: c.Name, Source: src}
}

func unboundLocal(c *code, i int) error {
	return NewError(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", c.Locals[i])
}

func unboundCell(c *code, i int) error {
	var name string
	if i < len(c.CellVars) {
		name = c.CellVars[i]
		return NewError(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	name = c.FreeVars[i-len(c.CellVars)]
	return NewError(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}
