package lang

import (
	"bytes"
	"hash/maphash"
	"math"
	"math/big"
	"strings"
	"unsafe"

	"github.com/wasmling/wasmling/lang/compile"
)

const (
	opAdd      = compile.OpAdd
	opSub      = compile.OpSub
	opMul      = compile.OpMul
	opDiv      = compile.OpDiv
	opFloorDiv = compile.OpFloorDiv
	opMod      = compile.OpMod
	opPow      = compile.OpPow
	opMatMul   = compile.OpMatMul
	opLShift   = compile.OpLShift
	opRShift   = compile.OpRShift
	opAnd      = compile.OpAnd
	opOr       = compile.OpOr
	opXor      = compile.OpXor
	opNeg      = compile.OpNeg
	opPos      = compile.OpPos
	opInvert   = compile.OpInvert
)

var opSymbols = [...]string{opAdd: "+", opSub: "-", opMul: "*", opDiv: "/", opFloorDiv: "//",
	opMod: "%", opPow: "** or pow()", opMatMul: "@", opLShift: "<<", opRShift: ">>", opAnd: "&",
	opOr: "|", opXor: "^", opNeg: "unary -", opPos: "unary +", opInvert: "unary ~"}

var opDunders = [...][3]string{
	opAdd: {"__add__", "__radd__", "__iadd__"}, opSub: {"__sub__", "__rsub__", "__isub__"},
	opMul: {"__mul__", "__rmul__", "__imul__"}, opDiv: {"__truediv__", "__rtruediv__", "__itruediv__"},
	opFloorDiv: {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}, opMod: {"__mod__", "__rmod__", "__imod__"},
	opPow: {"__pow__", "__rpow__", "__ipow__"}, opMatMul: {"__matmul__", "__rmatmul__", "__imatmul__"},
	opLShift: {"__lshift__", "__rlshift__", "__ilshift__"}, opRShift: {"__rshift__", "__rrshift__", "__irshift__"},
	opAnd: {"__and__", "__rand__", "__iand__"}, opOr: {"__or__", "__ror__", "__ior__"},
	opXor: {"__xor__", "__rxor__", "__ixor__"},
}

// Truth returns the truth value of v.
func Truth(t *Thread, v Value) (bool, error) {
	switch x := v.r.(type) {
	case nil:
		return false, nil
	case intTag, boolTag:
		return v.n != 0, nil
	case floatTag:
		return math.Float64frombits(v.n) != 0, nil
	case *Str:
		return x.s != "", nil
	case *List:
		return len(x.items) > 0, nil
	case *Instance:
		if r, found, err := callDunder(t, v, "__bool__"); found || err != nil {
			if err != nil {
				return false, err
			}
			if !r.IsBool() {
				return false, NewError(TypeErrorType, "__bool__ should return bool, returned %s", r.TypeName())
			}
			return r.AsBool(), nil
		}
		if r, found, err := callDunder(t, v, "__len__"); found || err != nil {
			if err != nil {
				return false, err
			}
			n, _ := r.ToInt64()
			return n != 0, nil
		}
		if b, ok := baseValue(v); ok {
			return Truth(t, b)
		}
		return true, nil
	case Truther:
		return x.Truth(), nil
	case Lener:
		return x.Len() > 0, nil
	}
	return true, nil
}

// Len returns len(v).
func Len(t *Thread, v Value) (int, error) {
	switch x := v.r.(type) {
	case *Str:
		return x.Len(), nil
	case *List:
		return len(x.items), nil
	case *Instance:
		r, found, err := callDunder(t, v, "__len__")
		if err != nil {
			return 0, err
		}
		if found {
			n, ok := r.ToInt64()
			if !ok {
				return 0, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", r.TypeName())
			}
			if n < 0 {
				return 0, NewError(ValueErrorType, "__len__() should return >= 0")
			}
			return int(n), nil
		}
		if b, ok := baseValue(v); ok {
			return Len(t, b)
		}
	case Lener:
		return x.Len(), nil
	case *Class:
		if r, found, err := classHook(t, x, "__class_len__"); found || err != nil {
			if err != nil {
				return 0, err
			}
			n, _ := r.ToInt64()
			return int(n), nil
		}
	}
	return 0, NewError(TypeErrorType, "object of type '%s' has no len()", v.TypeName())
}

// keyEqual is the equality used by hash tables: identity first.
func keyEqual(t *Thread, a, b Value) (bool, error) {
	if sa, ok := a.r.(*Str); ok {
		if sb, ok := b.r.(*Str); ok {
			return sa == sb || sa.s == sb.s, nil
		}
	}
	if a.r == b.r && a.n == b.n {
		return true, nil // the same object (or the same float bits, NaN included)
	}
	return Equal(t, a, b)
}

