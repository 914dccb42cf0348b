package extract

import "strings"

// This file holds the cue of a venue or a site the recognizer typed an
// organization, named between its owner's possessive and a common noun
// of a site: "Quarbin United's Tervane Park stadium", "Zorbit's Vell
// Creek mine". The owner is already named; the words between are the
// site's own name, a place.

// ownedSite reports whether a name typed an organization stands after a
// capitalized possessive (a named owner: "the company's" is left) and
// before a noun of [siteNouns] ("stadium", "arena", "mine"), and has no
// organization's word and is no well-known name ([thingName]).
func ownedSite(text string, m *mention) bool {
	if m.typ != Org || m.canon != "" || m.forced != "" || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	next, _ := nextWord(text, m.End)
	if !siteNouns[strings.TrimRight(next, ",.;:)")] {
		return false // the cheap first question
	}
	p, _ := prevWordFast(text, m.Start)
	if !upperWord(p) || !strings.HasSuffix(p, "'s") && !strings.HasSuffix(p, "’s") {
		return false
	}
	return thingName(m, m.words)
}
