package lang

import (
	"github.com/wasmling/wasmling/lang/compile"
)

// loadAttr implements LOAD_ATTR with an inline cache for instance
// attributes and class attributes.
func (t *Thread) loadAttr(c *code, in compile.Instr, obj Value) (Value, error) {
	name := c.names[in.A]
	if inst, ok := obj.r.(*Instance); ok {
		ic := &c.caches[in.C]
		switch ic.kind {
		case cacheInstanceDict:
			ents := inst.dict.entries
			if uint32(ic.idx) < uint32(len(ents)) && ents[ic.idx].key.r == Object(name) &&
				(ic.cls == inst.cls && ic.epoch == t.interp.classEpoch || inst.cls.plainAttrs(t)) {
				return ents[ic.idx].val, nil
			}
		case cacheClassAttr:
			if ic.cls == inst.cls && ic.epoch == t.interp.classEpoch {
				if inst.dict.lookupStr(name) < 0 {
					return bindAttr(t, ic.val, obj, inst.cls)
				}
			}
		}
		v, found, err := instanceAttr(t, obj, inst.cls, &inst.dict, name)
		if err != nil {
			return None, err
		}
		if !found {
			return None, attrError(obj, name.s)
		}
		// Fill the cache (not for classes with __getattribute__).
		if inst.cls.hooks&hookGetattribute != 0 {
			return v, nil
		}
		if cv, inClass := inst.cls.Lookup(name); inClass {
			if _, isProp := cv.r.(*Property); !isProp && inst.dict.lookupStr(name) < 0 {
				c.fill(in, inlineCache{cls: inst.cls, epoch: t.interp.classEpoch, kind: cacheClassAttr, val: cv})
			}
		} else if i := inst.dict.lookupStr(name); i >= 0 && inst.dict.entries[i].key.r == Object(name) {
			c.fill(in, inlineCache{cls: inst.cls, epoch: t.interp.classEpoch, kind: cacheInstanceDict, idx: int32(i)})
		}
		return v, nil
	}
	v, found, err := getAttr(t, obj, name)
	if err != nil {
		return None, err
	}
	if !found {
		return None, attrError(obj, name.s)
	}
	return v, nil
}

// storeAttr implements STORE_ATTR.
func (t *Thread) storeAttr(c *code, in compile.Instr, obj, v Value) error {
	name := c.names[in.A]
	if inst, ok := obj.r.(*Instance); ok {
		ic := &c.caches[in.C]
		ents := inst.dict.entries
		switch ic.kind {
		case cacheInstanceDict:
			if uint32(ic.idx) < uint32(len(ents)) && ents[ic.idx].key.r == Object(name) &&
				(ic.cls == inst.cls && ic.epoch == t.interp.classEpoch || inst.cls.plainAttrs(t)) {
				ents[ic.idx].val = v
				return nil
			}
		case cacheInstanceAppend:
			// The class has no __setattr__ and no data descriptor for
			// name (else the entry would not exist), so a new attribute
			// goes straight into the table.
			if int(ic.idx) == len(ents) && (ic.cls == inst.cls && ic.epoch == t.interp.classEpoch || inst.cls.plainAttrs(t)) &&
				inst.dict.lookupStr(name) < 0 {
				inst.dict.insertNew(name.HashValue(), Value{r: name}, v)
				return nil
			}
		}
		before := len(inst.dict.entries)
		if err := setInstanceAttr(t, obj, inst.cls, &inst.dict, name, v); err != nil {
			return err
		}
		if n := int32(len(inst.dict.entries)); n > inst.cls.sizeHint && n <= smallTable {
			inst.cls.sizeHint = n
		}
		if inst.cls.hooks&hookSetattr == 0 {
			if i := inst.dict.lookupStr(name); i >= 0 && inst.dict.entries[i].key.r == Object(name) {
				if cv, inClass := inst.cls.Lookup(name); !inClass || !isDataDescriptor(cv) {
					kind := cacheInstanceDict
					if i == before && i == len(inst.dict.entries)-1 {
						kind = cacheInstanceAppend
					}
					c.fill(in, inlineCache{cls: inst.cls, epoch: t.interp.classEpoch, kind: kind, idx: int32(i)})
				}
			}
		}
		return nil
	}
	return setAttr(t, obj, name, v)
}

func isProperty(v Value) bool { _, ok := v.r.(*Property); return ok }

