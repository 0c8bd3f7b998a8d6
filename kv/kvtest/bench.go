package kvtest

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/wasmling/wasmling/kv"
)

// Benchmark measures Get, Set and Update of a 1 KiB value, on one key and
// from parallel goroutines on distinct keys. newBackend returns a fresh
// backend; Benchmark closes it.
func Benchmark(b *testing.B, newBackend func(b *testing.B) kv.Backend) {
	value := bytes.Repeat([]byte{'v'}, 1024)
	bump := func(old []byte, ok bool) ([]byte, error) {
		if !ok {
			return bytes.Clone(value), nil
		}
		binary.BigEndian.PutUint64(old, binary.BigEndian.Uint64(old)+1)
		return old, nil
	}
	run := func(name string, op func(s kv.Store, key string) error) {
		b.Run(name, func(b *testing.B) {
			be := newBackend(b)
			defer be.Close()
			s, err := be.Open(ctx, "bench", "default")
			if err != nil {
				b.Fatal(err)
			}
			if err := s.Set(ctx, "key", value, 0); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(value)))
			for b.Loop() {
				if err := op(s, "key"); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"Parallel", func(b *testing.B) {
			be := newBackend(b)
			defer be.Close()
			s, err := be.Open(ctx, "bench", "default")
			if err != nil {
				b.Fatal(err)
			}
			for i := range 64 {
				if err := s.Set(ctx, fmt.Sprint("key", i), value, 0); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(value)))
			b.SetParallelism(8) // 16 goroutines on 2 cores: contention, as on a busy host
			var next atomic.Int64
			b.RunParallel(func(pb *testing.PB) {
				key := fmt.Sprint("key", next.Add(1)%64)
				for pb.Next() {
					if err := op(s, key); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
	run("Get", func(s kv.Store, key string) error {
		_, _, err := s.Get(ctx, key)
		return err
	})
	run("Set", func(s kv.Store, key string) error { return s.Set(ctx, key, value, 0) })
	run("Update", func(s kv.Store, key string) error {
		_, err := s.Update(ctx, key, bump)
		return err
	})
}