// Equal reports whether a == b.
func Equal(t *Thread, a, b Value) (bool, error) {
	switch x := a.r.(type) {
	case nil:
		return b.r == nil, nil
	case intTag:
		switch b.r.(type) {
		case intTag, boolTag:
			return a.n == b.n, nil
		case floatTag:
			return float64(int64(a.n)) == b.AsFloat() && floatIsInt(b.AsFloat(), int64(a.n)), nil
		case *Big:
			return false, nil
		}
	case boolTag:
		switch b.r.(type) {
		case intTag, boolTag:
			return a.n == b.n, nil
		case floatTag:
			return float64(a.n) == b.AsFloat(), nil
		}
	case floatTag:
		switch b.r.(type) {
		case floatTag:
			return a.AsFloat() == b.AsFloat(), nil
		case intTag, boolTag, *Big:
			return Equal(t, b, a)
		}
	case *Big:
		switch y := b.r.(type) {
		case *Big:
			return x.b.Cmp(y.b) == 0, nil
		case floatTag:
			f := b.AsFloat()
			if math.IsInf(f, 0) || math.IsNaN(f) || f != math.Trunc(f) {
				return false, nil
			}
			bf, _ := new(big.Float).SetFloat64(f).Int(nil)
			return bf.Cmp(x.b) == 0, nil
		}
	case *Str:
		if y, ok := b.r.(*Str); ok {
			return x == y || x.s == y.s, nil
		}
	case *Bytes:
		if y, ok := b.r.(*Bytes); ok {
			return bytes.Equal(x.b, y.b), nil
		}
	case *List:
		if y, ok := b.r.(*List); ok {
			return seqEqual(t, x.items, y.items)
		}
	case *Tuple:
		if y, ok := b.r.(*Tuple); ok {
			return seqEqual(t, x.items, y.items)
		}
	case *Dict:
		if y, ok := b.r.(*Dict); ok {
			return dictEqual(t, x, y)
		}
	case *Set:
		switch y := b.r.(type) {
		case *Set:
			return setEqual(t, x, y)
		case *DictView:
			if y.kind != iterValues {
				return viewEqual(t, y, a)
			}
		}
	case *DictView:
		if x.kind != iterValues {
			switch b.r.(type) {
			case *Set, *DictView:
				return viewEqual(t, x, b)
			}
		}
	case *Class:
		switch y := b.r.(type) {
		case *Class:
			return x == y, nil
		case *Str:
			return classNameMatches(x, y.s), nil
		}
		return false, nil
	case *Instance, *Exception:
		if r, ok, err := richCompare(t, a, b, "__eq__", "__eq__"); ok || err != nil {
			if err != nil {
				return false, err
			}
			return Truth(t, r)
		}
		if x, y, ok := unwrapValues(a, b); ok {
			return Equal(t, x, y)
		}
		return a.r == b.r, nil
	case Equaler:
		return x.Equal(t, b)
	}
	switch y := b.r.(type) {
	case *Instance, *Exception:
		if r, ok, err := richCompare(t, b, a, "__eq__", "__eq__"); ok || err != nil {
			if err != nil {
				return false, err
			}
			return Truth(t, r)
		}
		if bb, ok := baseValue(b); ok {
			return Equal(t, a, bb)
		}
	case *Class:
		if s, ok := a.r.(*Str); ok {
			return classNameMatches(y, s.s), nil
		}
	}
	return Is(a, b), nil
}

func floatIsInt(f float64, i int64) bool {
	// float64(i) may round; compare exactly.
	if f != math.Trunc(f) || math.Abs(f) >= 1<<63 {
		return false
	}
	return int64(f) == i
}

// classNameMatches reports whether a type object equals a type-name
// string in Scriptling's sense: type(1) == "INTEGER".
func classNameMatches(c *Class, s string) bool {
	return c.ScriptName == s
}

