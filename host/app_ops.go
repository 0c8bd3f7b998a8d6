package host

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wasmling/wasmling/abi"
)

// Bounds on what a setup script may register.
const (
	maxRoutes     = 4096
	maxMiddleware = 64
	maxStatic     = 64
	maxPathLen    = 1024
)

// appSetup collects the registrations of a setup script (the Env of
// abi.EntrySetup). In other environments registrations are ignored.
type appSetup struct {
	limits     Limits
	routes     []Route
	middleware []Handler
	notFound   *Handler
	static     []Static
}

func (s *appSetup) app() *App {
	return &App{Routes: s.routes, Middleware: s.middleware, NotFound: s.notFound, Static: s.static}
}

// httpOp serves the http library's ops. Layouts (requests are sequences
// of values; "→" is the OK payload):
//
//	OpHTTPRoute      (list[str] methods, str path, str ref, str file, int line) → ()
//	OpHTTPMiddleware (str ref, str file, int line) → ()
//	OpHTTPNotFound   (str ref, str file, int line) → ()
//	OpHTTPStatic     (str url_prefix, str directory, str file, int line) → ()
//	OpBackground     (str name, str handler, str module, str file, int line,
//	                  list args, dict kwargs) → ()
//	OpHTTPJSONEncode (value) → (str json)        TypeError/ValueError as json.dumps
//	OpHTTPJSONDecode (str json) → (value)        ValueError on invalid JSON
//
// ref is "module.function" (the guest resolves it before setup ends); a
// background handler is "module.function" (module "") or a bare name of
// module, the calling module;
// file:line is the registering call. The registration ops record into
// the setup environment and are accepted and ignored elsewhere (a module
// imported by a request may register with decorators). Invalid
// registrations are ValueErrors raised at the registering call.
func (e *Env) httpOp(op abi.Op, req, reply []byte) ([]byte, error) {
	d := abi.NewDecoder(req)
	switch op {
	case abi.OpHTTPJSONEncode:
		out, err := appendJSON(nil, d)
		if err != nil {
			return nil, err
		}
		enc := abi.NewEncoder(nil)
		enc.Str(string(out))
		return append(abi.AppendOK(reply), enc.Bytes()...), nil
	case abi.OpHTTPJSONDecode:
		text, err := d.Str()
		if err != nil {
			return nil, badHTTPRequest(op)
		}
		enc := abi.NewEncoder(nil)
		if err := appendJSONValue(enc, text); err != nil {
			return nil, err
		}
		return append(abi.AppendOK(reply), enc.Bytes()...), nil
	}
	s := e.setup
	var err error
	switch op {
	case abi.OpHTTPRoute:
		var r Route
		if r.Methods, err = d.Strs(); err == nil {
			if r.Path, err = d.Str(); err == nil {
				r.Handler, err = decodeHandler(d)
			}
		}
		if err != nil {
			return nil, badHTTPRequest(op)
		}
		if s == nil {
			break
		}
		if err := checkRoute(r); err != nil {
			return nil, err
		}
		if len(s.routes) >= maxRoutes {
			return nil, valueError("too many routes (at most %d)", maxRoutes)
		}
		s.routes = append(s.routes, r)
	case abi.OpHTTPMiddleware, abi.OpHTTPNotFound:
		h, err := decodeHandler(d)
		if err != nil {
			return nil, badHTTPRequest(op)
		}
		if s == nil {
			break
		}
		if op == abi.OpHTTPNotFound {
			s.notFound = &h
			break
		}
		if len(s.middleware) >= maxMiddleware {
			return nil, valueError("too many middleware (at most %d)", maxMiddleware)
		}
		s.middleware = append(s.middleware, h)
	case abi.OpHTTPStatic:
		var st Static
		if st.Prefix, err = d.Str(); err == nil {
			if st.Dir, err = d.Str(); err == nil {
				st.Pos, err = decodePos(d)
			}
		}
		if err != nil {
			return nil, badHTTPRequest(op)
		}
		if s == nil {
			break
		}
		if st.Prefix, st.Dir, err = checkStatic(st.Prefix, st.Dir); err != nil {
			return nil, err
		}
		if len(s.static) >= maxStatic {
			return nil, valueError("too many static mounts (at most %d)", maxStatic)
		}
		s.static = append(s.static, st)
	default:
		return nil, abi.ErrUnknownOp
	}
	if err := d.End(); err != nil {
		return nil, badHTTPRequest(op)
	}
	return abi.AppendOK(reply), nil
}

