package graphstore

import (
	"fmt"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestClubTown checks the club-town rules on tiny corpora of our own
// towns: a town's name typed an organization in a story that is no sports
// story goes to the town, and a type vote keeps the town apart from its
// club, but not where the story shares the club's players or the name is
// an acronym no table knows as a town; and RuleClubTownKnown's cases (see
// clubTownKnownCases).
func TestClubTown(t *testing.T) {
	for _, tt := range append(clubTownCases(), clubTownKnownCases()...) {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// nodeCase is a corpus of a linking rule's test, and the node that the
// entity id of article art must be in (want).
type nodeCase struct {
	name    string
	docs    []*extract.Doc
	art, id string
	want    string
}

// clubTownCases are TestClubTown's corpora, each with its filler articles.
func clubTownCases() []nodeCase {
	alone := func(id, name string, typ extract.Type) extract.Entity { return at(id, name, typ, true, 1) }
	filler, common := townFiller()
	with := func(d *extract.Doc, es ...extract.Entity) *extract.Doc {
		d.Entities = append(append(d.Entities, common...), es...)
		return d
	}
	// Two match reports of the Tervane club, each with a team sheet.
	club := []*extract.Doc{
		with(sheet("s1", "tervane", "ardo", "vell", "quist", "maron")),
		with(sheet("s2", "tervane", "ardo", "dunmore", "pell", "sarka")),
	}
	// A story of the town, and a story of a fair held there.
	place := with(doc("place", alone("location:tervane", "Tervane", extract.Location), firm("org:lunmark-mills")))
	town := doc("town", alone("org:tervane", "Tervane", extract.Org), firm("org:quarbin-foods"))
	tests := []nodeCase{
		{"a fair's town is no club", append(slices.Clone(club), place, town), "town", "org:tervane", "location:tervane"},
		{"the town keeps its node", append(slices.Clone(club), place, town), "place", "location:tervane", "location:tervane"},
		{"the club keeps its node", append(slices.Clone(club), place, town), "s1", "org:tervane", "org:tervane"},
		{"a report that names the club's player", append(slices.Clone(club), place,
			doc("report", alone("org:tervane", "Tervane", extract.Org), alone("person:vell", "Vell", extract.Person))),
			"report", "org:tervane", "org:tervane"},
		{"an acronym no table knows as a town", []*extract.Doc{with(sheet("s1", "qbn", "ardo", "vell", "quist", "maron")),
			with(sheet("s2", "qbn", "ardo", "dunmore", "pell", "sarka")),
			with(doc("place", alone("location:qbn", "Qbn", extract.Location), firm("org:lunmark-mills"))),
			doc("town", alone("org:qbn", "QBN", extract.Org), firm("org:quarbin-foods"))},
			"town", "org:qbn", "org:qbn"},
		{"a place of the club's stories joins the club", append(slices.Clone(club),
			with(doc("place", alone("location:tervane", "Tervane", extract.Location), alone("person:vell", "Vell", extract.Person)))),
			"place", "location:tervane", "org:tervane"},
	}
	return withFiller(filler, tests)
}

// firm is an organization's entity of the id, named by it, in the first
// sentence.
func firm(id string) extract.Entity { return at(id, id, extract.Org, false, 0) }

// townFiller returns the filler articles of the club-town corpora, which
// make the things of a case rare, as in a real corpus, and the region and
// the league that are in a few of them, common enough that sharing them
// says little alone.
func townFiller() ([]*extract.Doc, []extract.Entity) {
	common := []extract.Entity{at("location:arvel", "Arvel", extract.Location, false, 2), firm("org:quarbin-league")}
	var filler []*extract.Doc
	for i := range 40 {
		d := doc(fmt.Sprintf("filler%02d", i), firm(fmt.Sprintf("org:firm%02d", i)))
		if i < 2 {
			d.Entities = append(d.Entities, common...)
		}
		filler = append(filler, d)
	}
	return filler, common
}

// withFiller puts the filler articles before each case's own.
func withFiller(filler []*extract.Doc, cases []nodeCase) []nodeCase {
	for i := range cases {
		cases[i].docs = append(slices.Clone(filler), cases[i].docs...)
	}
	return cases
}

// wantNodeBothOrders checks that the graph of the articles all, added in
// their order and in the reverse, puts the entity id of article art in
// the node want.
func wantNodeBothOrders(t *testing.T, all []*extract.Doc, art, id, want string) {
	t.Helper()
	g, back := New(), New()
	for i := range all {
		g.Add(all[i])
		back.Add(all[len(all)-1-i])
	}
	if got := g.CanonicalIn(art, id); got != want {
		t.Errorf("CanonicalIn(%s, %q) = %q, want %q", art, id, got, want)
	}
	if got := back.CanonicalIn(art, id); got != want {
		t.Errorf("articles in the other order: CanonicalIn(%s, %q) = %q, want %q", art, id, got, want)
	}
	if _, ok := g.Node(want); !ok {
		t.Errorf("no node %q", want)
	}
}
