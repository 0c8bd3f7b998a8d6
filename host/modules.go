package host

import (
	"errors"
	"io/fs"
	"strings"
)

// Modules finds the source of script modules in an app's folder: module
// a.b is a/b.py, then a/b/__init__.py, then a.b.py. Names are checked
// part by part, and fsys (typically an os.Root's FS) confines every path
// to the folder, symbolic links included.
type Modules struct {
	fsys fs.FS
}

// NewModules returns a module finder over fsys.
func NewModules(fsys fs.FS) *Modules { return &Modules{fsys: fsys} }

// ErrNoModule is returned by Load for a module that does not exist.
var ErrNoModule = errors.New("no such module")

// Load returns the module's file name (relative to the folder) and source.
func (m *Modules) Load(name string) (string, []byte, error) {
	if m == nil || m.fsys == nil || !validModuleName(name) {
		return "", nil, ErrNoModule
	}
	rel := strings.ReplaceAll(name, ".", "/")
	for _, cand := range []string{rel + ".py", rel + "/__init__.py", name + ".py"} {
		src, err := fs.ReadFile(m.fsys, cand)
		if err == nil {
			return cand, src, nil
		}
	}
	// A folder without __init__.py is a namespace package: lib/util.py
	// imports as lib.util.
	if st, err := fs.Stat(m.fsys, rel); err == nil && st.IsDir() {
		return rel + "/__init__.py", nil, nil
	}
	return "", nil, ErrNoModule
}

// validModuleName accepts dotted identifiers only.
func validModuleName(name string) bool {
	if name == "" || len(name) > 255 {
		return false
	}
	for _, part := range strings.Split(name, ".") {
		if part == "" {
			return false
		}
		for i, c := range part {
			switch {
			case c == '_', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			case c >= '0' && c <= '9' && i > 0:
			default:
				return false
			}
		}
	}
	return true
}
