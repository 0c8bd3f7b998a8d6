package stdlib

import (
	"strconv"

	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/compile"
)

// itertools: every function returns a lazy iterator, so count(), cycle()
// and repeat() may be infinite. Each function is a class, as in CPython
// (type(count()) is itertools.count).

// lazyIter is an iterator whose next step is a Go closure.
type lazyIter struct {
	cls  *lang.Class
	next func(t *lang.Thread) (lang.Value, bool, error)
	repr func(t *lang.Thread) (string, error)
	done bool
}

func (it *lazyIter) Type() *lang.Class { return it.cls }

func (it *lazyIter) Next(t *lang.Thread) (lang.Value, bool, error) {
	if it.done {
		return lang.None, false, nil
	}
	v, ok, err := it.next(t)
	if !ok || err != nil {
		it.done = true
	}
	return v, ok, err
}

func (it *lazyIter) Repr(t *lang.Thread) (string, error) {
	if it.repr != nil {
		return it.repr(t)
	}
	return "<itertools." + it.cls.Name + " object>", nil
}

// iterFn is the body of an itertools class: it parses the arguments and
// returns the next function (and optionally a repr function).
type iterFn func(t *lang.Thread, args []lang.Value, kw []string) (func(*lang.Thread) (lang.Value, bool, error), func(*lang.Thread) (string, error), error)

func itertoolsModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("itertools")
	def := func(name string, fn iterFn) *lang.Class {
		cls := lang.NewClass(name, "itertools", func(t *lang.Thread, cls *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
			next, repr, err := fn(t, args, kw)
			if err != nil {
				return lang.None, err
			}
			return lang.Obj(&lazyIter{cls: cls, next: next, repr: repr}), nil
		})
		cls.DefineMethod("__iter__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) { return args[0], nil })
		m.Set(name, lang.Obj(cls))
		return cls
	}
	def("count", itCount)
	def("cycle", itCycle)
	def("repeat", itRepeat)
	def("accumulate", itAccumulate)
	def("batched", itBatched)
	chain := def("chain", itChain)
	chain.DefineAttr("from_iterable", lang.Obj(&lang.StaticMethod{Fn: lang.BuiltinValue("from_iterable", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("from_iterable", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		next, _, err := chainFrom(t, args[0])
		if err != nil {
			return lang.None, err
		}
		return lang.Obj(&lazyIter{cls: chain, next: next}), nil
	})}))
	def("compress", itCompress)
	def("dropwhile", func(t *lang.Thread, args []lang.Value, kw []string) (func(*lang.Thread) (lang.Value, bool, error), func(*lang.Thread) (string, error), error) {
		return predIter(t, "dropwhile", args, kw, 0)
	})
	def("takewhile", func(t *lang.Thread, args []lang.Value, kw []string) (func(*lang.Thread) (lang.Value, bool, error), func(*lang.Thread) (string, error), error) {
		return predIter(t, "takewhile", args, kw, 1)
	})
	def("filterfalse", func(t *lang.Thread, args []lang.Value, kw []string) (func(*lang.Thread) (lang.Value, bool, error), func(*lang.Thread) (string, error), error) {
		return predIter(t, "filterfalse", args, kw, 2)
	})
	grouper := lang.NewClass("_grouper", "itertools", nil)
	def("groupby", func(t *lang.Thread, args []lang.Value, kw []string) (func(*lang.Thread) (lang.Value, bool, error), func(*lang.Thread) (string, error), error) {
		return itGroupby(t, args, kw, grouper)
	})
	def("islice", itIslice)
	def("pairwise", itPairwise)
	def("starmap", itStarmap)
	def("zip_longest", itZipLongest)
	def("product", itProduct)
	def("permutations", itPermutations)
	def("combinations", func(t *lang.Thread, args []lang.Value, kw []string) (func(*lang.Thread) (lang.Value, bool, error), func(*lang.Thread) (string, error), error) {
		return itCombinations(t, "combinations", args, kw, false)
	})
	def("combinations_with_replacement", func(t *lang.Thread, args []lang.Value, kw []string) (func(*lang.Thread) (lang.Value, bool, error), func(*lang.Thread) (string, error), error) {
		return itCombinations(t, "combinations_with_replacement", args, kw, true)
	})
	teeCls := lang.NewClass("_tee", "itertools", nil)
	teeCls.DefineMethod("__iter__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) { return args[0], nil })
	m.SetFunc("tee", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var it lang.Value
		n := int64(2)
		if err := lang.UnpackArgs(t, "tee", args, kw, "iterable", &it, "n?", &n); err != nil {
			return lang.None, err
		}
		if n < 0 {
			return lang.None, lang.NewError(lang.ValueErrorType, "n must be >= 0")
		}
		src, err := lang.Iterate(t, it)
		if err != nil {
			return lang.None, err
		}
		shared := &teeData{src: src}
		out := make([]lang.Value, n)
		for i := range out {
			pos := 0
			out[i] = lang.Obj(&lazyIter{cls: teeCls, next: func(t *lang.Thread) (lang.Value, bool, error) {
				v, ok, err := shared.get(t, pos)
				if ok {
					pos++
				}
				return v, ok, err
			}})
		}
		return lang.TupleValue(out...), nil
	})
	return m, nil
}

