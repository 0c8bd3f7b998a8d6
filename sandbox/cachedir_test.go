package sandbox

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestBuildCacheDirs(t *testing.T) {
	root := t.TempDir()
	now := time.Now()
	dirA := buildCacheDir(root, []byte("guest A"))
	dirB := buildCacheDir(root, []byte("guest B"))
	if dirA == dirB || filepath.Dir(dirA) != root || !isBuildCacheDir(filepath.Base(dirA)) {
		t.Fatalf("build folders %q and %q", dirA, dirB)
	}
	// Older builds, by when they were last used, and things that are not
	// builds (the root may be a folder the user named).
	ages := map[string]time.Duration{
		"g100-00000001":              10 * time.Minute, // most recent other build: kept
		"g100-00000002":              30 * time.Minute, // second: kept (3 with the current)
		"g100-00000003":              50 * time.Minute, // beyond 3 but recently used: kept
		"g100-00000004":              2 * time.Hour,    // beyond 3, unused for an hour: pruned
		"wazero-v1.12.0-amd64-linux": 48 * time.Hour,   // the layout before per-build folders: pruned
		"notes":                      100 * time.Hour,  // not ours: kept
		"g100-xyz":                   100 * time.Hour,  // not ours: kept
	}
	for name, age := range ages {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Join(p, "sub"), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, now.Add(-age), now.Add(-age)); err != nil {
			t.Fatal(err)
		}
	}
	useBuildCacheDir(dirA, now)
	var left []string
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	want := []string{filepath.Base(dirA), "g100-00000001", "g100-00000002", "g100-00000003", "g100-xyz", "notes"}
	slices.Sort(want)
	if !slices.Equal(left, want) {
		t.Errorf("left %v, want %v", left, want)
	}
	info, err := os.Stat(dirA)
	if err != nil || info.ModTime().Before(now.Add(-time.Second)) {
		t.Errorf("the current build's folder is not marked used: %v %v", info, err)
	}
}

func TestIsBuildCacheDir(t *testing.T) {
	for name, want := range map[string]bool{
		"g10602807-1a2b3c4d":          true,
		"wazero-v1.12.0-amd64-linux":  true,
		"g10602807-1a2b3c4":           false,
		"g-1a2b3c4d":                  false,
		"gx-1a2b3c4d":                 false,
		"g10602807":                   false,
		"g10602807-1a2b3c4z":          false,
		"something":                   false,
		strings.Repeat("g", 3) + "-1": false,
	} {
		if got := isBuildCacheDir(name); got != want {
			t.Errorf("isBuildCacheDir(%q) = %v, want %v", name, got, want)
		}
	}
}
