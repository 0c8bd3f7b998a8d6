package compile

import "math/bits"

// peephole fuses common instruction sequences into superinstructions. The
// fused op replaces the first instruction of a sequence and skips the
// rest when it runs; the others stay in place, so a jump that targets one
// of them still works, and the fused op reads their operands. A sequence
// is fused only when no jump lands inside it. It runs after maxStack, which
// therefore sees only plain instructions.
func peephole(c *Code) {
	in := c.Instrs
	target := make([]bool, len(in)+1)
	for _, x := range in {
		if isJump(x.Op) && int(x.A) < len(target) {
			target[x.A] = true
		}
	}
	// free reports whether instructions i+1..i+n exist and no jump lands
	// on them.
	free := func(i, n int) bool {
		if i+n >= len(in) {
			return false
		}
		for k := 1; k <= n; k++ {
			if target[i+k] {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(in); i++ {
		a := in[i]
		switch a.Op {
		case FOR_ITER:
			if free(i, 1) && in[i+1].Op == STORE_FAST && in[i+1].A < 1<<16 {
				in[i] = Instr{Op: FOR_ITER_STORE, A: a.A, C: uint16(in[i+1].A)}
				i++
			}
			continue
		case JUMP:
			// A loop's back edge (or continue) to its FOR_ITER_STORE:
			// fused above, as the loop head comes first.
			if int(a.A) < i && in[a.A].Op == FOR_ITER_STORE {
				in[i].Op = JUMP_FOR_ITER
			}
			continue
		case LOAD_NONE:
			if free(i, 1) && in[i+1].Op == SET_RESULT {
				in[i] = Instr{Op: SET_RESULT_NONE}
				i++
			}
			continue
		case LOAD_GLOBAL:
			if free(i, 2) && (in[i+1].Op == LOAD_SMALLINT || in[i+1].Op == LOAD_CONST) && in[i+2].Op == COMPARE_JUMP {
				in[i] = Instr{Op: CMPJ_GLOBAL_K, A: a.A}
				i += 2
				continue
			}
			if free(i, 3) && (in[i+1].Op == LOAD_SMALLINT || in[i+1].Op == LOAD_GLOBAL) && in[i+2].Op == INPLACE &&
				in[i+3].Op == STORE_GLOBAL && in[i+3].A == a.A {
				op := INPLACE_GLOBAL_SMALL
				if in[i+1].Op == LOAD_GLOBAL {
					op = INPLACE_GLOBAL_GLOBAL
				}
				in[i] = Instr{Op: op, A: a.A}
				i += 3
			}
			continue
		case LOAD_FAST:
		default:
			continue
		}
		switch {
		case free(i, 3) && in[i+1].Op == LOAD_SMALLINT && in[i+2].Op == INPLACE &&
			in[i+3].Op == STORE_FAST && in[i+3].A == a.A:
			in[i] = Instr{Op: INPLACE_FAST_SMALL, A: a.A}
			i += 3
		case free(i, 3) && in[i+1].Op == LOAD_FAST && in[i+2].Op == INPLACE &&
			in[i+3].Op == STORE_FAST && in[i+3].A == a.A && in[i+1].A < 1<<16:
			in[i] = Instr{Op: INPLACE_FAST_FAST, A: a.A, C: uint16(in[i+1].A)}
			i += 3
		case free(i, 2) && (in[i+1].Op == LOAD_SMALLINT || in[i+1].Op == LOAD_CONST) && in[i+2].Op == COMPARE_JUMP:
			in[i] = Instr{Op: CMPJ_FAST_K, A: a.A}
			i += 2
		case free(i, 2) && in[i+1].Op == LOAD_FAST && in[i+2].Op == COMPARE_JUMP && in[i+1].A < 1<<16:
			in[i] = Instr{Op: CMPJ_FAST_FAST, A: a.A, C: uint16(in[i+1].A)}
			i += 2
		case free(i, 2) && in[i+1].Op == LOAD_SMALLINT && in[i+2].Op == BINARY:
			in[i] = Instr{Op: BINARY_FAST_SMALL, A: a.A}
			i += 2
		case free(i, 1) && in[i+1].Op == LOAD_FAST && in[i+1].A < 1<<16:
			in[i] = Instr{Op: LOAD_FAST_FAST, A: a.A, C: uint16(in[i+1].A)}
			i++
		case free(i, 1) && in[i+1].Op == LOAD_ATTR && in[i+1].A < 1<<16:
			in[i] = Instr{Op: LOAD_FAST_ATTR, A: a.A, C: uint16(in[i+1].A)}
			i++
		}
	}
}

// stackEffect returns the change of stack depth when op falls through to
// the next instruction, and when it jumps (for jumping ops).
func stackEffect(c *Code, in Instr) (next, jump int) {
	a := int(in.A)
	switch in.Op {
	case NOP, ROT2, ROT3, ROT4, DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME,
		LOAD_ATTR, UNARY, NOT, GET_ITER, LIST_TO_TUPLE, YIELD, GET_YIELD_FROM_ITER,
		POP_BLOCK, CHECK_EXC_MATCH, JUMP, JUMP_IF_NOT_NONE:
		return 0, 0
	case POP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR,
		BINARY, INPLACE, COMPARE, IS, IN, LIST_APPEND, SET_ADD, LIST_EXTEND,
		SET_UPDATE, DICT_UPDATE, DICT_MERGE, SUBSCR, POP_EXCEPT, WITH_EXIT, SET_RESULT:
		return -1, 0
	case DUP, LOAD_CONST, LOAD_SMALLINT, LOAD_NONE, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE,
		LOAD_CLASSDEREF, LOAD_GLOBAL, LOAD_NAME, LOAD_METHOD, PUSH_EXC_INFO, BEFORE_WITH,
		WITH_EXCEPT_START, IMPORT_NAME, IMPORT_FROM, MATCH_MAPPING, MATCH_SEQUENCE,
		MATCH_KEYS, GET_LEN, COPY_DICT_WITHOUT_KEYS:
		return 1, 0
	case DUP2:
		return 2, 0
	case STORE_ATTR, DELETE_SUBSCR, MAP_ADD:
		return -2, 0
	case STORE_SUBSCR:
		return -3, 0
	case CALL:
		return -a, 0
	case CALL_KW, CALL_METHOD:
		return -a - 1, 0
	case CALL_METHOD_KW:
		return -a - 2, 0
	case CALL_EX:
		return -1 - int(in.B), 0
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE:
		return -1, -1
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		return -1, 0
	case COMPARE_JUMP:
		return -2, -2
	case FOR_ITER:
		return 1, -1
	case BUILD_LIST, BUILD_TUPLE, BUILD_SET, BUILD_STRING, BUILD_SLICE:
		return 1 - a, 0
	case BUILD_DICT:
		return 1 - 2*a, 0
	case FORMAT:
		return -int(in.C), 0
	case UNPACK_SEQUENCE:
		return a - 1, 0
	case UNPACK_EX:
		return a + int(in.C), 0
	case MAKE_FUNCTION:
		return -bits.OnesCount8(in.B & 7), 0
	case BUILD_CLASS:
		kw := 0
		if in.C > 0 {
			kw = len(c.Consts[in.C-1].([]string))
		}
		return 1 - (2 + a + kw), 0
	case RETURN:
		return -1, 0
	case SEND:
		return 0, -1
	case RAISE:
		return -a, 0
	case SETUP_FINALLY:
		return 0, 1 - int(in.C)
	case RERAISE:
		return -1, 0
	case MATCH_CLASS:
		return -2, 0
	case ASSERT_FAIL:
		return -int(in.B), 0
	}
	panic("compile: no stack effect for " + in.Op.String())
}

// terminates reports whether op never falls through.
func terminates(op Op) bool {
	switch op {
	case JUMP, RETURN, RAISE, RERAISE, ASSERT_FAIL:
		return true
	}
	return false
}

func isJump(op Op) bool {
	switch op {
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP,
		JUMP_IF_TRUE_OR_POP, JUMP_IF_NOT_NONE, FOR_ITER, SEND, SETUP_FINALLY, COMPARE_JUMP:
		return true
	}
	return false
}

// maxStack computes the deepest operand stack the code can reach by
// following every path. Superinstructions are analysed through the
// original pair they stand for.
func maxStack(c *Code) int {
	n := len(c.Instrs)
	depth := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	max := 0
	work := []int{0}
	depth[0] = 0
	visit := func(pc, d int) {
		if pc > n {
			return
		}
		if d > max {
			max = d
		}
		if depth[pc] < 0 {
			depth[pc] = d
			work = append(work, pc)
		}
	}
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		if pc >= n {
			continue
		}
		d := depth[pc]
		in := c.Instrs[pc]
		next, jump := stackEffect(c, in)
		if isJump(in.Op) {
			visit(int(in.A), d+jump)
		}
		if !terminates(in.Op) {
			visit(pc+1, d+next)
		}
	}
	return max + 1
}
