package extract

import "strings"

// This file holds tail15r's cue of a term a writer introduces: "so-called"
// right before a name says the name is a label, a coined term, a standard
// or a scheme the reader may not know ("the so-called Zorbit codes", "a
// fifth so-called Quarbin Trial"), not a firm, a person or a place.
// Asked by [ownedThings].

// soCalledTerm reports whether a name typed as an organization, a person
// or a place comes right after "so-called" (a quote may open the name:
// `so-called "Lemmo Plan"`). A name of an organization's words ("the
// so-called Quarbin Club" of creditor nations, "the so-called Group of
// Nine"), a place, a region, a demonym, a country or a well-known name
// ([thingName]) is left, and so is a name an alias rule, a country's or an
// agency's table gave, and a name in a headline. The cheap first question
// is the byte before the name: a space or a quote.
func soCalledTerm(text string, m *mention) bool {
	s := m.Start
	if s > 0 && text[s-1] == '"' {
		s--
	}
	const cue = "o-called "
	if s < len(cue)+1 || text[s-1] != ' ' || !strings.HasSuffix(text[:s], cue) {
		return false
	}
	if c := text[s-len(cue)-1]; c != 's' && c != 'S' {
		return false
	}
	if !workTyped(m) || m.headline {
		return false
	}
	return thingName(m, m.words)
}
