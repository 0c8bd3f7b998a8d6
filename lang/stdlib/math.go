package stdlib

import (
	"math"
	"math/big"

	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/compile"
)

// The math module: CPython's functions with its domain and range errors
// (ValueError "math domain error", OverflowError "math range error"),
// plus Scriptling's vector helpers (dot, softmax, matmul...; see
// math_vec.go).

func mathModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("math")
	m.Set("__doc__", lang.String("Mathematical functions (CPython's math module) and Scriptling's vector helpers."))
	m.Set("pi", lang.Float(math.Pi))
	m.Set("e", lang.Float(math.E))
	m.Set("tau", lang.Float(2*math.Pi))
	m.Set("inf", lang.Float(math.Inf(1)))
	m.Set("nan", lang.Float(math.NaN()))

	// One-argument float functions: fn, and whether an infinite result
	// from a finite argument is an overflow (else a domain error).
	for _, f := range []struct {
		name     string
		fn       func(float64) float64
		overflow bool
	}{
		{"sqrt", math.Sqrt, false}, {"exp", math.Exp, true}, {"exp2", math.Exp2, true},
		{"expm1", math.Expm1, true}, {"log10", math.Log10, false}, {"log2", math.Log2, false},
		{"log1p", math.Log1p, false}, {"sin", math.Sin, false}, {"cos", math.Cos, false},
		{"tan", math.Tan, false}, {"asin", math.Asin, false}, {"acos", math.Acos, false},
		{"atan", math.Atan, false}, {"sinh", math.Sinh, true}, {"cosh", math.Cosh, true},
		{"tanh", math.Tanh, false}, {"asinh", math.Asinh, false}, {"acosh", math.Acosh, false},
		{"atanh", math.Atanh, false}, {"fabs", math.Abs, false}, {"erf", math.Erf, false},
		{"erfc", math.Erfc, false}, {"cbrt", math.Cbrt, false},
		{"degrees", func(x float64) float64 { return x * (180 / math.Pi) }, true},
		{"radians", func(x float64) float64 { return x * (math.Pi / 180) }, false},
	} {
		f := f
		m.SetFunc(f.name, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			x, err := oneFloat(f.name, args, kw)
			if err != nil {
				return lang.None, err
			}
			return mathResult(f.fn(x), x, f.overflow)
		})
	}
	m.SetFunc("log", mathLog)
	m.SetFunc("floor", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return roundToInt(t, "floor", args, kw, math.Floor)
	})
	m.SetFunc("ceil", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return roundToInt(t, "ceil", args, kw, math.Ceil)
	})
	m.SetFunc("trunc", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return roundToInt(t, "trunc", args, kw, math.Trunc)
	})
	for _, f := range []struct {
		name string
		fn   func(x, y float64) (float64, error)
	}{
		{"pow", mathPow},
		{"atan2", func(y, x float64) (float64, error) { return math.Atan2(y, x), nil }},
		{"fmod", func(x, y float64) (float64, error) {
			if y == 0 && !math.IsNaN(x) || math.IsInf(x, 0) && !math.IsNaN(y) {
				return 0, domainError()
			}
			return math.Mod(x, y), nil
		}},
		{"remainder", func(x, y float64) (float64, error) {
			if (y == 0 || math.IsInf(x, 0)) && !math.IsNaN(x) && !math.IsNaN(y) {
				return 0, domainError()
			}
			return math.Remainder(x, y), nil
		}},
		{"copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil }},
		{"nextafter", func(x, y float64) (float64, error) { return math.Nextafter(x, y), nil }},
		{"ldexp", nil},
	} {
		f := f
		if f.fn == nil {
			continue
		}
		m.SetFunc(f.name, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			if err := lang.NoKwargs(f.name, kw); err != nil {
				return lang.None, err
			}
			if err := lang.ArgCount(f.name, args, kw, 2, 2); err != nil {
				return lang.None, err
			}
			x, err := floatArg(f.name, args[0])
			if err != nil {
				return lang.None, err
			}
			y, err := floatArg(f.name, args[1])
			if err != nil {
				return lang.None, err
			}
			r, err := f.fn(x, y)
			if err != nil {
				return lang.None, err
			}
			return lang.Float(r), nil
		})
	}
	m.SetFunc("ldexp", mathLdexp)
	m.SetFunc("frexp", mathFrexp)
	m.SetFunc("modf", mathModf)
	m.SetFunc("ulp", mathUlp)
	m.SetFunc("hypot", mathHypot)
	m.SetFunc("dist", mathDist)
	m.SetFunc("isnan", floatPred("isnan", func(x float64) bool { return math.IsNaN(x) }))
	m.SetFunc("isinf", floatPred("isinf", func(x float64) bool { return math.IsInf(x, 0) }))
	m.SetFunc("isfinite", floatPred("isfinite", func(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }))
	m.SetFunc("isclose", mathIsclose)
	m.SetFunc("gamma", mathGamma)
	m.SetFunc("lgamma", mathLgamma)
	m.SetFunc("fsum", mathFsum)
	m.SetFunc("prod", mathProd)
	m.SetFunc("sumprod", mathSumprod)
	m.SetFunc("gcd", mathGcd)
	m.SetFunc("lcm", mathLcm)
	m.SetFunc("factorial", mathFactorial)
	m.SetFunc("comb", mathComb)
	m.SetFunc("perm", mathPerm)
	m.SetFunc("isqrt", mathIsqrt)
	registerVectorHelpers(m)
	return m, nil
}