type teeData struct {
	src  lang.Iterator
	buf  []lang.Value
	done bool
}

func (d *teeData) get(t *lang.Thread, i int) (lang.Value, bool, error) {
	for i >= len(d.buf) {
		if d.done {
			return lang.None, false, nil
		}
		v, ok, err := d.src.Next(t)
		if err != nil || !ok {
			d.done = true
			return lang.None, false, err
		}
		d.buf = append(d.buf, v)
	}
	return d.buf[i], true, nil
}

type nextFn = func(*lang.Thread) (lang.Value, bool, error)
type reprFn = func(*lang.Thread) (string, error)

func itCount(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	start, step := lang.Int(0), lang.Int(1)
	if err := lang.UnpackArgs(t, "count", args, kw, "start?", &start, "step?", &step); err != nil {
		return nil, nil, err
	}
	for _, v := range []lang.Value{start, step} {
		if _, ok := v.ToFloat(); !ok {
			return nil, nil, lang.NewError(lang.TypeErrorType, "a number is required")
		}
	}
	cur := start
	next := func(t *lang.Thread) (lang.Value, bool, error) {
		v := cur
		n, err := lang.Binary(t, compile.OpAdd, cur, step)
		if err != nil {
			return lang.None, false, err
		}
		cur = n
		return v, true, nil
	}
	repr := func(t *lang.Thread) (string, error) {
		s, err := lang.Repr(t, cur)
		if err != nil {
			return "", err
		}
		if i, ok := step.ToInt64(); ok && i == 1 && step.IsInt() {
			return "count(" + s + ")", nil
		}
		st, err := lang.Repr(t, step)
		return "count(" + s + ", " + st + ")", err
	}
	return next, repr, nil
}

func itCycle(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	if err := noKw("cycle", kw); err != nil {
		return nil, nil, err
	}
	if err := lang.ArgCount("cycle", args, kw, 1, 1); err != nil {
		return nil, nil, err
	}
	src, err := lang.Iterate(t, args[0])
	if err != nil {
		return nil, nil, err
	}
	var saved []lang.Value
	exhausted := false
	i := 0
	return func(t *lang.Thread) (lang.Value, bool, error) {
		if !exhausted {
			v, ok, err := src.Next(t)
			if err != nil {
				return lang.None, false, err
			}
			if ok {
				saved = append(saved, v)
				return v, true, nil
			}
			exhausted = true
		}
		if len(saved) == 0 {
			return lang.None, false, nil
		}
		v := saved[i%len(saved)]
		i++
		return v, true, nil
	}, nil, nil
}

func itRepeat(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	var obj lang.Value
	times := int64(-1)
	var tv lang.Value
	if err := lang.UnpackArgs(t, "repeat", args, kw, "object", &obj, "times?", &tv); err != nil {
		return nil, nil, err
	}
	if len(args) > 1 {
		n, ok := tv.ToInt64()
		if !ok {
			return nil, nil, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", tv.TypeName())
		}
		times = max(n, 0)
	}
	next := func(t *lang.Thread) (lang.Value, bool, error) {
		if times == 0 {
			return lang.None, false, nil
		}
		if times > 0 {
			times--
		}
		return obj, true, nil
	}
	repr := func(t *lang.Thread) (string, error) {
		s, err := lang.Repr(t, obj)
		if times >= 0 {
			return "repeat(" + s + ", " + strconv.FormatInt(times, 10) + ")", err
		}
		return "repeat(" + s + ")", err
	}
	return next, repr, nil
}

