package extract

import (
	"slices"

	"github.com/nergraph/nergraph/internal/names"
)

// placeShortFirm reports whether g, one word the recognizer alone typed a
// place, is the short form of f, a firm whose name in the article ends in
// a company suffix and begins with g's word: "Tervane" for "Tervane Oil
// Ltd" ("a stake in Tervane"). Unknown one-word names are often typed
// places; a word the tables or the gazetteer know as a place, a town, a
// region or a people is left (firstWordFits leaves countries, peoples and
// the tables' places; a town here might be the firm's seat), and so is the
// word of a firm named after a site ("Tervane Pipeline Co" owns the
// pipeline from the Tervane oil field, a place).
func placeShortFirm(g, f *group, fw []string) bool {
	if g.typ != Location || len(g.words) != 1 || slices.ContainsFunc(g.own, func(m *mention) bool { return m.typed }) {
		return false
	}
	t := names.Tables()
	if t.CityCountry[g.key] != "" || names.IsRegion(g.key) || placeGaz().PlaceName(g.words) || !firstWordFits(g.key, f, fw) ||
		names.PlaceTails[fw[1]] || names.FacilityHeads[fw[1]] || siteFirmWords[fw[1]] {
		return false
	}
	return slices.ContainsFunc(f.own, func(m *mention) bool {
		return len(m.words) > 1 && names.CorpSuffixes[m.words[len(m.words)-1]]
	})
}

// siteFirmWords, after a firm's first word, name the site the firm is
// named after, beyond [names.PlaceTails] and [names.FacilityHeads].
var siteFirmWords = names.Set{"pipeline": true, "pipelines": true, "mines": true, "fields": true, "basin": true,
	"terminal": true, "port": true, "harbour": true, "harbor": true}
