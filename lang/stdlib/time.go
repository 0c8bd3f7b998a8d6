package stdlib

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/wasmling/wasmling/lang"
)

// The time module. Clocks and sleep come from the host; the local time
// zone inside the sandbox is UTC, so localtime() equals gmtime().

const timeDoc = `Time access and conversions (CPython's time module).

Clocks and sleep come from the host (sleep ends at the request deadline).
The local time zone inside the sandbox is UTC: localtime() is gmtime(),
timezone and altzone are 0. now() (Scriptling) returns the current time as
an ISO string YYYY-MM-DDTHH:MM:SS.ffffff.`

// structTime is a time.struct_time.
type structTime struct {
	cls    *lang.Class
	f      [9]int64
	zone   string
	gmtoff int64
}

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func (s *structTime) Type() *lang.Class { return s.cls }

func (s *structTime) tuple() lang.Value {
	items := make([]lang.Value, 9)
	for i, v := range s.f {
		items[i] = lang.Int(v)
	}
	return lang.TupleValue(items...)
}

func (s *structTime) Attr(t *lang.Thread, name string) (lang.Value, bool, error) {
	for i, n := range structTimeFields {
		if n == name {
			return lang.Int(s.f[i]), true, nil
		}
	}
	switch name {
	case "tm_zone":
		return lang.String(s.zone), true, nil
	case "tm_gmtoff":
		return lang.Int(s.gmtoff), true, nil
	case "n_fields":
		return lang.Int(11), true, nil
	case "n_sequence_fields":
		return lang.Int(9), true, nil
	}
	return lang.None, false, nil
}

func (s *structTime) Len() int { return 9 }

func (s *structTime) GetItem(t *lang.Thread, k lang.Value) (lang.Value, error) {
	return lang.GetItem(t, s.tuple(), k)
}

func (s *structTime) Iter(t *lang.Thread) (lang.Iterator, error) { return lang.Iterate(t, s.tuple()) }

func (s *structTime) Equal(t *lang.Thread, other lang.Value) (bool, error) {
	if o, ok := other.Object().(*structTime); ok {
		return o.f == s.f, nil
	}
	if _, ok := other.Object().(*lang.Tuple); ok {
		return lang.Equal(t, s.tuple(), other)
	}
	return false, nil
}

func (s *structTime) Hash(t *lang.Thread) (uint64, error) { return lang.Hash(t, s.tuple()) }

func (s *structTime) Repr(t *lang.Thread) (string, error) {
	var b strings.Builder
	b.WriteString("time.struct_time(")
	for i, n := range structTimeFields {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(n + "=" + strconv.FormatInt(s.f[i], 10))
	}
	b.WriteString(")")
	return b.String(), nil
}

// breakDown converts epoch seconds to UTC fields.
func breakDown(cls *lang.Class, secs int64, zone string) *structTime {
	tm := time.Unix(secs, 0).UTC()
	wd := (int64(tm.Weekday()) + 6) % 7
	return &structTime{cls: cls, zone: zone, f: [9]int64{int64(tm.Year()), int64(tm.Month()), int64(tm.Day()),
		int64(tm.Hour()), int64(tm.Minute()), int64(tm.Second()), wd, int64(tm.YearDay()), 0}}
}

func (s *structTime) fields() tmFields {
	f := tmFields{year: int(s.f[0]), month: int(s.f[1]), day: int(s.f[2]), hour: int(s.f[3]),
		minute: int(s.f[4]), second: int(s.f[5]), wday: int(s.f[6]), yday: int(s.f[7]), zone: s.zone, offset: "+0000"}
	f.epoch = int64(ymdToOrd(f.year, max(1, min(12, f.month)), 1)-719163+f.day-1)*86400 + int64(f.hour*3600+f.minute*60+f.second)
	if s.zone == "" {
		f.zone = "UTC"
	}
	return f
}

func timeModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("time")
	m.Set("__doc__", lang.String(timeDoc))
	host := t.Interp().Host()
	var cls *lang.Class
	cls = lang.NewClass("struct_time", "time", func(t *lang.Thread, c *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
		var seq []lang.Value
		if err := lang.UnpackArgs(t, "struct_time", args, kw, "sequence", &seq); err != nil {
			return lang.None, err
		}
		return structFromSeq(t, cls, seq)
	})
	m.Set("struct_time", lang.Obj(cls))
	m.Set("timezone", lang.Int(0))
	m.Set("altzone", lang.Int(0))
	m.Set("daylight", lang.Int(0))
	m.Set("tzname", lang.TupleValue(lang.String("UTC"), lang.String("UTC")))
	nowNanos := func() int64 { return host.Now().UnixNano() }
	m.SetFunc("time", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return lang.Float(float64(nowNanos()) / 1e9), nil
	})
	m.SetFunc("time_ns", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return lang.Int(nowNanos()), nil
	})
	mono := func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return lang.Float(host.Monotonic().Seconds()), nil
	}
	monoNs := func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return lang.Int(int64(host.Monotonic())), nil
	}
	for _, n := range []string{"perf_counter", "monotonic", "process_time", "thread_time"} {
		m.SetFunc(n, mono)
		m.SetFunc(n+"_ns", monoNs)
	}
	m.SetFunc("sleep", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("sleep", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		secs, ok := args[0].ToFloat()
		if !ok {
			return lang.None, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].TypeName())
		}
		if math.IsNaN(secs) {
			return lang.None, lang.NewError(lang.ValueErrorType, "Invalid value NaN (not a number)")
		}
		if secs < 0 {
			return lang.None, lang.NewError(lang.ValueErrorType, "sleep length must be non-negative")
		}
		if secs > 1e9 {
			secs = 1e9
		}
		if err := host.Sleep(time.Duration(secs * 1e9)); err != nil {
			return lang.None, err
		}
		return lang.None, nil
	})
	secsArg := func(t *lang.Thread, fname string, args []lang.Value, kw []string) (int64, error) {
		if err := lang.ArgCount(fname, args, kw, 0, 1); err != nil {
			return 0, err
		}
		if len(args) == 0 || args[0].IsNone() {
			return host.Now().Unix(), nil
		}
		v := args[0]
		if _, isNum := v.ToFloat(); !isNum {
			// Scriptling: a datetime (anything with timestamp()).
			if ts, ok, err := lang.GetAttr(t, v, "timestamp"); ok && err == nil {
				if v, err = t.Call(ts, nil, nil); err != nil {
					return 0, err
				}
			}
		}
		f, ok := v.ToFloat()
		if !ok {
			return 0, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", v.TypeName())
		}
		if math.IsNaN(f) {
			return 0, lang.NewError(lang.ValueErrorType, "Invalid value NaN (not a number)")
		}
		if math.Abs(f) > 1e16 {
			return 0, lang.NewError(lang.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return int64(math.Floor(f)), nil
	}
	breakFn := func(name, zone string) lang.BuiltinFunc {
		return func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			s, err := secsArg(t, name, args, kw)
			if err != nil {
				return lang.None, err
			}
			return lang.Obj(breakDown(cls, s, zone)), nil
		}
	}
	m.SetFunc("gmtime", breakFn("gmtime", "GMT"))
	m.SetFunc("localtime", breakFn("localtime", "UTC"))
	tupleArg := func(t *lang.Thread, fname string, v lang.Value) (*structTime, error) {
		if st, ok := v.Object().(*structTime); ok {
			return st, nil
		}
		seq, err := lang.ToSlice(t, v)
		if err != nil {
			return nil, lang.NewError(lang.TypeErrorType, "Tuple or struct_time argument required")
		}
		r, err := structFromSeq(t, cls, seq)
		if err != nil {
			return nil, err
		}
		return r.Object().(*structTime), nil
	}
	m.SetFunc("mktime", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("mktime", args, kw, 1, 1); err != nil {
			return lang.None, err
		}
		st, err := tupleArg(t, "mktime", args[0])
		if err != nil {
			return lang.None, err
		}
		tm := time.Date(int(st.f[0]), time.Month(st.f[1]), int(st.f[2]), int(st.f[3]), int(st.f[4]), int(st.f[5]), 0, time.UTC)
		return lang.Float(float64(tm.Unix())), nil
	})
	m.SetFunc("strftime", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var format string
		var tv lang.Value
		if err := lang.UnpackArgs(t, "strftime", args, kw, "format", &format, "t?", &tv); err != nil {
			return lang.None, err
		}
		var st *structTime
		if tv.IsNone() {
			st = breakDown(cls, host.Now().Unix(), "UTC")
		} else {
			var err error
			if st, err = tupleArg(t, "strftime", tv); err != nil {
				return lang.None, err
			}
		}
		if err := checkStructTime(st); err != nil {
			return lang.None, err
		}
		return lang.String(strftimeFormat(format, st.fields())), nil
	})
	m.SetFunc("strptime", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var s string
		format := "%a %b %d %H:%M:%S %Y"
		if err := lang.UnpackArgs(t, "strptime", args, kw, "string", &s, "format?", &format); err != nil {
			return lang.None, err
		}
		p, err := strptimeParse(t, s, format)
		if err != nil {
			return lang.None, err
		}
		st := &structTime{cls: cls, f: [9]int64{int64(p.year), int64(p.month), int64(p.day), int64(p.hour),
			int64(p.minute), int64(p.second), int64(p.weekday), int64(p.julian), int64(p.isdst)}}
		if p.hasZone {
			st.zone = p.zone
		}
		st.gmtoff = int64(p.gmtoff)
		return lang.Obj(st), nil
	})
	asctime := func(st *structTime) string {
		f := st.fields()
		return strftimeFormat("%a %b ", f) + pad(f.day, 2, ' ') + strftimeFormat(" %H:%M:%S ", f) + strconv.Itoa(f.year)
	}
	m.SetFunc("asctime", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("asctime", args, kw, 0, 1); err != nil {
			return lang.None, err
		}
		st := breakDown(cls, host.Now().Unix(), "UTC")
		if len(args) == 1 {
			var err error
			if st, err = tupleArg(t, "asctime", args[0]); err != nil {
				return lang.None, err
			}
		}
		return lang.String(asctime(st)), nil
	})
	m.SetFunc("ctime", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		s, err := secsArg(t, "ctime", args, kw)
		if err != nil {
			return lang.None, err
		}
		return lang.String(asctime(breakDown(cls, s, "UTC"))), nil
	})
	m.SetFunc("now", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return lang.String(host.Now().UTC().Format("2006-01-02T15:04:05.000000")), nil
	})
	return m, nil
}

