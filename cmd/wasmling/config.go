package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/wasmling/wasmling/host"
	"github.com/wasmling/wasmling/kv"
)

// The tenants file of `wasmling serve --config`, for example:
//
//	addr = "0.0.0.0:8080"
//	data = "/var/lib/wasmling"   # default: a folder per config file
//
//	[defaults]                   # limits of every tenant
//	timeout = "5s"
//	memory = "64MiB"
//
//	[kv_quota]                   # of every tenant without its own
//	keys = 100000
//
//	[[tenant]]
//	name = "shop"                # letters, digits, '-' and '_'
//	app = "apps/shop"            # relative to this file's folder
//	hosts = ["shop.example.com"] # none: every host
//	prefix = "/shop"             # none: every path
//	grants = ["http", "kv"]      # none listed: all of them
//	limits = { memory = "128MiB", max_concurrent = 16 }
//	kv_quota = { keys = 10000, bytes = "64MiB" }
type configFile struct {
	Addr     string       `toml:"addr"`
	Data     string       `toml:"data"`
	Debug    bool         `toml:"debug"`
	Defaults limitsFile   `toml:"defaults"`
	Tenants  []tenantFile `toml:"tenant"`
	Quota    kvQuotaFile  `toml:"kv_quota"` // of every tenant without its own
}

type limitsFile struct {
	Timeout        string `toml:"timeout"`
	Memory         string `toml:"memory"`
	Output         string `toml:"output"`
	MaxConcurrent  int    `toml:"max_concurrent"`
	MaxTasks       int    `toml:"max_tasks"`
	MaxRun         int    `toml:"max_run"`
	MaxBody        string `toml:"max_body"`
	TaskTimeout    string `toml:"task_timeout"`
	MaxSyncObjects int    `toml:"max_sync_objects"`
	SyncBytes      string `toml:"sync_bytes"`
}

type kvQuotaFile struct {
	Keys  int64  `toml:"keys"`
	Bytes string `toml:"bytes"`
}

type tenantFile struct {
	Name    string      `toml:"name"`
	App     string      `toml:"app"`
	Hosts   []string    `toml:"hosts"`
	Prefix  string      `toml:"prefix"`
	Grants  []string    `toml:"grants"`
	Limits  limitsFile  `toml:"limits"`
	KVQuota kvQuotaFile `toml:"kv_quota"`
}

// tenantSpec is one tenant to serve.
type tenantSpec struct {
	name, appDir string
	hosts        []string
	prefix       string
	grants       []string
	limits       host.Limits
	quota        kv.Quota
}

