package sandbox

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
)

func section(id byte, body ...byte) []byte {
	return append(binary.AppendUvarint([]byte{id}, uint64(len(body))), body...)
}

func module(sections ...[]byte) []byte {
	m := []byte("\x00asm\x01\x00\x00\x00")
	for _, s := range sections {
		m = append(m, s...)
	}
	return m
}

func name(s string) []byte { return append([]byte{byte(len(s))}, s...) }

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

var (
	secTypes   = section(1, 1, 0x60, 0, 0) // one type: () -> ()
	secImports = section(2, cat([]byte{2},
		name("env"), name("f"), []byte{0x00, 0},
		name("env"), name("g"), []byte{0x03, 0x7f, 0})...) // a function and a global
	secFuncs   = section(3, 1, 0)
	secMemory  = section(5, 1, 0, 1)
	secGlobals = section(6, 3,
		0x7f, 0, 0x41, 0x05, 0x0b, // immutable i32 = 5
		0x7e, 1, 0x42, 0x7f, 0x0b, // mutable i64 = -1
		0x7c, 1, 0x44, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0x0b) // mutable f64 = 1
	secExports = section(7, cat([]byte{2},
		name("_initialize"), []byte{0x00, 1},
		name("memory"), []byte{0x02, 0})...)
	secDataCnt = section(12, 2)
	secCode    = section(10, 1, 2, 0, 0x0b)
	secDataOK  = section(11, 2,
		0x00, 0x41, 0x10, 0x0b, 3, 'a', 'b', 'c', // active, offset 16
		0x02, 0x00, 0x41, 0x80, 0x01, 0x0b, 1, 'z') // active with memory index, offset 128
	secName = section(0, cat(name("name"), []byte{1, 2, 3})...)
)

func TestRewriteForSnapshot(t *testing.T) {
	in := module(secTypes, secImports, secFuncs, secMemory, secGlobals, secExports, secDataCnt, secCode, secDataOK, secName)
	l, err := rewriteForSnapshot(in)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(l.globals, ",") != "wl_global_2,wl_global_3" {
		t.Fatalf("globals %v", l.globals)
	}
	if len(l.data) != 2 || l.data[0].offset != 16 || string(l.data[0].init) != "abc" || l.data[1].offset != 128 || string(l.data[1].init) != "z" {
		t.Fatalf("data %+v", l.data)
	}
	want := module(secTypes, secImports, secFuncs, secMemory, secGlobals,
		section(7, cat([]byte{4},
			name("wl_snapshot_initialize"), []byte{0x00, 1},
			name("memory"), []byte{0x02, 0},
			name("wl_global_2"), []byte{0x03, 2},
			name("wl_global_3"), []byte{0x03, 3})...),
		secCode, secName)
	if !bytes.Equal(l.module, want) {
		t.Fatalf("rewritten module\n% x\nwant\n% x", l.module, want)
	}
}

func TestRewriteForSnapshotRejects(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"not wasm", []byte("hello world"), "not a version 1"},
		{"truncated section", module(secTypes)[:10], "malformed"},
		{"section past end", module([]byte{1, 0x7f}), "malformed"},
		{"start", module(secGlobals, secExports, section(8, 0)), "start function"},
		{"passive data", module(secExports, section(11, 1, 0x01, 1, 'x')), "passive"},
		{"offset not const", module(secExports, section(11, 1, 0x00, 0x23, 0, 0x0b, 0)), "not an i32.const"},
		{"offset not ended", module(secExports, section(11, 1, 0x00, 0x41, 0, 0x01, 0)), "not a constant"},
		{"other memory", module(secExports, section(11, 1, 0x02, 0x01, 0x41, 0, 0x0b, 0)), "memory other than 0"},
		{"data trailing", module(secExports, section(11, 0, 0)), "trailing"},
		{"unknown valtype", module(section(6, 1, 0x40, 1, 0x41, 0, 0x0b), secExports), "value type"},
		{"bad mutability", module(section(6, 1, 0x7f, 2, 0x41, 0, 0x0b), secExports), "mutability"},
		{"bad const instr", module(section(6, 1, 0x7f, 1, 0x01, 0x0b), secExports), "constant expression"},
		{"unknown import", module(section(2, cat([]byte{1}, name("a"), name("b"), []byte{0x09})...)), "import kind"},
		{"name collision", module(secGlobals, section(7, cat([]byte{2}, name("_initialize"), []byte{0, 0}, name("wl_global_1"), []byte{0, 0})...)), "already exports"},
		{"no initialize", module(section(7, cat([]byte{1}, name("memory"), []byte{2, 0})...)), "_initialize"},
		{"no exports", module(secTypes), "no export section"},
		{"unknown section", module(secExports, section(13, 0)), "unknown wasm section"},
		{"u32 overflow", module([]byte{1, 0xff, 0xff, 0xff, 0xff, 0x7f}), "bad u32"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := rewriteForSnapshot(tt.in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func FuzzRewriteForSnapshot(f *testing.F) {
	f.Add(module(secTypes, secImports, secFuncs, secMemory, secGlobals, secExports, secDataCnt, secCode, secDataOK, secName))
	f.Add(module(secGlobals, secExports))
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := rewriteForSnapshot(b)
		if err != nil {
			return
		}
		if !bytes.HasPrefix(l.module, b[:8]) || len(l.globals) > len(b) {
			t.Fatalf("bad layout for % x", b)
		}
	})
}
