package wasmprof

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Report counts samples per guest function.
type Report struct {
	Total   int            // samples read
	Outside int            // samples outside the guest's code (host, wazero, kernel)
	ByFunc  map[string]int // samples per guest function
}

// Top returns the n functions with the most samples, most first.
func (r *Report) Top(n int) []string {
	names := make([]string, 0, len(r.ByFunc))
	for k := range r.ByFunc {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if a, b := r.ByFunc[names[i]], r.ByFunc[names[j]]; a != b {
			return a > b
		}
		return names[i] < names[j]
	})
	return names[:min(n, len(names))]
}

// Attribute reads the output of `perf script -F ip --show-mmap-events`
// and counts each sample in the guest code, whose executable memory is
// the anonymous executable mapping at least code.Len long (wazero maps
// the code rounded up to whole pages). The last such mapping wins.
func Attribute(script io.Reader, code *Code) (*Report, error) {
	rep := &Report{ByFunc: map[string]int{}}
	var base, end uint64
	sc := bufio.NewScanner(script)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.Contains(line, "PERF_RECORD_MMAP") {
			if start, size, ok := anonExec(line); ok && size >= code.Len && size-code.Len < 1<<22 {
				base, end = start, start+size
			}
			continue
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		ip, err := strconv.ParseUint(f[0], 16, 64)
		if err != nil {
			continue
		}
		rep.Total++
		if ip < base || ip >= end {
			rep.Outside++
			continue
		}
		name, ok := code.Func(ip - base)
		if !ok {
			rep.Outside++
			continue
		}
		rep.ByFunc[name]++
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("wasmprof: reading perf script: %w", err)
	}
	if base == 0 {
		return nil, fmt.Errorf("wasmprof: no anonymous executable mapping of %d bytes in the perf data", code.Len)
	}
	return rep, nil
}

// anonExec parses a perf mmap event such as
// "... PERF_RECORD_MMAP2 1234/1234: [0x7f00(0x29000) @ 0 ...]: r-xp //anon"
// and returns the mapping's start and size if it is anonymous executable
// memory.
func anonExec(line string) (start, size uint64, ok bool) {
	if !strings.HasSuffix(line, "//anon") {
		return 0, 0, false
	}
	i := strings.Index(line, "[0x")
	j := strings.Index(line, "(0x")
	k := strings.Index(line, ")")
	perm := strings.LastIndex(line, "]: ")
	if i < 0 || j < i || k < j || perm < 0 || !strings.Contains(line[perm:], "x") {
		return 0, 0, false
	}
	start, err1 := strconv.ParseUint(line[i+3:j], 16, 64)
	size, err2 := strconv.ParseUint(line[j+3:k], 16, 64)
	return start, size, err1 == nil && err2 == nil
}
