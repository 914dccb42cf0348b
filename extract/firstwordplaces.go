package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11x) does for a word the recognizer took for a place what
// [firstWordFirms] does for a word it took for a person: "Nova owns 56 pct
// of Quarbin Oil Ltd ... a 43 pct stake in Quarbin ... Quarbin will become
// a private company", where "Quarbin" alone was typed a place, though no
// table and no gazetteer holds it as one.

// firstWordPlaces makes a firm of a one-word name typed a place when the
// article names a company whose name begins with that word ([firstFirm]
// of the article's [companies]), the word is no place the tables or the
// model's gazetteer know ("Tervane" the town beside "Tervane Steel Co"
// stays a town), no rule typed it, the article uses the word in no other
// way ([otherUse], the word's other mentions as a place aside), and no
// mention of it reads as a site ([siteReading]: "the Quarbin oil field"
// beside "Quarbin Pipeline Co", a firm named after the place).
func (r *Resolver) firstWordPlaces(a *article, firms []*mention) {
	for _, m := range a.ms {
		if m.typ != Location || len(m.words) != 1 || m.acronym || allCaps(a.text[m.Start:m.End]) || m.Title != "" || m.ruled() {
			continue
		}
		f := firstFirm(firms, m.words[0])
		if f == nil || r.knownPlaceName(m.Name) || gazTown(m) {
			continue
		}
		if _, ok := names.Known(m.Name); ok || otherPlaceUse(a, m, f) || siteReading(a, m.key) {
			continue
		}
		for _, o := range a.ms {
			if o.key == m.key && o.typ == Location && len(o.words) == 1 && !o.acronym && !o.ruled() && (o.Start < a.titleEnd || !allCaps(a.text[o.Start:o.End])) {
				o.typ, o.typed, o.canon = Org, true, f.Name
			}
		}
	}
}

// otherPlaceUse is [otherUse] for a word typed a place: its other mentions
// alone typed a place are the same reading and do not count.
func otherPlaceUse(a *article, m, f *mention) bool {
	w := m.words[0]
	for _, o := range a.ms {
		if o.key == f.key || o.key == m.key && o.typ == Location && len(o.words) == 1 {
			continue
		}
		if len(o.words) == 1 && o.words[0] == w {
			if o.typ != Person && o.typ != Org || o.personal || o.Title != "" {
				return true
			}
			continue
		}
		for _, x := range o.words {
			if x == w || strings.Contains(x, "-") && slices.Contains(strings.Split(x, "-"), w) {
				return true
			}
		}
	}
	return false
}

// siteReading reports whether a mention of the word keyed key reads as a
// place or a site: before "oil" or "gas" or a facility's noun ("the
// Quarbin oil field", "the Quarbin refinery", "the Quarbin plant"), or an
// end of a route between two capitalized names ("the Lemmo to Quarbin
// pipeline", "from Quarbin to Lemmo").
func siteReading(a *article, key string) bool {
	for _, o := range a.ms {
		if o.key != key {
			continue
		}
		next, at := nextWord(a.text, o.End)
		next = strings.TrimRight(next, ",.;:)")
		if fuelWords[next] || facilityNouns[next] || plantNouns[next] {
			return true
		}
		if after, _ := nextWord(a.text, at); next == "to" && upperWord(after) {
			return true
		}
		if p, ps := prevWord(a.text, o.Start); p == "to" {
			if q, _ := prevWord(a.text, ps); upperWord(q) {
				return true
			}
		}
	}
	return false
}
