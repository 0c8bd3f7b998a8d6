//go:build wasip1

// Command testguest is a tiny reactor guest for the sandbox tests: each
// entry exercises one behaviour of the sandbox (limits, deadlines, host
// calls, the ABI's checks). Entry codes must match sandbox/guest_test.go.
package main

import (
	crand "crypto/rand"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/wasmling/wasmling/abi"
	"github.com/wasmling/wasmling/guest/hostcall"
)

// Entry codes; keep in sync with sandbox/guest_test.go.
const (
	entryEcho        = abi.EntryFirstPrivate + iota // reply: the request as the payload
	entryBusyCheck                                  // (int n): loop n times, checking should_stop every 4096
	entryBusyNoCheck                                // (int n): loop n times without checking
	entryMemoryBomb                                 // allocate until the runtime dies
	entryFlood                                      // (int n): write n bytes to stdout and to stderr
	entrySleep                                      // (int ns): OpSleep; reply: the host's envelope
	entryHostOp                                     // (int op, raw req): call op; reply: the host's envelope
	entryCallLoop                                   // (int op, int n, raw req): call op n times
	entryStopLoop                                   // (int n): call should_stop n times
	entryRawCalls                                   // (tuples of ints): raw import calls; reply: list of results
	entryGoSleep                                    // (int ns): a goroutine and the entry both time.Sleep
	entryPanic                                      // a Go panic
	entryDeadlock                                   // block forever with no other goroutine
	entryBadReply                                   // return an out-of-range reply pointer
	entryRandom                                     // reply: (bytes from the reseedable source, bytes from crypto/rand)
	entryClock                                      // reply: (wall unix ns, ns since _initialize)
	entryCounter                                    // increment a global; reply: (counter)
	entryGrow                                       // (int n): allocate and keep n more bytes; reply: (total kept)
	entryWarmup                                     // set the warmed flag, allocate 1 MiB, collect garbage
	entryWarmed                                     // reply: (warmed flag)
	entrySecret                                     // (bytes s): hide s everywhere (globals, heap, a map, a parked goroutine, stdout, stderr)
	entryState                                      // reply: (goroutines, bytes s found in the globals or nil, kept bytes)
)

var (
	host    hostcall.Host
	box     hostcall.Mailbox
	enc     abi.Encoder
	rng     = rand.New(rand.NewChaCha8([32]byte{}))
	started = time.Now()
	counter int64
	kept    [][]byte
	keptN   int64
	warmed  bool
	secret  []byte
	secrets = map[string][]byte{}
)

func main() {}

//go:wasmexport wl_buffer
func wlBuffer(size uint32) uint32 { return box.Buffer(size) }

//go:wasmexport wl_invoke
func wlInvoke(entry, n uint32) uint64 {
	req, ok := box.Request(n)
	enc.Reset()
	out := enc.Bytes()
	if !ok {
		return box.Reply(abi.AppendError(out, abi.ValueError, "request longer than the buffer"))
	}
	if abi.Entry(entry) == entryBadReply {
		return 0xFFFF_FFF0<<32 | 64
	}
	reply, err := run(abi.Entry(entry), req)
	if err != nil {
		if exc, ok := err.(*abi.Exception); ok {
			return box.Reply(abi.AppendError(out, exc.Type, exc.Message))
		}
		return box.Reply(abi.AppendError(out, abi.RuntimeError, err.Error()))
	}
	return box.Reply(reply)
}

