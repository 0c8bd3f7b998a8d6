package host

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wasmling/wasmling/abi"
)

func writeApp(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	for name, src := range files {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// The setup environment collects background task registrations: the
// last registration of a name wins, bare names refer to the calling
// module, arguments travel encoded.
func TestLoadAppCollectsTasks(t *testing.T) {
	dir := writeApp(t, map[string]string{
		"setup.py": `import scriptling.runtime as runtime
import tasks

def local_task(x, y=2):
    pass

runtime.background("t1", "tasks.work", 1, "a", k=[1, 2])
runtime.background("t2", local_task, 5)
runtime.background("t1", "tasks.other")
runtime.background("t3", "later_defined")
runtime.background("t5", "tasks.work", 1, "a", k=[1, 2])

def later_defined():
    pass
`,
		"tasks.py": `import scriptling.runtime as runtime

def work(*args, **kwargs):
    pass

def other():
    pass

def helper():
    pass

runtime.background("t4", helper)
`,
	})
	tn, err := loadApp(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{}
	for _, tk := range tn.Tasks() {
		args, _ := abi.Decode(tk.Args)
		kw, _ := abi.Decode(tk.Kwargs)
		got = append(got, strings.Join([]string{tk.Name, tk.Handler, tk.Module, tk.File, tk.Where,
			fmtValue(args), fmtValue(kw)}, " | "))
	}
	want := []string{
		"t4 | helper | tasks | tasks.py | tasks.py:12 | [] | [] []",
		"t1 | tasks.other |  | setup.py | setup.py:9 | [] | [] []",
		"t2 | local_task | __main__ | setup.py | setup.py:8 | [5] | [] []",
		"t3 | later_defined | __main__ | setup.py | setup.py:10 | [] | [] []",
		"t5 | tasks.work |  | setup.py | setup.py:11 | [1 a] | [k] [[1 2]]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tasks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func fmtValue(v any) string {
	if d, ok := v.(*abi.Dict); ok {
		return fmt.Sprint(d.Keys, d.Values)
	}
	return fmt.Sprint(v)
}

func TestLoadAppBadTaskRef(t *testing.T) {
	dir := writeApp(t, map[string]string{
		"setup.py": "import scriptling.runtime as runtime\n\nruntime.background('t', 'tasks.nope')\n",
		"tasks.py": "def work():\n    pass\n",
	})
	_, err := loadApp(t, dir)
	if err == nil || !strings.Contains(err.Error(), "setup.py:3: AttributeError: background() handler 'tasks.nope': module 'tasks' has no attribute 'nope'") {
		t.Errorf("err = %v", err)
	}
	dir = writeApp(t, map[string]string{
		"setup.py": "import scriptling.runtime as runtime\n\nruntime.background('t', 'undefined_here')\n",
	})
	_, err = loadApp(t, dir)
	if err == nil || !strings.Contains(err.Error(), "setup.py:3: background task: cannot resolve handler 'undefined_here'") {
		t.Errorf("err = %v", err)
	}
}