func domainError() error { return lang.NewError(lang.ValueErrorType, "math domain error") }
func rangeError() error  { return lang.NewError(lang.OverflowErrorType, "math range error") }

// floatArg converts a real number argument to float64.
func floatArg(fname string, v lang.Value) (float64, error) {
	if v.IsFloat() {
		return v.AsFloat(), nil
	}
	if f, ok := v.ToFloat(); ok {
		if math.IsInf(f, 0) {
			return 0, lang.NewError(lang.OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, lang.NewError(lang.TypeErrorType, "must be real number, not %s", v.TypeName())
}

func oneFloat(fname string, args []lang.Value, kw []string) (float64, error) {
	if len(args) != 1 || len(kw) != 0 {
		if err := lang.NoKwargs(fname, kw); err != nil {
			return 0, err
		}
		return 0, lang.NewError(lang.TypeErrorType, "math.%s() takes exactly one argument (%d given)", fname, len(args))
	}
	return floatArg(fname, args[0])
}

// mathResult applies CPython's error rules to r = f(x): NaN from a
// non-NaN argument is a domain error; an infinity from a finite argument
// is an overflow or a domain error (a pole).
func mathResult(r, x float64, overflow bool) (lang.Value, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return lang.None, domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if overflow {
			return lang.None, rangeError()
		}
		return lang.None, domainError()
	}
	return lang.Float(r), nil
}

func floatPred(name string, fn func(float64) bool) lang.BuiltinFunc {
	return func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		x, err := oneFloat(name, args, kw)
		if err != nil {
			return lang.None, err
		}
		return lang.Bool(fn(x)), nil
	}
}

// bigOf returns an int argument as a big.Int (ok false for non-ints).
func bigOf(v lang.Value) (*big.Int, bool) {
	if i, ok := v.ToInt64(); ok {
		return big.NewInt(i), true
	}
	if b, ok := v.Object().(*lang.Big); ok {
		return b.Int(), true
	}
	return nil, false
}

func isIntValue(v lang.Value) bool {
	if v.IsInt() || v.IsBool() {
		return true
	}
	_, ok := v.Object().(*lang.Big)
	return ok
}

// floatToInt converts an integral float to an int value.
func floatToInt(f float64) (lang.Value, error) {
	if math.IsNaN(f) {
		return lang.None, lang.NewError(lang.ValueErrorType, "cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return lang.None, lang.NewError(lang.OverflowErrorType, "cannot convert float infinity to integer")
	}
	if f >= -9.2e18 && f <= 9.2e18 {
		return lang.Int(int64(f)), nil
	}
	b, _ := big.NewFloat(f).Int(nil)
	return lang.BigInt(b), nil
}

func roundToInt(t *lang.Thread, name string, args []lang.Value, kw []string, fn func(float64) float64) (lang.Value, error) {
	if len(args) == 1 && len(kw) == 0 && isIntValue(args[0]) {
		if args[0].IsBool() {
			return lang.Int(args[0].AsInt()), nil
		}
		return args[0], nil
	}
	if len(args) == 1 && len(kw) == 0 {
		if _, ok := args[0].Object().(*lang.Instance); ok {
			if m, found, err := lang.GetAttr(t, args[0], "__"+name+"__"); found || err != nil {
				if err != nil {
					return lang.None, err
				}
				return t.Call(m, nil, nil)
			}
		}
	}
	x, err := oneFloat(name, args, kw)
	if err != nil {
		return lang.None, err
	}
	return floatToInt(fn(x))
}

func mathLog(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.NoKwargs("log", kw); err != nil {
		return lang.None, err
	}
	if err := lang.ArgCount("log", args, kw, 1, 2); err != nil {
		return lang.None, err
	}
	num, err := logOf(args[0])
	if err != nil {
		return lang.None, err
	}
	if len(args) == 2 {
		den, err := logOf(args[1])
		if err != nil {
			return lang.None, err
		}
		if den == 0 {
			return lang.None, lang.NewError(lang.ZeroDivisionErrorType, "float division by zero")
		}
		return lang.Float(num / den), nil
	}
	return lang.Float(num), nil
}

// logOf is the natural logarithm of a number, exact for huge ints.
func logOf(v lang.Value) (float64, error) {
	if b, ok := v.Object().(*lang.Big); ok {
		x := b.Int()
		if x.Sign() <= 0 {
			return 0, domainError()
		}
		e := x.BitLen() - 60
		m := new(big.Int).Rsh(x, uint(e))
		return math.Log(float64(m.Int64())) + float64(e)*math.Ln2, nil
	}
	x, err := floatArg("log", v)
	if err != nil {
		return 0, err
	}
	if x <= 0 || math.IsNaN(x) {
		if math.IsNaN(x) {
			return x, nil
		}
		return 0, domainError()
	}
	return math.Log(x), nil
}

func mathPow(x, y float64) (float64, error) {
	r := math.Pow(x, y)
	switch {
	case math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y):
		return 0, domainError()
	case math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0):
		if x == 0 {
			return 0, domainError()
		}
		return 0, rangeError()
	}
	if x == 1 || y == 0 {
		return 1, nil
	}
	return r, nil
}

