package syntax

import (
	"strconv"
	"strings"
)

// lookupUnicodeName returns the code point called name (case-insensitive)
// in the \N{...} table, or -1.
func lookupUnicodeName(name string) rune {
	name = strings.ToUpper(name)
	lo, hi := 0, len(unicodeNames)
	for lo < hi {
		mid := (lo + hi) / 2
		// back up to the start of the record holding mid
		start := strings.LastIndexByte(unicodeNames[lo:mid], '\n') + 1 + lo
		if start < lo {
			start = lo
		}
		end := start + strings.IndexByte(unicodeNames[start:], '\n')
		rec := unicodeNames[start:end]
		semi := strings.IndexByte(rec, ';')
		switch key := rec[:semi]; {
		case name == key:
			v, err := strconv.ParseUint(rec[semi+1:], 16, 32)
			if err != nil {
				return -1
			}
			return rune(v)
		case name < key:
			hi = start
		default:
			lo = end + 1
		}
	}
	return -1
}