func badHTTPRequest(op abi.Op) error {
	return &abi.Exception{Type: abi.ValueError, Message: "bad " + op.String() + " request"}
}

func valueError(format string, args ...any) error {
	return &abi.Exception{Type: abi.ValueError, Message: fmt.Sprintf(format, args...)}
}

func decodePos(d *abi.Decoder) (Pos, error) {
	var p Pos
	var err error
	if p.File, err = d.Str(); err != nil {
		return p, err
	}
	line, err := d.Int()
	p.Line = int(line)
	return p, err
}

func decodeHandler(d *abi.Decoder) (Handler, error) {
	var h Handler
	var err error
	if h.Ref, err = d.Str(); err != nil {
		return h, err
	}
	h.Pos, err = decodePos(d)
	return h, err
}

// rawValueOf returns the encoding of the next value, which must have tag want.
func rawValueOf(d *abi.Decoder, want abi.Tag) ([]byte, error) {
	if tag, err := d.Peek(); err != nil || tag != want {
		return nil, &abi.DecodeError{Reason: "unexpected value"}
	}
	b, err := d.Raw()
	return append([]byte(nil), b...), err
}

var httpMethods = []string{"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"}

// checkRoute validates a route registration. Conflicts between routes
// are found when the router table is built.
func checkRoute(r Route) error {
	if len(r.Methods) == 0 {
		return valueError("route %s needs at least one method", r.Path)
	}
	for _, m := range r.Methods {
		if !slices.Contains(httpMethods, m) {
			return valueError("unsupported method %q (use one of %s)", m, strings.Join(httpMethods, ", "))
		}
	}
	return checkURLPath(r.Path, "route path")
}

func checkURLPath(p, what string) error {
	if !strings.HasPrefix(p, "/") {
		return valueError("%s %q must start with '/'", what, p)
	}
	if len(p) > maxPathLen {
		return valueError("%s is longer than %d bytes", what, maxPathLen)
	}
	if !utf8.ValidString(p) || strings.ContainsFunc(p, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r == '?' || r == '#' || r == '\\'
	}) {
		return valueError("%s %q holds characters a path cannot have", what, p)
	}
	return nil
}

// checkStatic validates a static mount and returns its cleaned prefix
// (no trailing slash, "" for the root) and directory (slash-separated,
// relative, inside the app).
func checkStatic(prefix, dir string) (string, string, error) {
	if err := checkURLPath(prefix, "static path"); err != nil {
		return "", "", err
	}
	if strings.ContainsAny(prefix, ":*") {
		return "", "", valueError("static path %q cannot hold parameters", prefix)
	}
	prefix = strings.TrimRight(path.Clean(prefix), "/")
	d := path.Clean(strings.TrimPrefix(dir, "./"))
	if dir == "" || strings.Contains(dir, "\\") || !fsValid(d) {
		return "", "", valueError("static directory %q must be a folder inside the app (relative, no '..')", dir)
	}
	return prefix, d, nil
}

func fsValid(p string) bool {
	if p == "." {
		return true
	}
	if strings.HasPrefix(p, "/") || p == ".." || strings.HasPrefix(p, "../") {
		return false
	}
	for _, part := range strings.Split(p, "/") {
		if part == "" || part == "." || part == ".." {
			return false
		}
	}
	return utf8.ValidString(p)
}
