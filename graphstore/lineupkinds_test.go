package graphstore

import (
	"fmt"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestLineupKinds checks that a lone surname's articles where it stands in
// no line-up are one group only when of one kind, on tiny corpora of our
// own party, clubs and people: a party story's "Vell" and a match
// report's "Vell" of two substitutes, whose club a team sheet's "Vell"
// shares, are two nodes; two party stories, two reports of two clubs,
// and a party story and a report that share a rare name stay one.
func TestLineupKinds(t *testing.T) {
	for _, tt := range lineupKindCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// lineupKindCases are TestLineupKinds' corpora, each with its filler
// articles.
func lineupKindCases() []nodeCase {
	org := func(id string, s int) extract.Entity { return at(id, id, extract.Org, false, s) }
	vell := func(s int) extract.Entity { return at("person:vell", "Vell", extract.Person, true, s) }
	var filler []*extract.Doc
	for i := range 40 {
		filler = append(filler, doc(fmt.Sprintf("filler%02d", i), org(fmt.Sprintf("org:firm%02d", i), 0)))
	}
	// A party story: "Mr Vell" and his party.
	party := func(id string, more ...extract.Entity) *extract.Doc {
		return doc(id, append([]extract.Entity{org("org:quenby-party", 0), vell(1)}, more...)...)
	}
	// A match report of a club whose short sentence of two substitutes
	// (the seventh, apart from the team sheet) names a Vell: a sports story, no line-up of his.
	bench := func(id, club string, more ...extract.Entity) *extract.Doc {
		d := sheet(id, club, "brisk", "orrin", "haldt", "pell")
		if club != "tervane-athletic" {
			d = sheet(id, club, "quist", "maron", "tesk", "fallow")
		}
		d.Entities = append(append(d.Entities, vell(6), at("person:cobb", "Cobb", extract.Person, true, 6)), more...)
		return d
	}
	// Tervane Athletic's team sheet with its goalkeeper Vell.
	listed := sheet("t", "tervane-athletic", "vell", "dunmore", "yarrow", "sarka")
	with := func(docs ...*extract.Doc) []*extract.Doc { return append(docs, filler...) }
	apart := with(party("p1"), party("p2"), bench("s", "tervane-athletic"), listed)
	trust := org("org:lunmark-trust", 5)
	shared := with(party("p1", trust), party("p2"), bench("s", "tervane-athletic", trust), listed)
	clubs := with(bench("s", "tervane-athletic"), bench("s2", "quarbin-rovers"), listed)
	return []nodeCase{
		{"a report's substitute apart from the party stories", apart, "s", "person:vell", lineupID("person:vell", "s")},
		{"the team sheet with the report of its club", apart, "t", "person:vell", lineupID("person:vell", "s")},
		{"the party stories keep the name", apart, "p2", "person:vell", "person:vell"},
		{"a report that shares a rare name with a party story", shared, "s", "person:vell", "person:vell"},
		{"two reports of two clubs, no line-ups of his", clubs, "s2", "person:vell", "person:vell"},
	}
}
