package extract

import "strings"

// This file (tail15g) drops the row heads of the wire's feed and oilseed
// price tables that the recognizer takes for firms: a feed's form
// ("pellets", "expellers", glued or not to its seed: "PALMEXPELLERS",
// "SOYMEAL PELLETS") or "afloat", a cargo at sea, with a port or an
// origin beside it ("Ghent ... Pellets", "Expellers Afloat").

// feedTableName reports whether a name typed as an organization, settled
// by no table or alias and holding no organization's word, has a word
// ending in "pellets" or "expellers", or the word "afloat": a table's row
// head, no entity.
func feedTableName(m *mention) bool {
	if m.typ != Org || m.forced != "" || m.canon != "" || m.agency >= 0 || anyOrgWord(m.words) {
		return false
	}
	for _, w := range m.words {
		if w == "afloat" || strings.HasSuffix(w, "pellets") || strings.HasSuffix(w, "expellers") {
			return true
		}
	}
	return false
}
