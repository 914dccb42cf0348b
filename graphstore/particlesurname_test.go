package graphstore

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestParticleSurnames: a two-word surname, a particle and a name, read as
// a full name of its own in a team sheet, is one node with the one
// player's name of the corpus that ends in it, an initial's or a full
// name, when their sheets are of one team; not when two names end in it,
// the sheets are of two teams, or the first word is no particle.
func TestParticleSurnames(t *testing.T) {
	for _, tt := range particleSurnameCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// particleSurnameCases are TestParticleSurnames' corpora, each with its
// filler articles; the two-word surname stands in article "s".
func particleSurnameCases() []nodeCase {
	org := func(id string) extract.Entity { return at(id, id, extract.Org, false, 0) }
	var filler []*extract.Doc
	for i := range 80 {
		filler = append(filler, doc(fmt.Sprintf("filler%02d", i), org(fmt.Sprintf("org:firm%02d", i))))
	}
	person := func(name string, partial bool) extract.Entity {
		return at("person:"+strings.ReplaceAll(strings.ToLower(name), " ", "-"), name, extract.Person, partial, 2)
	}
	mates := []string{"M Ardo", "K Pell", "R Sarka", "D Orrin"}
	// A team sheet of its club and of players by an initial and the
	// surname, with the names player.
	initials := func(id, club string, player ...extract.Entity) *extract.Doc {
		es := append([]extract.Entity{org("org:" + club)}, player...)
		for _, m := range mates {
			es = append(es, person(m, true))
		}
		return doc(id, es...)
	}
	// A team sheet of surnames alone, the two-word surname name among them.
	surnames := func(club, name string, others ...string) *extract.Doc {
		d := sheet("s", club, others...)
		d.Entities = append(d.Entities, person(name, false))
		return d
	}
	own := func(name string) *extract.Doc { return surnames("tervane", name, "ardo", "pell", "sarka", "orrin") }
	other := func(name string) *extract.Doc {
		return surnames("lunmark", name, "ardo", "pell", "cobb", "haldt") // two namesakes of the team's
	}
	with := func(docs ...*extract.Doc) []*extract.Doc { return append(docs, filler...) }
	dInitial := person("D Dal Varto", true)
	loFull := person("Andrea Lo Varto", false)
	return []nodeCase{
		// Positives.
		{"an initial's name", with(initials("i1", "tervane", dInitial), initials("i2", "tervane", dInitial), own("Dal Varto")),
			"i1", "person:d-dal-varto", "person:dal-varto"},
		{"a full name", with(initials("i1", "tervane", loFull), initials("i2", "tervane", loFull), own("Lo Varto")),
			"s", "person:lo-varto", "person:andrea-lo-varto"},
		// Negatives.
		{"two full names", with(initials("i1", "tervane", loFull), initials("i2", "tervane", person("Marco Lo Varto", false)), own("Lo Varto")),
			"s", "person:lo-varto", "person:lo-varto"},
		{"another team", with(initials("i1", "tervane", loFull), initials("i2", "tervane", loFull), other("Lo Varto")),
			"s", "person:lo-varto", "person:lo-varto"},
		{"no particle", with(initials("i1", "tervane", person("Andrea Al Varto", false)), initials("i2", "tervane", person("Andrea Al Varto", false)), own("Al Varto")),
			"s", "person:al-varto", "person:al-varto"},
	}
}
