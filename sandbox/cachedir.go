package sandbox

import (
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The on-disk cache holds some 40 MB of compiled code per guest build, so
// each build (each wasmling release, each developer rebuild) keeps its
// code in a folder of its own under the cache directory, named after the
// guest, and an engine that starts marks its folder as used and removes
// the folders of builds that have not run for a while.
const (
	// keepBuilds is how many of the most recently used builds stay.
	keepBuilds = 3
	// unusedFor is how long a build beyond those must have been unused
	// before its folder goes: processes of it may still be starting.
	unusedFor = time.Hour
)

// buildCacheDir returns the folder under root for the compiled code of
// guest: "g" followed by the guest's length and CRC-32C, which is cheap
// to compute at every start (wazero checks the content itself).
func buildCacheDir(root string, guest []byte) string {
	sum := crc32.Checksum(guest, crc32.MakeTable(crc32.Castagnoli))
	return filepath.Join(root, fmt.Sprintf("g%d-%08x", len(guest), sum))
}

// useBuildCacheDir creates dir, marks it used now and prunes the folders
// of other builds beside it. Failures only cost disk space: they are
// ignored.
func useBuildCacheDir(dir string, now time.Time) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return
	}
	os.Chtimes(dir, now, now)
	pruneBuildCacheDirs(filepath.Dir(dir), filepath.Base(dir), now)
}

// pruneBuildCacheDirs removes the entries of root other than current that
// are not among the keepBuilds most recently used and have not been used
// for unusedFor. Entries of the layout before per-build folders (wazero's
// own version folders directly under root) are pruned the same way.
func pruneBuildCacheDirs(root, current string, now time.Time) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return
	}
	type build struct {
		name string
		used time.Time
	}
	var builds []build
	for _, e := range entries {
		if e.Name() == current || !isBuildCacheDir(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		builds = append(builds, build{e.Name(), info.ModTime()})
	}
	// Most recently used first; the current build counts as one kept.
	slices.SortFunc(builds, func(a, b build) int { return b.used.Compare(a.used) })
	for i, b := range builds {
		if i+1 < keepBuilds || now.Sub(b.used) < unusedFor {
			continue
		}
		os.RemoveAll(filepath.Join(root, b.name))
	}
}

// isBuildCacheDir reports whether name is one of the folders this package
// or wazero makes under the cache root: the root may be a folder the user
// named, and other things in it are left alone.
func isBuildCacheDir(name string) bool {
	if strings.HasPrefix(name, "wazero-") {
		return true
	}
	size, sum, ok := strings.Cut(name, "-")
	if !ok || len(size) < 2 || size[0] != 'g' || len(sum) != 8 {
		return false
	}
	_, err1 := strconv.ParseUint(size[1:], 10, 64)
	_, err2 := hex.DecodeString(sum)
	return err1 == nil && err2 == nil
}
