package compile

// Op is a bytecode operation. The comment after each op gives its
// operands and its effect on the operand stack (top on the right).
type Op uint8

// The operations.
const (
	// The hottest operations come first. Go compiles the VM's switch to a
	// binary search over the values, and in WebAssembly, where every taken
	// branch is an indirect jump, low values take the fewest; the first
	// three are tested before the switch, with one comparison.
	//
	// Superinstructions (marked *) are fused forms of common sequences. A
	// fused op replaces the first instruction of its sequence and skips the
	// others, which stay in place (so jumps into them keep working) and
	// supply operands: "next" below means the instruction after the fused
	// one.
	LOAD_FAST     Op = iota // A=local                -- v
	STORE_FAST              // A=local              v --
	LOAD_SMALLINT           // A=value                -- int(A)
	// * FOR_ITER storing the value straight into local C (next: STORE_FAST C)
	FOR_ITER_STORE
	JUMP // A=target
	// * JUMP back to the FOR_ITER_STORE at A, running its next iteration
	JUMP_FOR_ITER
	// * compare local A with the constant of the next instruction
	// (LOAD_SMALLINT or LOAD_CONST) and jump as the COMPARE_JUMP after it says
	CMPJ_FAST_K
	// * compare local A with local C and jump as the COMPARE_JUMP after them says
	CMPJ_FAST_FAST
	// * push local A op small int (next: LOAD_SMALLINT k; then BINARY op)
	BINARY_FAST_SMALL
	// * local A op= small int (next: LOAD_SMALLINT k; then INPLACE op; STORE_FAST A)
	INPLACE_FAST_SMALL
	// * local A op= local C (LOAD_FAST A, LOAD_FAST C, INPLACE op, STORE_FAST A)
	INPLACE_FAST_FAST
	LOAD_FAST_FAST    // * A=local1, C=local2   -- v1 v2   (LOAD_FAST, LOAD_FAST)
	LOAD_FAST_ATTR    // * A=local, C=name  -- local.name   (LOAD_FAST, LOAD_ATTR)
	LOAD_GLOBAL       // A=name                 -- v (globals, then builtins)
	CALL              // A=n          f a1..an -- r
	CALL_METHOD       // A=n   f s a1..an -- r        (s is self or NULL)
	LOAD_METHOD       // A=name             x -- f self|NULL
	RETURN            // v --
	BINARY            // B=operator      x y -- x op y
	LOAD_ATTR         // A=name             x -- x.name
	STORE_ATTR        // A=name           v x --
	LOAD_CONST        // A=const index          -- c
	POP_JUMP_IF_FALSE // A=target    x --
	POP_JUMP_IF_TRUE  // A=target    x --
	COMPARE_JUMP      // * B=operator, A=target, C=1 to jump when true (else when false): x y --
	STORE_GLOBAL      // A=name               v --
	// * global A op= small int, C=an inline cache (next: LOAD_SMALLINT k;
	// INPLACE op; STORE_GLOBAL A)
	INPLACE_GLOBAL_SMALL
	// * compare global A (C=an inline cache) with the constant of the next
	// instruction and jump as the COMPARE_JUMP after it says
	CMPJ_GLOBAL_K
	// * global A op= global (next: LOAD_GLOBAL, its name and cache;
	// INPLACE op; STORE_GLOBAL A), C=an inline cache
	INPLACE_GLOBAL_GLOBAL
	// * LOAD_NONE then SET_RESULT: the result of a statement without a value
	SET_RESULT_NONE
	POP          //  x --
	SUBSCR       //         x k -- x[k]
	STORE_SUBSCR //       v x k --
	COMPARE      // B=operator      x y -- x op y
	INPLACE      // B=operator      x y -- x op= y
	FOR_ITER     // A=exit target   it -- it v   (at the end: pops it, jumps to A)
	LIST_APPEND  // A=depth  (list A below the top)     v --
	BUILD_TUPLE  // A=n      a1..an -- tuple
	BUILD_LIST   // A=n      a1..an -- list
	LOAD_NONE    //                        -- None
	DUP          //  x -- x x
	IS           // B=1 for `is not`    x y -- bool
	IN           // B=1 for `not in`    x y -- bool
	NOT          //                   x -- not x
	UNARY        // B=operator        x -- op x
	NOP
	DUP2                 //  x y -- x y x y
	ROT2                 //  x y -- y x
	ROT3                 //  x y z -- z x y
	ROT4                 //  w x y z -- z w x y
	DELETE_FAST          // A=local
	LOAD_DEREF           // A=cell                 -- v
	STORE_DEREF          // A=cell               v --
	DELETE_DEREF         // A=cell
	LOAD_CLOSURE         // A=cell                 -- cell
	LOAD_CLASSDEREF      // A=cell, C=name: class body reading a free name (namespace first)
	DELETE_GLOBAL        // A=name
	LOAD_NAME            // A=name: class body     -- v (namespace, globals, builtins)
	STORE_NAME           // A=name: class body   v --
	DELETE_NAME          // A=name: class body
	DELETE_ATTR          // A=name             x --
	CALL_KW              // A=n    f a1..an names -- r   (names: const tuple of the last len(names) args' keywords)
	CALL_METHOD_KW       // A=n   f s a1..an names -- r
	CALL_EX              // B=1 if kwargs    f args [kwargs] -- r  (args is a tuple, kwargs a dict)
	JUMP_IF_FALSE_OR_POP // A=target   x -- x | (pop)
	JUMP_IF_TRUE_OR_POP  // A=target   x -- x | (pop)
	JUMP_IF_NOT_NONE     // A=target    x -- x  (jumps, keeping x, when x is not None)
	GET_ITER             // x -- iter
	BUILD_SET            // A=n      a1..an -- set
	BUILD_DICT           // A=n      k1 v1..kn vn -- dict
	BUILD_STRING         // A=n      s1..sn -- str (concatenation)
	BUILD_SLICE          // A=2|3    lo hi [step] -- slice
	SET_ADD              // A=depth                             v --
	MAP_ADD              // A=depth                           k v --
	LIST_EXTEND          // A=depth                          it --
	SET_UPDATE           // A=depth                          it --
	DICT_UPDATE          // A=depth  (for {**m})              m --
	DICT_MERGE           // A=depth  (for f(**m): duplicate keys are errors)  m --
	LIST_TO_TUPLE        //                               list -- tuple
	FORMAT               // B=conversion (0, 's', 'r', 'a'), C=1 if spec   x [spec] -- str
	DELETE_SUBSCR        //         x k --
	UNPACK_SEQUENCE      // A=n           seq -- vn..v1 (v1 on top)
	UNPACK_EX            // A=before, C=after   seq -- ... (starred part as a list)
	MAKE_FUNCTION        // B=flags (1 defaults, 2 kwdefaults, 4 closure)  [defaults tuple] [kwdefaults dict] [cells tuple] code -- fn
	BUILD_CLASS          // A=number of bases, C=const index of keyword names tuple + 1 (0: none)
	//              body-fn name b1..bn [kwvalues..] -- class
	YIELD                  // v -- sent
	GET_YIELD_FROM_ITER    // x -- it
	SEND                   // A=target when the sub-iterator ends      it v -- it r  |  (at the end) -- value, jump
	RAISE                  // A=0 re-raise, 1 raise x, 2 raise x from y
	SETUP_FINALLY          // A=handler: push a block; an exception jumps to handler with the exception pushed
	POP_BLOCK              // pop the innermost block
	PUSH_EXC_INFO          //          exc -- prev exc   (exc becomes the exception being handled)
	POP_EXCEPT             //         prev --            (restores the exception being handled)
	CHECK_EXC_MATCH        //     exc type -- exc bool
	RERAISE                //          exc --  (raises exc again, traceback unchanged)
	BEFORE_WITH            //          mgr -- exit enter_result
	WITH_EXIT              //         exit --  (calls exit(None, None, None))
	WITH_EXCEPT_START      // exit prev exc -- exit prev exc result  (calls exit(type, exc, tb))
	IMPORT_NAME            // A=name (dotted module), B=level, C=1 when the leaf module is wanted (from-import)   -- module
	IMPORT_FROM            // A=name      module -- module attr
	MATCH_CLASS            // A=positional count      subject cls names -- attrs-tuple | None
	MATCH_MAPPING          //         subject -- subject bool
	MATCH_SEQUENCE         //         subject -- subject bool
	MATCH_KEYS             //    subject keys -- subject keys values-tuple|None
	GET_LEN                //               x -- x len(x)
	COPY_DICT_WITHOUT_KEYS // subject keys -- subject keys rest-dict
	ASSERT_FAIL            // B=1 if a message is on the stack: raises AssertionError
	SET_RESULT             //  v --  (module code: records the value of the last statement)

	numOps
)

// Binary and unary operator codes used in B.
const (
	OpAdd = iota
	OpSub
	OpMul
	OpDiv
	OpFloorDiv
	OpMod
	OpPow
	OpMatMul
	OpLShift
	OpRShift
	OpAnd
	OpOr
	OpXor
	// unary
	OpNeg
	OpPos
	OpInvert
)

// Comparison codes used in B.
const (
	CmpLT = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

// Instr is one instruction: an Op and its operands.
type Instr struct {
	Op Op
	B  uint8
	C  uint16
	A  int32
}