func itAccumulate(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	var it, fn, initial lang.Value
	if err := lang.UnpackArgs(t, "accumulate", args, kw, "iterable", &it, "func?", &fn, "*initial?", &initial); err != nil {
		return nil, nil, err
	}
	src, err := lang.Iterate(t, it)
	if err != nil {
		return nil, nil, err
	}
	var total lang.Value
	started := false
	pendingInitial := !initial.IsNone()
	return func(t *lang.Thread) (lang.Value, bool, error) {
		if pendingInitial {
			pendingInitial = false
			total, started = initial, true
			return total, true, nil
		}
		v, ok, err := src.Next(t)
		if err != nil || !ok {
			return lang.None, false, err
		}
		if !started {
			total, started = v, true
			return total, true, nil
		}
		if fn.IsNone() {
			total, err = lang.Binary(t, compile.OpAdd, total, v)
		} else {
			total, err = t.Call(fn, []lang.Value{total, v}, nil)
		}
		return total, err == nil, err
	}, nil, nil
}

func itBatched(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	var it lang.Value
	var n int64
	if err := lang.UnpackArgs(t, "batched", args, kw, "iterable", &it, "n", &n); err != nil {
		return nil, nil, err
	}
	if n < 1 {
		return nil, nil, lang.NewError(lang.ValueErrorType, "n must be at least one")
	}
	src, err := lang.Iterate(t, it)
	if err != nil {
		return nil, nil, err
	}
	return func(t *lang.Thread) (lang.Value, bool, error) {
		var batch []lang.Value
		for int64(len(batch)) < n {
			v, ok, err := src.Next(t)
			if err != nil {
				return lang.None, false, err
			}
			if !ok {
				break
			}
			batch = append(batch, v)
		}
		if len(batch) == 0 {
			return lang.None, false, nil
		}
		return lang.TupleValue(batch...), true, nil
	}, nil, nil
}

func itChain(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	if err := noKw("chain", kw); err != nil {
		return nil, nil, err
	}
	next, _, err := chainFrom(t, lang.TupleValue(append([]lang.Value(nil), args...)...))
	return next, nil, err
}

// chainFrom chains the iterables produced by an iterable, lazily.
func chainFrom(t *lang.Thread, outer lang.Value) (nextFn, reprFn, error) {
	src, err := lang.Iterate(t, outer)
	if err != nil {
		return nil, nil, err
	}
	var cur lang.Iterator
	return func(t *lang.Thread) (lang.Value, bool, error) {
		for {
			if cur == nil {
				itv, ok, err := src.Next(t)
				if err != nil || !ok {
					return lang.None, false, err
				}
				if cur, err = lang.Iterate(t, itv); err != nil {
					return lang.None, false, err
				}
			}
			v, ok, err := cur.Next(t)
			if err != nil {
				return lang.None, false, err
			}
			if ok {
				return v, true, nil
			}
			cur = nil
			if err := t.Tick(); err != nil {
				return lang.None, false, err
			}
		}
	}, nil, nil
}

func itCompress(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	var data, sel lang.Value
	if err := lang.UnpackArgs(t, "compress", args, kw, "data", &data, "selectors", &sel); err != nil {
		return nil, nil, err
	}
	d, err := lang.Iterate(t, data)
	if err != nil {
		return nil, nil, err
	}
	s, err := lang.Iterate(t, sel)
	if err != nil {
		return nil, nil, err
	}
	return func(t *lang.Thread) (lang.Value, bool, error) {
		for {
			v, ok, err := d.Next(t)
			if err != nil || !ok {
				return lang.None, false, err
			}
			b, ok, err := s.Next(t)
			if err != nil || !ok {
				return lang.None, false, err
			}
			tr, err := lang.Truth(t, b)
			if err != nil {
				return lang.None, false, err
			}
			if tr {
				return v, true, nil
			}
			if err := t.Tick(); err != nil {
				return lang.None, false, err
			}
		}
	}, nil, nil
}

