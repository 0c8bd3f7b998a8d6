package host

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/sandbox"
)

// A Request is one HTTP request for an app's handler, as the router
// matched it. Strings that are not valid UTF-8 reach the script with
// replacement characters.
type Request struct {
	ID         string   // request id, for logs
	Handler    string   // the route's handler reference; "" to call NotFound
	Middleware []string // references run first, in order
	NotFound   string   // the not-found handler's reference
	Method     string
	Path       string
	RawQuery   string
	RemoteAddr string
	Headers    []Field // names lower-case; repeated headers joined with ", "
	Params     []Field // path parameters in path order
	Body       []byte
}

// A Field is a name and a value.
type Field struct{ Name, Value string }

// A Response is what a handler answered.
type Response struct {
	Status  int
	Headers []Field // as the script gave them; the router checks them
	Body    []byte
}

// HandleRequest runs a request in a fresh instance of the tenant (from its
// pool: new from the app's snapshot, or reset to it) under the tenant's request deadline. The error is a *ScriptError
// when the script raised (or returned something that is not a response),
// a *sandbox.TimeoutError past the deadline, a *sandbox.CancelledError
// when ctx was cancelled, another sandbox error for a crash or a memory
// limit. The caller holds a request slot (Acquire).
func (t *Tenant) HandleRequest(ctx context.Context, r *Request) (*Response, error) {
	env := newEnv(t, EnvRequest)
	e := abi.NewEncoder(make([]byte, 0, 512+len(r.Body)))
	env.appendHeader(e)
	optStr(e, r.Handler)
	e.Strs(r.Middleware)
	optStr(e, r.NotFound)
	e.BeginDict(7)
	e.Str("method")
	e.Str(r.Method)
	e.Str("path")
	e.Str(validUTF8(r.Path))
	e.Str("body")
	e.Str(validUTF8(string(r.Body)))
	e.Str("headers")
	encodeFields(e, r.Headers)
	e.Str("query")
	encodeFields(e, ParseQuery(r.RawQuery))
	e.Str("params")
	encodeFields(e, r.Params)
	e.Str("remote_addr")
	e.Str(validUTF8(r.RemoteAddr))

	ctx, cancel := sandbox.WithTimeout(ctx, t.requestTimeout())
	defer cancel()
	inst, pool, err := t.newInstance(ctx)
	if err != nil {
		return nil, err
	}
	reply, err := inst.Invoke(withEnv(ctx, env), abi.EntryHTTP, e.Bytes())
	out := inst.TakeOutput()
	env.finish()
	resp, rerr := requestResult(reply, err)
	// The instance is reset for the next request, or thrown away after a
	// failure, in the background: not the client's business.
	t.releaseInstance(ctx, pool, inst, reuseAfter(err, rerr))
	t.logOutput("request", r.ID, out)
	return resp, rerr
}

// requestResult reads the reply of abi.EntryHTTP, or returns invErr, the
// error of the Invoke.
func requestResult(reply []byte, invErr error) (*Response, error) {
	if invErr != nil {
		return nil, invErr
	}
	payload, err := abi.ParseReply(reply)
	if err != nil {
		return nil, err
	}
	return decodeResponse(payload)
}

// reuseAfter returns nil if an instance may be reset for another
// invocation after an Invoke that returned invErr and a result of
// resultErr, else why not. Any sandbox error (crash, memory cap, timeout,
// cancellation) rules reuse out, and so, in doubt, do a script's
// MemoryError (the interpreter's soft limit, raised short of the cap) and
// a SystemError (a panic of the interpreter, recovered in the guest).
func reuseAfter(invErr, resultErr error) error {
	if invErr != nil {
		return invErr
	}
	doubtful := func(typ string) bool { return typ == abi.MemoryError || typ == systemError }
	var se *ScriptError
	if errors.As(resultErr, &se) && doubtful(se.Type) {
		return se
	}
	var exc *abi.Exception
	if errors.As(resultErr, &exc) && doubtful(exc.Type) {
		return exc
	}
	return nil
}

