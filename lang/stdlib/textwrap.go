package stdlib

import (
	"unicode"

	"github.com/wasmling/wasmling/lang"
)

// textwrapNative is _textwrap: the chunk splitter of TextWrapper, which
// CPython writes as a regular expression with lookbehind (beyond RE2).
func textwrapNative(t *lang.Thread) (*lang.Module, error) {
	m := lang.NewModule("_textwrap")
	m.SetFunc("split", func(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
		var text string
		hyphens := true
		if err := lang.UnpackArgs(t, "split", args, kw, "text", &text, "break_on_hyphens", &hyphens); err != nil {
			return lang.None, err
		}
		var chunks []string
		if hyphens {
			chunks = wordsepSplit([]rune(text))
		} else {
			chunks = wsSplit([]rune(text))
		}
		out := make([]lang.Value, len(chunks))
		for i, c := range chunks {
			out[i] = lang.String(c)
		}
		return lang.ListValue(out), nil
	})
	return m, nil
}

// twSpace is textwrap's whitespace: ASCII only.
func twSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\x0b', '\x0c', '\r', ' ':
		return true
	}
	return false
}

// isWord is Python's \w for str patterns; isLetter is [^\d\W].
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)
}

func isLetter(r rune) bool { return isWord(r) && !unicode.IsDigit(r) }
func isWordPunct(r rune) bool {
	switch r {
	case '!', '"', '\'', '&', '.', ',', '?':
		return true
	}
	return isWord(r)
}

func wsSplit(s []rune) []string {
	var out []string
	for i := 0; i < len(s); {
		j := i
		sp := twSpace(s[i])
		for j < len(s) && twSpace(s[j]) == sp {
			j++
		}
		out = append(out, string(s[i:j]))
		i = j
	}
	return out
}

// wordsepSplit splits text as CPython's TextWrapper.wordsep_re does:
// whitespace runs, em-dashes between words, and words split after the
// hyphens of hyphenated words.
func wordsepSplit(s []rune) []string {
	var out []string
	at := func(i int) rune {
		if i < 0 || i >= len(s) {
			return -1
		}
		return s[i]
	}
	lt := func(i int) bool { r := at(i); return r >= 0 && isLetter(r) }
	dashes := func(i int) int {
		n := 0
		for at(i+n) == '-' {
			n++
		}
		return n
	}
	emDashAhead := func(i int) bool { // (?=-{2,}\w)
		n := dashes(i)
		return n >= 2 && at(i+n) >= 0 && isWord(at(i+n))
	}
	for i := 0; i < len(s); {
		// whitespace run
		if twSpace(s[i]) {
			j := i
			for j < len(s) && twSpace(s[j]) {
				j++
			}
			out = append(out, string(s[i:j]))
			i = j
			continue
		}
		// em-dash between words
		if s[i] == '-' && i > 0 && isWordPunct(s[i-1]) {
			if n := dashes(i); n >= 2 && at(i+n) >= 0 && isWord(at(i+n)) {
				out = append(out, string(s[i:i+n]))
				i += n
				continue
			}
		}
		// word, possibly hyphenated: the shortest run of non-space
		// characters followed by a break.
		end := len(s)
		for j := i + 1; j <= len(s); j++ {
			if !twSpace(s[j-1]) {
				// hyphenated word: s[j] is '-'
				if at(j) == '-' && ((lt(j-2) && lt(j-1)) || (lt(j-3) && at(j-2) == '-' && lt(j-1))) {
					if lt(j+1) && (lt(j+2) || (at(j+2) == '-' && lt(j+3))) {
						end = j + 1
						break
					}
				}
				// end of word
				if j == len(s) || twSpace(s[j]) {
					end = j
					break
				}
				// em-dash follows
				if isWordPunct(s[j-1]) && emDashAhead(j) {
					end = j
					break
				}
			} else {
				end = j - 1
				break
			}
		}
		if end <= i {
			end = i + 1
		}
		out = append(out, string(s[i:end]))
		i = end
	}
	return out
}
