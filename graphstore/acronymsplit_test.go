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
	kinds := doc("b", qrt, org("org:quenby-resource-trust", "Quenby Resource Trust Plc"), org("org:qrt-leisure", "QRT Leisure Inc"))
	// The acronym QRA of three reports of Quarbin Rail Assets Corp, and an
	// article of Quenby Rail AG, whose legal form gives no acronym a letter.
	qra := ent("org:qra", "QRA", extract.Org, true)
	assets := func(id string) *extract.Doc {
		return doc(id, qra, org("org:quarbin-rail-assets", "Quarbin Rail Assets Corp"))
	}
	ag := append([]*extract.Doc{assets("a1"), assets("a2"), assets("a3"),
		doc("b", qra, org("org:quenby-rail", "Quenby Rail AG"))}, filler...)
	// Three reports in which the resolver linked QRT to the rail company,
	// an article of QRT alone (linked by them) and one of QRT beside
	// another body it spells out.
	linkedRail := func(id string) *extract.Doc {
		e := org("org:quarbin-rail-transport", "Quarbin Rail Transport Corp")
		e.Mentions = append(e.Mentions, extract.Mention{Text: "QRT", Name: "QRT"})
		return doc(id, e, org("org:dellan-steel", "Dellan Steel Inc"))
	}
	byCtx := append([]*extract.Doc{linkedRail("a1"), linkedRail("a2"), linkedRail("a3"),
		doc("c", qrt, org("org:dellan-steel", "Dellan Steel Inc")),
		doc("b", qrt, org("org:dellan-steel", "Dellan Steel Inc"), org("org:quenby-resource-trust", "Quenby Resource Trust Plc"))}, filler...)
	return []nodeCase{
		{"the rail reports link the acronym alone", byCtx, "c", "org:qrt", "org:quarbin-rail-transport"},
		{"an article's own body beats the context", byCtx, "b", "org:qrt", "org:quenby-resource-trust"},
		{"a legal form no acronym takes", ag, "b", "org:qra", "org:qra"},
		{"a body by its initials and a firm named by the acronym", with(kinds), "b", "org:qrt", "org:qrt"},
		{"another body by its initials", with(trust), "b", "org:qrt", "org:quenby-resource-trust"},
		{"another firm named by the acronym and more", with(leisure), "b", "org:qrt", "org:qrt-leisure"},
		{"most articles' body keeps the acronym", with(trust), "a1", "org:qrt", "org:qrt"},
		{"a spelling of the same body", with(spelt), "b", "org:qrt", "org:qrt"},
		{"an article that spells out two bodies", with(both), "b", "org:qrt", "org:qrt"},
	}
}
