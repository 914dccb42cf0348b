package extract

import (
	"strings"
	"unicode"
)

// participleOpener reports whether the word wd is a compound adjective
// made with a participle that a sentence's capital glued to the name after
// it (tail11z): "Top-seeded Ann Okafor", "Problem-plagued Quarbin Corp",
// "the Reagan-appointed Tervane Commission". It opens a sentence or
// follows no capitalized word but an article ("The Okafor-appointed"): in
// "the AFC North-leading Lions" the adjective's first part ends a name
// before it. The word holds one hyphen between a capitalized part and a
// lower-case participle of five letters or more ending in "ed", or of six
// or more ending in "ing": the second syllable of a given name
// ("Mei-ling", "Dai-ichi") is shorter, and a noun after the hyphen
// ("Blu-ray", "Co-operative", "Euro-clear") ends otherwise.
// [compoundAdjective] takes the adjectives of place and ownership
// ("Tervane-based") wherever they stand.
func participleOpener(text string, wd word) bool {
	w := wd.text
	i := strings.IndexByte(w, '-')
	if i <= 0 || !unicode.IsUpper(rune(w[0])) {
		return false
	}
	tail := w[i+1:]
	for _, c := range tail {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	if !(len(tail) >= 5 && strings.HasSuffix(tail, "ed") || len(tail) >= 6 && strings.HasSuffix(tail, "ing")) {
		return false
	}
	if sentenceStart(text, wd.start) {
		return true
	}
	p, _ := prevWordFast(text, wd.start)
	return p == "" || !upperWord(p) || p == "The" || p == "A" || p == "An"
}
