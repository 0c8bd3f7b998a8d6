package lang_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/wasmling/wasmling/lang"
)

// benchLoop runs body b.N times inside a function (locals are fast
// slots), after setup, and reports time and allocations per iteration.
func benchLoop(b *testing.B, setup, body string) {
	src := fmt.Sprintf("%s\ndef bench(n):\n    for i in range(n):\n        %s\n", setup, body)
	in := lang.New(lang.Options{Host: lang.NewNativeHost(io.Discard, io.Discard, nil)})
	th := in.NewThread()
	m, _, err := th.ExecModule("bench", "bench.py", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	fn, _ := m.Globals.GetString("bench")
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := th.Call(fn, []lang.Value{lang.Int(int64(b.N))}, nil); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkCall(b *testing.B) {
	benchLoop(b, "def f(x):\n    return x", "f(i)")
}

func BenchmarkCallKeywords(b *testing.B) {
	benchLoop(b, "def f(x, y=1, *, z=2):\n    return x", "f(i, z=3)")
}

func BenchmarkMethodCall(b *testing.B) {
	benchLoop(b, "class C:\n    def m(self, x):\n        return x\nc = C()", "c.m(i)")
}

func BenchmarkAttrGet(b *testing.B) {
	benchLoop(b, "class C:\n    def __init__(self):\n        self.a = 1\n        self.b = 2\nc = C()", "c.b")
}

func BenchmarkAttrSet(b *testing.B) {
	benchLoop(b, "class C:\n    def __init__(self):\n        self.a = 1\nc = C()", "c.a = i")
}

func BenchmarkSmallIntArith(b *testing.B) {
	benchLoop(b, "", "x = (i * 3 + 7) % 11 - 2")
}

func BenchmarkBigIntArith(b *testing.B) {
	benchLoop(b, "big = 2 ** 100", "x = big + i")
}

func BenchmarkFloatArith(b *testing.B) {
	benchLoop(b, "", "x = i * 0.5 + 1.25")
}

func BenchmarkGlobalRead(b *testing.B) {
	benchLoop(b, "G = 5", "x = G")
}

func BenchmarkDictGetSet(b *testing.B) {
	benchLoop(b, "d = {'a': 1, 'b': 2}", "d['a'] = d['b']")
}

func BenchmarkListAppend(b *testing.B) {
	benchLoop(b, "l = []", "l.append(i)")
}

func BenchmarkConstruct(b *testing.B) {
	benchLoop(b, "class P:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y", "P(i, i)")
}

func BenchmarkFString(b *testing.B) {
	benchLoop(b, "", "s = f'item-{i:06d}'")
}

func BenchmarkTryExcept(b *testing.B) {
	benchLoop(b, "", "try:\n            raise ValueError('x')\n        except ValueError:\n            pass")
}
