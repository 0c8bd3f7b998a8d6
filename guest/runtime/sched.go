package runtime

import (
	"cmp"
	"errors"
	"slices"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/lang"
)

// The scheduler of one environment's interpreter goroutines.
//
// A wasm guest has one thread, and Go cannot preempt code compiled to wasm:
// a goroutine runs until it blocks. A host call that blocks therefore
// stalls every goroutine of the instance, and goroutines left blocked when
// an export has nothing runnable make the Go runtime trap ("all goroutines
// are asleep"). So interpreter goroutines (the entry's own and those of
// runtime.run) never block in the host or on each other directly:
//
//   - One goroutine at a time holds the interpreter (a GIL): the running
//     one, s.cur. It hands the interpreter over explicitly, by waking the
//     next goroutine's channel and then waiting on its own. Go's scheduler
//     may still switch goroutines inside an allocation (a GC assist), but
//     the others are all parked on their channels, so interpreter state is
//     only ever touched by the holder.
//   - A blocking primitive (Queue.get, WaitGroup.wait, ...) asks the host
//     in a form that never blocks: the host answers at once with the
//     result, or with a ticket it completes later. The goroutine then
//     parks (hands the interpreter to the next ready goroutine).
//   - When no goroutine is ready, the one parking last waits in the host
//     for every ticket of the environment at once (abi.OpWait, until the
//     next sleeper is due), then readies the goroutines whose tickets
//     completed. An idle instance waits in the host; nothing spins.
//   - If nothing is ready, no ticket is outstanding and nobody sleeps, the
//     goroutines wait only on each other (run() promises): a deadlock. The
//     entry's goroutine gets a RuntimeError instead of the instance
//     trapping.
//   - A goroutine that holds the interpreter for long yields it to ready
//     goroutines at the interpreter's periodic checks (every yieldEvery
//     checks), so one spinning goroutine cannot starve the others.
//   - When the entry's code ends, Finish cancels the run() goroutines still
//     alive: each wakes with an uncatchable interrupt and unwinds.
//
// Everything here runs on the goroutine holding the interpreter, so the
// scheduler needs no locks: the channel hand-offs order all accesses.
type Sched struct {
	host  Host
	clock func() time.Duration // monotonic

	cur      *G
	main     *G
	ready    []*G
	tickets  map[int64]*G
	sleepers []*G
	all      []*G // run() goroutines alive
	maxRun   int
	finished bool
	flush    func() // flushes buffered output before waiting in the host

	// failed holds the promises whose goroutine raised, for the report of
	// exceptions nobody retrieved.
	failed []*Promise
	enc    abi.Encoder
}

// G is one interpreter goroutine: the entry's own or a run() goroutine.
type G struct {
	s         *Sched
	wake      chan struct{}
	thread    *lang.Thread
	cancelled bool
	checks    int

	// What it waits for (at most one at a time).
	ticket  int64
	promise *Promise
	wakeAt  time.Duration
	sleep   bool
	joining bool // the main goroutine waiting in Finish

	// What woke it: a ticket's result payload (a copy) or an error.
	result []byte
	err    error
}

// yieldEvery is how many interpreter checks (each every few thousand
// steps) a goroutine runs before it yields to ready goroutines.
const yieldEvery = 8

// errCancelled stops a run() goroutine whose environment ended.
var errCancelled = errors.New("cancelled: the environment that started this goroutine has ended")

func newSched(host Host, clock func() time.Duration, maxRun int, flush func()) *Sched {
	return &Sched{host: host, clock: clock, maxRun: maxRun, flush: flush, tickets: map[int64]*G{}}
}

// start makes t the entry's (main) goroutine and the holder.
func (s *Sched) start(t *lang.Thread) *G {
	g := &G{s: s, wake: make(chan struct{}, 1), thread: t}
	t.Local = g
	s.main, s.cur = g, g
	return g
}

