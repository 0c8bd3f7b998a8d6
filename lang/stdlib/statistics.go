package stdlib

import (
	"math"
	"math/big"

	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/compile"
)

// statisticsNative is _statistics: the exact (rational) sums behind
// statistics.mean, variance and stdev, computed as CPython does with
// Fractions, so results round identically.
func statisticsNative(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("_statistics")
	m.SetFunc("init", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("init", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		t.Interp().Data["statistics.error"] = args[0]
		return lang.None, nil
	})
	m.SetFunc("mean", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("mean", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		s, err := exactSum(t, args[0], nil)
		if err != nil {
			return lang.None, err
		}
		if s.count < 1 {
			return lang.None, statError(t, "mean requires at least one data point")
		}
		if s.nonFinite != nil {
			return lang.Float(*s.nonFinite / float64(s.count)), nil
		}
		return convertRat(new(big.Rat).Quo(s.total, big.NewRat(int64(s.count), 1)), s.isFloat), nil
	})
	m.SetFunc("variance", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return varianceOp(t, "variance", args, kw, true, false)
	})
	m.SetFunc("pvariance", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return varianceOp(t, "pvariance", args, kw, false, false)
	})
	m.SetFunc("stdev", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return varianceOp(t, "stdev", args, kw, true, true)
	})
	m.SetFunc("pstdev", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return varianceOp(t, "pstdev", args, kw, false, true)
	})
	m.SetFunc("fsum", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("fsum", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		items, err := lang.ToSlice(t, args[0])
		if err != nil {
			return lang.None, err
		}
		f, err := fsum(t, items)
		return lang.Float(f), err
	})
	m.SetFunc("harmonic_sum", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		// harmonic_sum(sum_weights, terms): sum_weights / exact sum of
		// terms, as a float.
		if err := lang.ArgCount("harmonic_sum", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		s, err := exactSum(t, args[1], nil)
		if err != nil {
			return lang.None, err
		}
		if s.nonFinite != nil {
			return lang.Float(0), nil
		}
		if s.total.Sign() <= 0 {
			return lang.None, statError(t, "Weighted sum must be positive")
		}
		w, err := toRat(t, args[0])
		if err != nil {
			return lang.None, err
		}
		return convertRat(new(big.Rat).Quo(w, s.total), s.isFloat), nil
	})
	m.SetFunc("sqrt", mathFn("sqrt", math.Sqrt))
	m.SetFunc("log", mathFn("log", math.Log))
	m.SetFunc("exp", mathFn("exp", math.Exp))
	return m, nil
}

func mathFn(name string, f func(float64) float64) lang.BuiltinFunc {
	return func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var x float64
		if err := lang.UnpackArgs(t, name, args, kw, "x", &x); err != nil {
			return lang.None, err
		}
		if (name == "sqrt" && x < 0) || (name == "log" && x <= 0) {
			return lang.None, lang.NewError(lang.ValueErrorType, "math domain error")
		}
		return lang.Float(f(x)), nil
	}
}

func statError(t *lang.Thread, msg string) error {
	if v, ok := t.Interp().Data["statistics.error"].(lang.Value); ok {
		if c, ok := v.Object().(*lang.Class); ok {
			return lang.NewError(c, "%s", msg)
		}
	}
	return lang.NewError(lang.ValueErrorType, "%s", msg)
}

type ratSum struct {
	total     *big.Rat
	sq        *big.Rat // sum of squares, when asked for
	count     int
	isFloat   bool     // the result type is float (else int)
	nonFinite *float64 // sum of the inf/nan values, if any
}

// toRat converts an int, bool or finite float exactly.
func toRat(t *lang.Thread, v lang.Value) (*big.Rat, error) {
	if v.IsFloat() {
		f := v.AsFloat()
		r := new(big.Rat)
		if r.SetFloat64(f) == nil {
			return nil, lang.NewError(lang.ValueErrorType, "cannot convert %v to a fraction", f)
		}
		return r, nil
	}
	if i, ok := v.ToInt64(); ok {
		return new(big.Rat).SetInt64(i), nil
	}
	if v.TypeName() == "int" {
		s, err := lang.Repr(t, v)
		if err != nil {
			return nil, err
		}
		r, ok := new(big.Rat).SetString(s)
		if ok {
			return r, nil
		}
	}
	return nil, lang.NewError(lang.TypeErrorType, "can't convert type '%s' to numerator/denominator", v.TypeName())
}

