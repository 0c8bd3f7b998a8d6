package lang

import (
	"math"
	"math/big"
)

// Value is a Scriptling value. It is a small struct passed by value: ints,
// floats, bools and None live in it without allocation; every other value
// is a heap Object. The zero Value is None.
//
// The dynamic type of r says what the value is: nil is None, the tag types
// intTag, floatTag and boolTag mark an int64, a float64 or a bool held in
// n, and any other Object is the value itself.
type Value struct {
	r Object
	n uint64
}

// Object is a heap-allocated Scriptling value. Every Object reports its
// type; further capabilities are optional interfaces checked by the
// interpreter (see the interfaces in object.go).
type Object interface {
	// Type returns the value's class.
	Type() *Class
}

type intTag struct{}
type floatTag struct{}
type boolTag struct{}

func (intTag) Type() *Class   { return IntType }
func (floatTag) Type() *Class { return FloatType }
func (boolTag) Type() *Class  { return BoolType }

// None is the None value (also the zero Value).
var None = Value{}

// True and False are the two bool values.
var (
	True  = Value{r: boolTag{}, n: 1}
	False = Value{r: boolTag{}, n: 0}
)

// Int returns the int value i.
func Int(i int64) Value { return Value{r: intTag{}, n: uint64(i)} }

// Float returns the float value f.
func Float(f float64) Value { return Value{r: floatTag{}, n: math.Float64bits(f)} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// Obj wraps a heap object as a Value.
func Obj(o Object) Value {
	if o == nil {
		return None
	}
	return Value{r: o}
}

// BigInt returns the int value of b, normalised to the int64 form when it
// fits. b must not be modified afterwards.
func BigInt(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return Value{r: &Big{b: b}}
}

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.r == nil }

// IsInt reports whether v is an int held in 64 bits (not a big int and not
// a bool).
func (v Value) IsInt() bool { _, ok := v.r.(intTag); return ok }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { _, ok := v.r.(floatTag); return ok }

// IsBool reports whether v is a bool.
func (v Value) IsBool() bool { _, ok := v.r.(boolTag); return ok }

// AsInt returns the int64 held by an int value (IsInt must be true).
func (v Value) AsInt() int64 { return int64(v.n) }

// AsFloat returns the float64 held by a float value (IsFloat must be true).
func (v Value) AsFloat() float64 { return math.Float64frombits(v.n) }

// AsBool returns the bool held by a bool value (IsBool must be true).
func (v Value) AsBool() bool { return v.n != 0 }

// Object returns the heap object of v, or nil for None, ints, floats and
// bools.
func (v Value) Object() Object {
	switch v.r.(type) {
	case intTag, floatTag, boolTag:
		return nil
	}
	return v.r
}

// Type returns the class of v.
func (v Value) Type() *Class {
	if v.r == nil {
		return NoneType
	}
	return v.r.Type()
}

// TypeName returns the Python name of v's type, as used in error messages
// ("int", "str", "MyClass").
func (v Value) TypeName() string { return v.Type().Name }

// Str returns the Go string of a str value and true, or "", false.
// An instance of a class derived from str counts as a str.
func (v Value) Str() (string, bool) {
	if s, ok := v.r.(*Str); ok {
		return s.s, true
	}
	if o, ok := v.r.(*Instance); ok && o.base.r != nil {
		return o.base.Str()
	}
	return "", false
}

// ToInt64 returns the value of an int or bool as an int64; ok is false for
// other values and for big ints that do not fit.
func (v Value) ToInt64() (int64, bool) {
	switch x := v.r.(type) {
	case intTag, boolTag:
		return int64(v.n), true
	case *Big:
		if x.b.IsInt64() {
			return x.b.Int64(), true
		}
	case *Instance:
		if x.base.r != nil {
			return x.base.ToInt64() // a class derived from int
		}
	}
	return 0, false
}

// ToFloat converts an int, bool or float to float64; ok is false for other
// values.
func (v Value) ToFloat() (float64, bool) {
	switch x := v.r.(type) {
	case floatTag:
		return math.Float64frombits(v.n), true
	case intTag, boolTag:
		return float64(int64(v.n)), true
	case *Big:
		f, _ := new(big.Float).SetInt(x.b).Float64()
		return f, true
	case *Instance:
		if x.base.r != nil {
			return x.base.ToFloat() // a class derived from int or float
		}
	}
	return 0, false
}

// Is reports whether a and b are the same object (Python's `is`).
func Is(a, b Value) bool {
	switch a.r.(type) {
	case nil:
		return b.r == nil
	case intTag, floatTag, boolTag:
		return a.r == b.r && a.n == b.n
	}
	return a.r == b.r
}
