package graphstore

import (
	"fmt"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestTypeSection checks RuleTypeSection on tiny corpora of our own: a
// type vote of a town's name between its club and its place keeps a
// town's story with the place and a club's match report with the club,
// whichever type wins the vote; a town no table knows, and a name whose
// organization is no club, are voted whole as before.
func TestTypeSection(t *testing.T) {
	for _, tt := range typeSectionCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// typeSectionCases are TestTypeSection's corpora, each with its filler
// articles. The town is one of the gazetteer's cities (the rule asks the
// gazetteer); Tervane is a town no table knows.
func typeSectionCases() []nodeCase {
	filler, common := townFiller()
	with := func(d *extract.Doc) *extract.Doc {
		d.Entities = append(d.Entities, common...)
		return d
	}
	place := func(id, name string, partial bool) extract.Entity { return at(id, name, extract.Location, partial, 1) }
	// The club's two match reports with their team sheets, a report that
	// calls the club by a place's type beside one of its players, and a
	// story of a teacher from the town: the club wins the vote.
	clubWins := func(town, name string) []*extract.Doc {
		return []*extract.Doc{
			with(sheet("s1", town, "ardo", "vell", "quist", "maron")),
			with(sheet("s2", town, "ardo", "dunmore", "pell", "sarka")),
			with(doc("report", place("location:"+town, name, true), at("person:vell", "Vell", extract.Person, true, 2))),
			with(doc("town", place("location:"+town, name, true), firm("org:lunmark-mills"))),
		}
	}
	// Four stories of the town give it in full and win the vote; the
	// club's two match reports, a report that calls the club by a place's
	// type beside one of its players, and a story of a fair that types the
	// town an organization.
	placeWins := func(town, name string) []*extract.Doc {
		docs := []*extract.Doc{
			with(sheet("s1", town, "ardo", "vell", "quist", "maron")),
			with(sheet("s2", town, "ardo", "dunmore", "pell", "sarka")),
			with(doc("report", place("location:"+town, name, true), at("person:vell", "Vell", extract.Person, true, 2))),
			doc("fair", at("org:"+town, name, extract.Org, true, 1), firm("org:lunmark-mills")),
		}
		for i := range 4 {
			docs = append(docs, with(doc(fmt.Sprintf("t%d", i), place("location:"+town, name, false), firm("org:quarbin-foods"))))
		}
		return docs
	}
	// A firm of a town's name, in business stories, and a story of the town.
	firmTown := []*extract.Doc{
		with(doc("b1", firm("org:nuneaton"), firm("org:lunmark-mills"))),
		with(doc("b2", firm("org:nuneaton"), firm("org:quarbin-foods"))),
		with(doc("town", place("location:nuneaton", "Nuneaton", true), firm("org:lunmark-mills"))),
	}
	tests := []nodeCase{
		{"a town's story keeps the place", clubWins("nuneaton", "Nuneaton"), "town", "location:nuneaton", "location:nuneaton"},
		{"a club's report joins the club", clubWins("nuneaton", "Nuneaton"), "report", "location:nuneaton", "org:nuneaton"},
		{"the club keeps its node", clubWins("nuneaton", "Nuneaton"), "s1", "org:nuneaton", "org:nuneaton"},
		{"a town no table knows is voted whole", clubWins("tervane", "Tervane"), "town", "location:tervane", "org:tervane"},
		{"the club's report keeps the club", placeWins("nuneaton", "Nuneaton"), "s1", "org:nuneaton", "org:nuneaton"},
		{"a fair's town joins the town", placeWins("nuneaton", "Nuneaton"), "fair", "org:nuneaton", "location:nuneaton"},
		{"a firm is no club", firmTown, "town", "location:nuneaton", "org:nuneaton"},
	}
	return withFiller(filler, slices.Clip(tests))
}