// spawn creates a run() goroutine that runs fn once it is scheduled, and
// puts it at the end of the ready queue; the caller keeps running. fn
// runs even if the goroutine was cancelled before it started (g.cancelled
// tells), so it can settle what it owes.
func (s *Sched) spawn(t *lang.Thread, fn func(g *G)) *G {
	g := &G{s: s, wake: make(chan struct{}, 1), thread: t}
	t.Local = g
	s.all = append(s.all, g)
	s.push(g)
	go func() {
		<-g.wake
		fn(g)
		s.exit(g)
	}()
	return g
}

// live returns the number of run() goroutines alive.
func (s *Sched) live() int { return len(s.all) }

func (s *Sched) push(g *G) { s.ready = append(s.ready, g) }

func (s *Sched) pop() *G {
	if len(s.ready) == 0 {
		return nil
	}
	g := s.ready[0]
	copy(s.ready, s.ready[1:])
	s.ready[len(s.ready)-1] = nil
	s.ready = s.ready[:len(s.ready)-1]
	return g
}

// block parks g, the holder, until something readies it, running other
// goroutines (or waiting in the host) meanwhile. g must have registered
// what it waits for. It returns holding the interpreter again.
func (s *Sched) block(g *G) {
	for {
		if n := s.pop(); n != nil {
			if n != g {
				s.cur = n
				n.wake <- struct{}{}
				<-g.wake
			}
			s.cur = g
			return
		}
		s.idle()
	}
}

// exit ends run() goroutine g: it hands the interpreter to the next ready
// goroutine, waiting in the host first if there is none.
func (s *Sched) exit(g *G) {
	for i, x := range s.all {
		if x == g {
			s.all = append(s.all[:i], s.all[i+1:]...)
			break
		}
	}
	if s.main.joining && len(s.all) == 0 {
		s.main.joining = false
		s.push(s.main)
	}
	for {
		if n := s.pop(); n != nil {
			s.cur = n
			n.wake <- struct{}{}
			return
		}
		s.idle()
	}
}

// idle runs when no goroutine is ready: it waits in the host for the
// environment's tickets and sleepers, or declares a deadlock.
func (s *Sched) idle() {
	if len(s.tickets) == 0 && len(s.sleepers) == 0 {
		s.deadlock()
		return
	}
	wait := time.Duration(-1)
	if len(s.sleepers) > 0 {
		wait = max(s.nextWake()-s.clock(), 0)
	}
	if s.flush != nil {
		s.flush()
	}
	var err error
	if len(s.tickets) == 0 {
		s.enc.Reset()
		s.enc.Int(int64(wait))
		_, err = s.host.Call(abi.OpSleep, s.enc.Bytes())
	} else {
		err = s.waitHost(wait)
	}
	if err != nil {
		// The deadline passed or the environment was cancelled: the host
		// dropped every ticket; wake every waiter with the error.
		for id, g := range s.tickets {
			delete(s.tickets, id)
			g.ticket, g.err = 0, err
			s.push(g)
		}
		for _, g := range s.sleepers {
			g.sleep, g.err = false, err
			s.push(g)
		}
		s.sleepers = s.sleepers[:0]
		return
	}
	s.wakeSleepers()
}

// waitHost is abi.OpWait: it blocks in the host until a ticket completes
// or wait passes (-1: no limit), and readies the goroutines of the tickets
// that completed.
func (s *Sched) waitHost(wait time.Duration) error {
	s.enc.Reset()
	s.enc.Int(int64(wait))
	reply, err := s.host.Call(abi.OpWait, s.enc.Bytes())
	if err != nil {
		return err
	}
	d := abi.NewDecoder(reply)
	for d.More() {
		id, err := d.Int()
		if err != nil {
			return protocolError(err)
		}
		ok, err := d.Bool()
		if err != nil {
			return protocolError(err)
		}
		var result []byte
		var werr error
		if ok {
			raw, err := d.Raw()
			if err != nil {
				return protocolError(err)
			}
			result = append([]byte(nil), raw...)
		} else {
			typ, err1 := d.Str()
			msg, err2 := d.Str()
			if err := errors.Join(err1, err2); err != nil {
				return protocolError(err)
			}
			werr = &abi.Exception{Type: typ, Message: msg}
		}
		g := s.tickets[id]
		if g == nil {
			continue
		}
		delete(s.tickets, id)
		g.ticket, g.result, g.err = 0, result, werr
		s.push(g)
	}
	return nil
}