// loadMethod implements LOAD_METHOD: it returns the function and self
// without creating a bound method object when it can, or the attribute
// and null.
func (t *Thread) loadMethod(c *code, in compile.Instr, obj Value) (Value, Value, error) {
	name := c.names[in.A]
	ic := &c.caches[in.C]
	switch o := obj.r.(type) {
	case *Instance:
		if ic.kind == cacheClassAttr && ic.cls == o.cls && ic.epoch == t.interp.classEpoch {
			// The entry may have been filled by loadAttr (through the
			// fallback below) with a staticmethod, classmethod or
			// built-in, which must not be called with self.
			if _, isFn := ic.val.r.(*Function); isFn && (o.dict.live == 0 || o.dict.lookupStr(name) < 0) {
				return ic.val, obj, nil
			}
		}
		if cv, ok := o.cls.Lookup(name); ok && o.cls.hooks&hookGetattribute == 0 {
			if fn, isFn := cv.r.(*Function); isFn && o.dict.lookupStr(name) < 0 {
				c.fill(in, inlineCache{cls: o.cls, epoch: t.interp.classEpoch, kind: cacheClassAttr, val: Obj(fn)})
				return cv, obj, nil
			}
		}
	case *Super:
		if v, ok := o.find(name); ok {
			if fn, isFn := v.r.(*Function); isFn {
				if _, isClass := o.obj.r.(*Class); !isClass {
					return Obj(fn), o.obj, nil
				}
			}
		}
	case *Str, *List, *Tuple, *Bytes, *Set:
		// The common built-in values, named so that they skip the
		// HasAttrs test below (a runtime call).
		if m, ok := builtinMethod(c, in, obj, name); ok {
			return m, obj, nil
		}
	case *Module, *Class, *Exception, *Dict, HasAttrs, nil:
	default:
		if m, ok := builtinMethod(c, in, obj, name); ok {
			return m, obj, nil
		}
	}
	if d, ok := obj.r.(*Dict); ok {
		if m, ok := DictType.dict.getStr(name); ok {
			return m, obj, nil
		}
		_ = d
	}
	v, err := t.loadAttr(c, in, obj)
	if err != nil {
		return None, None, err
	}
	return v, null, nil
}

// builtinMethod finds a method of a built-in value type, which lives in the
// type's table, through LOAD_METHOD's cache.
func builtinMethod(c *code, in compile.Instr, obj Value, name *Str) (Value, bool) {
	cls := obj.Type()
	if ic := &c.caches[in.C]; ic.kind == cacheTypeMethod && ic.cls == cls {
		return ic.val, true
	}
	if cls.builtin {
		if m, ok := cls.Lookup(name); ok {
			if _, isB := m.r.(*Builtin); isB && !isObjectBuiltin(m) {
				c.fill(in, inlineCache{cls: cls, kind: cacheTypeMethod, val: m})
				return m, true
			}
		}
	}
	return None, false
}

// loadGlobal implements LOAD_GLOBAL's slow path and fills its cache.
func (t *Thread) loadGlobal(f *frame, c *code, in compile.Instr) (Value, error) {
	name := c.names[in.A]
	g := &f.globals.ht
	if i := g.lookupStr(name); i >= 0 {
		c.fill(in, inlineCache{kind: cacheGlobal, epoch: g.keys, idx: int32(i)})
		return g.entries[i].val, nil
	}
	b := &t.interp.builtins.ht
	if i := b.lookupStr(name); i >= 0 {
		c.fill(in, inlineCache{kind: cacheBuiltin, epoch: g.keys, idx: int32(i)})
		return b.entries[i].val, nil
	}
	return None, NewError(NameErrorType, "name '%s' is not defined", name.s)
}

// storeGlobal implements STORE_GLOBAL's slow path and fills its cache
// the way LOAD_GLOBAL's is (the entry's index, valid while no key is
// added or removed).
func (t *Thread) storeGlobal(f *frame, c *code, in compile.Instr, v Value) {
	name := c.names[in.A]
	g := &f.globals.ht
	g.setStr(name, v)
	c.fill(in, inlineCache{kind: cacheGlobal, epoch: g.keys, idx: int32(g.lookupStr(name))})
}

// scriptInit returns the class's __init__ if it is a script function
// (not a generator) and __new__ is object's, else nil.
func (t *Thread) scriptInit(cls *Class) *Function {
	init, ok := cls.Lookup(t.interp.strInit)
	if !ok {
		return nil
	}
	fn, ok := init.r.(*Function)
	if !ok || fn.code.Flags&compile.FlagGenerator != 0 {
		return nil
	}
	if nf, hasNew := cls.Lookup(t.interp.strNew); hasNew {
		if on, _ := ObjectType.dict.getStr(t.interp.strNew); !Is(nf, on) {
			return nil
		}
	}
	return fn
}

// ctorFrame prepares a class call. For a script class whose __init__ is a
// script function it returns the __init__ frame (to run in the calling
// loop, whose result is the new object); ok is false to fall back to the
// generic call.
func (t *Thread) ctorFrame(cls *Class, args []Value, kw []string) (*frame, Value, bool, error) {
	if cls.layout != layoutObject || cls.new != nil || cls.builtin {
		return nil, None, false, nil
	}
	fn := cls.facts(t).init
	if fn == nil {
		return nil, None, false, nil
	}
	obj := Obj(newInstanceOf(cls))
	full := t.argBuf[:0]
	full = append(full, obj)
	full = append(full, args...)
	t.argBuf = full[:0]
	nf, err := t.newFrame(fn, full, kw, false)
	if err != nil {
		return nil, None, true, err
	}
	nf.ctor = true
	nf.self = obj
	return nf, obj, true, nil
}
