package stdlib

import (
	"crypto/sha512"
	"math"
	"math/big"
	"sort"

	"github.com/wasmling/wasmling/lang"
)

// The random module: CPython's Mersenne Twister and its algorithms, so a
// seeded generator produces exactly CPython's sequences. Each interpreter
// has its own default generator, seeded from the host's randomness;
// random.Random(seed) makes more.

const (
	mtN = 624
	mtM = 397
)

// mt19937 is the generator state (CPython's _randommodule.c).
type mt19937 struct {
	mt        [mtN]uint32
	mti       int
	gaussNext float64
	hasGauss  bool
}

func (r *mt19937) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < mtN; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.mti = mtN
}

func (r *mt19937) initByArray(key []uint32) {
	r.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			r.mt[0] = r.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			r.mt[0] = r.mt[mtN-1]
			i = 1
		}
	}
	r.mt[0] = 0x80000000
}

func (r *mt19937) uint32() uint32 {
	if r.mti >= mtN {
		var kk int
		mag := [2]uint32{0, 0x9908b0df}
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (r.mt[kk] & 0x80000000) | (r.mt[kk+1] & 0x7fffffff)
			r.mt[kk] = r.mt[kk+mtM] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (r.mt[kk] & 0x80000000) | (r.mt[kk+1] & 0x7fffffff)
			r.mt[kk] = r.mt[kk+(mtM-mtN)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (r.mt[mtN-1] & 0x80000000) | (r.mt[0] & 0x7fffffff)
		r.mt[mtN-1] = r.mt[mtM-1] ^ (y >> 1) ^ mag[y&1]
		r.mti = 0
	}
	y := r.mt[r.mti]
	r.mti++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float returns random() in [0, 1) with 53 bits.
func (r *mt19937) float() float64 {
	a, b := r.uint32()>>5, r.uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bits64 returns getrandbits(k) for 0 < k <= 64.
func (r *mt19937) bits64(k int) uint64 {
	if k <= 32 {
		return uint64(r.uint32() >> (32 - k))
	}
	lo := uint64(r.uint32())
	hi := uint64(r.uint32() >> (64 - k))
	return hi<<32 | lo
}

// bitsBig returns getrandbits(k) for any k >= 0.
func (r *mt19937) bitsBig(k int) *big.Int {
	if k <= 64 {
		if k == 0 {
			return new(big.Int)
		}
		return new(big.Int).SetUint64(r.bits64(k))
	}
	words := (k-1)/32 + 1
	b := make([]byte, 4*words)
	for i := 0; i < words; i++ {
		w := r.uint32()
		if k < 32 {
			w >>= 32 - k
		}
		// little-endian words into a big-endian byte slice
		p := 4 * (words - 1 - i)
		b[p], b[p+1], b[p+2], b[p+3] = byte(w>>24), byte(w>>16), byte(w>>8), byte(w)
		k -= 32
	}
	return new(big.Int).SetBytes(b)
}

// below returns _randbelow(n) for 0 < n.
func (r *mt19937) below(n int64) int64 {
	k := bitLen(uint64(n))
	x := int64(r.bits64(k))
	for x >= n {
		x = int64(r.bits64(k))
	}
	return x
}

func (r *mt19937) belowBig(n *big.Int) *big.Int {
	k := n.BitLen()
	x := r.bitsBig(k)
	for x.Cmp(n) >= 0 {
		x = r.bitsBig(k)
	}
	return x
}

func bitLen(x uint64) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// seedInt seeds from a non-negative integer, as CPython's random_seed.
func (r *mt19937) seedInt(n *big.Int) {
	n = new(big.Int).Abs(n)
	words := n.Bits()
	var key []uint32
	bits := n.BitLen()
	nwords := 1
	if bits > 0 {
		nwords = (bits-1)/32 + 1
	}
	key = make([]uint32, nwords)
	for i := range key {
		w := new(big.Int).Rsh(n, uint(32*i))
		key[i] = uint32(w.Uint64() & 0xffffffff)
	}
	_ = words
	r.initByArray(key)
	r.hasGauss = false
}

func (r *mt19937) seed(t *lang.Thread, a lang.Value) error {
	switch {
	case a.IsNone():
		var buf [4 * mtN]byte
		t.Interp().Host().Random(buf[:])
		key := make([]uint32, mtN)
		for i := range key {
			key[i] = uint32(buf[4*i]) | uint32(buf[4*i+1])<<8 | uint32(buf[4*i+2])<<16 | uint32(buf[4*i+3])<<24
		}
		r.initByArray(key)
		r.hasGauss = false
		return nil
	case a.IsInt():
		r.seedInt(big.NewInt(a.AsInt()))
		return nil
	case a.IsBool():
		r.seedInt(big.NewInt(a.AsInt()))
		return nil
	case a.IsFloat():
		h, _ := lang.NumericHash(a)
		r.seedInt(new(big.Int).SetUint64(uint64(h)))
		return nil
	}
	var data []byte
	switch x := a.Object().(type) {
	case *lang.Big:
		r.seedInt(x.Int())
		return nil
	case *lang.Str:
		data = []byte(x.GoString())
	case *lang.Bytes:
		data = x.Bytes()
	default:
		return lang.NewError(lang.TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	sum := sha512.Sum512(data)
	r.seedInt(new(big.Int).SetBytes(append(append([]byte(nil), data...), sum[:]...)))
	return nil
}

// randomObj is a random.Random instance.
type randomObj struct {
	cls *lang.Class
	mt19937
}

func (o *randomObj) Type() *lang.Class { return o.cls }

// intArg returns an int argument (int64 or big).
func intArg(fname string, v lang.Value) (int64, *big.Int, error) {
	if v.IsInt() || v.IsBool() {
		return v.AsInt(), nil, nil
	}
	if b, ok := v.Object().(*lang.Big); ok {
		return 0, b.Int(), nil
	}
	if v.IsFloat() {
		f := v.AsFloat()
		if f == math.Trunc(f) && math.Abs(f) < 1<<62 {
			return int64(f), nil, nil
		}
		return 0, nil, lang.NewError(lang.ValueErrorType, "non-integer arg 1 for %s()", fname)
	}
	return 0, nil, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", v.TypeName())
}

func (r *mt19937) randrange(start, stop, step lang.Value, hasStop bool) (lang.Value, error) {
	a, ab, err := intArg("randrange", start)
	if err != nil {
		return lang.None, err
	}
	if !hasStop {
		if ab == nil {
			if a > 0 {
				return lang.Int(r.below(a)), nil
			}
			return lang.None, lang.NewError(lang.ValueErrorType, "empty range for randrange()")
		}
		if ab.Sign() > 0 {
			return lang.BigInt(r.belowBig(ab)), nil
		}
		return lang.None, lang.NewError(lang.ValueErrorType, "empty range for randrange()")
	}
	b, bb, err := intArg("randrange", stop)
	if err != nil {
		return lang.None, err
	}
	s, sb, err := intArg("randrange", step)
	if err != nil {
		return lang.None, err
	}
	if ab == nil && bb == nil && sb == nil && a > math.MinInt64/4 && a < math.MaxInt64/4 && b > math.MinInt64/4 && b < math.MaxInt64/4 && s > math.MinInt64/4 && s < math.MaxInt64/4 {
		width := b - a
		if s == 1 {
			if width > 0 {
				return lang.Int(a + r.below(width)), nil
			}
			return lang.None, lang.NewError(lang.ValueErrorType, "empty range for randrange() (%d, %d, %d)", a, b, width)
		}
		var n int64
		switch {
		case s > 0:
			n = floorDiv(width+s-1, s)
		case s < 0:
			n = floorDiv(width+s+1, s)
		default:
			return lang.None, lang.NewError(lang.ValueErrorType, "zero step for randrange()")
		}
		if n <= 0 {
			return lang.None, lang.NewError(lang.ValueErrorType, "empty range for randrange()")
		}
		return lang.Int(a + s*r.below(n)), nil
	}
	toBig := func(i int64, b *big.Int) *big.Int {
		if b != nil {
			return b
		}
		return big.NewInt(i)
	}
	A, B, S := toBig(a, ab), toBig(b, bb), toBig(s, sb)
	width := new(big.Int).Sub(B, A)
	var n *big.Int
	switch S.Sign() {
	case 0:
		return lang.None, lang.NewError(lang.ValueErrorType, "zero step for randrange()")
	case 1:
		n = new(big.Int).Add(width, S)
		n.Sub(n, big.NewInt(1))
	default:
		n = new(big.Int).Add(width, S)
		n.Add(n, big.NewInt(1))
	}
	// floor division
	q, m := new(big.Int).QuoRem(n, S, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (S.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	if q.Sign() <= 0 {
		if S.Cmp(big.NewInt(1)) == 0 {
			return lang.None, lang.NewError(lang.ValueErrorType, "empty range for randrange() (%s, %s, %s)", A, B, width)
		}
		return lang.None, lang.NewError(lang.ValueErrorType, "empty range for randrange()")
	}
	x := r.belowBig(q)
	x.Mul(x, S)
	return lang.BigInt(x.Add(x, A)), nil
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// newRandomClass builds random.Random; its methods are also the module's
// functions, bound to the interpreter's default generator.
func newRandomClass() *lang.Class {
	var cls *lang.Class
	cls = lang.NewClass("Random", "random", func(t *lang.Thread, c *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
		var x lang.Value
		if err := lang.UnpackArgs(t, "Random", args, kw, "x?", &x); err != nil {
			return lang.None, err
		}
		o := &randomObj{cls: cls}
		if err := o.seed(t, x); err != nil {
			return lang.None, err
		}
		return lang.Obj(o), nil
	})
	for name, fn := range randomMethodTable() {
		fn := fn
		cls.DefineMethod(name, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			if len(args) == 0 {
				return lang.None, lang.NewError(lang.TypeErrorType, "descriptor needs an argument")
			}
			o, ok := args[0].Object().(*randomObj)
			if !ok {
				return lang.None, lang.NewError(lang.TypeErrorType, "descriptor requires a 'Random' object")
			}
			return fn(t, &o.mt19937, args[1:], kw)
		})
	}
	return cls
}

type randomMethod func(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error)

// randomMethodTable returns the methods of Random, which are also the
// module's functions.
func randomMethodTable() map[string]randomMethod {
	return map[string]randomMethod{
		"seed":          rndSeed,
		"random":        rndRandom,
		"getrandbits":   rndGetrandbits,
		"randrange":     rndRandrange,
		"randint":       rndRandint,
		"choice":        rndChoice,
		"choices":       rndChoices,
		"shuffle":       rndShuffle,
		"sample":        rndSample,
		"uniform":       rndUniform,
		"triangular":    rndTriangular,
		"gauss":         rndGauss,
		"normalvariate": rndNormal,
		"lognormvariate": func(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
			var mu, sigma float64
			if err := lang.UnpackArgs(t, "lognormvariate", args, kw, "mu", &mu, "sigma", &sigma); err != nil {
				return lang.None, err
			}
			return lang.Float(math.Exp(r.normal(mu, sigma))), nil
		},
		"expovariate": func(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
			lambd := 1.0
			if err := lang.UnpackArgs(t, "expovariate", args, kw, "lambd?", &lambd); err != nil {
				return lang.None, err
			}
			if lambd == 0 {
				return lang.None, lang.NewError(lang.ZeroDivisionErrorType, "float division by zero")
			}
			return lang.Float(-math.Log(1.0-r.float()) / lambd), nil
		},
		"vonmisesvariate": rndVonmises,
		"gammavariate": func(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
			var alpha, beta float64
			if err := lang.UnpackArgs(t, "gammavariate", args, kw, "alpha", &alpha, "beta", &beta); err != nil {
				return lang.None, err
			}
			x, err := r.gamma(alpha, beta)
			return lang.Float(x), err
		},
		"betavariate": func(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
			var alpha, beta float64
			if err := lang.UnpackArgs(t, "betavariate", args, kw, "alpha", &alpha, "beta", &beta); err != nil {
				return lang.None, err
			}
			y, err := r.gamma(alpha, 1.0)
			if err != nil {
				return lang.None, err
			}
			if y == 0 {
				return lang.Float(0), nil
			}
			z, err := r.gamma(beta, 1.0)
			if err != nil {
				return lang.None, err
			}
			return lang.Float(y / (y + z)), nil
		},
		"paretovariate": func(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
			var alpha float64
			if err := lang.UnpackArgs(t, "paretovariate", args, kw, "alpha", &alpha); err != nil {
				return lang.None, err
			}
			u := 1.0 - r.float()
			return lang.Float(math.Pow(u, -1.0/alpha)), nil
		},
		"weibullvariate": func(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
			var alpha, beta float64
			if err := lang.UnpackArgs(t, "weibullvariate", args, kw, "alpha", &alpha, "beta", &beta); err != nil {
				return lang.None, err
			}
			u := 1.0 - r.float()
			return lang.Float(alpha * math.Pow(-math.Log(u), 1.0/beta)), nil
		},
		"randbytes": func(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
			var n int64
			if err := lang.UnpackArgs(t, "randbytes", args, kw, "n", &n); err != nil {
				return lang.None, err
			}
			if n < 0 {
				return lang.None, lang.NewError(lang.ValueErrorType, "number of bits must be non-negative")
			}
			if err := t.CheckMemory(n); err != nil {
				return lang.None, err
			}
			b := r.bitsBig(int(n) * 8).Bytes()
			out := make([]byte, n)
			for i := range b {
				out[i] = b[len(b)-1-i]
			}
			return lang.NewBytes(out), nil
		},
		"getstate": func(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
			items := make([]lang.Value, mtN+1)
			for i, w := range r.mt {
				items[i] = lang.Int(int64(w))
			}
			items[mtN] = lang.Int(int64(r.mti))
			g := lang.None
			if r.hasGauss {
				g = lang.Float(r.gaussNext)
			}
			return lang.TupleValue(lang.Int(3), lang.Obj(lang.NewTuple(items)), g), nil
		},
		"setstate": func(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
			var st []lang.Value
			if err := lang.UnpackArgs(t, "setstate", args, kw, "state", &st); err != nil {
				return lang.None, err
			}
			bad := lang.NewError(lang.ValueErrorType, "state vector is the wrong size")
			if len(st) != 3 {
				return lang.None, bad
			}
			words, err := lang.ToSlice(t, st[1])
			if err != nil {
				return lang.None, err
			}
			if len(words) != mtN+1 {
				return lang.None, bad
			}
			for i := 0; i < mtN; i++ {
				w, _ := words[i].ToInt64()
				r.mt[i] = uint32(w)
			}
			idx, _ := words[mtN].ToInt64()
			if idx < 0 || idx > mtN {
				return lang.None, lang.NewError(lang.ValueErrorType, "invalid state")
			}
			r.mti = int(idx)
			r.hasGauss = false
			if f, ok := st[2].ToFloat(); ok {
				r.gaussNext, r.hasGauss = f, true
			}
			return lang.None, nil
		},
	}
}

func rndSeed(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	var a lang.Value
	version := int64(2)
	if err := lang.UnpackArgs(t, "seed", args, kw, "a?", &a, "version?", &version); err != nil {
		return lang.None, err
	}
	return lang.None, r.seed(t, a)
}

func rndRandom(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	if len(args) != 0 {
		return lang.None, lang.NewError(lang.TypeErrorType, "random() takes no arguments (%d given)", len(args))
	}
	return lang.Float(r.float()), nil
}

func rndGetrandbits(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	var k int64
	if err := lang.UnpackArgs(t, "getrandbits", args, kw, "k", &k); err != nil {
		return lang.None, err
	}
	if k < 0 {
		return lang.None, lang.NewError(lang.ValueErrorType, "number of bits must be non-negative")
	}
	if err := t.CheckMemory(k / 8); err != nil {
		return lang.None, err
	}
	if k <= 63 {
		if k == 0 {
			return lang.Int(0), nil
		}
		return lang.Int(int64(r.bits64(int(k)))), nil
	}
	return lang.BigInt(r.bitsBig(int(k))), nil
}

func rndRandrange(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	var start, stop lang.Value
	step := lang.Int(1)
	if err := lang.UnpackArgs(t, "randrange", args, kw, "start", &start, "stop?", &stop, "step?", &step); err != nil {
		return lang.None, err
	}
	if stop.IsNone() {
		if s, ok := step.ToInt64(); !ok || s != 1 {
			return lang.None, lang.NewError(lang.TypeErrorType, "Missing a non-None stop argument")
		}
		return r.randrange(start, lang.None, step, false)
	}
	return r.randrange(start, stop, step, true)
}

func rndRandint(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	if len(args) == 2 && len(kw) == 0 && args[0].IsInt() && args[1].IsInt() {
		a, b := args[0].AsInt(), args[1].AsInt()
		if b >= a && b-a < math.MaxInt64-1 && a > math.MinInt64/2 {
			return lang.Int(a + r.below(b-a+1)), nil
		}
	}
	var a, b lang.Value
	if err := lang.UnpackArgs(t, "randint", args, kw, "a", &a, "b", &b); err != nil {
		return lang.None, err
	}
	b1, err := lang.Binary(t, 0, b, lang.Int(1))
	if err != nil {
		return lang.None, err
	}
	return r.randrange(a, b1, lang.Int(1), true)
}

func rndChoice(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	return choose(t, args, kw, r.below)
}

// choose implements choice(seq) of random and secrets: the item at
// index below(len(seq)), where below(n) picks an int in [0, n).
func choose(t *lang.Thread, args []lang.Value, kw []string, below func(n int64) int64) (lang.Value, error) {
	var seq lang.Value
	if err := lang.UnpackArgs(t, "choice", args, kw, "seq", &seq); err != nil {
		return lang.None, err
	}
	n, err := lang.Len(t, seq)
	if err != nil {
		return lang.None, err
	}
	if n == 0 {
		return lang.None, lang.NewError(lang.IndexErrorType, "Cannot choose from an empty sequence")
	}
	i := below(int64(n))
	switch x := seq.Object().(type) {
	case *lang.List:
		return x.Items()[i], nil
	case *lang.Tuple:
		return x.Items()[i], nil
	}
	return lang.GetItem(t, seq, lang.Int(i))
}

func rndShuffle(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	var x lang.Value
	if err := lang.UnpackArgs(t, "shuffle", args, kw, "x", &x); err != nil {
		return lang.None, err
	}
	if l, ok := x.Object().(*lang.List); ok {
		items := l.Items()
		for i := len(items) - 1; i > 0; i-- {
			j := r.below(int64(i + 1))
			items[i], items[j] = items[j], items[i]
		}
		return lang.None, nil
	}
	n, err := lang.Len(t, x)
	if err != nil {
		return lang.None, err
	}
	for i := n - 1; i > 0; i-- {
		j := r.below(int64(i + 1))
		a, err := lang.GetItem(t, x, lang.Int(int64(i)))
		if err != nil {
			return lang.None, err
		}
		b, err := lang.GetItem(t, x, lang.Int(j))
		if err != nil {
			return lang.None, err
		}
		if err := lang.SetItem(t, x, lang.Int(int64(i)), b); err != nil {
			return lang.None, err
		}
		if err := lang.SetItem(t, x, lang.Int(j), a); err != nil {
			return lang.None, err
		}
	}
	return lang.None, nil
}

// population gives indexed access to a sequence argument without
// materialising it (random.sample(range(10**9), 5) must be cheap).
type population struct {
	t     *lang.Thread
	v     lang.Value
	items []lang.Value // for lists and tuples
	n     int
}

func newPopulation(t *lang.Thread, v lang.Value) (*population, error) {
	switch x := v.Object().(type) {
	case *lang.Set, *lang.Dict:
		return nil, lang.NewError(lang.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	case *lang.List:
		return &population{t: t, v: v, items: x.Items(), n: len(x.Items())}, nil
	case *lang.Tuple:
		return &population{t: t, v: v, items: x.Items(), n: len(x.Items())}, nil
	}
	n, err := lang.Len(t, v)
	if err != nil {
		return nil, err
	}
	return &population{t: t, v: v, n: n}, nil
}

func (p *population) at(i int64) (lang.Value, error) {
	if p.items != nil {
		return p.items[i], nil
	}
	return lang.GetItem(p.t, p.v, lang.Int(i))
}

func rndSample(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	var pop, counts lang.Value
	var k int64
	if err := lang.UnpackArgs(t, "sample", args, kw, "population", &pop, "k", &k, "*counts?", &counts); err != nil {
		return lang.None, err
	}
	items, err := newPopulation(t, pop)
	if err != nil {
		return lang.None, err
	}
	n := int64(items.n)
	if !counts.IsNone() {
		cs, err := lang.ToSlice(t, counts)
		if err != nil {
			return lang.None, err
		}
		if int64(len(cs)) != n {
			return lang.None, lang.NewError(lang.ValueErrorType, "The number of counts does not match the population")
		}
		cum := make([]int64, n)
		var total int64
		for i, c := range cs {
			ci, ok := c.ToInt64()
			if !ok {
				return lang.None, lang.NewError(lang.TypeErrorType, "Counts must be integers")
			}
			total += ci
			cum[i] = total
		}
		if n == 0 || total <= 0 {
			return lang.None, lang.NewError(lang.ValueErrorType, "Total of counts must be greater than zero")
		}
		sel, err := r.sampleIndexes(t, total, k)
		if err != nil {
			return lang.None, err
		}
		out := make([]lang.Value, len(sel))
		cum = cum[:n-1]
		for i, s := range sel {
			if out[i], err = items.at(int64(sort.Search(len(cum), func(j int) bool { return cum[j] > s }))); err != nil {
				return lang.None, err
			}
		}
		return lang.ListValue(out), nil
	}
	sel, err := r.sampleIndexes(t, n, k)
	if err != nil {
		return lang.None, err
	}
	out := make([]lang.Value, len(sel))
	for i, s := range sel {
		if out[i], err = items.at(s); err != nil {
			return lang.None, err
		}
	}
	return lang.ListValue(out), nil
}

// sampleIndexes is CPython's sample() over range(n).
func (r *mt19937) sampleIndexes(t *lang.Thread, n, k int64) ([]int64, error) {
	if k < 0 || k > n {
		return nil, lang.NewError(lang.ValueErrorType, "Sample larger than population or is negative")
	}
	if err := t.CheckMemory(k * 24); err != nil {
		return nil, err
	}
	result := make([]int64, k)
	setsize := int64(21)
	if k > 5 {
		setsize += int64(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if n <= setsize {
		pool := make([]int64, n)
		for i := range pool {
			pool[i] = int64(i)
		}
		for i := int64(0); i < k; i++ {
			j := r.below(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return result, nil
	}
	selected := make(map[int64]bool, k)
	for i := int64(0); i < k; i++ {
		j := r.below(n)
		for selected[j] {
			j = r.below(n)
		}
		selected[j] = true
		result[i] = j
	}
	return result, nil
}

func rndChoices(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	var pop, weights, cumWeights lang.Value
	k := int64(1)
	if err := lang.UnpackArgs(t, "choices", args, kw, "population", &pop, "weights?", &weights, "*cum_weights?", &cumWeights, "*k?", &k); err != nil {
		return lang.None, err
	}
	items, err := newPopulation(t, pop)
	if err != nil {
		return lang.None, err
	}
	n := items.n
	if k < 0 {
		k = 0
	}
	if err := t.CheckMemory(k * 16); err != nil {
		return lang.None, err
	}
	out := make([]lang.Value, k)
	if cumWeights.IsNone() && weights.IsNone() {
		if n == 0 && k > 0 {
			return lang.None, lang.NewError(lang.IndexErrorType, "list index out of range")
		}
		fn := float64(n)
		for i := range out {
			if out[i], err = items.at(int64(math.Floor(r.float() * fn))); err != nil {
				return lang.None, err
			}
		}
		return lang.ListValue(out), nil
	}
	var cum []float64
	if !cumWeights.IsNone() {
		if !weights.IsNone() {
			return lang.None, lang.NewError(lang.TypeErrorType, "Cannot specify both weights and cumulative weights")
		}
		if cum, err = floats(t, "choices", cumWeights); err != nil {
			return lang.None, err
		}
	} else {
		if weights.IsInt() {
			return lang.None, lang.NewError(lang.TypeErrorType, "The number of choices must be a keyword argument: k=%d", weights.AsInt())
		}
		ws, err := floats(t, "choices", weights)
		if err != nil {
			return lang.None, err
		}
		cum = make([]float64, len(ws))
		s := 0.0
		for i, w := range ws {
			s += w
			cum[i] = s
		}
	}
	if len(cum) != n {
		return lang.None, lang.NewError(lang.ValueErrorType, "The number of weights does not match the population")
	}
	if n == 0 {
		return lang.None, lang.NewError(lang.IndexErrorType, "list index out of range")
	}
	total := cum[n-1]
	if total <= 0 {
		return lang.None, lang.NewError(lang.ValueErrorType, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return lang.None, lang.NewError(lang.ValueErrorType, "Total of weights must be finite")
	}
	hi := n - 1
	for i := range out {
		x := r.float() * total
		// bisect_right(cum, x, 0, hi)
		j := sort.Search(hi, func(j int) bool { return cum[j] > x })
		if out[i], err = items.at(int64(j)); err != nil {
			return lang.None, err
		}
	}
	return lang.ListValue(out), nil
}

func rndUniform(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	var a, b float64
	if err := lang.UnpackArgs(t, "uniform", args, kw, "a", &a, "b", &b); err != nil {
		return lang.None, err
	}
	return lang.Float(a + (b-a)*r.float()), nil
}

func rndTriangular(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	low, high := 0.0, 1.0
	var mode lang.Value
	if err := lang.UnpackArgs(t, "triangular", args, kw, "low?", &low, "high?", &high, "mode?", &mode); err != nil {
		return lang.None, err
	}
	u := r.float()
	c := 0.5
	if !mode.IsNone() {
		m, err := floatArg("triangular", mode)
		if err != nil {
			return lang.None, err
		}
		if high == low {
			return lang.Float(low), nil
		}
		c = (m - low) / (high - low)
	} else if high == low {
		return lang.Float(low), nil
	}
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	return lang.Float(low + (high-low)*math.Sqrt(u*c)), nil
}

const nvMagic = 1.7155277699214135 // 4 * exp(-0.5) / sqrt(2.0)

func (r *mt19937) normal(mu, sigma float64) float64 {
	var z float64
	for {
		u1 := r.float()
		u2 := 1.0 - r.float()
		z = nvMagic * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -math.Log(u2) {
			break
		}
	}
	return mu + z*sigma
}

func rndNormal(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	mu, sigma := 0.0, 1.0
	if err := lang.UnpackArgs(t, "normalvariate", args, kw, "mu?", &mu, "sigma?", &sigma); err != nil {
		return lang.None, err
	}
	return lang.Float(r.normal(mu, sigma)), nil
}

func rndGauss(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	mu, sigma := 0.0, 1.0
	if err := lang.UnpackArgs(t, "gauss", args, kw, "mu?", &mu, "sigma?", &sigma); err != nil {
		return lang.None, err
	}
	var z float64
	if r.hasGauss {
		z = r.gaussNext
		r.hasGauss = false
	} else {
		x2pi := r.float() * 2 * math.Pi
		g2rad := math.Sqrt(-2.0 * math.Log(1.0-r.float()))
		z = math.Cos(x2pi) * g2rad
		r.gaussNext = math.Sin(x2pi) * g2rad
		r.hasGauss = true
	}
	return lang.Float(mu + z*sigma), nil
}

func rndVonmises(t *lang.Thread, r *mt19937, args []lang.Value, kw []string) (lang.Value, error) {
	var mu, kappa float64
	if err := lang.UnpackArgs(t, "vonmisesvariate", args, kw, "mu", &mu, "kappa", &kappa); err != nil {
		return lang.None, err
	}
	const twoPi = 2 * math.Pi
	if kappa <= 1e-6 {
		return lang.Float(twoPi * r.float()), nil
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+s*s)
	var z float64
	for {
		u1 := r.float()
		z = math.Cos(math.Pi * u1)
		d := z / (rr + z)
		u2 := r.float()
		if u2 < 1.0-d*d || u2 <= (1.0-d)*math.Exp(d) {
			break
		}
	}
	q := 1.0 / rr
	f := (q + z) / (1.0 + q*z)
	u3 := r.float()
	var theta float64
	if u3 > 0.5 {
		theta = pyFmod(mu+math.Acos(f), twoPi)
	} else {
		theta = pyFmod(mu-math.Acos(f), twoPi)
	}
	return lang.Float(theta), nil
}

// pyFmod is Python's float %, with the sign of the divisor.
func pyFmod(a, b float64) float64 {
	m := math.Mod(a, b)
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

func (r *mt19937) gamma(alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, lang.NewError(lang.ValueErrorType, "gammavariate: alpha and beta must be > 0.0")
	}
	const log4 = 1.3862943611198906
	const sgMagic = 2.504077396776274 // 1.0 + log(4.5)
	if alpha > 1.0 {
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := r.float()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.float()
			v := math.Log(u1/(1.0-u1)) / ainv
			x := alpha * math.Exp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagic-4.5*z >= 0.0 || rr >= math.Log(z) {
				return x * beta, nil
			}
		}
	}
	if alpha == 1.0 {
		return -math.Log(1.0-r.float()) * beta, nil
	}
	var x float64
	for {
		u := r.float()
		b := (math.E + alpha) / math.E
		p := b * u
		if p <= 1.0 {
			x = math.Pow(p, 1.0/alpha)
		} else {
			x = -math.Log((b - p) / alpha)
		}
		u1 := r.float()
		if p > 1.0 {
			if u1 <= math.Pow(x, alpha-1.0) {
				break
			}
		} else if u1 <= math.Exp(-x) {
			break
		}
	}
	return x * beta, nil
}

func randomModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("random")
	m.Set("__doc__", lang.String("Pseudo-random numbers: CPython's Mersenne Twister and algorithms (random.seed(n) gives CPython's sequences); one generator per interpreter, seeded from the host's randomness."))
	cls := newRandomClass()
	m.Set("Random", lang.Obj(cls))
	def := &randomObj{cls: cls}
	if err := def.seed(t, lang.None); err != nil {
		return nil, err
	}
	for name, fn := range randomMethodTable() {
		fn := fn
		m.SetFunc(name, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			return fn(t, &def.mt19937, args, kw)
		})
	}
	return m, nil
}
