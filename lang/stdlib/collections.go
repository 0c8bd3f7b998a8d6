package stdlib

import (
	"strconv"
	"strings"

	"github.com/wasmling/wasmling/lang/compile"

	"github.com/wasmling/wasmling/lang"
)

// collectionsNative is _collections: the deque type, the counting loop of
// Counter and the Scriptling deque_* functions. The rest of collections
// is written in Scriptling (py/collections.py) so that scripts can
// subclass its types.
func collectionsNative(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("_collections")
	cls := dequeClass()
	m.Set("deque", lang.Obj(cls))
	m.SetFunc("_count_elements", countElements)
	m.SetFunc("deque_appendleft", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("deque_appendleft", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		switch d := args[0].Object().(type) {
		case *deque:
			d.pushFront(args[1])
		case *lang.List:
			d.SetItems(append([]lang.Value{args[1]}, d.Items()...))
		default:
			return lang.None, dequeArgError("deque_appendleft", args[0])
		}
		return args[0], nil
	})
	m.SetFunc("deque_popleft", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("deque_popleft", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		switch d := args[0].Object().(type) {
		case *deque:
			return d.popFront()
		case *lang.List:
			items := d.Items()
			if len(items) == 0 {
				return lang.None, lang.NewError(lang.IndexErrorType, "pop from an empty deque")
			}
			v := items[0]
			d.SetItems(append([]lang.Value(nil), items[1:]...))
			return v, nil
		}
		return lang.None, dequeArgError("deque_popleft", args[0])
	})
	m.SetFunc("deque_extendleft", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("deque_extendleft", args, kw, 2, 2); err != nil {
			return lang.None, err
		}
		items, err := lang.ToSlice(t, args[1])
		if err != nil {
			return lang.None, err
		}
		switch d := args[0].Object().(type) {
		case *deque:
			for _, v := range append([]lang.Value(nil), items...) {
				d.pushFront(v)
			}
		case *lang.List:
			out := make([]lang.Value, 0, len(items)+len(d.Items()))
			for i := len(items) - 1; i >= 0; i-- {
				out = append(out, items[i])
			}
			d.SetItems(append(out, d.Items()...))
		default:
			return lang.None, dequeArgError("deque_extendleft", args[0])
		}
		return args[0], nil
	})
	m.SetFunc("deque_rotate", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var d lang.Value
		n := int64(1)
		if err := lang.UnpackArgs(t, "deque_rotate", args, kw, "d", &d, "n?", &n); err != nil {
			return lang.None, err
		}
		switch x := d.Object().(type) {
		case *deque:
			x.rotate(n)
		case *lang.List:
			items := x.Items()
			if len(items) > 0 {
				k := int(((n % int64(len(items))) + int64(len(items))) % int64(len(items)))
				out := append(append([]lang.Value(nil), items[len(items)-k:]...), items[:len(items)-k]...)
				x.SetItems(out)
			}
		default:
			return lang.None, dequeArgError("deque_rotate", d)
		}
		return d, nil
	})
	return m, nil
}

func dequeArgError(fname string, v lang.Value) error {
	return lang.NewError(lang.TypeErrorType, "%s() argument must be a deque or list, not %s", fname, v.TypeName())
}

// countElements adds the count of each element of an iterable to a dict.
func countElements(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("_count_elements", args, kw, 2, 2); err != nil {
		return lang.None, err
	}
	d, ok := args[0].Object().(*lang.Dict)
	if !ok {
		return lang.None, lang.NewError(lang.TypeErrorType, "_count_elements() needs a dict")
	}
	it, err := lang.Iterate(t, args[1])
	if err != nil {
		return lang.None, err
	}
	for i := 0; ; i++ {
		x, ok, err := it.Next(t)
		if err != nil {
			return lang.None, err
		}
		if !ok {
			return lang.None, nil
		}
		old, found, err := d.Get(t, x)
		if err != nil {
			return lang.None, err
		}
		nv := lang.Int(1)
		if found {
			if nv, err = lang.Binary(t, compile.OpAdd, old, lang.Int(1)); err != nil {
				return lang.None, err
			}
		}
		if err := d.Set(t, x, nv); err != nil {
			return lang.None, err
		}
		if i&1023 == 1023 {
			if err := t.Tick(); err != nil {
				return lang.None, err
			}
		}
	}
}