func protocolError(err error) error {
	return &abi.Exception{Type: abi.RuntimeError, Message: "bad reply to wait from the host: " + err.Error()}
}

func (s *Sched) nextWake() time.Duration {
	next := s.sleepers[0].wakeAt
	for _, g := range s.sleepers[1:] {
		next = min(next, g.wakeAt)
	}
	return next
}

// wakeSleepers readies the sleepers that are due, earliest first.
func (s *Sched) wakeSleepers() {
	if len(s.sleepers) == 0 {
		return
	}
	now := s.clock()
	slices.SortStableFunc(s.sleepers, func(a, b *G) int { return cmp.Compare(a.wakeAt, b.wakeAt) })
	n := 0
	for n < len(s.sleepers) && s.sleepers[n].wakeAt <= now {
		g := s.sleepers[n]
		g.sleep = false
		s.push(g)
		n++
	}
	rest := copy(s.sleepers, s.sleepers[n:])
	clear(s.sleepers[rest:])
	s.sleepers = s.sleepers[:rest]
}

// deadlock wakes the main goroutine with an error: every goroutine waits
// on a promise of another and nothing outside the instance can help.
func (s *Sched) deadlock() {
	m := s.main
	if m.promise != nil {
		m.promise.removeWaiter(m)
		m.promise = nil
	}
	m.err = lang.NewError(lang.RuntimeErrorType, "deadlock: every goroutine of this environment waits for a run() promise that only another waiting goroutine can complete")
	s.push(m)
}

// waitTicket parks the holder until the host completes ticket id, and
// returns the ticket's result payload.
func (s *Sched) waitTicket(id int64) ([]byte, error) {
	g := s.cur
	g.ticket, g.result, g.err = id, nil, nil
	s.tickets[id] = g
	s.block(g)
	if err := g.wakeErr(); err != nil {
		return nil, err
	}
	return g.result, nil
}

// sleep parks the holder for d, letting the other goroutines run.
func (s *Sched) sleep(d time.Duration) error {
	g := s.cur
	g.wakeAt, g.sleep, g.err = s.clock()+d, true, nil
	s.sleepers = append(s.sleepers, g)
	s.block(g)
	return g.wakeErr()
}

// yield lets the ready goroutines run before the holder goes on.
func (s *Sched) yield() error {
	g := s.cur
	if len(s.ready) > 0 {
		g.err = nil
		s.push(g)
		s.block(g)
	}
	return g.wakeErr()
}

// check is called at the interpreter's periodic checks: it stops a
// cancelled goroutine and now and then yields to ready ones.
func (s *Sched) check() error {
	g := s.cur
	if g.cancelled {
		return errCancelled
	}
	if len(s.ready) > 0 {
		g.checks++
		if g.checks >= yieldEvery {
			g.checks = 0
			return s.yield()
		}
	}
	return nil
}

// wakeErr is the error g woke with: cancellation first.
func (g *G) wakeErr() error {
	if g.cancelled {
		return &lang.Interrupt{Err: errCancelled}
	}
	err := g.err
	g.err = nil
	return err
}

// finish cancels the run() goroutines still alive and waits until they
// have unwound. The main goroutine calls it when the entry's code ends.
func (s *Sched) finish() {
	s.finished = true
	if len(s.all) == 0 {
		return
	}
	queued := map[*G]bool{}
	for _, g := range s.ready {
		queued[g] = true
	}
	for _, g := range s.all {
		g.cancelled = true
		switch {
		case g.ticket != 0:
			delete(s.tickets, g.ticket)
			g.ticket = 0
		case g.promise != nil:
			g.promise.removeWaiter(g)
			g.promise = nil
		case g.sleep:
			for i, x := range s.sleepers {
				if x == g {
					s.sleepers = append(s.sleepers[:i], s.sleepers[i+1:]...)
					break
				}
			}
			g.sleep = false
		}
		if !queued[g] {
			s.push(g)
		}
	}
	m := s.main
	m.joining = true
	s.block(m)
	m.err = nil
}
