package graphstore

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestInitialSurname: a team sheet's lone surname that no full name of the
// corpus bears is one node with the one initial and surname of another
// team sheet of its team; not when two initials bear the surname, a full
// name bears it, or the sheets are of two teams.
func TestInitialSurname(t *testing.T) {
	for _, tt := range initialSurnameCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// initialSurnameCases are TestInitialSurname's corpora, each with its
// filler articles; the lone surname "Quarvelli" stands in article "s".
func initialSurnameCases() []nodeCase {
	org := func(id string) extract.Entity { return at(id, id, extract.Org, false, 0) }
	var filler []*extract.Doc
	for i := range 80 {
		filler = append(filler, doc(fmt.Sprintf("filler%02d", i), org(fmt.Sprintf("org:firm%02d", i))))
	}
	// A team sheet of players named by an initial and the surname ("T
	// Quarvelli"), its club in the first sentence.
	initials := func(id, club string, players ...string) *extract.Doc {
		es := []extract.Entity{org("org:" + club)}
		for _, p := range players {
			name := strings.ToUpper(p[:1]) + " " + strings.ToUpper(p[2:3]) + p[3:]
			es = append(es, at("person:"+strings.ReplaceAll(p, " ", "-"), name, extract.Person, true, 2))
		}
		return doc(id, es...)
	}
	team := []string{"t quarvelli", "m ardo", "k pell", "r sarka", "d orrin"}
	with := func(docs ...*extract.Doc) []*extract.Doc {
		return append(append([]*extract.Doc{initials("i1", "tervane", team...), initials("i2", "tervane", team...)}, docs...), filler...)
	}
	own := sheet("s", "tervane", "quarvelli", "ardo", "pell", "sarka", "orrin")
	mates := sheet("s", "lunmark", "quarvelli", "ardo", "pell", "sarka", "orrin")
	other := sheet("s", "lunmark", "quarvelli", "dunmore", "yarrow", "cobb", "haldt")
	// A second Quarvelli of the same club's sheets, by another initial.
	namesake := initials("j", "tervane", "b quarvelli", "m ardo", "k pell", "r sarka")
	gallery := doc("g", at("person:dellan-quarvelli", "Dellan Quarvelli", extract.Person, false, 0), org("org:lunmark-gallery"))
	return []nodeCase{
		// Positives.
		{"the team's club", with(own), "s", "person:quarvelli", "person:t-quarvelli"},
		{"three team-mates", with(mates), "s", "person:quarvelli", "person:t-quarvelli"},
		// Negatives.
		{"two initials of the surname", with(own, namesake), "s", "person:quarvelli", "person:quarvelli"},
		{"a full name of the surname", with(own, gallery), "s", "person:quarvelli", "person:quarvelli"},
		{"another team", with(other), "s", "person:quarvelli", "person:quarvelli"},
	}
}