// deque is collections.deque: a ring buffer with an optional maximum
// length.
type deque struct {
	cls    *lang.Class
	buf    []lang.Value // len(buf) is a power of two or zero
	head   int
	n      int
	maxlen int // -1: unbounded
	// state changes on every mutation, so iterators notice them.
	state uint64
}

func (d *deque) Type() *lang.Class { return d.cls }

func (d *deque) at(i int) lang.Value { return d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *deque) set(i int, v lang.Value) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

func (d *deque) grow() {
	size := len(d.buf) * 2
	if size == 0 {
		size = 8
	}
	nb := make([]lang.Value, size)
	for i := 0; i < d.n; i++ {
		nb[i] = d.at(i)
	}
	d.buf, d.head = nb, 0
}

func (d *deque) pushBack(v lang.Value) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.buf[d.head] = lang.None
		d.head = (d.head + 1) & (len(d.buf) - 1)
		d.n--
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.set(d.n, v)
	d.n++
}

func (d *deque) pushFront(v lang.Value) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.set(d.n-1, lang.None)
		d.n--
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = v
	d.n++
}

func (d *deque) popBack() (lang.Value, error) {
	if d.n == 0 {
		return lang.None, lang.NewError(lang.IndexErrorType, "pop from an empty deque")
	}
	d.state++
	v := d.at(d.n - 1)
	d.set(d.n-1, lang.None)
	d.n--
	return v, nil
}

func (d *deque) popFront() (lang.Value, error) {
	if d.n == 0 {
		return lang.None, lang.NewError(lang.IndexErrorType, "pop from an empty deque")
	}
	d.state++
	v := d.buf[d.head]
	d.buf[d.head] = lang.None
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	return v, nil
}

