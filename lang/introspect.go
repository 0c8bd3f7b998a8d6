package lang

import "sort"

// Introspection for the sys module: the recursion limit, the loaded
// modules and the exception being handled.

// MaxDepth returns the current call depth limit (sys.getrecursionlimit).
func (in *Interpreter) MaxDepth() int { return in.maxDepth }

// SetMaxDepth changes the call depth limit (sys.setrecursionlimit). The
// caller bounds it; n must be positive.
func (in *Interpreter) SetMaxDepth(n int) {
	if n > 0 {
		in.maxDepth = n
	}
}

// ModuleNames returns the names of the modules imported so far, sorted.
func (in *Interpreter) ModuleNames() []string {
	names := make([]string, 0, len(in.modules))
	for n := range in.modules {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// LoadedModule returns an imported module by name.
func (in *Interpreter) LoadedModule(name string) (*Module, bool) {
	m, ok := in.modules[name]
	return m, ok
}

// Handling returns the exception being handled by the innermost except
// block running on the thread, or nil (sys.exc_info).
func (t *Thread) Handling() *Exception { return t.handling }
