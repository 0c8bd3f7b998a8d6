package sandbox

import (
	"context"
	"errors"
	"runtime/debug"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/wasmling/wasmling/abi"
)

// instantiateHostModule defines the "wasmling_v1" import module in r. Its
// functions find the calling instance through the call's context.
func instantiateHostModule(ctx context.Context, r wazero.Runtime) error {
	i32, i64 := api.ValueTypeI32, api.ValueTypeI64
	_, err := r.NewHostModuleBuilder(abi.ImportModule).
		NewFunctionBuilder().
		WithGoModuleFunction(api.GoModuleFunc(hostCall), []api.ValueType{i32, i32, i32, i32, i32}, []api.ValueType{i64}).
		WithParameterNames("op", "req_ptr", "req_len", "resp_ptr", "resp_cap").
		Export(abi.ImportCall).
		NewFunctionBuilder().
		WithGoModuleFunction(api.GoModuleFunc(hostTake), []api.ValueType{i32, i32}, []api.ValueType{i32}).
		WithParameterNames("ptr", "len").
		Export(abi.ImportTake).
		NewFunctionBuilder().
		WithGoModuleFunction(api.GoModuleFunc(hostShouldStop), nil, []api.ValueType{i32}).
		Export(abi.ImportShouldStop).
		Instantiate(ctx)
	return err
}

func hostCall(ctx context.Context, mod api.Module, stack []uint64) {
	in := instanceOf(ctx)
	if in == nil {
		stack[0] = api.EncodeI64(int64(abi.ErrNotInvoking))
		return
	}
	stack[0] = api.EncodeI64(in.hostCall(ctx, mod.Memory(), abi.Op(stack[0]),
		uint32(stack[1]), uint32(stack[2]), uint32(stack[3]), uint32(stack[4])))
}

func hostTake(ctx context.Context, mod api.Module, stack []uint64) {
	in := instanceOf(ctx)
	if in == nil {
		stack[0] = api.EncodeI32(int32(abi.ErrNotInvoking))
		return
	}
	stack[0] = api.EncodeI32(int32(in.take(mod.Memory(), uint32(stack[0]), uint32(stack[1]))))
}

func hostShouldStop(ctx context.Context, _ api.Module, stack []uint64) {
	if in := instanceOf(ctx); in != nil {
		stack[0] = api.EncodeI32(int32(in.stopReason()))
		return
	}
	stack[0] = 0
}

// maxKeptReply is the largest reply buffer an instance keeps between calls.
const maxKeptReply = 1 << 20

// hostCall serves the call import. It checks both buffers before running
// the op, so a malformed call has no effect.
func (in *Instance) hostCall(ctx context.Context, mem api.Memory, op abi.Op, reqPtr, reqLen, respPtr, respCap uint32) int64 {
	in.pending = false
	req, ok := mem.Read(reqPtr, reqLen)
	if !ok {
		return int64(abi.ErrBadPointer)
	}
	if _, ok := mem.Read(respPtr, respCap); !ok {
		return int64(abi.ErrBadPointer)
	}
	reply, code := in.serve(ctx, op, req)
	if code != 0 {
		return int64(code)
	}
	if uint64(len(reply)) > in.memLimit {
		in.reply = nil
		return int64(abi.ErrTooLarge)
	}
	if len(reply) <= int(respCap) {
		mem.Write(respPtr, reply)
		in.trimReply()
	} else {
		in.pending = true
	}
	return int64(len(reply))
}

// take serves the take import.
func (in *Instance) take(mem api.Memory, ptr, n uint32) abi.Code {
	switch {
	case !in.pending:
		return abi.ErrNoPending
	case uint64(n) != uint64(len(in.reply)):
		return abi.ErrBadLength
	case !mem.Write(ptr, in.reply):
		return abi.ErrBadPointer
	}
	in.pending = false
	in.trimReply()
	return 0
}

func (in *Instance) trimReply() {
	if cap(in.reply) > maxKeptReply {
		in.reply = nil
	}
}

// serve runs op and leaves its reply envelope in in.reply.
func (in *Instance) serve(ctx context.Context, op abi.Op, req []byte) ([]byte, abi.Code) {
	dst := in.reply[:0]
	var reply []byte
	switch op {
	case abi.OpSleep:
		reply = in.sleep(dst, req)
	case abi.OpStopReason:
		reply = in.appendStop(dst)
	default:
		if in.handler == nil {
			return nil, abi.ErrUnknownOp
		}
		var err error
		reply, err = in.handle(ctx, op, req, dst)
		if err != nil {
			var code abi.Code
			if errors.As(err, &code) {
				return nil, code
			}
			reply = in.appendException(dst, err)
		}
	}
	in.reply = reply
	return reply, 0
}

// handle calls the handler. A panic kills the instance: it is recovered,
// recorded and re-raised as a *HostPanicError, which aborts the guest's
// call and comes back out of CallWithStack.
func (in *Instance) handle(ctx context.Context, op abi.Op, req, dst []byte) (reply []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			panic(&HostPanicError{Op: op, Value: r, Stack: debug.Stack()})
		}
	}()
	return in.handler.HandleOp(ctx, op, req, dst)
}

// appendException appends the error envelope for a handler's error.
func (in *Instance) appendException(dst []byte, err error) []byte {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		if in.stopReason() != abi.StopNone {
			return in.appendStop(dst)
		}
	}
	var exc *abi.Exception
	if errors.As(err, &exc) {
		return abi.AppendError(dst, exc.Type, exc.Message)
	}
	typ, msg := abi.RuntimeError, err.Error()
	var typed interface{ ExceptionType() string }
	if errors.As(err, &typed) {
		typ = typed.ExceptionType()
	}
	var m interface{ Message() string }
	if errors.As(err, &m) {
		msg = m.Message()
	}
	return abi.AppendError(dst, typ, msg)
}

// appendStop appends OK if the call may go on, else the error envelope of
// the reason to stop.
func (in *Instance) appendStop(dst []byte) []byte {
	if in.stopReason() == abi.StopNone {
		return abi.AppendOK(dst)
	}
	switch err := in.stopError().(type) {
	case *TimeoutError:
		return abi.AppendError(dst, err.ExceptionType(), err.Message())
	case *CancelledError:
		return abi.AppendError(dst, err.ExceptionType(), err.Message())
	}
	return abi.AppendError(dst, abi.RuntimeError, "stopped")
}

// sleep serves abi.OpSleep: (int ns) → (), cut short at the deadline or on
// cancellation.
func (in *Instance) sleep(dst, req []byte) []byte {
	var d abi.Decoder
	d.Reset(req)
	ns, err := d.Int()
	if err == nil {
		err = d.End()
	}
	if err != nil {
		return abi.AppendError(dst, abi.TypeError, "sleep: the request must be one int of nanoseconds")
	}
	if ns > 0 {
		t := time.NewTimer(time.Duration(ns))
		defer t.Stop()
		select {
		case <-t.C:
		case <-in.done:
			return in.appendStop(dst)
		}
	}
	return abi.AppendOK(dst)
}

// nanosleep is the instance's WASI sleep (poll_oneoff with only clock
// subscriptions: the guest's Go scheduler has nothing to run). At the
// deadline it aborts the guest, which would otherwise sleep on.
func (in *Instance) nanosleep(ns int64) {
	t := time.NewTimer(time.Duration(ns))
	defer t.Stop()
	select {
	case <-t.C:
	case <-in.done:
		in.stopReason()
		panic(errInterrupted)
	}
}