func (d *deque) items() []lang.Value {
	out := make([]lang.Value, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

func (d *deque) setItems(items []lang.Value) {
	d.state++
	d.buf, d.head, d.n = nil, 0, 0
	for _, v := range items {
		d.pushBack(v)
	}
}

func (d *deque) rotate(n int64) {
	if d.n <= 1 {
		return
	}
	k := int(((n % int64(d.n)) + int64(d.n)) % int64(d.n))
	if k == 0 {
		return
	}
	items := d.items()
	out := append(append(make([]lang.Value, 0, d.n), items[d.n-k:]...), items[:d.n-k]...)
	d.setItems(out)
}

func (d *deque) Len() int    { return d.n }
func (d *deque) Truth() bool { return d.n > 0 }
func (d *deque) index(t *lang.Thread, k lang.Value) (int, error) {
	i, ok := k.ToInt64()
	if !ok {
		return 0, lang.NewError(lang.TypeErrorType, "sequence index must be integer, not '%s'", k.TypeName())
	}
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return 0, lang.NewError(lang.IndexErrorType, "deque index out of range")
	}
	return int(i), nil
}

func (d *deque) GetItem(t *lang.Thread, k lang.Value) (lang.Value, error) {
	i, err := d.index(t, k)
	if err != nil {
		return lang.None, err
	}
	return d.at(i), nil
}

func (d *deque) SetItem(t *lang.Thread, k, v lang.Value) error {
	i, err := d.index(t, k)
	if err != nil {
		return err
	}
	d.set(i, v)
	return nil
}

func (d *deque) DelItem(t *lang.Thread, k lang.Value) error {
	i, err := d.index(t, k)
	if err != nil {
		return err
	}
	items := d.items()
	d.setItems(append(items[:i:i], items[i+1:]...))
	return nil
}

func (d *deque) Contains(t *lang.Thread, x lang.Value) (bool, error) {
	for i := 0; i < d.n; i++ {
		eq, err := lang.Equal(t, d.at(i), x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func (d *deque) Equal(t *lang.Thread, other lang.Value) (bool, error) {
	o, ok := other.Object().(*deque)
	if !ok || o.n != d.n {
		return false, nil
	}
	for i := 0; i < d.n; i++ {
		eq, err := lang.Equal(t, d.at(i), o.at(i))
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func (d *deque) Repr(t *lang.Thread) (string, error) {
	var b strings.Builder
	b.WriteString(d.cls.Name + "(")
	s, err := lang.Repr(t, lang.ListValue(d.items()))
	if err != nil {
		return "", err
	}
	b.WriteString(s)
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=" + itoa(d.maxlen))
	}
	b.WriteString(")")
	return b.String(), nil
}

func (d *deque) Iter(t *lang.Thread) (lang.Iterator, error) {
	return &dequeIter{d: d, state: d.state}, nil
}

func (d *deque) Attr(t *lang.Thread, name string) (lang.Value, bool, error) {
	if name == "maxlen" {
		if d.maxlen < 0 {
			return lang.None, true, nil
		}
		return lang.Int(int64(d.maxlen)), true, nil
	}
	return lang.None, false, nil
}

type dequeIter struct {
	d     *deque
	i     int
	state uint64
}

func (*dequeIter) Type() *lang.Class { return lang.IteratorType }

func (it *dequeIter) Next(t *lang.Thread) (lang.Value, bool, error) {
	if it.state != it.d.state {
		return lang.None, false, lang.NewError(lang.RuntimeErrorType, "deque mutated during iteration")
	}
	if it.i >= it.d.n {
		return lang.None, false, nil
	}
	v := it.d.at(it.i)
	it.i++
	return v, true, nil
}

func dequeSelf(args []lang.Value) *deque { return args[0].Object().(*deque) }

func dequeClass() *lang.Class {
	cls := lang.NewClass("deque", "collections", func(t *lang.Thread, cls *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
		var it, maxlen lang.Value
		if err := lang.UnpackArgs(t, "deque", args, kw, "iterable?", &it, "maxlen?", &maxlen); err != nil {
			return lang.None, err
		}
		d := &deque{cls: cls, maxlen: -1}
		if !maxlen.IsNone() {
			n, ok := maxlen.ToInt64()
			if !ok {
				return lang.None, lang.NewError(lang.TypeErrorType, "an integer is required")
			}
			if n < 0 {
				return lang.None, lang.NewError(lang.ValueErrorType, "maxlen must be non-negative")
			}
			d.maxlen = int(n)
		}
		if !it.IsNone() {
			items, err := lang.ToSlice(t, it)
			if err != nil {
				return lang.None, err
			}
			for _, v := range items {
				d.pushBack(v)
			}
		}
		return lang.Obj(d), nil
	})
	method := func(name string, min, max int, fn func(t *lang.Thread, d *deque, args []lang.Value) (lang.Value, error)) {
		cls.DefineMethod(name, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			if err := lang.NoKwargs(name, kw); err != nil {
				return lang.None, err
			}
			if err := lang.ArgCount(name, args[1:], nil, min, max); err != nil {
				return lang.None, err
			}
			d, ok := args[0].Object().(*deque)
			if !ok {
				return lang.None, lang.NewError(lang.TypeErrorType, "descriptor '%s' requires a 'collections.deque' object", name)
			}
			return fn(t, d, args[1:])
		})
	}
	method("append", 1, 1, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		d.pushBack(a[0])
		return lang.None, nil
	})
	method("appendleft", 1, 1, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		d.pushFront(a[0])
		return lang.None, nil
	})
	method("pop", 0, 0, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) { return d.popBack() })
	method("popleft", 0, 0, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) { return d.popFront() })
	method("extend", 1, 1, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		items, err := lang.ToSlice(t, a[0])
		if err != nil {
			return lang.None, err
		}
		for _, v := range append([]lang.Value(nil), items...) {
			d.pushBack(v)
		}
		return lang.None, nil
	})
	method("extendleft", 1, 1, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		items, err := lang.ToSlice(t, a[0])
		if err != nil {
			return lang.None, err
		}
		for _, v := range append([]lang.Value(nil), items...) {
			d.pushFront(v)
		}
		return lang.None, nil
	})
	method("clear", 0, 0, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		d.setItems(nil)
		return lang.None, nil
	})
	method("copy", 0, 0, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		nd := &deque{cls: d.cls, maxlen: d.maxlen}
		for _, v := range d.items() {
			nd.pushBack(v)
		}
		return lang.Obj(nd), nil
	})
	cls.DefineAttr("__copy__", mustAttr(cls, "copy"))
	method("count", 1, 1, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		n := 0
		for _, v := range d.items() {
			eq, err := lang.Equal(t, v, a[0])
			if err != nil {
				return lang.None, err
			}
			if eq {
				n++
			}
		}
		return lang.Int(int64(n)), nil
	})
	method("index", 1, 3, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		start, stop := 0, d.n
		clamp := func(v lang.Value) (int, error) {
			i, ok := v.ToInt64()
			if !ok {
				return 0, lang.NewError(lang.TypeErrorType, "slice indices must be integers or have an __index__ method")
			}
			if i < 0 {
				i += int64(d.n)
				if i < 0 {
					i = 0
				}
			}
			if i > int64(d.n) {
				i = int64(d.n)
			}
			return int(i), nil
		}
		var err error
		if len(a) > 1 {
			if start, err = clamp(a[1]); err != nil {
				return lang.None, err
			}
		}
		if len(a) > 2 {
			if stop, err = clamp(a[2]); err != nil {
				return lang.None, err
			}
		}
		for i := start; i < stop && i < d.n; i++ {
			eq, err := lang.Equal(t, d.at(i), a[0])
			if err != nil {
				return lang.None, err
			}
			if eq {
				return lang.Int(int64(i)), nil
			}
		}
		r, _ := lang.Repr(t, a[0])
		return lang.None, lang.NewError(lang.ValueErrorType, "%s is not in deque", r)
	})
	method("insert", 2, 2, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		i, ok := a[0].ToInt64()
		if !ok {
			return lang.None, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", a[0].TypeName())
		}
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return lang.None, lang.NewError(lang.IndexErrorType, "deque already at its maximum size")
		}
		n := int64(d.n)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		items := d.items()
		out := append(append(append(make([]lang.Value, 0, d.n+1), items[:i]...), a[1]), items[i:]...)
		d.setItems(out)
		return lang.None, nil
	})
	method("remove", 1, 1, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		for i := 0; i < d.n; i++ {
			eq, err := lang.Equal(t, d.at(i), a[0])
			if err != nil {
				return lang.None, err
			}
			if eq {
				items := d.items()
				d.setItems(append(items[:i:i], items[i+1:]...))
				return lang.None, nil
			}
		}
		r, _ := lang.Repr(t, a[0])
		return lang.None, lang.NewError(lang.ValueErrorType, "%s is not in deque", r)
	})
	method("reverse", 0, 0, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		items := d.items()
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		d.setItems(items)
		return lang.None, nil
	})
	method("rotate", 0, 1, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		n := int64(1)
		if len(a) > 0 {
			var ok bool
			if n, ok = a[0].ToInt64(); !ok {
				return lang.None, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", a[0].TypeName())
			}
		}
		d.rotate(n)
		return lang.None, nil
	})
	method("__reversed__", 0, 0, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		items := d.items()
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		return iterOf(t, lang.ListValue(items))
	})
	method("__iadd__", 1, 1, func(t *lang.Thread, d *deque, a []lang.Value) (lang.Value, error) {
		items, err := lang.ToSlice(t, a[0])
		if err != nil {
			return lang.None, err
		}
		for _, v := range append([]lang.Value(nil), items...) {
			d.pushBack(v)
		}
		return lang.Obj(d), nil
	})
	return cls
}

func mustAttr(cls *lang.Class, name string) lang.Value {
	v, _ := cls.LookupString(name)
	return v
}

func iterOf(t *lang.Thread, v lang.Value) (lang.Value, error) {
	it, err := lang.Iterate(t, v)
	if err != nil {
		return lang.None, err
	}
	return lang.Obj(it), nil
}

func itoa(i int) string { return strconv.Itoa(i) }
