package stdlib

import (
	"strings"
	"unicode/utf8"

	"github.com/wasmling/wasmling/lang"
)

// ioModule is io: in-memory text and binary streams.
func ioModule(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("io")
	m.Set("StringIO", lang.Obj(memFileClass("StringIO", true)))
	m.Set("BytesIO", lang.Obj(memFileClass("BytesIO", false)))
	m.Set("SEEK_SET", lang.Int(0))
	m.Set("SEEK_CUR", lang.Int(1))
	m.Set("SEEK_END", lang.Int(2))
	m.Set("DEFAULT_BUFFER_SIZE", lang.Int(8192))
	return m, nil
}

// memFile is a StringIO (text: positions count code points) or a BytesIO.
type memFile struct {
	cls    *lang.Class
	text   bool
	runes  []rune // text
	bytes  []byte // binary
	pos    int
	closed bool
}

func (f *memFile) Type() *lang.Class { return f.cls }

func (f *memFile) size() int {
	if f.text {
		return len(f.runes)
	}
	return len(f.bytes)
}

func (f *memFile) value(from, to int) lang.Value {
	if f.text {
		return lang.String(string(f.runes[from:to]))
	}
	return lang.NewBytes(append([]byte(nil), f.bytes[from:to]...))
}

func (f *memFile) checkOpen() error {
	if f.closed {
		if f.text {
			return lang.NewError(lang.ValueErrorType, "I/O operation on closed file")
		}
		return lang.NewError(lang.ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

func (f *memFile) write(t *lang.Thread, v lang.Value) (int, error) {
	if f.text {
		s, ok := v.Str()
		if !ok {
			return 0, lang.NewError(lang.TypeErrorType, "string argument expected, got '%s'", v.TypeName())
		}
		rs := []rune(s)
		if err := t.CheckMemory(int64(len(f.runes)+len(rs)) * 4); err != nil {
			return 0, err
		}
		for len(f.runes) < f.pos {
			f.runes = append(f.runes, 0)
		}
		end := f.pos + len(rs)
		if end > len(f.runes) {
			f.runes = append(f.runes, make([]rune, end-len(f.runes))...)
		}
		copy(f.runes[f.pos:], rs)
		f.pos = end
		return len(rs), nil
	}
	var p []byte
	switch b := v.Object().(type) {
	case *lang.Bytes:
		p = b.Bytes()
	default:
		return 0, lang.NewError(lang.TypeErrorType, "a bytes-like object is required, not '%s'", v.TypeName())
	}
	if err := t.CheckMemory(int64(len(f.bytes) + len(p))); err != nil {
		return 0, err
	}
	for len(f.bytes) < f.pos {
		f.bytes = append(f.bytes, 0)
	}
	end := f.pos + len(p)
	if end > len(f.bytes) {
		f.bytes = append(f.bytes, make([]byte, end-len(f.bytes))...)
	}
	copy(f.bytes[f.pos:], p)
	f.pos = end
	return len(p), nil
}

// readline returns the end of the next line from pos (limit < 0: none).
func (f *memFile) lineEnd(limit int) int {
	n := f.size()
	end := n
	if limit >= 0 && f.pos+limit < n {
		end = f.pos + limit
	}
	for i := f.pos; i < end; i++ {
		if (f.text && f.runes[i] == '\n') || (!f.text && f.bytes[i] == '\n') {
			return i + 1
		}
	}
	return end
}

func (f *memFile) Iter(t *lang.Thread) (lang.Iterator, error) {
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	return &memFileIter{f: f}, nil
}

func (f *memFile) Enter(t *lang.Thread) (lang.Value, error) {
	if err := f.checkOpen(); err != nil {
		return lang.None, err
	}
	return lang.Obj(f), nil
}

func (f *memFile) Exit(t *lang.Thread, exc *lang.Exception) (bool, error) {
	f.closed = true
	return false, nil
}

func (f *memFile) Attr(t *lang.Thread, name string) (lang.Value, bool, error) {
	switch name {
	case "closed":
		return lang.Bool(f.closed), true, nil
	case "line_buffering":
		return lang.False, true, nil
	case "newlines":
		return lang.None, true, nil
	case "encoding", "errors":
		if f.text {
			if name == "encoding" {
				return lang.String("utf-8"), true, nil
			}
			return lang.String("strict"), true, nil
		}
	}
	return lang.None, false, nil
}

type memFileIter struct{ f *memFile }

func (*memFileIter) Type() *lang.Class { return lang.IteratorType }

func (it *memFileIter) Next(t *lang.Thread) (lang.Value, bool, error) {
	f := it.f
	if err := f.checkOpen(); err != nil {
		return lang.None, false, err
	}
	if f.pos >= f.size() {
		return lang.None, false, nil
	}
	end := f.lineEnd(-1)
	v := f.value(f.pos, end)
	f.pos = end
	return v, true, nil
}

func memFileClass(name string, text bool) *lang.Class {
	cls := lang.NewClass(name, "_io", func(t *lang.Thread, cls *lang.Class, args []lang.Value, kw []string) (lang.Value, error) {
		var init lang.Value
		argName := "initial_value"
		if !text {
			argName = "initial_bytes"
		}
		var newline lang.Value
		var err error
		if text {
			err = lang.UnpackArgs(t, name, args, kw, argName+"?", &init, "newline?", &newline)
		} else {
			err = lang.UnpackArgs(t, name, args, kw, argName+"?", &init)
		}
		if err != nil {
			return lang.None, err
		}
		f := &memFile{cls: cls, text: text}
		if !init.IsNone() {
			if text {
				s, ok := init.Str()
				if !ok {
					return lang.None, lang.NewError(lang.TypeErrorType, "initial_value must be str or None, not %s", init.TypeName())
				}
				f.runes = []rune(s)
			} else {
				b, ok := init.Object().(*lang.Bytes)
				if !ok {
					return lang.None, lang.NewError(lang.TypeErrorType, "a bytes-like object is required, not '%s'", init.TypeName())
				}
				f.bytes = append([]byte(nil), b.Bytes()...)
			}
		}
		return lang.Obj(f), nil
	})
	method := func(mname string, min, max int, fn func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error)) {
		cls.DefineMethod(mname, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
			if err := lang.NoKwargs(mname, kw); err != nil {
				return lang.None, err
			}
			if err := lang.ArgCount(mname, args[1:], nil, min, max); err != nil {
				return lang.None, err
			}
			f, ok := args[0].Object().(*memFile)
			if !ok {
				return lang.None, lang.NewError(lang.TypeErrorType, "descriptor '%s' requires a '%s' object", mname, name)
			}
			if mname != "close" {
				if err := f.checkOpen(); err != nil {
					return lang.None, err
				}
			}
			return fn(t, f, args[1:])
		})
	}
	optSize := func(a []lang.Value) (int, error) {
		if len(a) == 0 || a[0].IsNone() {
			return -1, nil
		}
		n, ok := a[0].ToInt64()
		if !ok {
			return 0, lang.NewError(lang.TypeErrorType, "argument should be integer or None, not '%s'", a[0].TypeName())
		}
		return int(n), nil
	}
	method("write", 1, 1, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) {
		n, err := f.write(t, a[0])
		return lang.Int(int64(n)), err
	})
	method("writelines", 1, 1, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) {
		items, err := lang.ToSlice(t, a[0])
		if err != nil {
			return lang.None, err
		}
		for _, v := range items {
			if _, err := f.write(t, v); err != nil {
				return lang.None, err
			}
		}
		return lang.None, nil
	})
	getvalue := func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) {
		return f.value(0, f.size()), nil
	}
	method("getvalue", 0, 0, getvalue)
	read := func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) {
		n, err := optSize(a)
		if err != nil {
			return lang.None, err
		}
		start := min(f.pos, f.size())
		end := f.size()
		if n >= 0 && start+n < end {
			end = start + n
		}
		f.pos = max(f.pos, end)
		return f.value(start, end), nil
	}
	method("read", 0, 1, read)
	method("readline", 0, 1, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) {
		n, err := optSize(a)
		if err != nil {
			return lang.None, err
		}
		if f.pos >= f.size() {
			return f.value(0, 0), nil
		}
		end := f.lineEnd(n)
		v := f.value(f.pos, end)
		f.pos = end
		return v, nil
	})
	method("readlines", 0, 1, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) {
		hint, err := optSize(a)
		if err != nil {
			return lang.None, err
		}
		var out []lang.Value
		total := 0
		for f.pos < f.size() {
			end := f.lineEnd(-1)
			out = append(out, f.value(f.pos, end))
			total += end - f.pos
			f.pos = end
			if hint > 0 && total >= hint {
				break
			}
		}
		return lang.ListValue(out), nil
	})
	method("seek", 1, 2, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) {
		off, ok := a[0].ToInt64()
		if !ok {
			return lang.None, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", a[0].TypeName())
		}
		whence := int64(0)
		if len(a) > 1 {
			if whence, ok = a[1].ToInt64(); !ok {
				return lang.None, lang.NewError(lang.TypeErrorType, "'%s' object cannot be interpreted as an integer", a[1].TypeName())
			}
		}
		switch whence {
		case 0:
			if off < 0 {
				return lang.None, lang.NewError(lang.ValueErrorType, "Negative seek position %d", off)
			}
			f.pos = int(off)
		case 1, 2:
			if f.text && off != 0 {
				if whence == 1 {
					return lang.None, lang.NewError(lang.OSErrorType, "Can't do nonzero cur-relative seeks")
				}
				return lang.None, lang.NewError(lang.OSErrorType, "Can't do nonzero end-relative seeks")
			}
			base := f.pos
			if whence == 2 {
				base = f.size()
			}
			f.pos = max(0, base+int(off))
		default:
			return lang.None, lang.NewError(lang.ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		return lang.Int(int64(f.pos)), nil
	})
	method("tell", 0, 0, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) {
		return lang.Int(int64(f.pos)), nil
	})
	method("truncate", 0, 1, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) {
		n, err := optSize(a)
		if err != nil {
			return lang.None, err
		}
		if n < 0 {
			if len(a) > 0 && !a[0].IsNone() {
				return lang.None, lang.NewError(lang.ValueErrorType, "Negative size value %d", n)
			}
			n = f.pos
		}
		if n < f.size() {
			if f.text {
				f.runes = f.runes[:n]
			} else {
				f.bytes = f.bytes[:n]
			}
		}
		return lang.Int(int64(n)), nil
	})
	method("close", 0, 0, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) {
		f.closed = true
		return lang.None, nil
	})
	method("flush", 0, 0, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) { return lang.None, nil })
	for _, n := range []string{"readable", "writable", "seekable"} {
		method(n, 0, 0, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) { return lang.True, nil })
	}
	method("isatty", 0, 0, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) { return lang.False, nil })
	method("__enter__", 0, 0, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) { return lang.Obj(f), nil })
	cls.DefineMethod("__exit__", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if f, ok := args[0].Object().(*memFile); ok {
			f.closed = true
		}
		return lang.None, nil
	})
	method("__iter__", 0, 0, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) { return lang.Obj(f), nil })
	method("__next__", 0, 0, func(t *lang.Thread, f *memFile, a []lang.Value) (lang.Value, error) {
		v, ok, err := (&memFileIter{f: f}).Next(t)
		if err == nil && !ok {
			return lang.None, lang.NewException(lang.StopIterationType)
		}
		return v, err
	})
	if !text {
		method("getbuffer", 0, 0, getvalue)
		method("read1", 0, 1, read)
	}
	return cls
}

