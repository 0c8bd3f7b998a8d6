// Package router is the HTTP front door of a wasmling app: it builds an
// httprouter table from what the app's setup script registered (routes
// with path parameters, static mounts, a not-found handler), turns each
// matched request into a host.Request run in its own sandboxed instance,
// and writes the answer. It also applies the serving policy: request ids,
// body limits, overload, failure statuses (500 with a request id, 504 past
// the deadline, 503 when full, 413 over the body limit) and one log line
// per request. It knows nothing about sandboxes or the interpreter.
package router

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/julienschmidt/httprouter"

	"github.com/wasmling/wasmling/host"
	"github.com/wasmling/wasmling/sandbox"
)

// Options configure a Router.
type Options struct {
	// AppDir is the app's folder; static mounts open their directories
	// inside it. Required when the app has static mounts.
	AppDir *os.Root
	// Debug sends tracebacks to clients in 500 responses. Never for
	// strangers' apps in production: tracebacks reveal code.
	Debug bool
	// Logger receives one line per request; nil uses the tenant's.
	Logger *slog.Logger
}

// A Router serves one app (tenant). It is an http.Handler; Close releases
// its static folders.
type Router struct {
	tenant  *host.Tenant
	app     *host.App
	opts    Options
	log     *slog.Logger
	mux     *httprouter.Router
	statics []*staticMount
	// rootStatic is a static mount at "/": it serves what no route
	// matches, before the not-found handler.
	rootStatic *staticMount
}

// HealthPath is answered by the host itself, whatever the app registers.
const HealthPath = "/healthz"

// New builds the router of a loaded app. A route that httprouter rejects
// (a conflict with another route, a bad parameter) or a static folder that
// cannot be opened is an error naming the registering call.
func New(t *host.Tenant, app *host.App, opts Options) (*Router, error) {
	rt := &Router{tenant: t, app: app, opts: opts, log: opts.Logger, mux: httprouter.New()}
	if rt.log == nil {
		rt.log = t.Logger()
	}
	rt.mux.RedirectFixedPath = false
	rt.mux.NotFound = http.HandlerFunc(rt.notFound)
	for _, r := range app.Routes {
		handle := rt.routeHandle(r)
		for _, m := range r.Methods {
			if err := addRoute(rt.mux, m, r.Path, handle); err != nil {
				rt.Close()
				return nil, fmt.Errorf("%s: route %s %s: %v", r.Handler.Pos, m, r.Path, err)
			}
		}
	}
	for _, st := range app.Static {
		sm, err := openStatic(opts.AppDir, st)
		if err != nil {
			rt.Close()
			return nil, fmt.Errorf("%s: static %s: %v", st.Pos, st.Prefix+"/", err)
		}
		rt.statics = append(rt.statics, sm)
		if st.Prefix == "" {
			rt.rootStatic = sm
			continue
		}
		handle := func(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
			setRoute(w, "static "+st.Prefix+"/")
			sm.serve(w, r, ps.ByName("filepath"))
		}
		for _, m := range []string{http.MethodGet, http.MethodHead} {
			if err := addRoute(rt.mux, m, st.Prefix+"/*filepath", handle); err != nil {
				rt.Close()
				return nil, fmt.Errorf("%s: static %s: %v", st.Pos, st.Prefix+"/", err)
			}
		}
	}
	return rt, nil
}

// addRoute adds a route, turning httprouter's panics into errors.
func addRoute(mux *httprouter.Router, method, path string, h httprouter.Handle) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%v", p)
		}
	}()
	mux.Handle(method, path, h)
	return nil
}

// Close releases the static folders.
func (rt *Router) Close() error {
	var errs []error
	for _, s := range rt.statics {
		errs = append(errs, s.root.Close())
	}
	rt.statics = nil
	return errors.Join(errs...)
}