// run executes one entry; the returned reply is a complete envelope.
func run(entry abi.Entry, req []byte) ([]byte, error) {
	d := abi.NewDecoder(req)
	ok := func() []byte {
		enc.Reset()
		enc.Raw([]byte{abi.StatusOK})
		return nil
	}
	switch entry {
	case abi.EntryReseed:
		seed, err := d.Bytes()
		if err != nil {
			return nil, err
		}
		var s [32]byte
		copy(s[:], seed)
		rng = rand.New(rand.NewChaCha8(s))
		ok()
	case entryEcho:
		return append(abi.AppendOK(make([]byte, 0, len(req)+1)), req...), nil
	case entryBusyCheck:
		n, err := d.Int()
		if err != nil {
			return nil, err
		}
		x := uint64(1)
		for i := int64(0); i < n; i++ {
			x = x*6364136223846793005 + 1442695040888963407
			if i&4095 == 0 && hostcall.ShouldStop() != abi.StopNone {
				if _, err := host.Call(abi.OpStopReason, nil); err != nil {
					return nil, err
				}
				return nil, fmt.Errorf("stopped but the host gave no reason")
			}
		}
		ok()
		enc.Int(int64(x >> 1))
	case entryBusyNoCheck:
		n, err := d.Int()
		if err != nil {
			return nil, err
		}
		x := uint64(1)
		for i := int64(0); i < n; i++ {
			x = x*6364136223846793005 + 1442695040888963407
		}
		ok()
		enc.Int(int64(x >> 1))
	case entryMemoryBomb:
		for {
			kept = append(kept, make([]byte, 1<<20))
			kept[len(kept)-1][0] = 1
		}
	case entryFlood:
		n, err := d.Int()
		if err != nil {
			return nil, err
		}
		chunk := make([]byte, 8192)
		for i := range chunk {
			chunk[i] = 'a' + byte(i%26)
		}
		for left := n; left > 0; left -= int64(len(chunk)) {
			c := chunk[:min(left, int64(len(chunk)))]
			os.Stdout.Write(c)
			os.Stderr.Write(c)
		}
		ok()
	case entrySleep:
		if _, err := host.Call(abi.OpSleep, req); err != nil {
			return nil, err
		}
		ok()
	case entryHostOp:
		op, err := d.Int()
		if err != nil {
			return nil, err
		}
		payload, err := host.Call(abi.Op(op), req[d.Offset():])
		if err != nil {
			return nil, err
		}
		ok()
		enc.Raw(payload)
	case entryCallLoop:
		op, err := d.Int()
		if err != nil {
			return nil, err
		}
		n, err := d.Int()
		if err != nil {
			return nil, err
		}
		rest := req[d.Offset():]
		for range n {
			if _, err := host.Call(abi.Op(op), rest); err != nil {
				return nil, err
			}
		}
		ok()
	case entryStopLoop:
		n, err := d.Int()
		if err != nil {
			return nil, err
		}
		stops := int64(0)
		for range n {
			if hostcall.ShouldStop() != abi.StopNone {
				stops++
			}
		}
		ok()
		enc.Int(stops)
	case entryRawCalls:
		return rawCalls(d)
	case entryGoSleep:
		ns, err := d.Int()
		if err != nil {
			return nil, err
		}
		done := make(chan bool, 1)
		go func() {
			time.Sleep(time.Duration(ns) / 2)
			done <- true
		}()
		start := time.Now()
		time.Sleep(time.Duration(ns))
		other := <-done
		ok()
		enc.Int(int64(time.Since(start)))
		enc.Bool(other)
	case entryPanic:
		panic("test guest panics on purpose")
	case entryDeadlock:
		select {}
	case entryRandom:
		var a, b [16]byte
		for i := range a {
			a[i] = byte(rng.Uint32())
		}
		crand.Read(b[:])
		ok()
		enc.Blob(a[:])
		enc.Blob(b[:])
	case entryClock:
		ok()
		enc.Int(time.Now().UnixNano())
		enc.Int(int64(time.Since(started)))
	case entryCounter:
		counter++
		ok()
		enc.Int(counter)
	case entryGrow:
		n, err := d.Int()
		if err != nil {
			return nil, err
		}
		b := make([]byte, n)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		kept = append(kept, b)
		keptN += n
		ok()
		enc.Int(keptN)
	case entryWarmup:
		warmed = true
		b := make([]byte, 1<<20)
		for i := range b {
			b[i] = byte(i)
		}
		kept = append(kept, b)
		debug.FreeOSMemory() // collect and scavenge now, not in every instance from a snapshot
		ok()
	case entryWarmed:
		ok()
		enc.Bool(warmed)
	case entrySecret:
		b, err := d.Bytes()
		if err != nil {
			return nil, err
		}
		secret = append([]byte(nil), b...)
		secrets[string(b)] = secret
		for range 64 { // heap copies, some of them garbage at once
			c := append([]byte(nil), b...)
			kept = append(kept, c)
			_ = append(make([]byte, 0, 4096), b...)
		}
		park := make(chan []byte)
		go func(s []byte) { // parked forever, the secret on its stack
			local := append([]byte(nil), s...)
			park <- local
		}(b)
		go func() { // runnable when the entry returns
			for {
				time.Sleep(time.Millisecond)
				counter += 1000
			}
		}()
		os.Stdout.Write(b)
		os.Stderr.Write(b)
		counter += 100
		ok()
	case entryState:
		ok()
		enc.Int(int64(runtime.NumGoroutine()))
		if secret != nil || len(secrets) > 0 {
			enc.Blob(secret)
		} else {
			enc.None()
		}
		enc.Int(keptN)
	default:
		return nil, &abi.Exception{Type: abi.ValueError, Message: fmt.Sprintf("unknown entry %d", entry)}
	}
	return enc.Bytes(), nil
}

// rawCalls performs raw import calls described by tuples (kind, args...):
// kind 0 is call(op, reqPtr, reqLen, respPtr, respCap), 1 is take(ptr, len),
// 2 is a call of op with a valid empty request and a 1-byte reply buffer
// (leaving a long reply pending). Arguments may be negative. Pointer
// arguments of -2 stand for the address of a valid 256-byte buffer.
func rawCalls(d *abi.Decoder) ([]byte, error) {
	buf := make([]byte, 256)
	valid := uint32(uintptrOf(buf))
	var results []int64
	for d.More() {
		n, err := d.Tuple()
		if err != nil {
			return nil, err
		}
		args := make([]uint32, n)
		for i := range args {
			v, err := d.Int()
			if err != nil {
				return nil, err
			}
			if v == -2 {
				args[i] = valid
			} else {
				args[i] = uint32(v)
			}
		}
		switch args[0] {
		case 0:
			results = append(results, hostcall.RawCall(args[1], args[2], args[3], args[4], args[5]))
		case 1:
			results = append(results, int64(hostcall.RawTake(args[1], args[2])))
		case 2:
			results = append(results, hostcall.RawCall(args[1], valid, 0, valid, 1))
		}
	}
	enc.Reset()
	enc.Raw([]byte{abi.StatusOK})
	enc.BeginList(len(results))
	for _, r := range results {
		enc.Int(r)
	}
	return enc.Bytes(), nil
}