// predIter implements dropwhile (mode 0), takewhile (1) and filterfalse (2).
func predIter(t *lang.Thread, name string, args []lang.Value, kw []string, mode int) (nextFn, reprFn, error) {
	if err := noKw(name, kw); err != nil {
		return nil, nil, err
	}
	if err := lang.ArgCount(name, args, kw, 2, 2); err != nil {
		return nil, nil, err
	}
	pred := args[0]
	src, err := lang.Iterate(t, args[1])
	if err != nil {
		return nil, nil, err
	}
	test := func(t *lang.Thread, v lang.Value) (bool, error) {
		r := v
		if !(mode == 2 && pred.IsNone()) {
			var err error
			if r, err = t.Call(pred, []lang.Value{v}, nil); err != nil {
				return false, err
			}
		}
		return lang.Truth(t, r)
	}
	dropping := true
	stopped := false
	return func(t *lang.Thread) (lang.Value, bool, error) {
		for {
			if stopped {
				return lang.None, false, nil
			}
			v, ok, err := src.Next(t)
			if err != nil || !ok {
				return lang.None, false, err
			}
			switch mode {
			case 0:
				if !dropping {
					return v, true, nil
				}
				b, err := test(t, v)
				if err != nil {
					return lang.None, false, err
				}
				if !b {
					dropping = false
					return v, true, nil
				}
			case 1:
				b, err := test(t, v)
				if err != nil {
					return lang.None, false, err
				}
				if b {
					return v, true, nil
				}
				stopped = true
				return lang.None, false, nil
			default:
				b, err := test(t, v)
				if err != nil {
					return lang.None, false, err
				}
				if !b {
					return v, true, nil
				}
			}
			if err := t.Tick(); err != nil {
				return lang.None, false, err
			}
		}
	}, nil, nil
}

func itGroupby(t *lang.Thread, args []lang.Value, kw []string, grouperCls *lang.Class) (nextFn, reprFn, error) {
	var it, keyfn lang.Value
	if err := lang.UnpackArgs(t, "groupby", args, kw, "iterable", &it, "key?", &keyfn); err != nil {
		return nil, nil, err
	}
	src, err := lang.Iterate(t, it)
	if err != nil {
		return nil, nil, err
	}
	g := &groupState{src: src, keyfn: keyfn}
	return func(t *lang.Thread) (lang.Value, bool, error) {
		g.id++
		// Skip what is left of the current group.
		for {
			if !g.have {
				ok, err := g.step(t)
				if err != nil || !ok {
					return lang.None, false, err
				}
			}
			if !g.started {
				break
			}
			eq, err := lang.Equal(t, g.curKey, g.tgtKey)
			if err != nil {
				return lang.None, false, err
			}
			if !eq {
				break
			}
			g.have = false
		}
		g.started = true
		g.tgtKey = g.curKey
		id := g.id
		key := g.tgtKey
		sub := &lazyIter{cls: grouperCls, next: func(t *lang.Thread) (lang.Value, bool, error) {
			if g.id != id {
				return lang.None, false, nil
			}
			if !g.have {
				ok, err := g.step(t)
				if err != nil || !ok {
					return lang.None, false, err
				}
			}
			eq, err := lang.Equal(t, g.curKey, key)
			if err != nil || !eq {
				return lang.None, false, err
			}
			g.have = false
			return g.curVal, true, nil
		}}
		return lang.TupleValue(key, lang.Obj(sub)), true, nil
	}, nil, nil
}

type groupState struct {
	src     lang.Iterator
	keyfn   lang.Value
	curKey  lang.Value
	curVal  lang.Value
	tgtKey  lang.Value
	have    bool // curKey/curVal hold an item not yet consumed
	started bool
	id      int
}

func (g *groupState) step(t *lang.Thread) (bool, error) {
	v, ok, err := g.src.Next(t)
	if err != nil || !ok {
		return false, err
	}
	k := v
	if !g.keyfn.IsNone() {
		if k, err = t.Call(g.keyfn, []lang.Value{v}, nil); err != nil {
			return false, err
		}
	}
	g.curKey, g.curVal, g.have = k, v, true
	return true, nil
}

