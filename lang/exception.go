package lang

import (
	"errors"
	"fmt"
	"strings"
)

// Exception is an exception object: an instance of BaseException or a
// subclass (built-in or defined by a script). It is also the Go error that
// the interpreter's API returns for an uncaught exception.
type Exception struct {
	cls  *Class
	Args []Value
	dict hashtable

	Cause           *Exception
	Context         *Exception
	SuppressContext bool

	// tb lists where the exception passed, innermost first.
	tb []TraceEntry
	// tbDropped counts the outer frames not recorded (tb is bounded).
	tbDropped int
	// tbFrame and tbCode name the frame of the last traceback entry, so
	// that a re-raise in the same frame adds no line.
	tbFrame *frame
	tbCode  *code
}

// TraceEntry is one line of a traceback.
type TraceEntry struct {
	File   string
	Line   int
	Func   string
	Source string // the source line, trimmed; "" if unknown
	// Repeat counts further consecutive frames identical to this one
	// (deep recursion); they are not listed separately.
	Repeat int
}

// NewError makes an exception of class cls whose message is formatted
// from format and args (fmt.Sprintf rules; no formatting when args is
// empty).
func NewError(cls *Class, format string, args ...any) *Exception {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &Exception{cls: cls, Args: []Value{String(msg)}}
}

// NewException makes an exception of class cls with the given args.
func NewException(cls *Class, args ...Value) *Exception {
	return &Exception{cls: cls, Args: args}
}

// Type implements Object.
func (e *Exception) Type() *Class { return e.cls }

// Class returns the exception's class.
func (e *Exception) Class() *Class { return e.cls }

// Message returns str(e): the text after "TypeName: ".
func (e *Exception) Message() string {
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.cls.IsSubclass(KeyErrorType) {
			return reprNoThread(e.Args[0])
		}
		return strNoThread(e.Args[0])
	case 2, 3, 4, 5:
		if e.cls.IsSubclass(OSErrorType) {
			s := "[Errno " + strNoThread(e.Args[0]) + "] " + strNoThread(e.Args[1])
			if len(e.Args) > 2 && !e.Args[2].IsNone() {
				s += ": " + reprNoThread(e.Args[2])
			}
			return s
		}
	}
	return reprNoThread(Obj(&Tuple{items: e.Args}))
}

// Error implements error: "TypeName: message", or the type name alone.
// As in CPython, a class defined in a module other than __main__ is named
// with its module: "pkg.errors.MyError: message".
func (e *Exception) Error() string {
	name := e.cls.Name
	if m := e.cls.Module; m != "" && m != "__main__" && m != "builtins" {
		name = m + "." + e.cls.QualName
	}
	m := e.Message()
	if m == "" {
		return name
	}
	return name + ": " + m
}

// Traceback returns the entries of the traceback, outermost first.
func (e *Exception) Traceback() []TraceEntry {
	out := make([]TraceEntry, len(e.tb))
	for i, te := range e.tb {
		out[len(e.tb)-1-i] = te
	}
	return out
}

// FormatTraceback renders the exception as Python does: the chained
// exceptions, each with "Traceback (most recent call last):", one
// "File ..., line N, in f" line per frame with its source line, then
// "TypeName: message".
func (e *Exception) FormatTraceback() string {
	var b strings.Builder
	e.format(&b, 0)
	return b.String()
}

func (e *Exception) format(b *strings.Builder, depth int) {
	if depth < 16 {
		if e.Cause != nil {
			e.Cause.format(b, depth+1)
			b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		} else if e.Context != nil && !e.SuppressContext {
			e.Context.format(b, depth+1)
			b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	if len(e.tb) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		if e.tbDropped > 0 {
			fmt.Fprintf(b, "  [%d outer frames not shown]\n", e.tbDropped)
		}
		for _, te := range e.Traceback() {
			// Like CPython, a line repeated more than three times in a
			// row is shown three times and then counted.
			n := te.Repeat + 1
			for i := 0; i < n && i < 3; i++ {
				fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", te.File, te.Line, te.Func)
				if te.Source != "" {
					fmt.Fprintf(b, "    %s\n", te.Source)
				}
			}
			if n > 3 {
				fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n-3, plural(n-3))
			}
		}
	}
	// Like CPython, name classes outside builtins and __main__ with
	// their module (json.decoder.JSONDecodeError, re.error).
	name := e.cls.Name
	if m := e.cls.Module; m != "" && m != "builtins" && m != "__main__" {
		name = m + "." + e.cls.QualName
	}
	b.WriteString(name)
	if m := e.Message(); m != "" {
		b.WriteString(": ")
		b.WriteString(m)
	}
	b.WriteByte('\n')
}

