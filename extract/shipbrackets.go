package extract

import "strings"

// This file (tail12x) reads a ship's particulars in brackets after its
// name, as shipping and cargo reports give them: the deadweight tonnage
// ("sold the Zorbit Star (231,400 dwt) and Lemmo (98,000 dwt)") or the
// estimated time of arrival in a cargo table ("Afloat on Quarbe (eta Apl
// 12 R'dam)"). The name is a ship's, MISC, no entity. [shipCue] reads the
// kind before the name ("the tanker Quarbe"); here the name stands alone.

// shipBracket reports whether a name typed as an organization, a person or
// a place is followed by a bracket (after a space or a line's end) that
// opens with "eta" or with a tonnage and "dwt": the name is a ship's. A country, a canon's name or an
// agency is left alone.
func shipBracket(text string, m *mention) bool {
	if m.End+6 >= len(text) || !lineGap(text, m.End) || text[m.End+1] != '(' {
		return false // the cheap first question
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.country >= 0 || m.canon != "" || m.agency >= 0 {
		return false
	}
	w, e := nextWord(text, m.End+2)
	if strings.EqualFold(w, "eta") {
		return true
	}
	if !tonnage.MatchString(w) {
		return false
	}
	unit, _ := nextWord(text, e)
	return strings.TrimRight(unit, ",.;)") == "dwt"
}
