package router

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path"
	"strings"

	"github.com/wasmling/wasmling/host"
)

// staticMount serves the files of one folder of the app. The folder is
// an os.Root: no name can leave it, through "..", an absolute path or a
// symbolic link pointing out (os.Root refuses them), and the URL path is
// checked before it gets there.
type staticMount struct {
	prefix string
	root   *os.Root
}

// staticMaxAge is the Cache-Control max-age of static files: short, since
// app files change on redeploys; ETag and Last-Modified make
// revalidation cheap.
const staticMaxAge = 300

func openStatic(app *os.Root, st host.Static) (*staticMount, error) {
	if app == nil {
		return nil, errors.New("the app has no folder to serve files from")
	}
	root, err := app.OpenRoot(st.Dir)
	if err != nil {
		return nil, fmt.Errorf("cannot open directory %q of the app: %w", st.Dir, err)
	}
	return &staticMount{prefix: st.Prefix, root: root}, nil
}

// cleanName turns the part of a URL path after the mount's prefix into a
// name inside the folder, or false: no "..", no backslashes or NULs, no
// hidden files (a leading "."), no empty or absolute names.
func cleanName(rest string) (string, bool) {
	rest = strings.TrimPrefix(rest, "/")
	if rest == "" {
		return ".", true
	}
	if strings.ContainsAny(rest, "\\\x00") {
		return "", false
	}
	dir := strings.HasSuffix(rest, "/")
	rest = strings.TrimSuffix(rest, "/")
	for _, part := range strings.Split(rest, "/") {
		if part == "" || part == ".." || strings.HasPrefix(part, ".") {
			return "", false
		}
	}
	name := path.Clean(rest)
	if !fs.ValidPath(name) {
		return "", false
	}
	if dir {
		name += "/"
	}
	return name, true
}

// serve answers a request for rest (the URL path after the prefix).
func (s *staticMount) serve(w http.ResponseWriter, r *http.Request, rest string) {
	if !s.serveIfExists(w, r, rest) {
		writePlain(w, http.StatusNotFound, "404 page not found\n")
	}
}

// serveIfExists serves the file for rest and reports whether there was
// one. A folder serves its index.html.
func (s *staticMount) serveIfExists(w http.ResponseWriter, r *http.Request, rest string) bool {
	name, ok := cleanName(rest)
	if !ok {
		return false
	}
	name = strings.TrimSuffix(name, "/")
	f, err := s.root.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return false
	}
	if st.IsDir() {
		f.Close()
		name = path.Join(name, "index.html")
		if f, err = s.root.Open(name); err != nil {
			return false
		}
		defer f.Close()
		if st, err = f.Stat(); err != nil {
			return false
		}
	}
	if !st.Mode().IsRegular() {
		return false
	}
	h := w.Header()
	h.Set("Cache-Control", fmt.Sprintf("public, max-age=%d", staticMaxAge))
	h.Set("ETag", fmt.Sprintf(`"%x-%x"`, st.ModTime().UnixNano(), st.Size()))
	h.Set("X-Content-Type-Options", "nosniff")
	// ServeContent sets the content type from the extension (sniffing
	// when it has none), answers Range and conditional requests.
	http.ServeContent(w, r, path.Base(name), st.ModTime(), f)
	return true
}
