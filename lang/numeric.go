package lang

import (
	"math"
	"math/big"
	"math/bits"
)

// Big is an int too large for int64. Ints that fit are always held in the
// int64 form, so a *Big is never equal to an int64 value.
type Big struct {
	b *big.Int
}

// Type implements Object.
func (*Big) Type() *Class { return IntType }

// Int returns the big.Int; it must not be modified.
func (x *Big) Int() *big.Int { return x.b }

// Truth implements Truther.
func (x *Big) Truth() bool { return x.b.Sign() != 0 }

// toBig returns the big.Int value of an int, bool or Big value.
func toBig(v Value) (*big.Int, bool) {
	switch x := v.r.(type) {
	case intTag, boolTag:
		return big.NewInt(int64(v.n)), true
	case *Big:
		return x.b, true
	}
	return nil, false
}

// isIntLike reports whether v is an int (any size) or a bool.
func isIntLike(v Value) bool {
	switch v.r.(type) {
	case intTag, boolTag, *Big:
		return true
	}
	return false
}

func addInt(a, b int64) Value {
	c := a + b
	if (c > a) == (b > 0) {
		return Int(c)
	}
	return BigInt(new(big.Int).Add(big.NewInt(a), big.NewInt(b)))
}

func subInt(a, b int64) Value {
	c := a - b
	if (c < a) == (b > 0) {
		return Int(c)
	}
	return BigInt(new(big.Int).Sub(big.NewInt(a), big.NewInt(b)))
}

func mulInt(a, b int64) Value {
	if a == 0 || b == 0 {
		return Int(0)
	}
	neg := (a < 0) != (b < 0)
	ua, ub := absU(a), absU(b)
	hi, lo := bits.Mul64(ua, ub)
	if hi == 0 {
		if !neg && lo <= math.MaxInt64 {
			return Int(int64(lo))
		}
		if neg && lo <= 1<<63 {
			return Int(-int64(lo))
		}
	}
	return BigInt(new(big.Int).Mul(big.NewInt(a), big.NewInt(b)))
}

