package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yc) types as places the names of a list after a plural
// noun of places and "of": "the islands of Tervane, Amlow and Quarbin",
// "the ports of Zorbit and Lunmark". The recognizer takes some of them for
// firms or people.

// placePlurals are the plural nouns of places a list of their names
// follows after "of".
var placePlurals = names.Set{"islands": true, "towns": true, "cities": true, "provinces": true, "states": true,
	"villages": true, "ports": true, "regions": true, "districts": true, "counties": true}

// placeNounList reports whether a one-word name stands in a list of
// one-word capitalized names, joined by commas and "and", that follows a
// lower-case plural of [placePlurals] and "of" ("the islands of Tervane,
// Amlow and Quarbin"); a list of two names at least, and no name with an
// organization's word.
func placeNounList(text string, m *mention) bool {
	if len(m.words) != 1 || m.canon != "" || orgWord(m.words[0]) {
		return false
	}
	w, at := prevWordFast(text, m.Start)
	first := w == "of" || placeListOpener(w) // tail11n: placeListOpener
	if !first && w != "and" && !listComma(w) {
		return false // the usual case, decided at once
	}
	if first {
		rest := text[m.End:]
		if !strings.HasPrefix(rest, ", ") && !strings.HasPrefix(rest, " and ") {
			return false // one name after "of": "the port of Tervane" is no list
		}
	}
	afterAnd := false // the word read before (to the right of) w is "and"
	for range 12 {
		switch {
		case w == "of":
			p, _ := prevWordFast(text, at)
			return placePlurals[p]
		case placeListOpener(w): // tail11n
			return placePluralBefore(text, w, at)
		case w == "and":
			afterAnd = true
		case listComma(w) || afterAnd && listItem(w):
			afterAnd = false
		default:
			return false
		}
		w, at = prevWordFast(text, at)
	}
	return false
}

// listItem reports whether w is a capitalized word with no punctuation,
// a one-word item of a list.
func listItem(w string) bool {
	return len(w) > 1 && upperWord(w) && !strings.ContainsAny(w, ".,;:()\"")
}

// listComma reports whether w is a list's item that a comma ends:
// "Tervane,".
func listComma(w string) bool {
	name, ok := strings.CutSuffix(w, ",")
	return ok && listItem(name)
}