func (e *Exception) addTrace(te TraceEntry) {
	if n := len(e.tb); n > 0 {
		last := &e.tb[n-1]
		if last.File == te.File && last.Line == te.Line && last.Func == te.Func && last.Source == te.Source && e.tbDropped == 0 {
			last.Repeat++
			return
		}
	}
	if len(e.tb) < 200 {
		e.tb = append(e.tb, te)
	} else {
		e.tbDropped++
	}
}

// Attr implements HasAttrs for exception objects.
func (e *Exception) Attr(t *Thread, name string) (Value, bool, error) {
	switch name {
	case "args":
		return Obj(&Tuple{items: e.Args}), true, nil
	case "code":
		if e.cls.IsSubclass(SystemExitType) {
			if v, ok := e.dict.getStr(NewStr(name)); ok {
				return v, true, nil
			}
			switch len(e.Args) {
			case 0:
				return None, true, nil
			case 1:
				return e.Args[0], true, nil
			}
			return Obj(&Tuple{items: e.Args}), true, nil
		}
	case "__cause__":
		return excValue(e.Cause), true, nil
	case "__context__":
		return excValue(e.Context), true, nil
	case "__suppress_context__":
		return Bool(e.SuppressContext), true, nil
	case "__traceback__":
		return None, true, nil
	case "__class__":
		return Obj(e.cls), true, nil
	case "__dict__":
		return Obj(liveDict(&e.dict)), true, nil
	}
	if v, ok := e.dict.getStr(NewStr(name)); ok {
		return v, true, nil
	}
	return e.classAttr(name)
}

// classAttr gives the attributes particular built-in exception classes
// derive from their args: StopIteration.value, SystemExit.code,
// OSError.errno/strerror, NameError.name and AttributeError.name.
func (e *Exception) classAttr(name string) (Value, bool, error) {
	arg := func(i int) Value {
		if i < len(e.Args) {
			return e.Args[i]
		}
		return None
	}
	switch {
	case name == "value" && e.cls.IsSubclass(StopIterationType):
		return arg(0), true, nil
	case name == "code" && e.cls.IsSubclass(SystemExitType):
		if len(e.Args) > 1 {
			return Obj(&Tuple{items: e.Args}), true, nil
		}
		return arg(0), true, nil
	case (name == "errno" || name == "strerror" || name == "filename") && e.cls.IsSubclass(OSErrorType):
		if len(e.Args) < 2 || len(e.Args) > 5 {
			return None, true, nil
		}
		switch name {
		case "errno":
			return arg(0), true, nil
		case "strerror":
			return arg(1), true, nil
		}
		return arg(2), true, nil
	case name == "name" && (e.cls.IsSubclass(NameErrorType) || e.cls.IsSubclass(AttributeErrorType)):
		// The interpreter's own messages name the missing identifier.
		msg := e.Message()
		if e.cls != UnboundLocalErrorType && ((strings.HasPrefix(msg, "name '") && strings.HasSuffix(msg, "' is not defined")) ||
			strings.Contains(msg, " has no attribute '")) {
			if j := strings.LastIndexByte(msg, '\''); j > 0 {
				if i := strings.LastIndexByte(msg[:j], '\''); i >= 0 {
					return String(msg[i+1 : j]), true, nil
				}
			}
		}
		return None, true, nil
	}
	return None, false, nil
}

func excValue(e *Exception) Value {
	if e == nil {
		return None
	}
	return Obj(e)
}

// Interrupt is the error that stops a script for a reason outside it (a
// deadline, cancellation, a hard limit): it is not an exception, so no
// handler of the script can catch it, and finally blocks do not run.
type Interrupt struct {
	Err error
}

func (i *Interrupt) Error() string { return i.Err.Error() }
func (i *Interrupt) Unwrap() error { return i.Err }

// AsException returns err as an *Exception if it is one.
func AsException(err error) (*Exception, bool) {
	var e *Exception
	if errors.As(err, &e) {
		return e, true
	}
	return nil, false
}

// errNotImplemented is returned by operator helpers for unsupported
// operand types; callers turn it into a TypeError.
var errNotImplemented = errors.New("not implemented")

func newExcClass(name string, base *Class) *Class {
	c := newBuiltinClass(name, "EXCEPTION", base)
	c.layout = layoutException
	return c
}