func absU(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// floorDivInt is Python's a // b for b != 0.
func floorDivInt(a, b int64) Value {
	if a == math.MinInt64 && b == -1 {
		return BigInt(new(big.Int).Neg(big.NewInt(a)))
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return Int(q)
}

// modInt is Python's a % b for b != 0: the result has b's sign.
func modInt(a, b int64) int64 {
	if b == -1 {
		return 0
	}
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

// floorMod returns the float modulo with Python's sign rule.
func floorModFloat(a, b float64) float64 {
	m := math.Mod(a, b)
	if m != 0 {
		if (m < 0) != (b < 0) {
			m += b
		}
	} else {
		m = math.Copysign(0, b)
	}
	return m
}

func floorDivFloat(a, b float64) float64 {
	m := math.Mod(a, b)
	d := (a - m) / b
	if m != 0 && ((b < 0) != (m < 0)) {
		d -= 1
	}
	if d != 0 {
		f := math.Floor(d)
		if d-f > 0.5 {
			f += 1
		}
		return f
	}
	return math.Copysign(0, a/b)
}

// bigFloorDivMod returns Python's (a // b, a % b) for big ints, b != 0.
func bigFloorDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

// chargeWork counts an operation costing about the work of `steps`
// interpreter steps against the step budget, calling the host's Check as
// often as that many steps would, so that loops of huge-int arithmetic
// stop at the budget or deadline like any other loop (before starting an
// expensive operation, not after).
func (t *Thread) chargeWork(steps int64) error {
	for steps > 0 {
		if int64(t.steps) > steps {
			t.steps -= int(steps)
			return nil
		}
		steps -= int64(t.steps)
		if err := t.tick(); err != nil {
			return err
		}
	}
	return nil
}

// bigWork estimates the cost in steps of multiplying or dividing ints of
// a and b bits: Karatsuba-like growth in the machine words involved.
func bigWork(a, b int) int64 {
	wa, wb := float64(a/64+1), float64(b/64+1)
	if wa < 32 || wb < 32 {
		return int64(wa * wb / 64)
	}
	return int64(math.Pow(math.Max(wa, wb), 1.6) * math.Min(wa, wb) / math.Max(wa, wb) / 16)
}

// maxIntBits bounds the size of ints a script can build (about 4 MB), so
// that `2 ** 10**10` fails quickly with MemoryError instead of exhausting
// the sandbox.
const maxIntBits = 1 << 25

func powInt(t *Thread, a, b Value) (Value, error) {
	bb, _ := toBig(b)
	if bb.Sign() < 0 {
		fa, _ := a.ToFloat()
		fb, _ := b.ToFloat()
		if fa == 0 {
			return None, NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		return Float(math.Pow(fa, fb)), nil
	}
	ab, _ := toBig(a)
	if ab.IsInt64() && bb.IsInt64() {
		x, e := ab.Int64(), bb.Int64()
		// Small cases by repeated squaring with overflow checks.
		if r, ok := powInt64(x, e); ok {
			return Int(r), nil
		}
	}
	if !bb.IsInt64() {
		switch {
		case ab.Sign() == 0:
			return Int(0), nil
		case ab.IsInt64() && ab.Int64() == 1:
			return Int(1), nil
		case ab.IsInt64() && ab.Int64() == -1:
			return Int(1 - 2*int64(bb.Bit(0))), nil
		}
		return None, NewError(MemoryErrorType, "integer result too large")
	}
	est := mulSize(int64(ab.BitLen()), bb.Int64())
	if est < 0 || est > maxIntBits {
		return None, NewError(MemoryErrorType, "integer result too large")
	}
	if err := t.chargeWork(2 * bigWork(int(est), int(est))); err != nil {
		return None, err
	}
	return BigInt(new(big.Int).Exp(ab, bb, nil)), nil
}

func powInt64(x, e int64) (int64, bool) {
	r := int64(1)
	for e > 0 {
		if e&1 == 1 {
			hi, lo := bits.Mul64(absU(r), absU(x))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			neg := (r < 0) != (x < 0)
			r = int64(lo)
			if neg {
				r = -r
			}
		}
		e >>= 1
		if e > 0 {
			hi, lo := bits.Mul64(absU(x), absU(x))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			x = int64(lo)
		}
	}
	return r, true
}

// intBinary applies an arithmetic or bitwise operator to two ints (any
// size). ok is false for operators ints don't support.
func intBinary(t *Thread, op int, a, b Value) (Value, error) {
	if a.IsInt() && b.IsInt() {
		x, y := int64(a.n), int64(b.n)
		switch op {
		case opAdd:
			return addInt(x, y), nil
		case opSub:
			return subInt(x, y), nil
		case opMul:
			return mulInt(x, y), nil
		case opFloorDiv:
			if y == 0 {
				return None, NewError(ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			return floorDivInt(x, y), nil
		case opMod:
			if y == 0 {
				return None, NewError(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return Int(modInt(x, y)), nil
		case opAnd:
			return Int(x & y), nil
		case opOr:
			return Int(x | y), nil
		case opXor:
			return Int(x ^ y), nil
		case opLShift:
			if y < 0 {
				return None, NewError(ValueErrorType, "negative shift count")
			}
			if y < 63 && x == (x<<y)>>y {
				return Int(x << y), nil
			}
		case opRShift:
			if y < 0 {
				return None, NewError(ValueErrorType, "negative shift count")
			}
			if y > 63 {
				y = 63
			}
			return Int(x >> y), nil
		}
	}
	x, _ := toBig(a)
	y, _ := toBig(b)
	switch op {
	case opAdd:
		return BigInt(new(big.Int).Add(x, y)), nil
	case opSub:
		return BigInt(new(big.Int).Sub(x, y)), nil
	case opMul:
		if x.BitLen()+y.BitLen() > maxIntBits {
			return None, NewError(MemoryErrorType, "integer result too large")
		}
		if err := t.chargeWork(bigWork(x.BitLen(), y.BitLen())); err != nil {
			return None, err
		}
		return BigInt(new(big.Int).Mul(x, y)), nil
	case opFloorDiv, opMod:
		if y.Sign() == 0 {
			return None, NewError(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if err := t.chargeWork(bigWork(x.BitLen(), y.BitLen())); err != nil {
			return None, err
		}
		q, m := bigFloorDivMod(x, y)
		if op == opFloorDiv {
			return BigInt(q), nil
		}
		return BigInt(m), nil
	case opAnd:
		return BigInt(new(big.Int).And(x, y)), nil
	case opOr:
		return BigInt(new(big.Int).Or(x, y)), nil
	case opXor:
		return BigInt(new(big.Int).Xor(x, y)), nil
	case opLShift:
		if y.Sign() < 0 {
			return None, NewError(ValueErrorType, "negative shift count")
		}
		if !y.IsInt64() || int64(x.BitLen())+y.Int64() > maxIntBits {
			if x.Sign() == 0 {
				return Int(0), nil
			}
			return None, NewError(MemoryErrorType, "integer result too large")
		}
		return BigInt(new(big.Int).Lsh(x, uint(y.Int64()))), nil
	case opRShift:
		if y.Sign() < 0 {
			return None, NewError(ValueErrorType, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
			if x.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		return BigInt(new(big.Int).Rsh(x, uint(y.Int64()))), nil
	case opPow:
		return powInt(t, a, b)
	case opDiv:
		return trueDiv(a, b)
	}
	return None, errNotImplemented
}

// trueDiv is Python's / on numbers.
func trueDiv(a, b Value) (Value, error) {
	if isIntLike(a) && isIntLike(b) {
		if a.IsInt() && b.IsInt() {
			x, y := int64(a.n), int64(b.n)
			if y == 0 {
				return None, NewError(ZeroDivisionErrorType, "division by zero")
			}
			// Exact when both fit in a float's mantissa.
			if absU(x) < 1<<53 && absU(y) < 1<<53 {
				return Float(float64(x) / float64(y)), nil
			}
		}
		x, _ := toBig(a)
		y, _ := toBig(b)
		if y.Sign() == 0 {
			return None, NewError(ZeroDivisionErrorType, "division by zero")
		}
		// Correctly rounded: the exact operands divided at float
		// precision (a big.Rat would reduce by a costly GCD first).
		fx := new(big.Float).SetPrec(uint(max(x.BitLen(), 64))).SetInt(x)
		fy := new(big.Float).SetPrec(uint(max(y.BitLen(), 64))).SetInt(y)
		f, _ := new(big.Float).SetPrec(53).Quo(fx, fy).Float64()
		if math.IsInf(f, 0) {
			return None, NewError(OverflowErrorType, "integer division result too large for a float")
		}
		return Float(f), nil
	}
	x, _ := a.ToFloat()
	y, _ := b.ToFloat()
	if y == 0 {
		return None, NewError(ZeroDivisionErrorType, "float division by zero")
	}
	return Float(x / y), nil
}

// floatBinary applies an operator when either operand is a float.
func floatBinary(op int, a, b Value) (Value, error) {
	x, ok1 := a.ToFloat()
	y, ok2 := b.ToFloat()
	if !ok1 || !ok2 {
		return None, errNotImplemented
	}
	if _, big := a.r.(*Big); big && math.IsInf(x, 0) {
		return None, NewError(OverflowErrorType, "int too large to convert to float")
	}
	if _, big := b.r.(*Big); big && math.IsInf(y, 0) {
		return None, NewError(OverflowErrorType, "int too large to convert to float")
	}
	switch op {
	case opAdd:
		return Float(x + y), nil
	case opSub:
		return Float(x - y), nil
	case opMul:
		return Float(x * y), nil
	case opDiv:
		if y == 0 {
			return None, NewError(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case opFloorDiv:
		if y == 0 {
			return None, NewError(ZeroDivisionErrorType, "float floor division by zero")
		}
		return Float(floorDivFloat(x, y)), nil
	case opMod:
		if y == 0 {
			return None, NewError(ZeroDivisionErrorType, "float modulo")
		}
		return Float(floorModFloat(x, y)), nil
	case opPow:
		if x == 0 && y < 0 {
			return None, NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if x < 0 && y != math.Trunc(y) && !math.IsInf(y, 0) {
			return None, NewError(ValueErrorType, "negative number cannot be raised to a fractional power (complex numbers are not supported)")
		}
		r := math.Pow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			return None, NewError(OverflowErrorType, "(34, 'Numerical result out of range')")
		}
		return Float(r), nil
	}
	return None, errNotImplemented
}
