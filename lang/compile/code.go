package compile

import (
	"fmt"
	"strings"

	"github.com/wasmling/wasmling/lang/syntax"
)

// Code is a compiled function body, class body, comprehension or module.
type Code struct {
	Name     string // function name, "<module>", "<lambda>", "<listcomp>", ...
	QualName string
	Filename string
	Lines    []string // source lines of the file, for tracebacks (shared)
	Doc      string

	Instrs []Instr
	Pos    []syntax.Pos // source position of each instruction
	Consts []any        // nil, bool, int64, *big.Int, float64, string, []byte, syntax.EllipsisValue, *Code, []string (keyword names)
	Names  []string     // global, attribute and module names

	// Locals holds the names of local variables: the parameters first, in
	// the order positional, *args, keyword-only, **kwargs.
	Locals []string
	// Cells holds the names of cell variables (locals captured by inner
	// functions), then the free variables this code reads from its
	// enclosing functions. Cell i < len(CellVars) is created at entry; when
	// it is a parameter, CellParam[i] is that parameter's local index
	// (else -1) and its value is copied in.
	CellVars  []string
	FreeVars  []string
	CellParam []int

	NumPos     int // positional parameters, including positional-only
	NumPosOnly int
	NumKwOnly  int
	VarArgs    bool
	VarKw      bool

	Flags     Flags
	MaxStack  int
	FirstLine int32
}

// Flags describe a Code.
type Flags uint8

// Code flags.
const (
	FlagGenerator Flags = 1 << iota
	FlagClassBody
	FlagModule
	FlagComprehension
	FlagLambda
)

// NumParams returns the number of parameter locals.
func (c *Code) NumParams() int {
	n := c.NumPos + c.NumKwOnly
	if c.VarArgs {
		n++
	}
	if c.VarKw {
		n++
	}
	return n
}

