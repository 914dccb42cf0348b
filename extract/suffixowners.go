package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// suffixOwnerUnit (tail14w) reports whether a name of two words or more
// the recognizer took for a place stands right after a firm's legal form
// and its possessive ("Quarbin Holdings Corp's Tervane Savings", "Lemmo
// Inc 's Vell Pumps") and ends its clause (a comma, a full stop, "and" or
// "said" after it): what a firm owns and names is its unit, an
// organization. A place after the possessive goes on with what stands
// there ("Quarbin Corp's Tervane refinery"), and a place the tables or
// the gazetteer know, a region or a country is left as it is.
func suffixOwnerUnit(text string, m *mention) bool {
	if m.typ != Location || len(m.words) < 2 || m.canon != "" || m.country >= 0 || m.Start < 2 {
		return false
	}
	p, i := prevWordFast(text, m.Start)
	if p == "'s" || p == "’s" {
		p, _ = prevWordFast(text, i)
	} else if s, ok := strings.CutSuffix(p, "'s"); ok {
		p = s
	} else if s, ok := strings.CutSuffix(p, "’s"); ok {
		p = s
	} else {
		return false // the cheap first question
	}
	if !names.CorpSuffixes.Has(strings.TrimRight(p, ".")) {
		return false
	}
	if m.End < len(text) && !strings.ContainsRune(",.;)", rune(text[m.End])) {
		if n, _ := nextWord(text, m.End); n != "and" && n != "said" {
			return false
		}
	}
	t := names.Tables()
	return !t.KnownPlace(m.key) && !names.IsRegion(m.key) && !placeGaz().PlaceName(m.words)
}
