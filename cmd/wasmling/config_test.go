package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/wasmling/wasmling/host"
	"github.com/wasmling/wasmling/kv"
)

func TestLoadConfig(t *testing.T) {
	path := filepath.Join("testdata", "config", "good.toml")
	c, err := loadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("testdata", "config")
	if c.addr != "127.0.0.1:9090" || c.dataDir != filepath.Join(dir, "state") {
		t.Errorf("addr %q, data %q", c.addr, c.dataDir)
	}
	apps := filepath.Join(dir, "..", "..", "..", "..", "testdata", "apps")
	defaults := host.Limits{Timeout: 5 * time.Second, Memory: 64 << 20}
	want := []tenantSpec{
		{name: "one", appDir: filepath.Join(apps, "counter"), prefix: "/one", limits: defaults, quota: kv.Quota{MaxKeys: 1000}},
		{name: "two", appDir: filepath.Join(apps, "counter"), hosts: []string{"two.example", "www.two.example"},
			grants: []string{"http", "sync"}, limits: defaults, quota: kv.Quota{MaxKeys: 5, MaxBytes: 1 << 20}},
		{name: "routes_3", appDir: filepath.Join(apps, "routes"), hosts: []string{"routes.example"}, prefix: "/r",
			limits: host.Limits{Timeout: time.Second, Memory: 64 << 20, MaxConcurrent: 4, MaxBodyBytes: 1024},
			quota:  kv.Quota{MaxKeys: 1000}},
	}
	if !reflect.DeepEqual(c.tenants, want) {
		t.Errorf("tenants:\n got %+v\nwant %+v", c.tenants, want)
	}
}

func TestLoadConfigErrors(t *testing.T) {
	tests := map[string]string{
		"syntax.toml":      "syntax.toml:4: ",
		"unknown.toml":     "unknown setting tenant.limits.memroy",
		"duplicate.toml":   `tenant "one" is defined twice`,
		"badname.toml":     `tenant 1: name "../etc"`,
		"noapp.toml":       `tenant "one": ` + filepath.Join("testdata", "config", "no", "such", "folder") + " has no setup.py",
		"badsize.toml":     `defaults: memory: invalid size "lots"`,
		"badduration.toml": `tenant "one": limits: timeout: invalid duration "-3s"`,
		"badgrant.toml":    `tenant "one": unknown grant "files"`,
		"notenants.toml":   "no [[tenant]]",
		"negative.toml":    "max_tasks: must not be negative",
		"missing.toml":     "no such file",
	}
	for file, want := range tests {
		path := filepath.Join("testdata", "config", file)
		_, err := loadConfig(path)
		if err == nil {
			t.Errorf("%s: loaded", file)
			continue
		}
		if !strings.HasPrefix(err.Error(), path) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %q, want it to start with the path and hold %q", file, err, want)
		}
	}
}

// FuzzLoadConfig: no tenants file makes loadConfig panic.
func FuzzLoadConfig(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "config", "*.toml"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(dir, "tenants.toml")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		loadConfig(path)
	})
}
