// Command wasmprof profiles a command that runs the guest (wasmling run or
// serve) with perf and reports where the CPU time went in the guest's
// WebAssembly functions, which perf alone cannot name:
//
//	./build.sh && go run ./internal/cmd/wasmprof -- bin/wasmling run script.py
//
// It needs perf, and the command must compile the guest through the
// default on-disk cache (or the folder given with -cache).
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"

	"github.com/wasmling/wasmling/internal/wasmprof"
)

func main() {
	guest := flag.String("guest", "internal/guestwasm/build/guest.wasm", "the guest module the command runs")
	cache := flag.String("cache", "", "wazero cache root (default: the sandbox's, under the user cache folder)")
	freq := flag.Int("freq", 4000, "samples per second")
	top := flag.Int("top", 30, "functions to list")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: wasmprof [flags] -- command [args...]")
		os.Exit(2)
	}
	if err := run(*guest, *cache, *freq, *top, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "wasmprof:", err)
		os.Exit(1)
	}
}

func run(guestPath, cacheRoot string, freq, top int, cmd []string) error {
	wasm, err := os.ReadFile(guestPath)
	if err != nil {
		return err
	}
	names, err := wasmprof.FunctionNames(wasm)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "wasmprof")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	data := filepath.Join(tmp, "perf.data")
	rec := exec.Command("perf", append([]string{"record", "-q", "-F", fmt.Sprint(freq), "-o", data, "--"}, cmd...)...)
	rec.Stdout, rec.Stderr = os.Stderr, os.Stderr
	if err := rec.Run(); err != nil {
		return fmt.Errorf("perf record: %w", err)
	}
	script, err := exec.Command("perf", "script", "-i", data, "-F", "ip", "--show-mmap-events").Output()
	if err != nil {
		return fmt.Errorf("perf script: %w", err)
	}
	if cacheRoot == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			return err
		}
		cacheRoot = filepath.Join(dir, "wasmling", "wazero")
	}
	files, _ := filepath.Glob(filepath.Join(cacheRoot, fmt.Sprintf("g%d-*", len(wasm)), "wazero-*", "*"))
	sort.Slice(files, func(i, j int) bool { return modTime(files[i]) > modTime(files[j]) })
	err = errors.New("no compiled module of this guest in " + cacheRoot)
	for _, f := range files {
		b, rerr := os.ReadFile(f)
		if rerr != nil {
			continue
		}
		offs, n, perr := wasmprof.ParseCache(b)
		if perr != nil || len(offs) != len(names) {
			continue
		}
		rep, aerr := wasmprof.Attribute(bytes.NewReader(script), &wasmprof.Code{Offsets: offs, Names: names, Len: n})
		if aerr != nil {
			err = aerr
			continue
		}
		fmt.Printf("%d samples, %d (%.1f%%) outside the guest's code\n", rep.Total, rep.Outside, pct(rep.Outside, rep.Total))
		for _, name := range rep.Top(top) {
			fmt.Printf("%6.2f%%  %s\n", pct(rep.ByFunc[name], rep.Total), name)
		}
		return nil
	}
	return err
}

func pct(n, total int) float64 { return 100 * float64(n) / float64(max(total, 1)) }

func modTime(path string) int64 {
	st, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return st.ModTime().UnixNano()
}
