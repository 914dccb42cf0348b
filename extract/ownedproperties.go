package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14d) holds the cue by which a name ending in "Center",
// "Tower" or "Plaza" that the recognizer typed as an organization is a
// building an owner holds, a place: the owner's possessive before it and
// the town it stands in, or its offices, after it ("sell its Quarbin
// Trade Center in Tervane", "the bank's Zorbit Tower offices"). A centre
// that acts ("the Quarbin Center said") has neither.

// propertyTails end the name of a building.
var propertyTails = names.Set{"center": true, "centre": true, "tower": true, "plaza": true}

// propertyAfter follow a building's name as the parts or uses of it.
var propertyAfter = names.Set{"offices": true, "office": true, "building": true, "complex": true,
	"headquarters": true, "site": true}

// propertyUnits name the work done in a centre that is an owner's unit
// or institution rather than its building: "its Quarbin Service Center
// in Tervane has been named an agent", "its Zorbit Health Care Center".
var propertyUnits = names.Set{"service": true, "services": true, "health": true, "care": true, "medical": true,
	"research": true, "training": true, "information": true, "data": true, "computer": true}

// ownedProperty reports whether a name typed an organization, of two to
// five words ending in a word of [propertyTails], with no word of
// [propertyUnits] and no well-known name,
// stands after an owner's possessive ([ownerBefore]: "its", "their", a
// capitalized possessive, maybe "new" between, or a lower-case noun's
// possessive, "the firm's") and before "in" and a capitalized word or a
// word of [propertyAfter].
func ownedProperty(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 || n > 5 || !propertyTails[m.words[n-1]] || m.typ != Org || m.canon != "" || m.forced != "" ||
		m.agency >= 0 || m.country >= 0 || m.End >= len(text) || !lineGap(text, m.End) {
		return false // the cheap first question: the last word
	}
	for _, w := range m.words[:n-1] {
		if propertyUnits[w] {
			return false
		}
	}
	if p, _ := prevWordFast(text, m.Start); !ownerBefore(text, m.Start) && !(possessiveEnd(p) && p != "'s") {
		return false
	}
	w, we := nextWord(text, m.End)
	if w == "in" {
		c, _ := nextWord(text, we)
		if !upperWord(c) {
			return false
		}
	} else if !propertyAfter[strings.TrimRight(w, ",.;:")] {
		return false
	}
	_, known := names.Known(m.Name)
	return !known
}
