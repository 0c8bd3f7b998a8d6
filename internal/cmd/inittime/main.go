// Command inittime measures interpreter set-up costs (a development tool;
// build it for wasip1 to see them inside WebAssembly).
package main

import (
	"fmt"
	"io"
	"time"

	"github.com/wasmling/wasmling/lang"
	"github.com/wasmling/wasmling/lang/stdlib"
)

func main() {
	const n = 20
	var tNew, tMods, tRun time.Duration
	for i := 0; i < n; i++ {
		t0 := time.Now()
		mods := stdlib.Modules()
		t1 := time.Now()
		in := lang.New(lang.Options{Host: lang.NewNativeHost(io.Discard, io.Discard, nil), Modules: mods})
		t2 := time.Now()
		if _, _, err := in.NewThread().ExecModule("__main__", "hi.py", []byte(`print("hi")`)); err != nil {
			panic(err)
		}
		t3 := time.Now()
		tMods += t1.Sub(t0)
		tNew += t2.Sub(t1)
		tRun += t3.Sub(t2)
	}
	fmt.Printf("stdlib.Modules %v, lang.New %v, print script %v (averages of %d)\n", tMods/n, tNew/n, tRun/n, n)
}
