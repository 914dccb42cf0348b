package extract

import (
	"strings"
	"unicode"
)

// This file (tail12g) takes a second apposition of a firm's unit for
// [firmUnit]: "Zorbit Lemmo, its 75 pct owned subsidiary", "Zorbit, its
// largest unit". A person or a place is no one's subsidiary.

// itsUnit reports whether rest, the text after a name's comma and space,
// opens with "its", at most four words in lower case or figures, and a
// word of [unitNouns].
func itsUnit(rest string) bool {
	w, e := nextWord(rest, 0)
	if w != "its" {
		return false
	}
	for range 5 {
		w, e = nextWord(rest, e)
		if w == "" {
			return false
		}
		if unitNouns[strings.TrimRight(w, ",.;:")] {
			return true
		}
		for _, r := range w {
			if !unicode.IsLower(r) && !unicode.IsDigit(r) && r != '-' && r != '.' {
				return false
			}
		}
	}
	return false
}