func mathLdexp(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	var x float64
	var i lang.Value
	if err := lang.UnpackArgs(t, "ldexp", args, kw, "x", &x, "i", &i); err != nil {
		return lang.None, err
	}
	if !isIntValue(i) {
		return lang.None, lang.NewError(lang.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	n, ok := i.ToInt64()
	if !ok {
		n = 1 << 20
		if b, _ := bigOf(i); b.Sign() < 0 {
			n = -n
		}
	}
	if n > 1<<20 {
		n = 1 << 20
	} else if n < -(1 << 20) {
		n = -(1 << 20)
	}
	r := math.Ldexp(x, int(n))
	if math.IsInf(r, 0) && !math.IsInf(x, 0) {
		return lang.None, rangeError()
	}
	return lang.Float(r), nil
}

func mathFrexp(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	x, err := oneFloat("frexp", args, kw)
	if err != nil {
		return lang.None, err
	}
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return lang.TupleValue(lang.Float(x), lang.Int(0)), nil
	}
	f, e := math.Frexp(x)
	return lang.TupleValue(lang.Float(f), lang.Int(int64(e))), nil
}

func mathModf(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	x, err := oneFloat("modf", args, kw)
	if err != nil {
		return lang.None, err
	}
	if math.IsInf(x, 0) {
		return lang.TupleValue(lang.Float(math.Copysign(0, x)), lang.Float(x)), nil
	}
	i, f := math.Modf(x)
	return lang.TupleValue(lang.Float(f), lang.Float(i)), nil
}

func mathUlp(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	x, err := oneFloat("ulp", args, kw)
	if err != nil {
		return lang.None, err
	}
	x = math.Abs(x)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return lang.Float(x), nil
	}
	next := math.Nextafter(x, math.Inf(1))
	if math.IsInf(next, 0) {
		return lang.Float(x - math.Nextafter(x, 0)), nil
	}
	return lang.Float(next - x), nil
}

func floats(t *lang.Thread, fname string, v lang.Value) ([]float64, error) {
	items, err := lang.ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(items))
	for i, it := range items {
		f, err := floatArg(fname, it)
		if err != nil {
			return nil, err
		}
		out[i] = f
	}
	return out, nil
}

func hypotOf(xs []float64) float64 {
	var scale float64
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		scale = math.Max(scale, math.Abs(x))
	}
	for _, x := range xs {
		if math.IsNaN(x) {
			return x
		}
	}
	if scale == 0 {
		return 0
	}
	var sum float64
	for _, x := range xs {
		y := x / scale
		sum += y * y
	}
	if len(xs) == 2 {
		return math.Hypot(xs[0], xs[1])
	}
	return scale * math.Sqrt(sum)
}

func mathHypot(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.NoKwargs("hypot", kw); err != nil {
		return lang.None, err
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		f, err := floatArg("hypot", a)
		if err != nil {
			return lang.None, err
		}
		xs[i] = f
	}
	return lang.Float(hypotOf(xs)), nil
}

