package runtime

import (
	"errors"
	"fmt"

	"github.com/wasmling/wasmling/lang"
)

// Promise is the result of runtime.run: get() waits for the goroutine and
// returns its result or raises its exception; wait() waits and discards
// the result.
type Promise struct {
	cls     *lang.Class
	name    string
	done    bool
	value   lang.Value
	err     error
	waiters []*G
	// retrieved is set once get() has returned the outcome.
	retrieved bool
}

// Type implements lang.Object.
func (p *Promise) Type() *lang.Class { return p.cls }

// Repr implements lang.Reprer.
func (p *Promise) Repr(t *lang.Thread) (string, error) {
	state := "pending"
	if p.done {
		state = "done"
	}
	return fmt.Sprintf("<Promise %s %s>", p.name, state), nil
}

func (p *Promise) removeWaiter(g *G) {
	for i, w := range p.waiters {
		if w == g {
			p.waiters = append(p.waiters[:i], p.waiters[i+1:]...)
			return
		}
	}
}

// complete records the goroutine's outcome and readies its waiters. A
// goroutine cancelled with its environment leaves a catchable
// RuntimeError, not the interrupt that stopped it: a promise kept (in an
// interpreter reused by a later invocation) must not stop its new user.
func (p *Promise) complete(s *Sched, v lang.Value, err error) {
	if errors.Is(err, errCancelled) {
		p.done, p.value, p.err = true, lang.None, lang.NewError(lang.RuntimeErrorType, "run() goroutine %s() was cancelled: the environment that started it has ended", p.name)
		p.retrieved = true // nothing to report
		p.wake(s)
		return
	}
	p.done, p.value, p.err = true, v, err
	p.wake(s)
	if _, ok := lang.AsException(err); ok {
		var intr *lang.Interrupt
		if !errors.As(err, &intr) {
			s.failed = append(s.failed, p)
		}
	}
}

// wake readies p's waiters.
func (p *Promise) wake(s *Sched) {
	for _, w := range p.waiters {
		w.promise = nil
		s.push(w)
	}
	p.waiters = nil
}

// await parks the running goroutine until p is done.
func (p *Promise) await(s *Sched) error {
	if p.done {
		return nil
	}
	g := s.cur
	if g.cancelled {
		return &lang.Interrupt{Err: errCancelled}
	}
	g.promise, g.err = p, nil
	p.waiters = append(p.waiters, g)
	s.block(g)
	return g.wakeErr()
}

// run implements runtime.run(func, *args, **kwargs).
func (r *Runtime) run(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if len(args)-len(kw) < 1 {
		return lang.None, lang.NewError(lang.TypeErrorType, "run() missing required argument 'func'")
	}
	fn := args[0]
	if !lang.IsCallable(fn) {
		return lang.None, lang.NewError(lang.TypeErrorType, "run() argument 'func' must be callable, not %s", fn.TypeName())
	}
	s := r.sched
	switch {
	case s.main == nil:
		return lang.None, lang.NewError(lang.RuntimeErrorType, "runtime.run is not available here")
	case s.finished || s.cur.cancelled:
		return lang.None, &lang.Interrupt{Err: errCancelled}
	case s.live() >= s.maxRun:
		return lang.None, lang.NewError(lang.RuntimeErrorType, "too many run() goroutines: at most %d may be alive in one environment", s.maxRun)
	}
	callArgs := append([]lang.Value(nil), args[1:]...)
	var callKw []string
	if len(kw) > 0 {
		callKw = append([]string(nil), kw...)
	}
	p := &Promise{cls: r.classes().promise, name: callableName(fn)}
	nt := t.Interp().NewThread()
	s.spawn(nt, func(g *G) {
		if g.cancelled {
			p.complete(s, lang.None, errCancelled)
			return
		}
		v, err := nt.Call(fn, callArgs, callKw)
		p.complete(s, v, err)
	})
	return lang.Obj(p), nil
}

func callableName(v lang.Value) string {
	switch f := v.Object().(type) {
	case *lang.Function:
		return f.Name()
	case lang.Callable:
		return f.Name()
	}
	return v.TypeName()
}

func (r *Runtime) promiseGet(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	p, err := promiseArg(args, kw, "get")
	if err != nil {
		return lang.None, err
	}
	if err := p.await(r.sched); err != nil {
		return lang.None, err
	}
	p.retrieved = true
	if p.err != nil {
		return lang.None, p.err
	}
	return p.value, nil
}

func (r *Runtime) promiseWait(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	p, err := promiseArg(args, kw, "wait")
	if err != nil {
		return lang.None, err
	}
	if err := p.await(r.sched); err != nil {
		return lang.None, err
	}
	var intr *lang.Interrupt
	if errors.As(p.err, &intr) {
		return lang.None, p.err
	}
	return lang.None, nil
}

func promiseArg(args []lang.Value, kw []string, name string) (*Promise, error) {
	if err := lang.NoKwargs(name, kw); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, lang.NewError(lang.TypeErrorType, "Promise.%s() takes no arguments (%d given)", name, len(args)-1)
	}
	p, ok := args[0].Object().(*Promise)
	if !ok {
		return nil, lang.NewError(lang.TypeErrorType, "Promise.%s() needs a Promise, not '%s'", name, args[0].TypeName())
	}
	return p, nil
}

// reportUnretrieved writes the exceptions of run() goroutines that nobody
// retrieved with get() to stderr, so they are not lost silently.
func (r *Runtime) reportUnretrieved() {
	w := r.opts.Stderr
	for _, p := range r.sched.failed {
		if p.retrieved || w == nil {
			continue
		}
		e, _ := lang.AsException(p.err)
		fmt.Fprintf(w, "runtime.run: exception in %s() was never retrieved with get():\n%s", p.name, e.FormatTraceback())
	}
	r.sched.failed = nil
}
