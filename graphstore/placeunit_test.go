package graphstore

import (
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestPlaceUnitApart checks that a firm's one-word name alone does not go
// to the firm's unit in a country ("Quarbin" to Quarbin Canada Ltd) that
// other articles give in full, and that it still goes to a longer name of
// the firm that names no country, or to the unit in an article that gives
// the unit's full name itself.
func TestPlaceUnitApart(t *testing.T) {
	for _, tt := range placeUnitCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// placeUnitCases are TestPlaceUnitApart's corpora, each with its filler
// articles; the node of org:quarbin in the grain story is the case's.
func placeUnitCases() []nodeCase {
	filler := firmsAlone(40)
	// Two stories of the full name, the first of which calls it by the
	// firm's name too, and which share an exchange and a trader with the
	// grain story that names the firm alone.
	shared := []extract.Entity{at("org:ardel-grain-exchange", "Ardel Grain Exchange", extract.Org, false, 0),
		at("person:ena-varga", "Ena Varga", extract.Person, false, 3)}
	full := func(id, name string) []*extract.Doc {
		return []*extract.Doc{doc("f1", append(slices.Clone(shared), linked(id, name, "Quarbin"))...),
			doc("f2", append(slices.Clone(shared), at(id, name, extract.Org, false, 0))...)}
	}
	grain := doc("grain", append(slices.Clone(shared), at("org:quarbin", "Quarbin", extract.Org, true, 2))...)
	own := doc("grain", append(slices.Clone(shared), at("org:quarbin", "Quarbin", extract.Org, true, 2),
		at("org:quarbin-canada", "Quarbin Canada Ltd", extract.Org, false, 0))...)
	return withFiller(filler, []nodeCase{
		{"a unit in a country", append(full("org:quarbin-canada", "Quarbin Canada Ltd"), grain), "grain", "org:quarbin", "org:quarbin"},
		{"a unit in a country by its code", append(full("org:quarbin-uk", "Quarbin U.K. Ltd"), grain), "grain", "org:quarbin", "org:quarbin"},
		{"a longer name of the firm", append(full("org:quarbin-mining", "Quarbin Mining Inc"), grain), "grain", "org:quarbin", "org:quarbin-mining"},
		{"a firm named with a town", append(full("org:quarbin-manhattan", "Quarbin Manhattan Corp"), grain), "grain", "org:quarbin", "org:quarbin-manhattan"},
		{"the article gives the unit", append(full("org:quarbin-canada", "Quarbin Canada Ltd"), own), "grain", "org:quarbin", "org:quarbin-canada"},
	})
}