// The built-in exception classes.
var (
	BaseExceptionType       = newExcClass("BaseException", ObjectType)
	SystemExitType          = newExcClass("SystemExit", BaseExceptionType)
	KeyboardInterruptType   = newExcClass("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType       = newExcClass("GeneratorExit", BaseExceptionType)
	ExceptionType           = newExcClass("Exception", BaseExceptionType)
	StopIterationType       = newExcClass("StopIteration", ExceptionType)
	ArithmeticErrorType     = newExcClass("ArithmeticError", ExceptionType)
	FloatingPointErrorType  = newExcClass("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType       = newExcClass("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType   = newExcClass("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType      = newExcClass("AssertionError", ExceptionType)
	AttributeErrorType      = newExcClass("AttributeError", ExceptionType)
	BufferErrorType         = newExcClass("BufferError", ExceptionType)
	EOFErrorType            = newExcClass("EOFError", ExceptionType)
	ImportErrorType         = newExcClass("ImportError", ExceptionType)
	ModuleNotFoundErrorType = newExcClass("ModuleNotFoundError", ImportErrorType)
	LookupErrorType         = newExcClass("LookupError", ExceptionType)
	IndexErrorType          = newExcClass("IndexError", LookupErrorType)
	KeyErrorType            = newExcClass("KeyError", LookupErrorType)
	MemoryErrorType         = newExcClass("MemoryError", ExceptionType)
	NameErrorType           = newExcClass("NameError", ExceptionType)
	UnboundLocalErrorType   = newExcClass("UnboundLocalError", NameErrorType)
	OSErrorType             = newExcClass("OSError", ExceptionType)
	ConnectionErrorType     = newExcClass("ConnectionError", OSErrorType)
	FileExistsErrorType     = newExcClass("FileExistsError", OSErrorType)
	FileNotFoundErrorType   = newExcClass("FileNotFoundError", OSErrorType)
	PermissionErrorType     = newExcClass("PermissionError", OSErrorType)
	TimeoutErrorType        = newExcClass("TimeoutError", OSErrorType)
	ReferenceErrorType      = newExcClass("ReferenceError", ExceptionType)
	RuntimeErrorType        = newExcClass("RuntimeError", ExceptionType)
	NotImplementedErrorType = newExcClass("NotImplementedError", RuntimeErrorType)
	RecursionErrorType      = newExcClass("RecursionError", RuntimeErrorType)
	StopAsyncIterationType  = newExcClass("StopAsyncIteration", ExceptionType)
	SyntaxErrorType         = newExcClass("SyntaxError", ExceptionType)
	IndentationErrorType    = newExcClass("IndentationError", SyntaxErrorType)
	SystemErrorType         = newExcClass("SystemError", ExceptionType)
	TypeErrorType           = newExcClass("TypeError", ExceptionType)
	ValueErrorType          = newExcClass("ValueError", ExceptionType)
	UnicodeErrorType        = newExcClass("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType  = newExcClass("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType  = newExcClass("UnicodeEncodeError", UnicodeErrorType)
	WarningType             = newExcClass("Warning", ExceptionType)
	UserWarningType         = newExcClass("UserWarning", WarningType)
	DeprecationWarningType  = newExcClass("DeprecationWarning", WarningType)
	RuntimeWarningType      = newExcClass("RuntimeWarning", WarningType)
)

// exceptionClasses lists the built-in exception classes for the builtins
// module.
func exceptionClasses() []*Class {
	return []*Class{
		BaseExceptionType, SystemExitType, KeyboardInterruptType, GeneratorExitType,
		ExceptionType, StopIterationType, ArithmeticErrorType, FloatingPointErrorType,
		OverflowErrorType, ZeroDivisionErrorType, AssertionErrorType, AttributeErrorType,
		BufferErrorType, EOFErrorType, ImportErrorType, ModuleNotFoundErrorType,
		LookupErrorType, IndexErrorType, KeyErrorType, MemoryErrorType, NameErrorType,
		UnboundLocalErrorType, OSErrorType, ConnectionErrorType, FileExistsErrorType,
		FileNotFoundErrorType, PermissionErrorType, TimeoutErrorType, ReferenceErrorType,
		RuntimeErrorType, NotImplementedErrorType, RecursionErrorType,
		StopAsyncIterationType, SyntaxErrorType, IndentationErrorType, SystemErrorType,
		TypeErrorType, ValueErrorType, UnicodeErrorType, UnicodeDecodeErrorType,
		UnicodeEncodeErrorType, WarningType, UserWarningType, DeprecationWarningType,
		RuntimeWarningType,
	}
}

// NewExceptionClass returns an exception class defined by a native module
// (json.JSONDecodeError, re.error): an immutable subclass of base that
// scripts can raise, catch and subclass. Create it once (per interpreter
// or as a package-level value) and reuse it.
func NewExceptionClass(name, module string, base *Class) *Class {
	c := newExcClass(name, base)
	c.Module = module
	c.QualName = name
	return c
}

// SystemExitStatus reports whether err is an uncaught SystemExit and, if
// so, the exit status of the process and the text to print on stderr, as
// CPython does: no code or None is status 0, an int is the status, any
// other code is printed and gives status 1.
func SystemExitStatus(err error) (status int, text string, ok bool) {
	e, isExc := AsException(err)
	if !isExc || !e.cls.IsSubclass(SystemExitType) {
		return 0, "", false
	}
	code, _, _ := e.classAttr("code")
	switch {
	case code.IsNone():
		return 0, "", true
	case code.IsInt() || code.IsBool():
		return int(int64(code.n)), "", true
	}
	return 1, strNoThread(code), true
}
