package router

import (
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path"
	"strings"
)

// ForwardedPrefix is the request header that tells a tenant's app the
// path prefix it is served under ("/shop"); absent at "/".
const ForwardedPrefix = "X-Forwarded-Prefix"

// A Site says which requests reach one tenant's handler: those for any of
// its Hosts (none: every host) under its path Prefix (empty: every path).
type Site struct {
	Name    string // the tenant, for errors
	Hosts   []string
	Prefix  string
	Handler http.Handler
}

// Front is the front door of a server with several tenants: it answers
// HealthPath itself and hands every other request to the site that
// matches it best, the longest matching prefix first and, between equal
// prefixes, a site naming the host before one that takes every host. The
// prefix is stripped from the path the tenant sees, so an app works the
// same at "/" and under "/shop". A request no site matches gets a 404.
type Front struct {
	sites []Site
	log   *slog.Logger
}

// NewFront checks the sites: hosts are names without ports (compared
// without case), a prefix is a clean absolute path, and no two sites
// claim the same host and prefix. Requests no site claims are logged to
// log (nil: not logged); the tenants' routers log the others.
func NewFront(sites []Site, log *slog.Logger) (*Front, error) {
	f := &Front{log: log}
	claimed := map[string]string{} // host + " " + prefix -> site name
	for _, s := range sites {
		if s.Handler == nil {
			return nil, fmt.Errorf("router: site %q has no handler", s.Name)
		}
		prefix, err := cleanPrefix(s.Prefix)
		if err != nil {
			return nil, fmt.Errorf("router: site %q: %w", s.Name, err)
		}
		hosts := make([]string, 0, len(s.Hosts))
		for _, h := range s.Hosts {
			h = strings.ToLower(strings.TrimSuffix(h, "."))
			if h == "" || strings.ContainsAny(h, ":/ ") {
				return nil, fmt.Errorf("router: site %q: bad host name %q (no scheme, port or path)", s.Name, h)
			}
			hosts = append(hosts, h)
		}
		keys := hosts
		if len(keys) == 0 {
			keys = []string{"*"}
		}
		for _, h := range keys {
			k := h + " " + prefix
			if other, dup := claimed[k]; dup {
				return nil, fmt.Errorf("router: sites %q and %q both claim host %s and prefix %q", other, s.Name, h, prefix)
			}
			claimed[k] = s.Name
		}
		f.sites = append(f.sites, Site{Name: s.Name, Hosts: hosts, Prefix: prefix, Handler: s.Handler})
	}
	return f, nil
}

// cleanPrefix checks a path prefix and drops its trailing slash ("/" and
// "" become "").
func cleanPrefix(p string) (string, error) {
	if p == "" || p == "/" {
		return "", nil
	}
	trimmed := strings.TrimSuffix(p, "/")
	if !strings.HasPrefix(p, "/") || path.Clean(trimmed) != trimmed || strings.ContainsAny(p, "?#%*:") {
		return "", fmt.Errorf("bad path prefix %q (want a clean path like /shop)", p)
	}
	return trimmed, nil
}

// ServeHTTP implements http.Handler.
func (f *Front) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == HealthPath {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		io.WriteString(w, "ok\n")
		return
	}
	s, rest := f.match(r.Host, r.URL.Path)
	if dotSegment(r.URL.Path) {
		// "/shop/../blog" would be matched as /shop's and then cleaned
		// (redirected) by its router into another tenant's path.
		s = nil
	}
	if s == nil {
		writePlain(w, http.StatusNotFound, "404 not found: no app is served here")
		if f.log != nil {
			f.log.Info("request", "app", "-", "method", r.Method, "host", r.Host, "path", r.URL.Path, "status", http.StatusNotFound)
		}
		return
	}
	// The app learns its mount point from X-Forwarded-Prefix (to build
	// links and redirects); a client's own value is never passed on.
	if s.Prefix != "" || r.Header.Get(ForwardedPrefix) != "" {
		r2 := new(http.Request)
		*r2 = *r
		u := *r.URL
		u.Path, u.RawPath = rest, ""
		r2.URL = &u
		r2.Header = r.Header.Clone()
		r2.Header.Del(ForwardedPrefix)
		if s.Prefix != "" {
			r2.Header.Set(ForwardedPrefix, s.Prefix)
		}
		r = r2
	}
	s.Handler.ServeHTTP(w, r)
}

// match returns the site for a request and the path its tenant sees.
func (f *Front) match(hostport, p string) (*Site, string) {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	var best *Site
	bestScore := -1
	for i := range f.sites {
		s := &f.sites[i]
		named := false
		if len(s.Hosts) > 0 {
			for _, h := range s.Hosts {
				named = named || h == host
			}
			if !named {
				continue
			}
		}
		if s.Prefix != "" && p != s.Prefix && !strings.HasPrefix(p, s.Prefix+"/") {
			continue
		}
		score := 2 * len(s.Prefix)
		if named {
			score++
		}
		if score > bestScore {
			best, bestScore = s, score
		}
	}
	if best == nil {
		return nil, ""
	}
	rest := p[len(best.Prefix):]
	if rest == "" {
		rest = "/"
	}
	return best, rest
}

// dotSegment reports whether path p has a "." or ".." segment.
func dotSegment(p string) bool {
	return strings.Contains(p, "/./") || strings.Contains(p, "/../") ||
		strings.HasSuffix(p, "/.") || strings.HasSuffix(p, "/..")
}