// exactSum sums data exactly; with sq it also sums the squares.
func exactSum(t *lang.Thread, data lang.Value, sq *big.Rat) (*ratSum, error) {
	items, err := lang.ToSlice(t, data)
	if err != nil {
		return nil, err
	}
	s := &ratSum{total: new(big.Rat), sq: sq}
	for i, v := range items {
		s.count++
		if v.IsFloat() {
			s.isFloat = true
			f := v.AsFloat()
			if math.IsInf(f, 0) || math.IsNaN(f) {
				if s.nonFinite == nil {
					s.nonFinite = new(float64)
				}
				*s.nonFinite += f
				continue
			}
		}
		r, err := toRat(t, v)
		if err != nil {
			return nil, err
		}
		s.total.Add(s.total, r)
		if sq != nil {
			sq.Add(sq, new(big.Rat).Mul(r, r))
		}
		if i&1023 == 1023 {
			if err := t.Tick(); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}

// convertRat is statistics._convert: an int when the type is int and the
// value integral, else the nearest float.
func convertRat(r *big.Rat, isFloat bool) lang.Value {
	if !isFloat && r.IsInt() {
		return lang.BigInt(new(big.Int).Set(r.Num()))
	}
	f, _ := r.Float64()
	return lang.Float(f)
}

func fsum(t *lang.Thread, items []lang.Value) (float64, error) {
	total := new(big.Rat)
	special := 0.0
	haveSpecial := false
	for _, v := range items {
		if v.IsFloat() {
			f := v.AsFloat()
			if math.IsInf(f, 0) || math.IsNaN(f) {
				special += f
				haveSpecial = true
				continue
			}
		}
		r, err := toRat(t, v)
		if err != nil {
			if _, ok := v.ToFloat(); !ok {
				return 0, lang.NewError(lang.TypeErrorType, "must be real number, not %s", v.TypeName())
			}
			return 0, err
		}
		total.Add(total, r)
	}
	if haveSpecial {
		return special, nil
	}
	f, _ := total.Float64()
	if math.IsInf(f, 0) {
		return 0, lang.NewError(lang.OverflowErrorType, "intermediate overflow in fsum")
	}
	return f, nil
}

// varianceOp implements variance, pvariance, stdev and pstdev(data,
// xbar=None).
func varianceOp(t *lang.Thread, name string, args []lang.Value, kw []string, sample, root bool) (lang.Value, error) {
	var data, c lang.Value
	cname := "xbar"
	if !sample {
		cname = "mu"
	}
	if err := lang.UnpackArgs(t, name, args, kw, "data", &data, cname+"?", &c); err != nil {
		return lang.None, err
	}
	var ss *big.Rat
	var s *ratSum
	var err error
	if !c.IsNone() {
		// sum of (x - c)**2 with the script's arithmetic, then exactly.
		items, err := lang.ToSlice(t, data)
		if err != nil {
			return lang.None, err
		}
		sq := make([]lang.Value, len(items))
		for i, x := range items {
			d, err := lang.Binary(t, compile.OpSub, x, c)
			if err != nil {
				return lang.None, err
			}
			if sq[i], err = lang.Binary(t, compile.OpMul, d, d); err != nil {
				return lang.None, err
			}
		}
		if s, err = exactSum(t, lang.ListValue(sq), nil); err != nil {
			return lang.None, err
		}
		ss = s.total
	} else {
		if s, err = exactSum(t, data, new(big.Rat)); err != nil {
			return lang.None, err
		}
		if s.count > 0 && s.nonFinite == nil {
			n := big.NewRat(int64(s.count), 1)
			ss = new(big.Rat).Mul(n, s.sq)
			ss.Sub(ss, new(big.Rat).Mul(s.total, s.total))
			ss.Quo(ss, n)
		}
	}
	n := s.count
	if sample && n < 2 {
		return lang.None, statError(t, name+" requires at least two data points")
	}
	if !sample && n < 1 {
		return lang.None, statError(t, name+" requires at least one data point")
	}
	div := n
	if sample {
		div = n - 1
	}
	if s.nonFinite != nil {
		return lang.Float(*s.nonFinite / float64(div)), nil
	}
	mss := new(big.Rat).Quo(ss, big.NewRat(int64(div), 1))
	if !root {
		return convertRat(mss, s.isFloat), nil
	}
	return lang.Float(sqrtOfFrac(mss.Num(), mss.Denom())), nil
}

// sqrtOfFrac is CPython's _float_sqrt_of_frac: the correctly rounded
// square root of n/m.
func sqrtOfFrac(n, m *big.Int) float64 {
	const sqrtBitWidth = 2*53 + 3
	q := (n.BitLen() - m.BitLen() - sqrtBitWidth)
	// Python's // floors.
	if q < 0 && q%2 != 0 {
		q = q/2 - 1
	} else {
		q /= 2
	}
	rto := func(n, m *big.Int) *big.Int {
		a := new(big.Int).Sqrt(new(big.Int).Quo(n, m))
		check := new(big.Int).Mul(a, a)
		check.Mul(check, m)
		if check.Cmp(n) != 0 {
			a.SetBit(a, 0, 1)
		}
		return a
	}
	var num, den *big.Int
	if q >= 0 {
		num = rto(n, new(big.Int).Lsh(m, uint(2*q)))
		num.Lsh(num, uint(q))
		den = big.NewInt(1)
	} else {
		num = rto(new(big.Int).Lsh(n, uint(-2*q)), m)
		den = new(big.Int).Lsh(big.NewInt(1), uint(-q))
	}
	f, _ := new(big.Rat).SetFrac(num, den).Float64()
	return f
}
