package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// bourseName reports whether a name is a stock exchange's: two words or
// more, "Bourse" last ("the Lunmark Bourse", "Tervane Boerse"). The
// recognizer types the town's exchange as the town; an exchange is a body.
func bourseName(m *mention) bool {
	n := len(m.words)
	if n < 2 || m.typ == Org || m.forced != "" {
		return false
	}
	switch m.words[n-1] {
	case "bourse", "boerse", "borse":
		return true
	}
	return false
}

// weatherWords stand near a weather pattern's name in a story of it.
// ("Pacific Gas", "drought in the province" are not enough).
var weatherWords = []string{"weather", "phenomenon", "ocean", "warming"}

// weatherPhenomenon reports whether a name typed as a person or a firm is
// a weather pattern's Spanish name, an article and a noun of four letters
// or more ("El Quarbo", "La Quarba"), with a word of the weather beginning
// within 160 bytes: "a new El Quarbo, a phenomenon of the Pacific". A
// person's name of that article ("El Tervo", a matador's) in a story of no
// weather keeps its type; so do a short name ("El Al", the airline) and a
// place the tables know ("La Tervana", a province, in a story of its
// weather).
func (r *Resolver) weatherPhenomenon(text string, m *mention) bool {
	if len(m.words) != 2 || m.typ != Person && m.typ != Org || m.words[0] != "el" && m.words[0] != "la" || len(m.words[1]) < 4 {
		return false
	}
	return wordNear(text, m.Start, m.End, 160, weatherWords) && !r.knownPlaceName(m.Name)
}

// buildingName reports whether a name typed as a firm is a building's:
// two words or more, "Building", "Tower" or "Towers" last, after a
// lower-case "the" or a street number ("the Quarbin III Building", "the
// Halvane Bank Tower, an office building", "300 Tervane Avenue Building").
// A name after neither ("Zentor Building said", the firm's short name), a
// firm
// whose name goes on after it ("Zentor Building and Supply Corp") and a
// headline's capitals ("ZENTOR BUILDING SELF-TENDER", where the firm's
// name may be cut) keep their type.
func buildingName(text string, m *mention) bool {
	n := len(m.words)
	if n < 2 || m.typ != Org || m.canon != "" || m.forced != "" {
		return false
	}
	switch m.words[n-1] {
	case "building", "tower", "towers":
	default:
		return false
	}
	if m.headline || m.Text == strings.ToUpper(m.Text) {
		return false
	}
	if p, _ := prevWord(text, m.Start); !m.afterThe && !allDigits(p) {
		return false // "Zentor Building said", "for Zentor Building stock": the firm
	}
	w, _ := nextWord(text, m.End)
	return w != "and" && w != "&" && !names.CorpSuffixes.Has(trimDot(strings.TrimRight(w, ",")))
}

// allDigits reports whether w is a number of digits alone: "300", not
// "2." at a sentence's end.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
