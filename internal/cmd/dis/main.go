package main

import (
	"fmt"
	"os"

	"github.com/wasmling/wasmling/lang/compile"
	"github.com/wasmling/wasmling/lang/syntax"
)

func main() {
	src, _ := os.ReadFile(os.Args[1])
	f, err := syntax.Parse(os.Args[1], src)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := compile.File(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(c.Disassemble())
}
