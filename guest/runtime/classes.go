package runtime

import (
	"github.com/wasmling/wasmling/lang"
)

// classes are the runtime's native classes, made once per Runtime (one
// interpreter).
type classes struct {
	promise   *lang.Class
	store     *lang.Class
	atomic    *lang.Class
	shared    *lang.Class
	waitGroup *lang.Class
	queue     *lang.Class
}

func (r *Runtime) classes() *classes {
	if r.cls != nil {
		return r.cls
	}
	c := &classes{}
	c.promise = lang.NewClass("Promise", "scriptling.runtime", nil)
	c.promise.DefineMethod("get", r.promiseGet)
	c.promise.DefineMethod("wait", r.promiseWait)

	c.store = lang.NewClass("Store", "scriptling.runtime.kv", nil)
	for _, op := range r.storeOps() {
		c.store.DefineMethod(op.name, method(op.name, op.fn))
	}

	c.atomic = lang.NewClass("Atomic", "scriptling.runtime.sync", r.newAtomic)
	c.atomic.DefineMethod("add", r.atomicAdd)
	c.atomic.DefineMethod("get", r.atomicGet)
	c.atomic.DefineMethod("set", r.atomicSet)

	c.shared = lang.NewClass("Shared", "scriptling.runtime.sync", r.newShared)
	c.shared.DefineMethod("get", r.sharedGet)
	c.shared.DefineMethod("set", r.sharedSet)

	c.waitGroup = lang.NewClass("WaitGroup", "scriptling.runtime.sync", r.newWaitGroup)
	c.waitGroup.DefineMethod("add", r.waitGroupAdd)
	c.waitGroup.DefineMethod("done", r.waitGroupDone)
	c.waitGroup.DefineMethod("wait", r.waitGroupWait)

	c.queue = lang.NewClass("Queue", "scriptling.runtime.sync", r.newQueue)
	c.queue.DefineMethod("put", r.queuePut)
	c.queue.DefineMethod("get", r.queueGet)
	c.queue.DefineMethod("size", r.queueSize)
	c.queue.DefineMethod("close", r.queueClose)
	r.cls = c
	return c
}
