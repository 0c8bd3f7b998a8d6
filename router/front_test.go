package router

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// echo answers with its name, the path it saw and its X-Forwarded-Prefix.
func echo(name string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, name+" "+r.URL.Path)
		if p := r.Header.Get(ForwardedPrefix); p != "" {
			io.WriteString(w, " "+p)
		}
	})
}

func TestFrontSelects(t *testing.T) {
	f, err := NewFront([]Site{
		{Name: "default", Handler: echo("default")},
		{Name: "shop", Prefix: "/shop/", Handler: echo("shop")},
		{Name: "shopapi", Prefix: "/shop/api", Handler: echo("shopapi")},
		{Name: "blog", Hosts: []string{"Blog.Example.com"}, Handler: echo("blog")},
		{Name: "blogadmin", Hosts: []string{"blog.example.com"}, Prefix: "/admin", Handler: echo("blogadmin")},
		{Name: "api", Hosts: []string{"api.example.com"}, Handler: echo("api")},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ host, path, want string }{
		{"example.com", "/", "default /"},
		{"example.com", "/x/y", "default /x/y"},
		{"example.com", "/shop", "shop / /shop"},
		{"example.com", "/shop/", "shop / /shop"},
		{"example.com", "/shop/cart", "shop /cart /shop"},
		{"example.com", "/shopping", "default /shopping"},
		{"example.com", "/shop/api/v1", "shopapi /v1 /shop/api"},
		{"example.com", "/shop/apiary", "shop /apiary /shop"},
		{"blog.example.com", "/post/1", "blog /post/1"},
		{"BLOG.example.com:8080", "/", "blog /"},
		{"blog.example.com.", "/", "blog /"},
		{"blog.example.com", "/admin/users", "blogadmin /users /admin"},
		{"blog.example.com", "/shop/cart", "shop /cart /shop"}, // a longer prefix beats a named host
		{"api.example.com", "/shop", "shop / /shop"},
		{"api.example.com", "/v2", "api /v2"},
		{"127.0.0.1:8080", "/healthz", "ok\n"},
		{"api.example.com", "/healthz", "ok\n"},
	}
	for _, tc := range tests {
		r := httptest.NewRequest("GET", "http://"+tc.host+tc.path, nil)
		r.Host = tc.host
		r.Header.Set(ForwardedPrefix, "/spoofed") // never passed on
		w := httptest.NewRecorder()
		f.ServeHTTP(w, r)
		if got := w.Body.String(); got != tc.want {
			t.Errorf("%s%s: got %q, want %q", tc.host, tc.path, got, tc.want)
		}
	}
}

func TestFrontNoMatch(t *testing.T) {
	f, err := NewFront([]Site{
		{Name: "a", Hosts: []string{"a.example"}, Handler: echo("a")},
		{Name: "b", Prefix: "/b", Handler: echo("b")},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{"http://c.example/", "http://c.example/bb", "http://a.example.evil/",
		"http://a.example/b/../x", "http://c.example/b/./x", "http://c.example/b/..", "http://a.example/x/."} {
		r := httptest.NewRequest("GET", "http://c.example/", nil)
		r.URL.Path, r.Host = target[strings.Index(target[7:], "/")+7:], target[7:7+strings.Index(target[7:], "/")]
		w := httptest.NewRecorder()
		f.ServeHTTP(w, r)
		if w.Code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404 (body %q)", target, w.Code, w.Body.String())
		}
	}
}

func TestNewFrontRejects(t *testing.T) {
	h := echo("x")
	tests := map[string][]Site{
		"both claim":       {{Name: "a", Handler: h}, {Name: "b", Prefix: "/", Handler: h}},
		"same host":        {{Name: "a", Hosts: []string{"x.io"}, Handler: h}, {Name: "b", Hosts: []string{"X.io"}, Handler: h}},
		"same prefix":      {{Name: "a", Prefix: "/p", Handler: h}, {Name: "b", Prefix: "/p/", Handler: h}},
		"relative prefix":  {{Name: "a", Prefix: "p", Handler: h}},
		"unclean prefix":   {{Name: "a", Prefix: "/p/../q", Handler: h}},
		"double slash":     {{Name: "a", Prefix: "//p", Handler: h}},
		"parameter":        {{Name: "a", Prefix: "/:id", Handler: h}},
		"host with port":   {{Name: "a", Hosts: []string{"x.io:80"}, Handler: h}},
		"host with scheme": {{Name: "a", Hosts: []string{"http://x.io"}, Handler: h}},
		"empty host":       {{Name: "a", Hosts: []string{""}, Handler: h}},
		"no handler":       {{Name: "a"}},
	}
	for name, sites := range tests {
		if _, err := NewFront(sites, nil); err == nil {
			t.Errorf("%s: NewFront accepted %+v", name, sites)
		} else if !strings.Contains(err.Error(), `"a"`) {
			t.Errorf("%s: error %q does not name the site", name, err)
		}
	}
}