// tenantName is what a tenant's name may be: it names its data and its
// log lines.
var tenantName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$`)

// loadConfig reads a tenants file. Every problem is an error naming the
// file (and the line, for syntax errors) and the tenant.
func loadConfig(path string) (serveConfig, error) {
	var cf configFile
	md, err := toml.DecodeFile(path, &cf)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return serveConfig{}, fmt.Errorf("%s:%d: %s", path, pe.Position.Line, pe.Message)
		}
		return serveConfig{}, fmt.Errorf("%s: %w", path, err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		keys := make([]string, len(un))
		for i, k := range un {
			keys[i] = k.String()
		}
		return serveConfig{}, fmt.Errorf("%s: unknown setting %s", path, strings.Join(keys, ", "))
	}
	fail := func(format string, args ...any) (serveConfig, error) {
		return serveConfig{}, fmt.Errorf("%s: "+format, append([]any{path}, args...)...)
	}
	base := filepath.Dir(path)
	c := serveConfig{addr: cf.Addr, dataDir: cf.Data, debug: cf.Debug}
	if c.dataDir != "" && !filepath.IsAbs(c.dataDir) {
		c.dataDir = filepath.Join(base, c.dataDir)
	}
	defaults, err := cf.Defaults.limits(host.Limits{})
	if err != nil {
		return fail("defaults: %v", err)
	}
	if len(cf.Tenants) == 0 {
		return fail("no [[tenant]]")
	}
	seen := map[string]bool{}
	for i, tf := range cf.Tenants {
		if !tenantName.MatchString(tf.Name) {
			return fail("tenant %d: name %q: use 1-64 letters, digits, '-' or '_'", i+1, tf.Name)
		}
		if seen[tf.Name] {
			return fail("tenant %q is defined twice", tf.Name)
		}
		seen[tf.Name] = true
		t := tenantSpec{name: tf.Name, hosts: tf.Hosts, prefix: tf.Prefix}
		if tf.App == "" {
			return fail("tenant %q: no app folder", tf.Name)
		}
		t.appDir = tf.App
		if !filepath.IsAbs(t.appDir) {
			t.appDir = filepath.Join(base, t.appDir)
		}
		if st, err := os.Stat(filepath.Join(t.appDir, "setup.py")); err != nil || !st.Mode().IsRegular() {
			return fail("tenant %q: %s has no setup.py", tf.Name, t.appDir)
		}
		for _, g := range tf.Grants {
			if !slices.Contains([]string{host.GrantHTTP, host.GrantKV, host.GrantSync}, g) {
				return fail("tenant %q: unknown grant %q (use http, kv, sync)", tf.Name, g)
			}
		}
		if tf.Grants != nil {
			t.grants = append([]string{}, tf.Grants...)
		}
		if t.limits, err = tf.Limits.limits(defaults); err != nil {
			return fail("tenant %q: limits: %v", tf.Name, err)
		}
		q := tf.KVQuota
		if q == (kvQuotaFile{}) {
			q = cf.Quota
		}
		if t.quota, err = q.quota(); err != nil {
			return fail("tenant %q: kv_quota: %v", tf.Name, err)
		}
		c.tenants = append(c.tenants, t)
	}
	return c, nil
}

// limits returns l over base: the settings l has replace base's.
func (l limitsFile) limits(base host.Limits) (host.Limits, error) {
	var err error
	dur := func(name, s string, dst *time.Duration) {
		if s == "" || err != nil {
			return
		}
		d, e := time.ParseDuration(s)
		if e != nil || d <= 0 {
			err = fmt.Errorf("%s: invalid duration %q (use e.g. 10s)", name, s)
			return
		}
		*dst = d
	}
	size := func(name, s string, set func(uint64)) {
		if s == "" || err != nil {
			return
		}
		n, e := parseSize(s)
		if e != nil {
			err = fmt.Errorf("%s: %v", name, e)
			return
		}
		set(n)
	}
	count := func(name string, n int, dst *int) {
		if n < 0 && err == nil {
			err = fmt.Errorf("%s: must not be negative", name)
		}
		if n > 0 {
			*dst = n
		}
	}
	dur("timeout", l.Timeout, &base.Timeout)
	dur("task_timeout", l.TaskTimeout, &base.TaskTimeout)
	size("memory", l.Memory, func(n uint64) { base.Memory = n })
	size("output", l.Output, func(n uint64) { base.Output = int(n) })
	size("max_body", l.MaxBody, func(n uint64) { base.MaxBodyBytes = int64(n) })
	size("sync_bytes", l.SyncBytes, func(n uint64) { base.SyncBytes = int64(n) })
	count("max_concurrent", l.MaxConcurrent, &base.MaxConcurrent)
	count("max_tasks", l.MaxTasks, &base.MaxTasks)
	count("max_run", l.MaxRun, &base.MaxRun)
	count("max_sync_objects", l.MaxSyncObjects, &base.MaxSyncObjects)
	return base, err
}

func (q kvQuotaFile) quota() (kv.Quota, error) {
	if q.Keys < 0 {
		return kv.Quota{}, fmt.Errorf("keys: must not be negative")
	}
	out := kv.Quota{MaxKeys: q.Keys}
	if q.Bytes != "" {
		n, err := parseSize(q.Bytes)
		if err != nil {
			return kv.Quota{}, fmt.Errorf("bytes: %v", err)
		}
		out.MaxBytes = int64(n)
	}
	return out, nil
}
