package stdlib

import (
	_ "embed"

	"github.com/wasmling/wasmling/lang"
)

// The datetime module is Scriptling source (datetime.py, following
// CPython's pure-Python datetime) over the native helper _datetime, which
// reads the host clock and formats and parses dates.

//go:embed datetime.py
var datetimeSource string

func datetimeHelperModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("_datetime")
	host := t.Interp().Host()
	m.SetFunc("now_us", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		return lang.Int(host.Now().UnixMicro()), nil
	})
	m.SetFunc("strftime", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var format, offset, zone string
		var f tmFields
		var epoch int64
		if err := lang.UnpackArgs(t, "strftime", args, kw, "format", &format, "year", &f.year, "month", &f.month,
			"day", &f.day, "hour", &f.hour, "minute", &f.minute, "second", &f.second, "micro", &f.micro,
			"wday", &f.wday, "yday", &f.yday, "offset", &offset, "zone", &zone, "epoch", &epoch); err != nil {
			return lang.None, err
		}
		f.offset, f.zone, f.epoch, f.hasMicro = offset, zone, epoch, true
		return lang.String(strftimeFormat(format, f)), nil
	})
	m.SetFunc("strptime", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var s, format lang.Value
		if err := lang.UnpackArgs(t, "strptime", args, kw, "string", &s, "format", &format); err != nil {
			return lang.None, err
		}
		ss, ok1 := s.Str()
		fs, ok2 := format.Str()
		if !ok1 || !ok2 {
			bad, idx := s, 0
			if ok1 {
				bad, idx = format, 1
			}
			return lang.None, lang.NewError(lang.TypeErrorType, "strptime() argument %d must be str, not %s", idx+1, bad.TypeName())
		}
		p, err := strptimeParse(t, ss, fs)
		if err != nil {
			return lang.None, err
		}
		gmtoff, zone := lang.None, lang.None
		if p.hasGmtoff {
			gmtoff = lang.Int(int64(p.gmtoff))
		}
		if p.hasZone {
			zone = lang.String(p.zone)
		}
		return lang.TupleValue(lang.Int(int64(p.year)), lang.Int(int64(p.month)), lang.Int(int64(p.day)),
			lang.Int(int64(p.hour)), lang.Int(int64(p.minute)), lang.Int(int64(p.second)),
			lang.Int(int64(p.weekday)), lang.Int(int64(p.julian)), lang.Int(int64(p.fraction)),
			gmtoff, lang.Int(int64(p.gmtoffFraction)), zone), nil
	})
	return m, nil
}
