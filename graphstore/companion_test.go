package graphstore

import (
	"fmt"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestCompanion checks that a firm's one-word short name, in an article
// that shares with the firm's articles one rare thing only, goes to the
// firm when every one of the firm's three articles or more names that
// thing (its parent, "Vellmore Holdings"), and stays apart when the thing
// is in fewer of them, when the firm has two articles only, when the
// thing is common in the corpus, or when it is a country (another thing
// of one article of the firm shared beside it).
func TestCompanion(t *testing.T) {
	for _, tt := range companionCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// companionCases are TestCompanion's corpora, each with its filler
// articles; the node of org:quarbin in the story "lone" is the case's.
func companionCases() []nodeCase {
	filler := firmsAlone(300)
	parent := at("org:vellmore-holdings", "Vellmore Holdings", extract.Org, false, 0)
	country := at("country:IS", "Iceland", extract.Country, false, 0)
	// The lone story names more than the thing it shares, so that it is
	// no sparse article (whose one candidate is taken anyway).
	lone := func(shared ...extract.Entity) *extract.Doc {
		return doc("lone", append(shared, at("location:dalmor", "Dalmor", extract.Location, false, 0),
			at("person:ena-varga", "Ena Varga", extract.Person, false, 1), at("org:quarbin", "Quarbin", extract.Org, true, 2))...)
	}
	// exchange: a thing common in the corpus that one of the firm's
	// articles names, shared beside a country.
	exchange := at("org:ardel-exchange", "Ardel Exchange", extract.Org, false, 1)
	// firm gives n articles of Quarbin Tervane Corp, the first calling it
	// "Quarbin" too and naming first; the first with of them name shared.
	firm := func(n, with int, shared extract.Entity, first ...extract.Entity) []*extract.Doc {
		var out []*extract.Doc
		for i := range n {
			f := at("org:quarbin-tervane", "Quarbin Tervane Corp", extract.Org, false, 0)
			if i == 0 {
				f = linked("org:quarbin-tervane", "Quarbin Tervane Corp", "Quarbin")
			}
			d := doc(fmt.Sprintf("firm%d", i), f, at(fmt.Sprintf("org:other%d", i), fmt.Sprintf("Other %d", i), extract.Org, false, 1))
			if i == 0 {
				d.Entities = append(d.Entities, first...)
			}
			if i < with {
				d.Entities = append(d.Entities, shared)
			}
			out = append(out, d)
		}
		return out
	}
	// commonOf: 60 articles more that name e.
	commonOf := func(e extract.Entity) []*extract.Doc {
		out := make([]*extract.Doc, 60)
		for i := range out {
			out[i] = doc(fmt.Sprintf("common%02d", i), e)
		}
		return out
	}
	return withFiller(filler, []nodeCase{
		{"named in every article of the firm", append(firm(3, 3, parent), lone(parent)), "lone", "org:quarbin", "org:quarbin-tervane"},
		{"named in two of three", append(firm(3, 2, parent), lone(parent)), "lone", "org:quarbin", "org:quarbin"},
		{"a firm of two articles", append(firm(2, 2, parent), lone(parent)), "lone", "org:quarbin", "org:quarbin"},
		{"common in the corpus", append(append(commonOf(parent), firm(3, 3, parent)...), lone(parent)), "lone", "org:quarbin", "org:quarbin"},
		{"a country", append(append(commonOf(exchange), firm(3, 3, country, exchange)...), lone(country, exchange)), "lone", "org:quarbin", "org:quarbin"},
	})
}
