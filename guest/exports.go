//go:build wasip1

package main

//go:wasmexport wl_buffer
func wlBuffer(size uint32) uint32 { return g.box.Buffer(size) }

//go:wasmexport wl_invoke
func wlInvoke(entry, n uint32) uint64 {
	req, ok := g.box.Request(n)
	if !ok {
		return g.box.Reply(abiError("request longer than the buffer"))
	}
	return g.box.Reply(g.invoke(abiEntry(entry), req))
}
