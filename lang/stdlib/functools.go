package stdlib

import (
	"strings"

	"github.com/wasmling/wasmling/lang"
)

// functoolsNative is _functools: reduce and partial, in Go for speed. The
// rest of functools is py/functools.py.
func functoolsNative(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("_functools")
	m.SetFunc("reduce", reduce)
	m.Set("partial", lang.Obj(partialClass()))
	return m, nil
}

func reduce(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := noKw("reduce", kw); err != nil {
		return lang.None, err
	}
	if len(args) < 2 || len(args) > 3 {
		return lang.None, lang.NewError(lang.TypeErrorType, "reduce expected at least 2 arguments, got %d", len(args))
	}
	fn := args[0]
	it, err := lang.Iterate(t, args[1])
	if err != nil {
		return lang.None, lang.NewError(lang.TypeErrorType, "reduce() arg 2 must support iteration")
	}
	var acc lang.Value
	have := false
	if len(args) == 3 {
		acc, have = args[2], true
	}
	for i := 0; ; i++ {
		v, ok, err := it.Next(t)
		if err != nil {
			return lang.None, err
		}
		if !ok {
			break
		}
		if !have {
			acc, have = v, true
			continue
		}
		if acc, err = t.Call(fn, []lang.Value{acc, v}, nil); err != nil {
			return lang.None, err
		}
		if i&1023 == 1023 {
			if err := t.Tick(); err != nil {
				return lang.None, err
			}
		}
	}
	if !have {
		return lang.None, lang.NewError(lang.TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// partial is functools.partial: a callable with some arguments fixed.
type partial struct {
	cls   *lang.Class
	fn    lang.Value
	args  []lang.Value
	kwKey []string
	kwVal []lang.Value
	dict  *lang.Dict
}

func (p *partial) Type() *lang.Class { return p.cls }
func (p *partial) Name() string      { return "partial" }

func (p *partial) Call(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	npos := len(args) - len(kw)
	all := make([]lang.Value, 0, len(p.args)+len(args)+len(p.kwVal))
	all = append(all, p.args...)
	all = append(all, args[:npos]...)
	keys := make([]string, 0, len(p.kwKey)+len(kw))
	for i, k := range p.kwKey {
		overridden := false
		for _, k2 := range kw {
			if k2 == k {
				overridden = true
			}
		}
		if !overridden {
			keys = append(keys, k)
			all = append(all, p.kwVal[i])
		}
	}
	keys = append(keys, kw...)
	all = append(all, args[npos:]...)
	if len(keys) == 0 {
		keys = nil
	}
	return t.Call(p.fn, all, keys)
}

func (p *partial) keywords() *lang.Dict {
	d := lang.NewDict()
	for i, k := range p.kwKey {
		d.SetString(k, p.kwVal[i])
	}
	return d
}

func (p *partial) Attr(t *lang.Thread, name string) (lang.Value, bool, error) {
	switch name {
	case "func":
		return p.fn, true, nil
	case "args":
		return lang.TupleValue(p.args...), true, nil
	case "keywords":
		return lang.Obj(p.keywords()), true, nil
	case "__dict__":
		return lang.Obj(p.dict), true, nil
	}
	if v, ok := p.dict.GetString(name); ok {
		return v, true, nil
	}
	return lang.None, false, nil
}

func (p *partial) SetAttr(t *lang.Thread, name string, v lang.Value) error {
	switch name {
	case "func", "args", "keywords":
		return lang.NewError(lang.AttributeErrorType, "readonly attribute")
	}
	p.dict.SetString(name, v)
	return nil
}

func (p *partial) DelAttr(t *lang.Thread, name string) error {
	if _, ok, _ := p.dict.Delete(t, lang.String(name)); !ok {
		return lang.NewError(lang.AttributeErrorType, "'functools.partial' object has no attribute '%s'", name)
	}
	return nil
}

func (p *partial) Repr(t *lang.Thread) (string, error) {
	parts := []string{}
	s, err := lang.Repr(t, p.fn)
	if err != nil {
		return "", err
	}
	parts = append(parts, s)
	for _, a := range p.args {
		s, err := lang.Repr(t, a)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	for i, k := range p.kwKey {
		s, err := lang.Repr(t, p.kwVal[i])
		if err != nil {
			return "", err
		}
		parts = append(parts, k+"="+s)
	}
	name := "functools.partial"
	if p.cls.Name != "partial" {
		name = p.cls.Name
	}
	return name + "(" + strings.Join(parts, ", ") + ")", nil
}

func partialClass() *lang.Class {
	return lang.NewClass("partial", "functools", func(t *lang.Thread, cls *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
		npos := len(args) - len(kw)
		if npos < 1 {
			return lang.None, lang.NewError(lang.TypeErrorType, "type 'partial' takes at least one argument")
		}
		fn := args[0]
		if !lang.IsCallable(fn) {
			return lang.None, lang.NewError(lang.TypeErrorType, "the first argument must be callable")
		}
		p := &partial{cls: cls, dict: lang.NewDict()}
		if inner, ok := fn.Object().(*partial); ok && inner.dict.Len() == 0 {
			p.fn = inner.fn
			p.args = append(p.args, inner.args...)
			p.kwKey = append(p.kwKey, inner.kwKey...)
			p.kwVal = append(p.kwVal, inner.kwVal...)
		} else {
			p.fn = fn
		}
		p.args = append(p.args, args[1:npos]...)
		for i, k := range kw {
			replaced := false
			for j, k2 := range p.kwKey {
				if k2 == k {
					p.kwVal[j] = args[npos+i]
					replaced = true
				}
			}
			if !replaced {
				p.kwKey = append(p.kwKey, k)
				p.kwVal = append(p.kwVal, args[npos+i])
			}
		}
		return lang.Obj(p), nil
	})
}
