package extract

import (
	"strings"
	"unicode"
)

// ownerPossessive reports whether a capitalized word before a town is a
// possessive, a firm's whose site the town names ("Halvex's Tervane,
// Ohio plant", "HALVEX' Tervane, Louisiana plant"), not a congressman's
// title or first names ("Rep. Ann Rigby, Texas").
func ownerPossessive(p string) bool {
	return len(p) > 2 && (strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") ||
		strings.HasSuffix(p, "s'") || strings.HasSuffix(p, "S'"))
}

// townSite reports whether the name at text[s:e] is written as a site the
// town names, after "the" and before a lower-case noun: "the Tervane
// waste site". Such a mention says nothing against the town in
// [townOnly].
func townSite(text string, s, e int) bool {
	if p, _ := prevWord(text, s); p != "the" {
		return false
	}
	if e >= len(text) || !lineGap(text, e) {
		return false
	}
	w, _ := nextWord(text, e)
	return w != "" && unicode.IsLower(rune(w[0]))
}