func structFromSeq(t *lang.Thread, cls *lang.Class, seq []lang.Value) (lang.Value, error) {
	if len(seq) < 9 || len(seq) > 11 {
		return lang.None, lang.NewError(lang.TypeErrorType, "time.struct_time() takes an at least 9-sequence (%d-sequence given)", len(seq))
	}
	st := &structTime{cls: cls}
	for i := 0; i < 9; i++ {
		v, ok := seq[i].ToInt64()
		if !ok {
			return lang.None, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", seq[i].TypeName())
		}
		st.f[i] = v
	}
	if len(seq) > 9 {
		st.zone, _ = seq[9].Str()
	}
	return lang.Obj(st), nil
}

// checkStructTime applies CPython's range checks of strftime's argument
// (fixing 0 fields as it does).
func checkStructTime(st *structTime) error {
	f := &st.f
	if f[1] == 0 {
		f[1] = 1
	}
	if f[2] == 0 {
		f[2] = 1
	}
	if f[7] == 0 {
		f[7] = 1
	}
	switch {
	case f[1] < 1 || f[1] > 12:
		return lang.NewError(lang.ValueErrorType, "month out of range")
	case f[2] < 1 || f[2] > 31:
		return lang.NewError(lang.ValueErrorType, "day of month out of range")
	case f[3] < 0 || f[3] > 23:
		return lang.NewError(lang.ValueErrorType, "hour out of range")
	case f[4] < 0 || f[4] > 59:
		return lang.NewError(lang.ValueErrorType, "minute out of range")
	case f[5] < 0 || f[5] > 61:
		return lang.NewError(lang.ValueErrorType, "seconds out of range")
	case f[7] < 1 || f[7] > 366:
		return lang.NewError(lang.ValueErrorType, "day of year out of range")
	}
	if f[6] < 0 {
		return lang.NewError(lang.ValueErrorType, "day of week out of range")
	}
	f[6] %= 7
	return nil
}
