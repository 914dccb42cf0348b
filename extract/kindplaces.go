package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12p) lets a kind noun type a one-word name that the
// recognizer took for a place when a preposition or an ordinal follows
// the name: "UK rapper Kano third" is a person, "his label Zomba to a
// giant" a firm. [kindNounType] reads only punctuation, "and", "or",
// "which" and "who" after the name.

// placeKindWords are the words after such a name that end its noun
// phrase besides [kindAfterOK]'s: a preposition or an ordinal ("rapper
// Kano third", "label Zomba to a giant"). A verb after the name may make
// it the subject of a clause that describes the kind noun.
var placeKindWords = names.Set{"to": true, "in": true, "at": true, "on": true, "for": true, "from": true,
	"with": true, "first": true, "second": true, "third": true, "fourth": true, "fifth": true}

// kindBeforePlace returns the type that a person's kind ([personKinds])
// or "label" right before a name of one word the recognizer took for a
// place gives it when a word of [placeKindWords] follows the name: a
// person, a firm; or "". A place the tables know, a country, a region and
// a people are left, as [kindNounType] leaves them.
func kindBeforePlace(text string, m *mention) Type {
	if m.typ != Location || len(m.words) != 1 || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 ||
		names.Tables().KnownPlace(m.key) || names.IsRegion(m.key) || names.Tables().IsDemonym(m.key) {
		return ""
	}
	k := kindBefore(text, m)
	if !personKinds[k] && k != "label" || !placeKindAfter(text, m.End) {
		return ""
	}
	if k == "label" {
		return Org
	}
	return Person
}

// placeKindAfter reports whether a word of [placeKindWords] follows end
// after a space.
func placeKindAfter(text string, end int) bool {
	if end >= len(text) || !lineGap(text, end) {
		return false
	}
	w, _ := nextWord(text, end)
	return placeKindWords[strings.TrimRight(w, ",.;:")]
}
