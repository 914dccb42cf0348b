package extract

import (
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11x) types as a place a name of two words or more that
// the recognizer alone took for an organization while the model's
// gazetteer holds it whole as a place and as no organization's or
// person's name: "the District of Tervane", whose "District" made it
// look like a body. A name before a lower-case noun it qualifies ("a
// Federal District judge", "the Tervane Beach broker") is left: it names
// a court or a firm's unit as often as a place.

// gazetteerPlaces types such names as places.
func (r *Resolver) gazetteerPlaces(a *article) {
	g := placeGaz()
	if g == nil {
		return
	}
	for _, m := range a.ms {
		if m.typ != Org || len(m.words) < 2 || m.ruled() || m.Title != "" || m.acronym {
			continue
		}
		if lowerModifier(a.text, m.End) || !g.TownOrRegion(m.words) || g.KnownName(m.words, "ORG") || g.KnownName(m.words, "PER") {
			continue
		}
		if _, ok := names.Known(m.Name); ok || shortOfLonger(a, m) {
			continue // "Lemmo Bay" of "Lemmo Bay Oil Co" is the firm's
		}
		m.typ, m.typed = Location, true
	}
}

// lowerModifier reports whether the word right after end is in lower
// case and no minor word ("of", "and", "over"): the name before it
// qualifies a noun ("a Federal District judge").
func lowerModifier(text string, end int) bool {
	if end >= len(text) || !unicode.IsSpace(rune(text[end])) {
		return false
	}
	w, _ := nextWord(text, end)
	w = strings.TrimRight(w, ",.;:)")
	return w != "" && lowerWord(w) && !names.MinorWords[w]
}