var opNames = [...]string{
	NOP: "NOP", POP: "POP", DUP: "DUP", DUP2: "DUP2", ROT2: "ROT2", ROT3: "ROT3", ROT4: "ROT4",
	LOAD_CONST: "LOAD_CONST", LOAD_SMALLINT: "LOAD_SMALLINT", LOAD_NONE: "LOAD_NONE",
	LOAD_FAST: "LOAD_FAST", STORE_FAST: "STORE_FAST", DELETE_FAST: "DELETE_FAST",
	LOAD_DEREF: "LOAD_DEREF", STORE_DEREF: "STORE_DEREF", DELETE_DEREF: "DELETE_DEREF",
	LOAD_CLOSURE: "LOAD_CLOSURE", LOAD_CLASSDEREF: "LOAD_CLASSDEREF",
	JUMP_FOR_ITER: "JUMP_FOR_ITER", INPLACE_GLOBAL_GLOBAL: "INPLACE_GLOBAL_GLOBAL", CMPJ_GLOBAL_K: "CMPJ_GLOBAL_K", LOAD_GLOBAL: "LOAD_GLOBAL", STORE_GLOBAL: "STORE_GLOBAL", DELETE_GLOBAL: "DELETE_GLOBAL",
	LOAD_NAME: "LOAD_NAME", STORE_NAME: "STORE_NAME", DELETE_NAME: "DELETE_NAME",
	LOAD_ATTR: "LOAD_ATTR", STORE_ATTR: "STORE_ATTR", DELETE_ATTR: "DELETE_ATTR",
	LOAD_METHOD: "LOAD_METHOD", CALL: "CALL", CALL_KW: "CALL_KW", CALL_METHOD: "CALL_METHOD",
	CALL_METHOD_KW: "CALL_METHOD_KW", CALL_EX: "CALL_EX",
	BINARY: "BINARY", INPLACE: "INPLACE", UNARY: "UNARY", COMPARE: "COMPARE", IS: "IS", IN: "IN", NOT: "NOT",
	JUMP: "JUMP", POP_JUMP_IF_FALSE: "POP_JUMP_IF_FALSE", POP_JUMP_IF_TRUE: "POP_JUMP_IF_TRUE",
	JUMP_IF_FALSE_OR_POP: "JUMP_IF_FALSE_OR_POP", JUMP_IF_TRUE_OR_POP: "JUMP_IF_TRUE_OR_POP",
	JUMP_IF_NOT_NONE: "JUMP_IF_NOT_NONE",
	GET_ITER:         "GET_ITER", FOR_ITER: "FOR_ITER",
	BUILD_LIST: "BUILD_LIST", BUILD_TUPLE: "BUILD_TUPLE", BUILD_SET: "BUILD_SET", BUILD_DICT: "BUILD_DICT",
	BUILD_STRING: "BUILD_STRING", BUILD_SLICE: "BUILD_SLICE", LIST_APPEND: "LIST_APPEND",
	SET_ADD: "SET_ADD", MAP_ADD: "MAP_ADD", LIST_EXTEND: "LIST_EXTEND", SET_UPDATE: "SET_UPDATE",
	DICT_UPDATE: "DICT_UPDATE", DICT_MERGE: "DICT_MERGE", LIST_TO_TUPLE: "LIST_TO_TUPLE", FORMAT: "FORMAT",
	SUBSCR: "SUBSCR", STORE_SUBSCR: "STORE_SUBSCR", DELETE_SUBSCR: "DELETE_SUBSCR",
	UNPACK_SEQUENCE: "UNPACK_SEQUENCE", UNPACK_EX: "UNPACK_EX",
	MAKE_FUNCTION: "MAKE_FUNCTION", BUILD_CLASS: "BUILD_CLASS", RETURN: "RETURN", YIELD: "YIELD",
	GET_YIELD_FROM_ITER: "GET_YIELD_FROM_ITER", SEND: "SEND", RAISE: "RAISE",
	SETUP_FINALLY: "SETUP_FINALLY", POP_BLOCK: "POP_BLOCK", PUSH_EXC_INFO: "PUSH_EXC_INFO",
	POP_EXCEPT: "POP_EXCEPT", CHECK_EXC_MATCH: "CHECK_EXC_MATCH", RERAISE: "RERAISE",
	BEFORE_WITH: "BEFORE_WITH", WITH_EXIT: "WITH_EXIT", WITH_EXCEPT_START: "WITH_EXCEPT_START",
	IMPORT_NAME: "IMPORT_NAME", IMPORT_FROM: "IMPORT_FROM",
	MATCH_CLASS: "MATCH_CLASS", MATCH_MAPPING: "MATCH_MAPPING", MATCH_SEQUENCE: "MATCH_SEQUENCE",
	MATCH_KEYS: "MATCH_KEYS", GET_LEN: "GET_LEN", COPY_DICT_WITHOUT_KEYS: "COPY_DICT_WITHOUT_KEYS",
	ASSERT_FAIL: "ASSERT_FAIL", SET_RESULT: "SET_RESULT", LOAD_FAST_FAST: "LOAD_FAST_FAST", COMPARE_JUMP: "COMPARE_JUMP",
	LOAD_FAST_ATTR: "LOAD_FAST_ATTR", INPLACE_FAST_SMALL: "INPLACE_FAST_SMALL", SET_RESULT_NONE: "SET_RESULT_NONE", INPLACE_GLOBAL_SMALL: "INPLACE_GLOBAL_SMALL",
	INPLACE_FAST_FAST: "INPLACE_FAST_FAST", CMPJ_FAST_K: "CMPJ_FAST_K", CMPJ_FAST_FAST: "CMPJ_FAST_FAST",
	BINARY_FAST_SMALL: "BINARY_FAST_SMALL", FOR_ITER_STORE: "FOR_ITER_STORE",
}

// String returns the op's name.
func (op Op) String() string {
	if int(op) < len(opNames) && opNames[op] != "" {
		return opNames[op]
	}
	return fmt.Sprintf("op(%d)", op)
}

// Disassemble returns a readable listing of c and the codes nested in it.
func (c *Code) Disassemble() string {
	var b strings.Builder
	c.disassemble(&b)
	return b.String()
}

func (c *Code) disassemble(b *strings.Builder) {
	fmt.Fprintf(b, "code %s (locals %v, cells %v, free %v, stack %d)\n", c.QualName, c.Locals, c.CellVars, c.FreeVars, c.MaxStack)
	for i, in := range c.Instrs {
		fmt.Fprintf(b, "%5d %4d  %-22s A=%d B=%d C=%d", i, c.Pos[i].Line, in.Op, in.A, in.B, in.C)
		switch in.Op {
		case LOAD_CONST:
			fmt.Fprintf(b, "  (%v)", c.Consts[in.A])
		case LOAD_GLOBAL, STORE_GLOBAL, LOAD_NAME, STORE_NAME, LOAD_ATTR, STORE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
			fmt.Fprintf(b, "  (%s)", c.Names[in.A])
		case LOAD_FAST, STORE_FAST:
			fmt.Fprintf(b, "  (%s)", c.Locals[in.A])
		}
		b.WriteByte('\n')
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			sub.disassemble(b)
		}
	}
}
