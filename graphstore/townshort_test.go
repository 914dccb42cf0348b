package graphstore

import (
	"fmt"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// firmsAlone returns n articles that each name one firm of their own:
// filler that makes what the tests' articles share rare, as in a corpus.
func firmsAlone(n int) []*extract.Doc {
	out := make([]*extract.Doc, n)
	for i := range out {
		out[i] = doc(fmt.Sprintf("filler%02d", i), at(fmt.Sprintf("org:firm%02d", i), fmt.Sprintf("org:firm%02d", i), extract.Org, false, 0))
	}
	return out
}

// TestTownBodyApart checks that a town's lone name, typed an organization
// beside another place of its sentence, does not go to a longer body of
// the town's name that no article calls by the town alone; and that it
// still does where the place stands in another sentence, or an article
// calls the body so.
func TestTownBodyApart(t *testing.T) {
	for _, tt := range townBodyCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// townBodyCases are TestTownBodyApart's corpora, each with its filler
// articles; the node of org:tervane in the court's story is the case's.
func townBodyCases() []nodeCase {
	filler := firmsAlone(40)
	// Two stories of the Tervane Securities brokerage, which share a
	// regulator and a broker with the story of a court.
	shared := []extract.Entity{at("org:quarbin-exchange", "Quarbin Exchange", extract.Org, false, 0), at("person:ardo-vell", "Ardo Vell", extract.Person, false, 3)}
	body := at("org:tervane-securities", "Tervane Securities", extract.Org, false, 0)
	firms := []*extract.Doc{
		doc("f1", append(slices.Clone(shared), body)...),
		doc("f2", append(slices.Clone(shared), body)...),
		doc("town", at("location:tervane", "Tervane", extract.Location, true, 0)),
	}
	court := func(placeAt int) *extract.Doc {
		return doc("court", append(slices.Clone(shared), at("org:tervane", "Tervane", extract.Org, true, 1),
			at("location:lunmark", "Lunmark", extract.Location, false, placeAt))...)
	}
	calls := doc("f3", append(slices.Clone(shared), linked("org:tervane-securities", "Tervane Securities", "Tervane"))...)
	return withFiller(filler, []nodeCase{
		{"a town beside another place", append(slices.Clone(firms), court(1)), "court", "org:tervane", "org:tervane"},
		{"the place in another sentence", append(slices.Clone(firms), court(2)), "court", "org:tervane", "org:tervane-securities"},
		{"an article calls the body by the town", append(slices.Clone(firms), calls, court(1)), "court", "org:tervane", "org:tervane-securities"},
	})
}
