// Command compare times the shared benchmark scripts three ways in one
// run — under CPython, natively in the Go interpreter, and in the sandbox
// with bin/wasmling run (start-up included) — and prints each script's
// times, the ratios to CPython and their geometric means.
//
//	go run ./bench/compare [-n 5] [-dir ../shared/bench] [-wasmling bin/wasmling]
//
// Times are the median of n runs of wall-clock time and of CPU time (user
// + system) of each process; CPU time is the steadier figure on a busy
// machine. The native runs use internal/cmd/scriptling built on the fly.
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

type sample struct{ wall, cpu time.Duration }

func main() {
	n := flag.Int("n", 5, "runs per script and runner")
	dir := flag.String("dir", "../shared/bench", "folder of benchmark scripts")
	wasmling := flag.String("wasmling", "bin/wasmling", "path of the wasmling binary")
	flag.Parse()

	py, err := realPython()
	if err != nil {
		fail(err)
	}
	native := filepath.Join(os.TempDir(), "wasmling-bench-scriptling")
	if out, err := exec.Command("go", "build", "-o", native, "./internal/cmd/scriptling").CombinedOutput(); err != nil {
		fail(fmt.Errorf("building the native runner: %v\n%s", err, out))
	}
	files, _ := filepath.Glob(filepath.Join(*dir, "*.py"))
	if len(files) == 0 {
		fail(fmt.Errorf("no scripts in %s", *dir))
	}
	runners := []struct {
		name string
		cmd  func(script string) *exec.Cmd
	}{
		{"cpython", func(s string) *exec.Cmd { return exec.Command(py, s) }},
		{"native", func(s string) *exec.Cmd { return exec.Command(native, s) }},
		{"wasmling", func(s string) *exec.Cmd {
			return exec.Command(*wasmling, "run", "--timeout", "120s", "--memory", "512MiB", s)
		}},
	}
	// Start-up alone: an empty script.
	empty := filepath.Join(os.TempDir(), "wasmling-bench-empty.py")
	os.WriteFile(empty, []byte("pass\n"), 0o644)
	files = append([]string{empty}, files...)

	fmt.Printf("%-14s %22s %22s %22s %9s %9s %9s %9s\n", "script", "cpython wall/cpu", "native wall/cpu", "wasmling wall/cpu",
		"nat/py", "wasm/py", "wasm/py", "wasm/nat")
	fmt.Printf("%-14s %22s %22s %22s %9s %9s %9s %9s\n", "", "", "", "", "cpu", "wall", "cpu", "cpu")
	logs := map[string][]float64{}
	for _, f := range files {
		name := filepath.Base(f)
		if f == empty {
			name = "(start-up)"
		}
		res := make([]sample, len(runners))
		for i, r := range runners {
			var ss []sample
			for k := 0; k < *n; k++ {
				s, err := timeRun(r.cmd(f))
				if err != nil {
					fail(fmt.Errorf("%s %s: %v", r.name, name, err))
				}
				ss = append(ss, s)
			}
			res[i] = median(ss)
		}
		natPy := ratio(res[1].cpu, res[0].cpu)
		wasmPyWall := ratio(res[2].wall, res[0].wall)
		wasmPy := ratio(res[2].cpu, res[0].cpu)
		wasmNat := ratio(res[2].cpu, res[1].cpu)
		fmt.Printf("%-14s %22s %22s %22s %9.2f %9.2f %9.2f %9.2f\n", name,
			pair(res[0]), pair(res[1]), pair(res[2]), natPy, wasmPyWall, wasmPy, wasmNat)
		if f != empty {
			logs["natpy"] = append(logs["natpy"], math.Log(natPy))
			logs["wasmpywall"] = append(logs["wasmpywall"], math.Log(wasmPyWall))
			logs["wasmpy"] = append(logs["wasmpy"], math.Log(wasmPy))
			logs["wasmnat"] = append(logs["wasmnat"], math.Log(wasmNat))
		}
	}
	g := func(k string) float64 {
		sum := 0.0
		for _, x := range logs[k] {
			sum += x
		}
		return math.Exp(sum / float64(len(logs[k])))
	}
	fmt.Printf("%-14s %22s %22s %22s %9.2f %9.2f %9.2f %9.2f\n", "geomean", "", "", "",
		g("natpy"), g("wasmpywall"), g("wasmpy"), g("wasmnat"))
}

func timeRun(cmd *exec.Cmd) (sample, error) {
	var out strings.Builder
	cmd.Stdout = &out
	cmd.Stderr = &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return sample{}, fmt.Errorf("%v: %s", err, out.String())
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return sample{wall, cpu}, nil
}

func median(ss []sample) sample {
	w := make([]time.Duration, len(ss))
	c := make([]time.Duration, len(ss))
	for i, s := range ss {
		w[i], c[i] = s.wall, s.cpu
	}
	sort.Slice(w, func(i, j int) bool { return w[i] < w[j] })
	sort.Slice(c, func(i, j int) bool { return c[i] < c[j] })
	return sample{w[len(w)/2], c[len(c)/2]}
}

func ratio(a, b time.Duration) float64 { return float64(a) / float64(b) }

func pair(s sample) string {
	return fmt.Sprintf("%.3fs/%.3fs", s.wall.Seconds(), s.cpu.Seconds())
}

func realPython() (string, error) {
	out, err := exec.Command("python3", "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		return "", fmt.Errorf("python3: %v", err)
	}
	return strings.TrimSpace(string(out)), nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "compare:", err)
	os.Exit(1)
}