// ServeHTTP implements http.Handler.
func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	lw := &logWriter{ResponseWriter: w, id: newRequestID(), route: "-"}
	lw.Header().Set("X-Request-Id", lw.id)
	switch {
	case r.URL.Path == HealthPath:
		lw.route = "healthz"
		lw.Header().Set("Content-Type", "text/plain; charset=utf-8")
		lw.Header().Set("Cache-Control", "no-store")
		io.WriteString(lw, "ok\n")
	case strings.HasPrefix(r.URL.Path, "//") || !strings.HasPrefix(r.URL.Path, "/"):
		// Never let a redirect turn such a path into another host.
		http.NotFound(lw, r)
	default:
		rt.mux.ServeHTTP(lw, r)
	}
	if lw.status == 0 {
		lw.status = http.StatusOK
	}
	level := slog.LevelInfo
	if lw.status >= 500 {
		level = slog.LevelWarn
	}
	status := lw.status
	if lw.gone {
		status = 499 // the client went away before the answer
	}
	rt.log.Log(r.Context(), level, "request",
		"app", rt.tenant.Name(), "method", r.Method, "route", lw.route, "path", r.URL.Path,
		"status", status, "duration", time.Since(start), "request_id", lw.id, "bytes", lw.bytes)
}

// logWriter records what the log line needs.
type logWriter struct {
	http.ResponseWriter
	id     string
	route  string
	status int
	bytes  int64
	gone   bool
}

func (w *logWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *logWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (w *logWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func setRoute(w http.ResponseWriter, route string) {
	if lw, ok := w.(*logWriter); ok {
		lw.route = route
	}
}

func requestID(w http.ResponseWriter) string {
	if lw, ok := w.(*logWriter); ok {
		return lw.id
	}
	return ""
}

func newRequestID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// routeHandle returns the httprouter handle of a route.
func (rt *Router) routeHandle(route host.Route) httprouter.Handle {
	label := strings.Join(route.Methods, ",") + " " + route.Path
	mws := make([]string, len(rt.app.Middleware))
	for i, m := range rt.app.Middleware {
		mws[i] = m.Ref
	}
	return func(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
		setRoute(w, label)
		params := make([]host.Field, len(ps))
		for i, p := range ps {
			params[i] = host.Field{Name: p.Key, Value: p.Value}
		}
		rt.run(w, r, &host.Request{Handler: route.Handler.Ref, Middleware: mws, Params: params})
	}
}

// notFound answers what no route matched: a static file at "/", the
// app's not-found handler, or the host's 404.
func (rt *Router) notFound(w http.ResponseWriter, r *http.Request) {
	if rt.rootStatic != nil && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
		if rt.rootStatic.serveIfExists(w, r, r.URL.Path) {
			setRoute(w, "static /")
			return
		}
	}
	setRoute(w, "not_found")
	if rt.app.NotFound == nil {
		writePlain(w, http.StatusNotFound, "404 page not found\n")
		return
	}
	rt.run(w, r, &host.Request{NotFound: rt.app.NotFound.Ref})
}

// run reads the request body, takes a request slot and runs the script.
func (rt *Router) run(w http.ResponseWriter, r *http.Request, req *host.Request) {
	limit := rt.tenant.Limits().MaxBodyBytes
	if r.ContentLength > limit {
		w.Header().Set("Connection", "close")
		writePlain(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("413 request body too large (limit %d bytes)\n", limit))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writePlain(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("413 request body too large (limit %d bytes)\n", limit))
			return
		}
		writePlain(w, http.StatusBadRequest, "400 cannot read the request body\n")
		return
	}
	if err := rt.tenant.Acquire(); err != nil {
		w.Header().Set("Retry-After", "1")
		writePlain(w, http.StatusServiceUnavailable, "503 server busy: too many concurrent requests\n")
		return
	}
	defer rt.tenant.Release()

	req.ID = requestID(w)
	req.Method = r.Method
	req.Path = r.URL.Path
	req.RawQuery = r.URL.RawQuery
	req.RemoteAddr = r.RemoteAddr
	req.Body = body
	req.Headers = headerFields(r)
	resp, err := rt.tenant.HandleRequest(r.Context(), req)
	if err != nil {
		rt.fail(w, r, req, err)
		return
	}
	rt.write(w, r, resp)
}