func mathDist(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	var p, q lang.Value
	if err := lang.UnpackArgs(t, "dist", args, kw, "p", &p, "q", &q); err != nil {
		return lang.None, err
	}
	ps, err := floats(t, "dist", p)
	if err != nil {
		return lang.None, err
	}
	qs, err := floats(t, "dist", q)
	if err != nil {
		return lang.None, err
	}
	if len(ps) != len(qs) {
		return lang.None, lang.NewError(lang.ValueErrorType, "both points must have the same number of dimensions")
	}
	d := make([]float64, len(ps))
	for i := range ps {
		d[i] = ps[i] - qs[i]
	}
	return lang.Float(hypotOf(d)), nil
}

func mathIsclose(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	var a, b float64
	rel, abs := 1e-9, 0.0
	if err := lang.UnpackArgs(t, "isclose", args, kw, "a", &a, "b", &b, "*rel_tol?", &rel, "*abs_tol?", &abs); err != nil {
		return lang.None, err
	}
	if rel < 0 || abs < 0 {
		return lang.None, lang.NewError(lang.ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return lang.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return lang.False, nil
	}
	diff := math.Abs(b - a)
	return lang.Bool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
}

func mathGamma(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	x, err := oneFloat("gamma", args, kw)
	if err != nil {
		return lang.None, err
	}
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return lang.Float(x), nil
	}
	if math.IsInf(x, -1) || (x <= 0 && x == math.Floor(x)) {
		return lang.None, domainError()
	}
	r := math.Gamma(x)
	if math.IsInf(r, 0) {
		return lang.None, rangeError()
	}
	return lang.Float(r), nil
}

func mathLgamma(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	x, err := oneFloat("lgamma", args, kw)
	if err != nil {
		return lang.None, err
	}
	if math.IsNaN(x) {
		return lang.Float(x), nil
	}
	if math.IsInf(x, 0) {
		return lang.Float(math.Inf(1)), nil
	}
	if x <= 0 && x == math.Floor(x) {
		return lang.None, domainError()
	}
	r, _ := math.Lgamma(x)
	if math.IsInf(r, 0) {
		return lang.None, rangeError()
	}
	return lang.Float(r), nil
}

