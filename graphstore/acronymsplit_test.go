package graphstore

import (
	"fmt"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestAcronymSplit checks the acronym rule on tiny corpora of our own
// firms: an acronym that most articles spell out as one body and one
// article as another goes, in that article, to the body it spells out
// (by its initials, or as a firm named by the acronym and more words);
// two spellings of one body, and an article that spells out two bodies,
// split nothing.
func TestAcronymSplit(t *testing.T) {
	for _, tt := range acronymSplitCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// acronymSplitCases are TestAcronymSplit's corpora, each with its filler
// articles; the acronym QRT stands alone in every article but the
// fillers.
func acronymSplitCases() []nodeCase {
	org := func(id, name string) extract.Entity { return ent(id, name, extract.Org, false) }
	qrt := ent("org:qrt", "QRT", extract.Org, true)
	var filler []*extract.Doc
	for i := range 30 {
		filler = append(filler, doc(fmt.Sprintf("filler%02d", i), org(fmt.Sprintf("org:firm%02d", i), fmt.Sprintf("Firm%02d", i))))
	}
	// Three reports of a rail company that spell it out.
	rail := func(id string) *extract.Doc {
		return doc(id, qrt, org("org:quarbin-rail-transport", "Quarbin Rail Transport Corp"), org("org:dellan-steel", "Dellan Steel Inc"))
	}
	with := func(other ...*extract.Doc) []*extract.Doc {
		return append(append([]*extract.Doc{rail("a1"), rail("a2"), rail("a3")}, other...), filler...)
	}
	trust := doc("b", qrt, org("org:quenby-resource-trust", "Quenby Resource Trust Plc"))
	leisure := doc("b", qrt, org("org:qrt-leisure", "QRT Leisure Inc"))
	spelt := doc("b", qrt, org("org:quarbin-rail-transports", "Quarbin Rail Transports Corp"))
	both := doc("b", qrt, org("org:quenby-resource-trust", "Quenby Resource Trust Plc"),
		org("org:quarbin-rail-transport", "Quarbin Rail Transport Corp"))
	return []nodeCase{
		{"another body by its initials", with(trust), "b", "org:qrt", "org:quenby-resource-trust"},
		{"another firm named by the acronym and more", with(leisure), "b", "org:qrt", "org:qrt-leisure"},
		{"most articles' body keeps the acronym", with(trust), "a1", "org:qrt", "org:qrt"},
		{"a spelling of the same body", with(spelt), "b", "org:qrt", "org:qrt"},
		{"an article that spells out two bodies", with(both), "b", "org:qrt", "org:qrt"},
	}
}
