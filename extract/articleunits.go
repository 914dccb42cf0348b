package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11i) types as firms the names the recognizer took for
// people or places right before a noun of a firm's unit, after "the", "a"
// or "an": "the Quarbin unit", "a Zorbit Lemmo subsidiary", "the Tervane
// Amlow unit's president". [firmUnit] wants a firm's possessive before the
// name ("Quarbin's Zorbit unit"); without one the name is the unit's or
// its parent's, a firm either way. A place before the noun says where the
// unit is ("the Paris unit", "the Luckey Ditch unit" of an oil field is
// typed a place by its own words first), so a name the tables or the
// model's gazetteer hold as a place is left, as is a people's adjective
// ("the Canadian unit"). A name the recognizer typed a firm there is
// typed by its words, so that it outweighs the recognizer's person of the
// same name elsewhere in the article (the headline's "QUARBIN UNIT").

// articleUnit reports whether a name of one to three words stands between a lower-case "the", "a" or "an" and a
// word of [unitNouns] or its plural, with no "in" or "at" before the
// article, no title, no initial and no
// first name of the model's gazetteer as its first word, and is no place
// the tables or the gazetteer know.
func articleUnit(text string, m *mention) bool {
	if m.typ == Misc || m.typ == Country || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 ||
		m.Title != "" || len(m.words) == 0 || len(m.words) > 3 || m.End+5 >= len(text) || !lineGap(text, m.End) {
		return false
	}
	n, _ := nextWord(text, m.End)
	n = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(n, ",.;:"), "'s"), "s")
	if !unitNouns[n] {
		return false // the usual case, decided at once
	}
	p, ps := prevWordFast(text, m.Start)
	if p != "the" && p != "a" && p != "an" {
		return false
	}
	if q, _ := prevWordFast(text, ps); q == "in" || q == "at" {
		return false // "a working interest in the Tervane unit": an oil field's unit, a place
	}
	if strings.Contains(m.Name, ".") || names.IsRegion(m.key) || names.Tables().KnownPlace(m.key) || names.Tables().IsDemonym(m.key) {
		return false
	}
	g := placeGaz()
	return g != nil && !g.PlaceName(m.words) && !g.FirstName(m.words[0])
}