// mathFsum is CPython's exact summation (Shewchuk's algorithm, as in
// mathmodule.c's math_fsum).
func mathFsum(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("fsum", args, kw, 1, 1); err != nil {
		return lang.None, err
	}
	it, err := lang.Iterate(t, args[0])
	if err != nil {
		return lang.None, err
	}
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	for n := 0; ; n++ {
		v, ok, err := it.Next(t)
		if err != nil {
			return lang.None, err
		}
		if !ok {
			break
		}
		if n&1023 == 1023 {
			if err := t.Tick(); err != nil {
				return lang.None, err
			}
		}
		x, err := floatArg("fsum", v)
		if err != nil {
			return lang.None, err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				if math.IsInf(xsave, 0) || math.IsNaN(xsave) {
					infSum += xsave
				}
				specialSum += xsave
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return lang.None, lang.NewError(lang.ValueErrorType, "-inf + inf in fsum")
		}
		return lang.Float(specialSum), nil
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return lang.Float(hi), nil
}

func mathProd(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	var it lang.Value
	start := lang.Int(1)
	if err := lang.UnpackArgs(t, "prod", args, kw, "iterable", &it, "*start?", &start); err != nil {
		return lang.None, err
	}
	iter, err := lang.Iterate(t, it)
	if err != nil {
		return lang.None, err
	}
	acc := start
	for n := 0; ; n++ {
		v, ok, err := iter.Next(t)
		if err != nil {
			return lang.None, err
		}
		if !ok {
			return acc, nil
		}
		if acc, err = lang.Binary(t, compile.OpMul, acc, v); err != nil {
			return lang.None, err
		}
		if n&1023 == 1023 {
			if err := t.Tick(); err != nil {
				return lang.None, err
			}
		}
	}
}

func mathSumprod(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	var p, q []lang.Value
	if err := lang.UnpackArgs(t, "sumprod", args, kw, "p", &p, "q", &q); err != nil {
		return lang.None, err
	}
	if len(p) != len(q) {
		return lang.None, lang.NewError(lang.ValueErrorType, "Inputs are not the same length")
	}
	acc := lang.Int(0)
	for i := range p {
		x, err := lang.Binary(t, compile.OpMul, p[i], q[i])
		if err != nil {
			return lang.None, err
		}
		if acc, err = lang.Binary(t, compile.OpAdd, acc, x); err != nil {
			return lang.None, err
		}
	}
	return acc, nil
}

func intArgs(fname string, args []lang.Value, kw []string) ([]*big.Int, error) {
	if err := lang.NoKwargs(fname, kw); err != nil {
		return nil, err
	}
	out := make([]*big.Int, len(args))
	for i, a := range args {
		b, ok := bigOf(a)
		if !ok {
			return nil, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", a.TypeName())
		}
		out[i] = b
	}
	return out, nil
}

func mathGcd(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if len(args) == 2 && len(kw) == 0 && args[0].IsInt() && args[1].IsInt() {
		a, b := args[0].AsInt(), args[1].AsInt()
		if a != math.MinInt64 && b != math.MinInt64 {
			if a < 0 {
				a = -a
			}
			if b < 0 {
				b = -b
			}
			for b != 0 {
				a, b = b, a%b
			}
			return lang.Int(a), nil
		}
	}
	xs, err := intArgs("gcd", args, kw)
	if err != nil {
		return lang.None, err
	}
	g := new(big.Int)
	for _, x := range xs {
		g.GCD(nil, nil, g, new(big.Int).Abs(x))
	}
	return lang.BigInt(g), nil
}

func mathLcm(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	xs, err := intArgs("lcm", args, kw)
	if err != nil {
		return lang.None, err
	}
	l := big.NewInt(1)
	for _, x := range xs {
		if x.Sign() == 0 {
			return lang.Int(0), nil
		}
		a := new(big.Int).Abs(x)
		g := new(big.Int).GCD(nil, nil, l, a)
		l.Mul(l, a.Quo(a, g))
	}
	return lang.BigInt(l), nil
}

func nonNegInt(fname string, v lang.Value, what string) (int64, error) {
	if !isIntValue(v) {
		return 0, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", v.TypeName())
	}
	n, ok := v.ToInt64()
	if !ok {
		b, _ := bigOf(v)
		if b.Sign() < 0 {
			return 0, lang.NewError(lang.ValueErrorType, "%s must be a non-negative integer", what)
		}
		return 0, lang.NewError(lang.OverflowErrorType, "%s too large", what)
	}
	if n < 0 {
		return 0, lang.NewError(lang.ValueErrorType, "%s must be a non-negative integer", what)
	}
	return n, nil
}

func mathFactorial(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("factorial", args, kw, 1, 1); err != nil {
		return lang.None, err
	}
	if args[0].IsFloat() {
		return lang.None, lang.NewError(lang.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	if !isIntValue(args[0]) {
		return lang.None, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].TypeName())
	}
	n, ok := args[0].ToInt64()
	if ok && n < 0 {
		return lang.None, lang.NewError(lang.ValueErrorType, "factorial() not defined for negative values")
	}
	if !ok || n > 100000 {
		return lang.None, lang.NewError(lang.OverflowErrorType, "factorial() argument should not exceed %d", 100000)
	}
	if n < 2 {
		return lang.Int(1), nil
	}
	if err := t.CheckMemory(n * 2); err != nil {
		return lang.None, err
	}
	return lang.BigInt(new(big.Int).MulRange(1, n)), nil
}

func mathComb(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("comb", args, kw, 2, 2); err != nil {
		return lang.None, err
	}
	n, err := nonNegInt("comb", args[0], "n")
	if err != nil {
		return lang.None, err
	}
	k, err := nonNegInt("comb", args[1], "k")
	if err != nil {
		return lang.None, err
	}
	if k > n {
		return lang.Int(0), nil
	}
	if min(k, n-k) > 200000 {
		return lang.None, lang.NewError(lang.OverflowErrorType, "comb() result too large")
	}
	return lang.BigInt(new(big.Int).Binomial(n, k)), nil
}

func mathPerm(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("perm", args, kw, 1, 2); err != nil {
		return lang.None, err
	}
	n, err := nonNegInt("perm", args[0], "n")
	if err != nil {
		return lang.None, err
	}
	k := n
	if len(args) == 2 && !args[1].IsNone() {
		if k, err = nonNegInt("perm", args[1], "k"); err != nil {
			return lang.None, err
		}
	}
	if k > n {
		return lang.Int(0), nil
	}
	if k > 200000 {
		return lang.None, lang.NewError(lang.OverflowErrorType, "perm() result too large")
	}
	if k == 0 {
		return lang.Int(1), nil
	}
	return lang.BigInt(new(big.Int).MulRange(n-k+1, n)), nil
}

func mathIsqrt(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("isqrt", args, kw, 1, 1); err != nil {
		return lang.None, err
	}
	b, ok := bigOf(args[0])
	if !ok {
		return lang.None, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].TypeName())
	}
	if b.Sign() < 0 {
		return lang.None, lang.NewError(lang.ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return lang.BigInt(new(big.Int).Sqrt(b)), nil
}