func itIslice(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	if err := noKw("islice", kw); err != nil {
		return nil, nil, err
	}
	if len(args) < 2 || len(args) > 4 {
		return nil, nil, lang.NewError(lang.TypeErrorType, "islice expected at most 4 arguments, got %d", len(args))
	}
	src, err := lang.Iterate(t, args[0])
	if err != nil {
		return nil, nil, err
	}
	start, stop, step := int64(0), int64(-1), int64(1)
	parse := func(v lang.Value, def int64, msg string) (int64, error) {
		if v.IsNone() {
			return def, nil
		}
		i, ok := v.ToInt64()
		if !ok || i < 0 {
			return 0, lang.NewError(lang.ValueErrorType, "%s", msg)
		}
		return i, nil
	}
	if len(args) == 2 {
		if stop, err = parse(args[1], -1, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."); err != nil {
			return nil, nil, err
		}
	} else {
		const msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
		if start, err = parse(args[1], 0, msg); err != nil {
			return nil, nil, err
		}
		if stop, err = parse(args[2], -1, msg); err != nil {
			return nil, nil, err
		}
		if len(args) == 4 {
			if step, err = parse(args[3], 1, "Step for islice() must be a positive integer or None."); err != nil {
				return nil, nil, err
			}
			if step == 0 {
				return nil, nil, lang.NewError(lang.ValueErrorType, "Step for islice() must be a positive integer or None.")
			}
		}
	}
	pos := int64(0)
	nextWanted := start
	return func(t *lang.Thread) (lang.Value, bool, error) {
		for {
			if stop >= 0 && nextWanted >= stop {
				// Consume up to stop, as CPython does.
				for pos < stop {
					if _, ok, err := src.Next(t); err != nil || !ok {
						return lang.None, false, err
					}
					pos++
				}
				return lang.None, false, nil
			}
			v, ok, err := src.Next(t)
			if err != nil || !ok {
				return lang.None, false, err
			}
			pos++
			if pos-1 == nextWanted {
				nextWanted += step
				return v, true, nil
			}
			if pos&1023 == 0 {
				if err := t.Tick(); err != nil {
					return lang.None, false, err
				}
			}
		}
	}, nil, nil
}

func itPairwise(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	if err := lang.ArgCount("pairwise", args, kw, 1, 1); err != nil {
		return nil, nil, err
	}
	src, err := lang.Iterate(t, args[0])
	if err != nil {
		return nil, nil, err
	}
	var prev lang.Value
	started := false
	return func(t *lang.Thread) (lang.Value, bool, error) {
		if !started {
			v, ok, err := src.Next(t)
			if err != nil || !ok {
				return lang.None, false, err
			}
			prev, started = v, true
		}
		v, ok, err := src.Next(t)
		if err != nil || !ok {
			return lang.None, false, err
		}
		r := lang.TupleValue(prev, v)
		prev = v
		return r, true, nil
	}, nil, nil
}

func itStarmap(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	if err := lang.ArgCount("starmap", args, kw, 2, 2); err != nil {
		return nil, nil, err
	}
	fn := args[0]
	src, err := lang.Iterate(t, args[1])
	if err != nil {
		return nil, nil, err
	}
	return func(t *lang.Thread) (lang.Value, bool, error) {
		v, ok, err := src.Next(t)
		if err != nil || !ok {
			return lang.None, false, err
		}
		a, err := lang.ToSlice(t, v)
		if err != nil {
			return lang.None, false, err
		}
		r, err := t.Call(fn, append([]lang.Value(nil), a...), nil)
		return r, err == nil, err
	}, nil, nil
}

func itZipLongest(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	npos := len(args) - len(kw)
	fill := lang.None
	for i, k := range kw {
		if k != "fillvalue" {
			return nil, nil, lang.NewError(lang.TypeErrorType, "zip_longest() got an unexpected keyword argument '%s'", k)
		}
		fill = args[npos+i]
	}
	srcs := make([]lang.Iterator, npos)
	for i := range srcs {
		var err error
		if srcs[i], err = lang.Iterate(t, args[i]); err != nil {
			return nil, nil, err
		}
	}
	active := npos
	done := make([]bool, npos)
	return func(t *lang.Thread) (lang.Value, bool, error) {
		if active == 0 {
			return lang.None, false, nil
		}
		out := make([]lang.Value, npos)
		for i, s := range srcs {
			if done[i] {
				out[i] = fill
				continue
			}
			v, ok, err := s.Next(t)
			if err != nil {
				return lang.None, false, err
			}
			if !ok {
				done[i] = true
				active--
				if active == 0 {
					return lang.None, false, nil
				}
				v = fill
			}
			out[i] = v
		}
		return lang.TupleValue(out...), true, nil
	}, nil, nil
}

func itProduct(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	npos := len(args) - len(kw)
	repeat := int64(1)
	for i, k := range kw {
		if k != "repeat" {
			return nil, nil, lang.NewError(lang.TypeErrorType, "product() got an unexpected keyword argument '%s'", k)
		}
		r, ok := args[npos+i].ToInt64()
		if !ok {
			return nil, nil, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[npos+i].TypeName())
		}
		if r < 0 {
			return nil, nil, lang.NewError(lang.ValueErrorType, "repeat argument cannot be negative")
		}
		repeat = r
	}
	var pools [][]lang.Value
	for r := int64(0); r < repeat; r++ {
		for i := 0; i < npos; i++ {
			items, err := lang.ToSlice(t, args[i])
			if err != nil {
				return nil, nil, err
			}
			pools = append(pools, append([]lang.Value(nil), items...))
		}
	}
	idx := make([]int, len(pools))
	first := true
	for _, p := range pools {
		if len(p) == 0 {
			return func(*lang.Thread) (lang.Value, bool, error) { return lang.None, false, nil }, nil, nil
		}
	}
	return func(t *lang.Thread) (lang.Value, bool, error) {
		if !first {
			i := len(pools) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(pools[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				return lang.None, false, nil
			}
		}
		first = false
		out := make([]lang.Value, len(pools))
		for i, p := range pools {
			out[i] = p[idx[i]]
		}
		return lang.TupleValue(out...), true, nil
	}, nil, nil
}

