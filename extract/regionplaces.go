package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// regionPlaces types as a place a state's, a province's or a city's name
// that the recognizer took for a body (or, of two words or more, for a
// person), when the compiled lists know it as such and no list knows it as
// a body, and some mention of it in the article stands where a place
// stands ([Resolver.placeCue]: "in the Tervane cocoa zone", "the state of
// Tervane", "Cordoba, Tervane and Santa Fe") or before a crop's words
// ([cropAfter]: "the Tervane temporao crop"). The tables of places know
// few states outside America; the gazetteer's states and cities are left
// to the model, which types by the words around them and has seen a
// club's name (a Brazilian side of that name) as an organization. Sports
// reports are left alone: there the bare name of a town is its club.
func (r *Resolver) regionPlaces(a *article) {
	var cue map[string]bool // key → a mention stands where a place stands
	for _, m := range a.ms {
		if !regionCandidate(m) {
			continue
		}
		if cue == nil {
			if r.sportArticle(a) {
				return
			}
			cue = map[string]bool{}
		}
		if !cue[m.key] {
			cue[m.key] = (r.placeCue(a.text, m) || cropAfter(a.text, m)) && placeGaz().RegionOrCity(m.words)
		}
	}
	for _, m := range a.ms {
		if cue[m.key] && regionCandidate(m) {
			m.typ, m.typed = Location, true
		}
	}
}

// regionCandidate reports whether a mention may be a place's name the
// recognizer typed wrong: an organization, or a person of two words or
// more (one word is too often a first name or a surname that a town
// shares), that nothing settled.
func regionCandidate(m *mention) bool {
	return (m.typ == Org || m.typ == Person && len(m.words) >= 2) && !m.typed && m.canon == "" && m.forced == "" &&
		m.country < 0 && m.agency < 0 && !m.removed
}

// cropWords follow a growing region's name: "the Tervane crop", "Tervane
// arrivals" (of a crop at its ports), "the Tervane cocoa zone".
var cropWords = names.Set{"crop": true, "crops": true, "harvest": true, "harvests": true, "arrivals": true,
	"growers": true, "zone": true, "zones": true, "plantings": true, "rainfall": true}

// cropAfter reports whether a crop's word follows a name, perhaps after
// "'s" and one lower-case word: "Tervane's temporao crop", "the Tervane
// cocoa zone", "Tervane arrivals".
func cropAfter(text string, m *mention) bool {
	i := m.End
	if strings.HasPrefix(text[i:], "'s ") {
		i += 2
	}
	n, ne := nextWord(text, i)
	if cropWords[strings.TrimRight(n, ",.;:")] {
		return true
	}
	if n == "" || !asciiLowerWord(n) {
		return false
	}
	nn, _ := nextWord(text, ne)
	return cropWords[strings.TrimRight(nn, ",.;:")]
}

// asciiLowerWord reports whether w is lower-case letters a to z only.
func asciiLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}