// hostStream is sys.stdout / sys.stderr: text written to the host.
type hostStream struct {
	cls *lang.Class
	err bool
}

func (s *hostStream) Type() *lang.Class { return s.cls }

func (s *hostStream) Attr(t *lang.Thread, name string) (lang.Value, bool, error) {
	switch name {
	case "encoding":
		return lang.String("utf-8"), true, nil
	case "errors":
		return lang.String("strict"), true, nil
	case "closed":
		return lang.False, true, nil
	case "name":
		if s.err {
			return lang.String("<stderr>"), true, nil
		}
		return lang.String("<stdout>"), true, nil
	}
	return lang.None, false, nil
}

func hostStreamClass() *lang.Class {
	cls := lang.NewClass("TextIOWrapper", "_io", nil)
	cls.DefineMethod("write", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("write", args[1:], kw, 1, 1); err != nil {
			return lang.None, err
		}
		s, ok := args[1].Str()
		if !ok {
			return lang.None, lang.NewError(lang.TypeErrorType, "write() argument must be str, not %s", args[1].TypeName())
		}
		st := args[0].Object().(*hostStream)
		w := t.Interp().Host().Stdout()
		if st.err {
			w = t.Interp().Host().Stderr()
		}
		if _, err := w.Write([]byte(s)); err != nil {
			if e, ok := lang.AsException(err); ok {
				return lang.None, e
			}
			return lang.None, &lang.Interrupt{Err: err}
		}
		return lang.Int(int64(utf8.RuneCountInString(s))), nil
	})
	cls.DefineMethod("writelines", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		if err := lang.ArgCount("writelines", args[1:], kw, 1, 1); err != nil {
			return lang.None, err
		}
		items, err := lang.ToSlice(t, args[1])
		if err != nil {
			return lang.None, err
		}
		var b strings.Builder
		for _, v := range items {
			s, ok := v.Str()
			if !ok {
				return lang.None, lang.NewError(lang.TypeErrorType, "write() argument must be str, not %s", v.TypeName())
			}
			b.WriteString(s)
		}
		w, _ := cls.LookupString("write")
		_, err = t.Call(w, []lang.Value{args[0], lang.String(b.String())}, nil)
		return lang.None, err
	})
	for _, n := range []string{"flush"} {
		cls.DefineMethod(n, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) { return lang.None, nil })
	}
	for _, n := range []string{"isatty", "readable", "seekable"} {
		cls.DefineMethod(n, func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) { return lang.False, nil })
	}
	cls.DefineMethod("writable", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) { return lang.True, nil })
	return cls
}
