package wasmprof

import (
	"encoding/binary"
	"reflect"
	"strings"
	"testing"
)

// module builds a WebAssembly binary with one imported function, two
// defined ones (only their count: no code is needed) and a name section
// naming the import and the second defined function.
func module() []byte {
	sec := func(id byte, body []byte) []byte {
		return append(append([]byte{id}, binary.AppendUvarint(nil, uint64(len(body)))...), body...)
	}
	str := func(s string) []byte { return append(binary.AppendUvarint(nil, uint64(len(s))), s...) }
	var imp []byte
	imp = append(imp, 2)                                                        // two imports
	imp = append(append(append(imp, str("env")...), str("mem")...), 2, 1, 1, 2) // memory, limits with max
	imp = append(append(append(imp, str("env")...), str("f")...), 0, 0)         // function of type 0
	names := []byte{2}
	names = append(append(names, 0), str("imported")...)
	names = append(append(names, 2), str("second")...)
	var nameSec []byte
	nameSec = append(nameSec, str("name")...)
	nameSec = append(nameSec, 1)
	nameSec = append(nameSec, binary.AppendUvarint(nil, uint64(len(names)))...)
	nameSec = append(nameSec, names...)
	b := []byte("\x00asm\x01\x00\x00\x00")
	b = append(b, sec(2, imp)...)
	b = append(b, sec(3, []byte{2, 0, 0})...)
	return append(b, sec(0, nameSec)...)
}

func TestFunctionNames(t *testing.T) {
	got, err := FunctionNames(module())
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"", "second"}; !reflect.DeepEqual(got, want) {
		t.Errorf("names %q, want %q", got, want)
	}
	for _, bad := range [][]byte{nil, []byte("\x00asm"), []byte("\x7fELF\x01\x00\x00\x00"), module()[:20]} {
		if _, err := FunctionNames(bad); err == nil {
			t.Errorf("FunctionNames(%q) succeeded", bad)
		}
	}
}

func cacheFile(offsets []uint64, codeLen uint64) []byte {
	b := append([]byte("WAZEVO"), 4)
	b = append(b, "v1.x"...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(offsets)))
	for _, o := range offsets {
		b = binary.LittleEndian.AppendUint64(b, o)
	}
	b = binary.LittleEndian.AppendUint64(b, codeLen)
	return append(b, make([]byte, codeLen)...)
}

func TestParseCache(t *testing.T) {
	offs, n, err := ParseCache(cacheFile([]uint64{0, 64, 128}, 256))
	if err != nil || !reflect.DeepEqual(offs, []uint64{0, 64, 128}) || n != 256 {
		t.Fatalf("ParseCache = %v, %d, %v", offs, n, err)
	}
	tests := map[string][]byte{
		"not wazero":    []byte("WASM00\x00"),
		"truncated":     cacheFile([]uint64{0, 64}, 128)[:20],
		"not ascending": cacheFile([]uint64{64, 0}, 128),
		"past the code": cacheFile([]uint64{0, 200}, 128),
	}
	for name, b := range tests {
		if _, _, err := ParseCache(b); err == nil {
			t.Errorf("%s: ParseCache succeeded", name)
		}
	}
}

func TestAttribute(t *testing.T) {
	code := &Code{Offsets: []uint64{0, 0x100, 0x800}, Names: []string{"a", "b", ""}, Len: 0x1800}
	script := strings.Join([]string{
		"PERF_RECORD_MMAP2 1/1: [0x1000(0x1000) @ 0x1000 00:00 0 0]: r-xp //anon",   // too small
		"PERF_RECORD_MMAP2 1/1: [0x10000(0x2000) @ 0x10000 00:00 0 0]: rw-p //anon", // not executable
		"PERF_RECORD_MMAP2 1/1: [0x20000(0x2000) @ 0x20000 00:00 0 0]: r-xp //anon",
		"20010", "20100", "201ff", "20900", "21900", "5000", "junk",
	}, "\n")
	rep, err := Attribute(strings.NewReader(script), code)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"a": 1, "b": 2, "func[2]": 1}
	if rep.Total != 6 || rep.Outside != 2 || !reflect.DeepEqual(rep.ByFunc, want) {
		t.Errorf("report %+v, want 6 samples, 2 outside, %v", rep, want)
	}
	if top := rep.Top(2); !reflect.DeepEqual(top, []string{"b", "a"}) {
		t.Errorf("Top(2) = %q", top)
	}
	if _, err := Attribute(strings.NewReader("1234\n"), code); err == nil {
		t.Error("Attribute without the code's mapping succeeded")
	}
}

func FuzzFunctionNames(f *testing.F) {
	f.Add(module())
	f.Fuzz(func(t *testing.T, b []byte) { FunctionNames(b) })
}

func FuzzParseCache(f *testing.F) {
	f.Add(cacheFile([]uint64{0, 8}, 16))
	f.Fuzz(func(t *testing.T, b []byte) {
		offs, n, err := ParseCache(b)
		if err == nil {
			c := &Code{Offsets: offs, Len: n}
			c.Func(n / 2)
		}
	})
}
