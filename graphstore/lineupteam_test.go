package graphstore

import (
	"fmt"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestLineupTeam checks the line-up rules of this round on tiny corpora of
// our own clubs and players: a line-up's surname that several full names
// of the corpus bear is not linked to a player of sports stories its
// article shares nothing with but countries; one its article shares a
// club with, or the one full name of its surname, still is; two surnames
// in the sentence after a line-up's are the line-up's, two in a sentence
// apart from it are not.
func TestLineupTeam(t *testing.T) {
	for _, tt := range lineupTeamCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// lineupTeamCases are TestLineupTeam's corpora, each with its filler
// articles.
func lineupTeamCases() []nodeCase {
	full := func(id, name string, s int) extract.Entity { return at(id, name, extract.Person, false, s) }
	org := func(id string) extract.Entity { return at(id, id, extract.Org, false, 0) }
	var filler []*extract.Doc
	for i := range 30 {
		filler = append(filler, doc(fmt.Sprintf("filler%02d", i), org(fmt.Sprintf("org:firm%02d", i))))
	}
	// Two reports of Quarbin Rovers that give their forward in full, and
	// two team-mates, in England.
	report := func(id string) *extract.Doc {
		return doc(id, org("org:quarbin-rovers"), full("person:dellan-vorst", "Dellan Vorst", 1),
			full("person:kem-ardo", "Kem Ardo", 1), full("person:rulf-mell", "Rulf Mell", 2),
			at("country:GB", "England", extract.Country, false, 1))
	}
	// A namesake of a gallery's pages.
	gallery := doc("gallery", full("person:piet-vorst", "Piet Vorst", 0), org("org:lunmark-gallery"))
	with := func(docs ...*extract.Doc) []*extract.Doc {
		return append(append([]*extract.Doc{report("r1"), report("r2")}, docs...), filler...)
	}
	other := sheet("b", "tervane-athletic", "vorst", "ardo", "mell", "quist", "orrin")
	other.Entities = append(other.Entities, at("country:GB", "England", extract.Country, false, 0))
	own := sheet("c", "quarbin-rovers", "vorst", "ardo", "mell", "quist", "orrin")
	// Two clubs' match reports whose line-ups (their third sentences) end
	// in a short sentence of two substitutes, two other men of one name.
	subs := func(id, club string, s int, surnames ...string) *extract.Doc {
		d := sheet(id, club, surnames...)
		d.Entities = append(d.Entities, at("person:quist", "Quist", extract.Person, true, s), at("person:haldt", "Haldt", extract.Person, true, s))
		return d
	}
	pair := func(s int) []*extract.Doc {
		return append([]*extract.Doc{subs("s1", "tervane-athletic", s, "ardo", "mell", "brisk", "orrin"),
			subs("s2", "quarbin-rovers", s, "dunmore", "pell", "yarrow", "cobb")}, filler...)
	}
	return []nodeCase{
		{"a line-up's substitutes in the next sentence", pair(3), "s2", "person:haldt", lineupID("person:haldt", "s2")},
		{"two surnames in a sentence apart from the line-up", pair(5), "s2", "person:haldt", "person:haldt"},

		{"another club's line-up, a surname of two full names", with(gallery, other), "b", "person:vorst", "person:vorst"},
		{"the player's club's line-up", with(gallery, own), "c", "person:vorst", "person:dellan-vorst"},
		{"another club's line-up, the one full name of the surname", with(other), "b", "person:vorst", "person:dellan-vorst"},
	}
}