// headerFields returns the request's headers for scripts: lower-case
// names, repeated headers joined with ", ", Host included.
func headerFields(r *http.Request) []host.Field {
	fs := make([]host.Field, 0, len(r.Header)+1)
	if r.Host != "" {
		fs = append(fs, host.Field{Name: "host", Value: r.Host})
	}
	for name, vals := range r.Header {
		fs = append(fs, host.Field{Name: strings.ToLower(name), Value: strings.Join(vals, ", ")})
	}
	return fs
}

// fail answers a request whose script did not produce a response.
func (rt *Router) fail(w http.ResponseWriter, r *http.Request, req *host.Request, err error) {
	var se *host.ScriptError
	var te *sandbox.TimeoutError
	var ce *sandbox.CancelledError
	var me *sandbox.MemoryError
	switch {
	case errors.As(err, &te):
		rt.log.Warn("handler timed out", "app", rt.tenant.Name(), "request_id", req.ID, "error", err.Error())
		writePlain(w, http.StatusGatewayTimeout, fmt.Sprintf("504 the handler did not finish in time\nrequest id: %s\n", req.ID))
	case errors.As(err, &ce) && r.Context().Err() != nil:
		if lw, ok := w.(*logWriter); ok {
			lw.gone = true
		}
	case errors.As(err, &se):
		rt.log.Error("script error", "app", rt.tenant.Name(), "request_id", req.ID,
			"exception", se.Type, "message", se.Message, "traceback", se.Traceback)
		msg := fmt.Sprintf("500 internal server error\nrequest id: %s\n", req.ID)
		if rt.opts.Debug {
			msg += "\n" + se.Traceback
		}
		writePlain(w, http.StatusInternalServerError, msg)
	default:
		what := "sandbox failure"
		if errors.As(err, &me) {
			what = "out of memory"
		}
		rt.log.Error(what, "app", rt.tenant.Name(), "request_id", req.ID, "error", err.Error())
		msg := fmt.Sprintf("500 internal server error\nrequest id: %s\n", req.ID)
		if rt.opts.Debug {
			msg += "\n" + err.Error() + "\n"
		}
		writePlain(w, http.StatusInternalServerError, msg)
	}
}

// write sends a script's response. Headers that are not valid, and the
// ones the server owns (framing, connection, request id), are dropped.
func (rt *Router) write(w http.ResponseWriter, r *http.Request, resp *host.Response) {
	h := w.Header()
	for _, f := range resp.Headers {
		if !validHeaderName(f.Name) || !validHeaderValue(f.Value) {
			rt.log.Warn("invalid response header dropped", "app", rt.tenant.Name(), "request_id", requestID(w), "header", f.Name)
			continue
		}
		switch http.CanonicalHeaderKey(f.Name) {
		case "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Upgrade", "Trailer", "X-Request-Id", "Date":
			continue
		}
		h.Add(f.Name, f.Value)
	}
	if h.Get("Content-Type") == "" && len(resp.Body) > 0 {
		h.Set("Content-Type", "text/plain; charset=utf-8")
	}
	h.Set("X-Content-Type-Options", "nosniff")
	noBody := resp.Status == http.StatusNoContent || resp.Status == http.StatusNotModified || r.Method == http.MethodHead
	if !noBody {
		h.Set("Content-Length", fmt.Sprint(len(resp.Body)))
	}
	w.WriteHeader(resp.Status)
	if !noBody {
		w.Write(resp.Body)
	}
}

func writePlain(w http.ResponseWriter, status int, msg string) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	io.WriteString(w, msg)
}

// validHeaderName reports whether s is an RFC 7230 token.
func validHeaderName(s string) bool {
	if s == "" || len(s) > 256 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// validHeaderValue rejects control characters (CR, LF, NUL...).
func validHeaderValue(s string) bool {
	if len(s) > 8<<10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}