func seqEqual(t *Thread, a, b []Value) (bool, error) {
	if len(a) != len(b) {
		return false, nil
	}
	if err := t.enter(); err != nil {
		return false, err
	}
	defer t.leave()
	for i := range a {
		if Is(a[i], b[i]) && !a[i].IsFloat() {
			continue
		}
		eq, err := Equal(t, a[i], b[i])
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func dictEqual(t *Thread, a, b *Dict) (bool, error) {
	if a.ht.live != b.ht.live {
		return false, nil
	}
	if err := t.enter(); err != nil {
		return false, err
	}
	defer t.leave()
	for i := range a.ht.entries {
		e := &a.ht.entries[i]
		if e.deleted() {
			continue
		}
		v, ok, err := b.ht.get(t, e.key)
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(t, e.val, v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func setEqual(t *Thread, a, b *Set) (bool, error) {
	if a.ht.live != b.ht.live {
		return false, nil
	}
	return isSubset(t, a, b)
}

// viewEqual compares a keys or items view with a set or another view, as
// sets.
func viewEqual(t *Thread, v *DictView, other Value) (bool, error) {
	if o, ok := other.r.(*DictView); ok && o.kind == iterValues {
		return false, nil
	}
	a, err := toSet(t, Obj(v))
	if err != nil {
		return false, err
	}
	b, err := toSet(t, other)
	if err != nil {
		return false, err
	}
	return setEqual(t, a, b)
}

func isSubset(t *Thread, a, b *Set) (bool, error) {
	for i := range a.ht.entries {
		e := &a.ht.entries[i]
		if e.deleted() {
			continue
		}
		ok, err := b.Has(t, e.key)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

// richCompare calls a comparison dunder on a, then the reflected one on b.
// ok is false when neither is defined or both return NotImplemented.
func richCompare(t *Thread, a, b Value, name, reflected string) (Value, bool, error) {
	if r, found, err := callDunder(t, a, name, b); found || err != nil {
		if err != nil {
			return None, false, err
		}
		if !isNotImplemented(r) {
			return r, true, nil
		}
	}
	if r, found, err := callDunder(t, b, reflected, a); found || err != nil {
		if err != nil {
			return None, false, err
		}
		if !isNotImplemented(r) {
			return r, true, nil
		}
	}
	return None, false, nil
}

// NotImplemented is the NotImplemented singleton.
var NotImplemented = Value{r: notImplemented{}}

type notImplemented struct{}

func (notImplemented) Type() *Class { return NotImplementedType }

func isNotImplemented(v Value) bool { _, ok := v.r.(notImplemented); return ok }

// Ellipsis is the ... singleton.
var Ellipsis = Value{r: ellipsis{}}

type ellipsis struct{}

func (ellipsis) Type() *Class { return EllipsisType }

func hashInt(i int64) uint64 {
	h := uint64(i) * 0x9E3779B97F4A7C15
	h ^= h >> 29
	if h == 0 {
		h = 1
	}
	return h
}

// Hash returns the hash of v, or a TypeError for unhashable values.
func Hash(t *Thread, v Value) (uint64, error) {
	switch x := v.r.(type) {
	case *Str:
		return x.HashValue(), nil
	case intTag, boolTag:
		return hashInt(int64(v.n)), nil
	case nil:
		return 0x5bd1e995, nil
	case floatTag:
		f := v.AsFloat()
		if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
			return hashInt(int64(f)), nil
		}
		return hashInt(int64(v.n ^ 0x7ff8)), nil
	case *Big:
		if f, acc := new(big.Float).SetInt(x.b).Float64(); acc == big.Exact {
			return hashInt(int64(math.Float64bits(f) ^ 0x7ff8)), nil
		}
		return maphash.Bytes(strSeed, x.b.Bytes()) ^ uint64(x.b.Sign()), nil
	case *Tuple:
		if x.hash != 0 {
			return x.hash, nil
		}
		h := uint64(0x345678)
		for _, it := range x.items {
			eh, err := Hash(t, it)
			if err != nil {
				return 0, err
			}
			h = (h ^ eh) * 1000003
			h ^= h >> 31
		}
		if h == 0 {
			h = 1
		}
		x.hash = h
		return h, nil
	case *Bytes:
		return maphash.Bytes(strSeed, x.b), nil
	case *Class:
		return maphash.String(strSeed, x.ScriptName), nil
	case *Set:
		if !x.frozen {
			return 0, NewError(TypeErrorType, "unhashable type: 'set'")
		}
		var h uint64
		for _, e := range x.Elems() {
			eh, err := Hash(t, e)
			if err != nil {
				return 0, err
			}
			h ^= eh * 0x9E3779B97F4A7C15
		}
		return h | 1, nil
	case *Instance, *Exception:
		r, ok, err := userHash(t, v)
		if err != nil {
			return 0, err
		}
		if ok {
			return Hash(t, r)
		}
		if b, ok := baseValue(v); ok {
			return Hash(t, b)
		}
		return identityHash(v), nil
	case *List, *Dict, *DictView:
		return 0, NewError(TypeErrorType, "unhashable type: '%s'", v.TypeName())
	case Hasher:
		return x.Hash(t)
	}
	return identityHash(v), nil
}

// userHash calls the __hash__ a script class defines and returns its int
// result; ok is false when the class uses the default identity hash.
func userHash(t *Thread, v Value) (Value, bool, error) {
	cls := v.Type()
	f, ok := cls.LookupString("__hash__")
	if !ok {
		return None, false, nil
	}
	if f.IsNone() {
		return None, false, NewError(TypeErrorType, "unhashable type: '%s'", cls.Name)
	}
	if b, ok := f.r.(*Builtin); ok && b == objectDefault("__hash__") {
		return None, false, nil
	}
	r, err := t.Call(f, []Value{v}, nil)
	if err != nil {
		return None, false, err
	}
	switch r.r.(type) {
	case intTag, *Big:
	case boolTag:
		r = Int(int64(r.n))
	default:
		return None, false, NewError(TypeErrorType, "__hash__ method should return an integer")
	}
	return r, true, nil
}

// identityHash hashes an object by its address. The Go collector does not
// move objects, so the address is stable for the object's lifetime.
func identityHash(v Value) uint64 {
	return hashInt(int64(objectAddress(v)))
}

// objectAddress returns the address of v's heap object (id()).
func objectAddress(v Value) uintptr {
	type iface struct {
		typ, data unsafe.Pointer
	}
	return uintptr((*iface)(unsafe.Pointer(&v.r)).data)
}

// compareOps names the comparison dunders and their reflections.
var compareOps = [...][3]string{
	compile.CmpLT: {"__lt__", "__gt__", "<"},
	compile.CmpLE: {"__le__", "__ge__", "<="},
	compile.CmpEQ: {"__eq__", "__eq__", "=="},
	compile.CmpNE: {"__ne__", "__ne__", "!="},
	compile.CmpGT: {"__gt__", "__lt__", ">"},
	compile.CmpGE: {"__ge__", "__le__", ">="},
}

// Compare evaluates a comparison operator (compile.CmpLT...).
func Compare(t *Thread, op int, a, b Value) (Value, error) {
	// Fast paths.
	if a.IsInt() && b.IsInt() {
		x, y := int64(a.n), int64(b.n)
		switch op {
		case compile.CmpLT:
			return Bool(x < y), nil
		case compile.CmpLE:
			return Bool(x <= y), nil
		case compile.CmpEQ:
			return Bool(x == y), nil
		case compile.CmpNE:
			return Bool(x != y), nil
		case compile.CmpGT:
			return Bool(x > y), nil
		case compile.CmpGE:
			return Bool(x >= y), nil
		}
	}
	switch op {
	case compile.CmpEQ, compile.CmpNE:
		_, ai := a.r.(*Instance)
		_, bi := b.r.(*Instance)
		if ai || bi {
			names := compareOps[op]
			if r, ok, err := richCompare(t, a, b, names[0], names[1]); ok || err != nil {
				return r, err
			}
			if op == compile.CmpNE {
				// Derive != from __eq__.
				if r, ok, err := richCompare(t, a, b, "__eq__", "__eq__"); ok || err != nil {
					if err != nil {
						return None, err
					}
					tr, err := Truth(t, r)
					return Bool(!tr), err
				}
			}
			if x, y, ok := unwrapValues(a, b); ok {
				return Compare(t, op, x, y)
			}
			return Bool((a.r == b.r) == (op == compile.CmpEQ)), nil
		}
		eq, err := Equal(t, a, b)
		if err != nil {
			return None, err
		}
		return Bool(eq == (op == compile.CmpEQ)), nil
	}
	c, err := order(t, op, a, b)
	if err != nil {
		return None, err
	}
	return c, nil
}

// order evaluates <, <=, >, >=.
func order(t *Thread, op int, a, b Value) (Value, error) {
	names := compareOps[op]
	_, ai := a.r.(*Instance)
	_, bi := b.r.(*Instance)
	if ai || bi {
		if r, ok, err := richCompare(t, a, b, names[0], names[1]); ok || err != nil {
			return r, err
		}
		if x, y, ok := unwrapValues(a, b); ok {
			return order(t, op, x, y)
		}
		return None, NewError(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", names[2], a.TypeName(), b.TypeName())
	}
	c, ok, err := cmp3(t, a, b)
	if err != nil {
		return None, err
	}
	if !ok {
		if s, isSet := a.r.(*Set); isSet {
			if s2, isSet2 := b.r.(*Set); isSet2 {
				return setOrder(t, op, s, s2)
			}
		}
		return None, NewError(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", names[2], a.TypeName(), b.TypeName())
	}
	if c == cmpUnordered {
		return False, nil
	}
	switch op {
	case compile.CmpLT:
		return Bool(c < 0), nil
	case compile.CmpLE:
		return Bool(c <= 0), nil
	case compile.CmpGT:
		return Bool(c > 0), nil
	}
	return Bool(c >= 0), nil
}

func setOrder(t *Thread, op int, a, b *Set) (Value, error) {
	switch op {
	case compile.CmpLE:
		r, err := isSubset(t, a, b)
		return Bool(r), err
	case compile.CmpGE:
		r, err := isSubset(t, b, a)
		return Bool(r), err
	case compile.CmpLT:
		r, err := isSubset(t, a, b)
		return Bool(r && a.Len() < b.Len()), err
	}
	r, err := isSubset(t, b, a)
	return Bool(r && b.Len() < a.Len()), err
}

const cmpUnordered = 2

// cmp3 three-way compares two values of orderable built-in types. ok is
// false when the types can't be ordered against each other. NaN compares
// as cmpUnordered.
func cmp3(t *Thread, a, b Value) (int, bool, error) {
	switch x := a.r.(type) {
	case intTag, boolTag:
		switch b.r.(type) {
		case intTag, boolTag:
			return cmpInt(int64(a.n), int64(b.n)), true, nil
		case floatTag:
			return cmpIntFloat(int64(a.n), b.AsFloat()), true, nil
		case *Big:
			y, _ := toBig(b)
			return big.NewInt(int64(a.n)).Cmp(y), true, nil
		}
	case floatTag:
		switch b.r.(type) {
		case floatTag:
			return cmpFloat(a.AsFloat(), b.AsFloat()), true, nil
		case intTag, boolTag:
			c := cmpIntFloat(int64(b.n), a.AsFloat())
			if c == cmpUnordered {
				return c, true, nil
			}
			return -c, true, nil
		case *Big:
			c, _, _ := cmp3(t, b, a)
			if c == cmpUnordered {
				return c, true, nil
			}
			return -c, true, nil
		}
	case *Big:
		switch b.r.(type) {
		case intTag, boolTag, *Big:
			y, _ := toBig(b)
			return x.b.Cmp(y), true, nil
		case floatTag:
			f := b.AsFloat()
			if math.IsNaN(f) {
				return cmpUnordered, true, nil
			}
			if math.IsInf(f, 0) {
				if f > 0 {
					return -1, true, nil
				}
				return 1, true, nil
			}
			bf := new(big.Float).SetInt(x.b)
			return bf.Cmp(big.NewFloat(f)), true, nil
		}
	case *Str:
		if y, ok := b.r.(*Str); ok {
			return strings.Compare(x.s, y.s), true, nil
		}
	case *Bytes:
		if y, ok := b.r.(*Bytes); ok {
			return bytes.Compare(x.b, y.b), true, nil
		}
	case *List:
		if y, ok := b.r.(*List); ok {
			return seqCmp(t, x.items, y.items)
		}
	case *Tuple:
		if y, ok := b.r.(*Tuple); ok {
			return seqCmp(t, x.items, y.items)
		}
	}
	return 0, false, nil
}

func cmpInt(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func cmpFloat(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	case x == y:
		return 0
	}
	return cmpUnordered
}

func cmpIntFloat(i int64, f float64) int {
	if math.IsNaN(f) {
		return cmpUnordered
	}
	if absU(i) < 1<<53 {
		return cmpFloat(float64(i), f)
	}
	bf := new(big.Float).SetInt64(i)
	return bf.Cmp(big.NewFloat(f))
}

// seqCmp compares sequences lexicographically.
func seqCmp(t *Thread, a, b []Value) (int, bool, error) {
	for i := 0; i < len(a) && i < len(b); i++ {
		eq, err := Equal(t, a[i], b[i])
		if err != nil {
			return 0, false, err
		}
		if eq {
			continue
		}
		c, ok, err := cmp3(t, a[i], b[i])
		if err != nil {
			return 0, false, err
		}
		if !ok {
			lt, err := order(t, compile.CmpLT, a[i], b[i])
			if err != nil {
				return 0, false, err
			}
			if lt.AsBool() {
				return -1, true, nil
			}
			return 1, true, nil
		}
		return c, true, nil
	}
	return cmpInt(int64(len(a)), int64(len(b))), true, nil
}

// Less reports whether a < b, as sorted() uses it.
func Less(t *Thread, a, b Value) (bool, error) {
	if a.IsInt() && b.IsInt() {
		return int64(a.n) < int64(b.n), nil
	}
	if sa, ok := a.r.(*Str); ok {
		if sb, ok := b.r.(*Str); ok {
			return sa.s < sb.s, nil
		}
	}
	r, err := order(t, compile.CmpLT, a, b)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}
