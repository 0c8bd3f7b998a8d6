package syntax

import "testing"

func TestLookupUnicodeName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want rune
	}{
		{"EM DASH", 0x2014},
		{"em dash", 0x2014},
		{"GREEK SMALL LETTER ALPHA", 0x3b1},
		{"LATIN SMALL LETTER A", 'a'},
		{"SPACE", ' '},
		{"BULLET", 0x2022},
		{"EURO SIGN", 0x20ac},
		{"SNOWMAN", 0x2603},
		{"GRINNING FACE", 0x1f600},
		{"ABACUS", 0x1f9ee},
		{"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500},
		{"NO SUCH CHARACTER", -1},
		{"", -1},
		{"ZZZZZ", -1},
		{"A", -1},
	} {
		if got := lookupUnicodeName(tc.name); got != tc.want {
			t.Errorf("lookupUnicodeName(%q) = %#x, want %#x", tc.name, got, tc.want)
		}
	}
}