// systemError is the exception type of an internal error of the
// interpreter.
const systemError = "SystemError"

// decodeResponse reads the OK payload of abi.EntryHTTP:
//
//	(True, int status, list[str] headers, str|bytes|value body, bool json)
//	(False, str type, str message, str traceback)
//
// headers alternates names and values. With json set, body is any
// value, sent as JSON (Content-Type application/json unless the script set
// one).
func decodeResponse(payload []byte) (*Response, error) {
	d := abi.NewDecoder(payload)
	ok, err := d.Bool()
	if err != nil {
		return nil, fmt.Errorf("bad reply from the guest: %w", err)
	}
	if !ok {
		return nil, decodeScriptError(d)
	}
	status, err := d.Int()
	if err != nil {
		return nil, fmt.Errorf("bad reply from the guest: %w", err)
	}
	hs, err := d.Strs()
	if err != nil || len(hs)%2 != 0 {
		return nil, errors.New("bad reply from the guest: headers")
	}
	resp := &Response{Status: int(status)}
	for i := 0; i < len(hs); i += 2 {
		resp.Headers = append(resp.Headers, Field{hs[i], hs[i+1]})
	}
	raw, err := d.Raw()
	if err != nil {
		return nil, fmt.Errorf("bad reply from the guest: %w", err)
	}
	isJSON, err := d.Bool()
	if err != nil {
		return nil, fmt.Errorf("bad reply from the guest: %w", err)
	}
	bd := abi.NewDecoder(raw)
	if isJSON {
		body, err := appendJSON(nil, bd)
		if err != nil {
			var exc *abi.Exception
			if errors.As(err, &exc) {
				return nil, &ScriptError{Type: exc.Type, Message: "response body: " + exc.Message,
					Traceback: exc.Type + ": response body: " + exc.Message + "\n"}
			}
			return nil, err
		}
		resp.Body = body
		if !hasField(resp.Headers, "Content-Type") {
			resp.Headers = append(resp.Headers, Field{"Content-Type", "application/json"})
		}
		return resp, nil
	}
	tag, err := bd.Peek()
	switch {
	case err != nil:
		return nil, fmt.Errorf("bad reply from the guest: %w", err)
	case tag == abi.TagStr:
		b, _ := bd.StrBytes()
		resp.Body = append([]byte(nil), b...)
	case tag == abi.TagBytes:
		b, _ := bd.Bytes()
		resp.Body = append([]byte(nil), b...)
	default:
		return nil, errors.New("bad reply from the guest: body")
	}
	return resp, nil
}

func hasField(fs []Field, name string) bool {
	for _, f := range fs {
		if strings.EqualFold(f.Name, name) {
			return true
		}
	}
	return false
}

func optStr(e *abi.Encoder, s string) {
	if s == "" {
		e.None()
		return
	}
	e.Str(s)
}

// encodeFields encodes fields as a dict of str; a repeated name keeps
// its first value.
func encodeFields(e *abi.Encoder, fs []Field) {
	e.BeginDict(len(fs))
	for _, f := range fs {
		e.Str(validUTF8(f.Name))
		e.Str(validUTF8(f.Value))
	}
}

func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// ParseQuery splits a query string into its fields, in order, each key
// once (its first value): what scripts see as request.query and get from
// parse_query. Malformed pairs are skipped.
func ParseQuery(qs string) []Field {
	var out []Field
	for qs != "" && len(out) < abi.MaxQueryFields {
		var pair string
		pair, qs, _ = strings.Cut(qs, "&")
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		k, err1 := url.QueryUnescape(k)
		v, err2 := url.QueryUnescape(v)
		// Repaired before the duplicate check, as parse_query does: keys
		// that differ only in invalid bytes are one key to the script.
		k, v = validUTF8(k), validUTF8(v)
		if err1 != nil || err2 != nil || hasFieldExact(out, k) {
			continue
		}
		out = append(out, Field{k, v})
	}
	return out
}

func hasFieldExact(fs []Field, name string) bool {
	for _, f := range fs {
		if f.Name == name {
			return true
		}
	}
	return false
}
