package graphstore

import (
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestArmApart checks that a firm's one-word name alone does not go to an
// arm of the firm ("Quarbin" to Quarbin Capital) that other articles give
// in full and never call by the word alone, and that it still goes to an
// arm an article calls so, to a longer name of the firm written with a
// company suffix or of a lone "Securities", or to the arm in an article
// that gives the arm's name itself.
func TestArmApart(t *testing.T) {
	for _, tt := range armCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// armCases are TestArmApart's corpora, each with its filler articles; the
// node of org:quarbin in the bank story is the case's.
func armCases() []nodeCase {
	filler := firmsAlone(40)
	shared := []extract.Entity{at("org:ardel-grain-exchange", "Ardel Grain Exchange", extract.Org, false, 0),
		at("person:ena-varga", "Ena Varga", extract.Person, false, 3)}
	// Two stories of the full name that share an exchange and a trader
	// with the bank story that names the firm alone; in the first, when
	// called is set, the arm is called by the firm's word too.
	full := func(id, name string, called bool) []*extract.Doc {
		first := at(id, name, extract.Org, false, 0)
		if called {
			first = linked(id, name, "Quarbin")
		}
		return []*extract.Doc{doc("f1", append(slices.Clone(shared), first)...),
			doc("f2", append(slices.Clone(shared), at(id, name, extract.Org, false, 0))...)}
	}
	bank := doc("bank", append(slices.Clone(shared), at("org:quarbin", "Quarbin", extract.Org, true, 2))...)
	own := doc("bank", append(slices.Clone(shared), at("org:quarbin", "Quarbin", extract.Org, true, 2),
		at("org:quarbin-capital", "Quarbin Capital", extract.Org, false, 0))...)
	return withFiller(filler, []nodeCase{
		{"an investment arm", append(full("org:quarbin-capital", "Quarbin Capital", false), bank), "bank", "org:quarbin", "org:quarbin"},
		{"a markets arm", append(full("org:quarbin-capital-markets", "Quarbin Capital Markets", false), bank), "bank", "org:quarbin", "org:quarbin"},
		{"a regional arm", append(full("org:quarbin-computer-games-america", "Quarbin Computer Games America", false), bank), "bank", "org:quarbin", "org:quarbin"},
		{"an arm its own article calls so", append(full("org:quarbin-capital", "Quarbin Capital", true), bank), "bank", "org:quarbin", "org:quarbin-capital"},
		{"a firm written with its suffix", append(full("org:quarbin-capital", "Quarbin Capital Corp", false), bank), "bank", "org:quarbin", "org:quarbin-capital"},
		{"a lone Securities", append(full("org:quarbin-securities", "Quarbin Securities", false), bank), "bank", "org:quarbin", "org:quarbin-securities"},
		{"the article gives the arm", append(full("org:quarbin-capital", "Quarbin Capital", true), own), "bank", "org:quarbin", "org:quarbin-capital"},
	})
}
