package extract

import (
	"github.com/nergraph/nergraph/internal/names"
)

// placeBodyHeads are the heads of a public body often named after the place
// it serves: "the Tervane Race Equality Council", "the Quarbin Harbour
// Authority". A company's words ("Bank", "Group", "Fund") are left out.
var placeBodyHeads = names.Set{"council": true, "commission": true, "committee": true, "bureau": true,
	"authority": true, "board": true, "agency": true, "department": true}

// bodyPlacePreps are prepositions that put a name after them as a place: "in
// Tervane", "released from Tervane".
var bodyPlacePreps = names.Set{"in": true, "from": true, "near": true, "across": true, "around": true,
	"throughout": true, "outside": true}

// placesOfBodies types as a place a one-word name that the article writes
// as a place and that opens the name of a public body of the article
// (tail14t): "campaigners in Tervane ... the Tervane Race Equality Council
// ... the people of Tervane". The recognizer often types such a town an
// organization, or a person, and [shortNameFits] then puts it under the
// body by its first word. The name is a place when half its mentions in
// the body of the article, one at least, follow a preposition of place
// ([bodyPlacePreps], in lower case); the body's name is two words or more
// ending in a head of [placeBodyHeads], with no company's word or suffix.
// A people's name or a country's is no town: "in European trade" beside
// the European Commission.
func placesOfBodies(text string, groups []*group) {
	for _, g := range groups {
		if g.isFixed || len(g.words) != 1 || g.typ == Location || g.typ == Country || countryWord(g.key) || names.Tables().IsDemonym(g.key) ||
			!placeBodyOpened(g.key, groups) {
			continue
		}
		placed, all := 0, 0
		for _, m := range g.own {
			if m.headline {
				continue
			}
			all++
			if w, _ := prevWord(text, m.Start); bodyPlacePreps[w] {
				placed++
			}
		}
		if placed > 0 && 2*placed >= all {
			g.typ = Location
		}
	}
}

// placeBodyOpened reports whether a group of groups is a public body whose
// name key opens ([placesOfBodies]).
func placeBodyOpened(key string, groups []*group) bool {
	for _, f := range groups {
		fw := f.words
		if f.typ != Org || len(fw) < 2 || fw[0] != key || !placeBodyHeads[fw[len(fw)-1]] {
			continue
		}
		company := false
		for _, w := range fw[1:] {
			if names.CompanyWords[w] || names.CorpSuffixes[w] {
				company = true
			}
		}
		if !company {
			return true
		}
	}
	return false
}
