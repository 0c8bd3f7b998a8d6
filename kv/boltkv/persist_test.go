package boltkv_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/wasmling/wasmling/kv"
	"github.com/wasmling/wasmling/kv/boltkv"
)

func mustOpen(t *testing.T, dir string, opts boltkv.Options) *boltkv.Backend {
	t.Helper()
	b, err := boltkv.Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPersistence(t *testing.T) {
	dir := t.TempDir()
	quota := func(string) kv.Quota { return kv.Quota{MaxKeys: 3} }
	b := mustOpen(t, dir, boltkv.Options{Quota: quota})
	s, _ := b.Open(t.Context(), "acme", "sessions")
	for k, ttl := range map[string]time.Duration{"forever": 0, "hour": time.Hour, "short": 100 * time.Millisecond} {
		if err := s.Set(t.Context(), k, []byte("v-"+k), ttl); err != nil {
			t.Fatal(err)
		}
	}
	b.Close()

	b = mustOpen(t, dir, boltkv.Options{Quota: quota})
	defer b.Close()
	s, _ = b.Open(t.Context(), "acme", "sessions")
	if v, ok, _ := s.Get(t.Context(), "forever"); !ok || string(v) != "v-forever" {
		t.Fatalf("after reopening: Get = %q, %v", v, ok)
	}
	if d, _ := s.TTL(t.Context(), "hour"); d < 59*time.Minute || d > time.Hour {
		t.Fatalf("after reopening: TTL = %v, want about 1h", d)
	}
	// The quota usage persisted: 3 keys are stored (one maybe expired).
	if err := s.Set(t.Context(), "x", nil, 0); !errors.Is(err, kv.ErrQuota) {
		if ok, _ := s.Exists(t.Context(), "short"); ok {
			t.Fatalf("4th key after reopening: %v, want ErrQuota", err)
		}
	}
}

// TestHostileNames checks that no tenant or store name creates a file
// outside the data directory, and that names differing only in case or
// escaping get different files.
func TestHostileNames(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "data")
	b := mustOpen(t, dir, boltkv.Options{})
	names := []string{"../../escape", "/etc/passwd", "..", ".", "a/b", `a\b`, "A", "a", "%61", "con", "t-a.db", strings.Repeat("é", 127)}
	for i, n := range names {
		for _, pair := range [][2]string{{n, "default"}, {"tenant", n}} {
			s, err := b.Open(t.Context(), pair[0], pair[1])
			if err != nil {
				t.Fatalf("Open(%q, %q): %v", pair[0], pair[1], err)
			}
			if err := s.Set(t.Context(), "k", []byte{byte(i)}, 0); err != nil {
				t.Fatal(err)
			}
			defer s.Close()
		}
	}
	for i, n := range names {
		s, _ := b.Open(t.Context(), n, "default")
		if v, _, _ := s.Get(t.Context(), "k"); len(v) != 1 || v[0] != byte(i) {
			t.Fatalf("tenant %q reads %v, want [%d]", n, v, i)
		}
		s.Close()
	}
	b.Close()
	var files []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			if strings.Contains(rel, "..") || strings.ContainsRune(rel, os.PathSeparator) {
				t.Errorf("file outside the data directory: %s", path)
			}
			files = append(files, rel)
		}
		return nil
	})
	if len(files) != len(names)+1 { // one per tenant, plus "tenant"
		t.Fatalf("files %q, want one per tenant (%d)", files, len(names)+1)
	}
}

func TestLockedByAnotherBackend(t *testing.T) {
	dir := t.TempDir()
	b1 := mustOpen(t, dir, boltkv.Options{})
	defer b1.Close()
	s, err := b1.Open(t.Context(), "t", "s")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	b2 := mustOpen(t, dir, boltkv.Options{LockTimeout: 50 * time.Millisecond})
	defer b2.Close()
	if _, err := b2.Open(t.Context(), "t", "s"); err == nil {
		t.Fatal("a second backend opened a file the first one holds")
	}
}

func TestSweepReclaims(t *testing.T) {
	dir := t.TempDir()
	b := mustOpen(t, dir, boltkv.Options{SweepInterval: 20 * time.Millisecond})
	s, _ := b.Open(t.Context(), "t", "s")
	for _, k := range []string{"a", "b", "c"} {
		if err := s.Set(t.Context(), k, []byte("v"), 30*time.Millisecond); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Set(t.Context(), "keep", []byte("v"), 0); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	b.Close()
	if n := countEntries(t, dir); n != 1 {
		t.Fatalf("%d entries on disk after the sweep, want 1", n)
	}
}

// countEntries counts the stored entries of every file, after checking
// each file's consistency.
func countEntries(t *testing.T, dir string) int {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "*.db"))
	n := 0
	for _, p := range paths {
		db, err := bolt.Open(p, 0o600, &bolt.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		err = db.View(func(tx *bolt.Tx) error {
			for err := range tx.Check() {
				return err
			}
			stores := tx.Bucket([]byte("stores"))
			return stores.ForEachBucket(func(name []byte) error {
				return stores.Bucket(name).ForEach(func(_, _ []byte) error { n++; return nil })
			})
		})
		db.Close()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	return n
}