func itPermutations(t *lang.Thread, args []lang.Value, kw []string) (nextFn, reprFn, error) {
	var it, rv lang.Value
	if err := lang.UnpackArgs(t, "permutations", args, kw, "iterable", &it, "r?", &rv); err != nil {
		return nil, nil, err
	}
	pool, err := lang.ToSlice(t, it)
	if err != nil {
		return nil, nil, err
	}
	pool = append([]lang.Value(nil), pool...)
	n := len(pool)
	r := n
	if !rv.IsNone() {
		x, ok := rv.ToInt64()
		if !ok {
			return nil, nil, lang.NewError(lang.TypeErrorType, "Expected int as r")
		}
		if x < 0 {
			return nil, nil, lang.NewError(lang.ValueErrorType, "r must be non-negative")
		}
		r = int(x)
	}
	if r > n {
		return func(*lang.Thread) (lang.Value, bool, error) { return lang.None, false, nil }, nil, nil
	}
	indices := make([]int, n)
	for i := range indices {
		indices[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = n - i
	}
	first := true
	emit := func() lang.Value {
		out := make([]lang.Value, r)
		for i := 0; i < r; i++ {
			out[i] = pool[indices[i]]
		}
		return lang.TupleValue(out...)
	}
	return func(t *lang.Thread) (lang.Value, bool, error) {
		if first {
			first = false
			return emit(), true, nil
		}
		for i := r - 1; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				// rotate indices[i:] left by one
				x := indices[i]
				copy(indices[i:], indices[i+1:])
				indices[n-1] = x
				cycles[i] = n - i
			} else {
				j := cycles[i]
				indices[i], indices[n-j] = indices[n-j], indices[i]
				return emit(), true, nil
			}
		}
		return lang.None, false, nil
	}, nil, nil
}

func itCombinations(t *lang.Thread, name string, args []lang.Value, kw []string, repl bool) (nextFn, reprFn, error) {
	var it lang.Value
	var r int64
	if err := lang.UnpackArgs(t, name, args, kw, "iterable", &it, "r", &r); err != nil {
		return nil, nil, err
	}
	if r < 0 {
		return nil, nil, lang.NewError(lang.ValueErrorType, "r must be non-negative")
	}
	pool, err := lang.ToSlice(t, it)
	if err != nil {
		return nil, nil, err
	}
	pool = append([]lang.Value(nil), pool...)
	n := len(pool)
	empty := func(*lang.Thread) (lang.Value, bool, error) { return lang.None, false, nil }
	if (!repl && int(r) > n) || (repl && n == 0 && r > 0) {
		return empty, nil, nil
	}
	ri := int(r)
	indices := make([]int, ri)
	if !repl {
		for i := range indices {
			indices[i] = i
		}
	}
	first := true
	emit := func() lang.Value {
		out := make([]lang.Value, ri)
		for i, x := range indices {
			out[i] = pool[x]
		}
		return lang.TupleValue(out...)
	}
	return func(t *lang.Thread) (lang.Value, bool, error) {
		if first {
			first = false
			return emit(), true, nil
		}
		i := ri - 1
		if repl {
			for ; i >= 0 && indices[i] == n-1; i-- {
			}
			if i < 0 {
				return lang.None, false, nil
			}
			v := indices[i] + 1
			for j := i; j < ri; j++ {
				indices[j] = v
			}
			return emit(), true, nil
		}
		for ; i >= 0 && indices[i] == i+n-ri; i-- {
		}
		if i < 0 {
			return lang.None, false, nil
		}
		indices[i]++
		for j := i + 1; j < ri; j++ {
			indices[j] = indices[j-1] + 1
		}
		return emit(), true, nil
	}, nil, nil
}

func noKw(name string, kw []string) error {
	if len(kw) > 0 {
		return lang.NewError(lang.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	return nil
}
