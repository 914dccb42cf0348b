package graphstore

import (
	"fmt"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestKindSplit checks the rule of an article's kind on tiny corpora of
// our own people, parties and clubs: a full name that a match report
// lists in its team sheet and three party stories give, which share
// nothing rare, is two nodes; a report that shares a rare name with the
// party stories, a player of more reports than other stories, a report
// that names him in its prose alone, a party story that lists people and
// a story that names a town that is a club in the report leave the name
// one node.
func TestKindSplit(t *testing.T) {
	for _, tt := range kindSplitCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// kindSplitCases are TestKindSplit's corpora, each with its filler
// articles.
func kindSplitCases() []nodeCase {
	person := func(id, name string, s ...int) extract.Entity {
		e := at(id, name, extract.Person, false, s[0])
		for _, x := range s[1:] {
			e.Mentions = append(e.Mentions, extract.Mention{Text: name, Name: name, Sentence: x})
		}
		return e
	}
	org := func(id string, s int) extract.Entity { return at(id, id, extract.Org, false, s) }
	var filler []*extract.Doc
	for i := range 60 {
		filler = append(filler, doc(fmt.Sprintf("filler%02d", i), org(fmt.Sprintf("org:firm%02d", i), 0)))
	}
	vorst := "person:dellan-vorst"
	// A party story: the party's chairman and its leader.
	party := func(id string, more ...extract.Entity) *extract.Doc {
		return doc(id, append([]extract.Entity{org("org:quenby-party", 0), person(vorst, "Dellan Vorst", 1),
			person("person:kem-ardo", "Kem Ardo", 2)}, more...)...)
	}
	// A match report of Tervane Athletic: its team sheet (the third
	// sentence) lists the full-back Vorst among four team-mates.
	report := func(id string, listed bool, more ...extract.Entity) *extract.Doc {
		d := sheet(id, "tervane-athletic", "brisk", "orrin", "haldt", "pell")
		s := []int{4}
		if listed {
			s = append(s, 2)
		}
		d.Entities = append(append(d.Entities, person(vorst, "Dellan Vorst", s...)), more...)
		return d
	}
	with := func(docs ...*extract.Doc) []*extract.Doc { return append(docs, filler...) }
	split := with(party("p1"), party("p2"), party("p3"), report("r", true))
	shared := with(party("p1", org("org:lunmark-trust", 3)), party("p2"), party("p3"),
		report("r", true, org("org:lunmark-trust", 5)))
	player := with(party("p1"), report("r", true), report("r2", true))
	prose := with(party("p1"), party("p2"), party("p3"), report("r", false))
	listed := with(party("p1", person("person:rulf-mell", "Rulf Mell", 1), person("person:piet-quist", "Piet Quist", 1),
		person("person:jon-cobb", "Jon Cobb", 1)), party("p2"), party("p3"), report("r", true))
	// A party story that names a town whose club the report names: a
	// sports story whose club the recognizer typed a place.
	town := with(party("p1", at("location:leeds", "Leeds", extract.Location, false, 3)), party("p2"), party("p3"),
		report("r", true, org("org:leeds", 5)))
	// The report's recognizer typed the player a firm: a type vote joins
	// him to the name, and the report's kind parts him again.
	typed := report("r", true)
	typed.Entities[len(typed.Entities)-1].ID, typed.Entities[len(typed.Entities)-1].Type = "org:dellan-vorst", extract.Org
	voted := with(party("p1"), party("p2"), party("p3"), typed)
	return []nodeCase{
		{"a team sheet's player apart from the party stories", split, "r", vorst, vorst + "~sport"},
		{"the party stories keep the name", split, "p1", vorst, vorst},
		{"a player the type vote joined to the name", voted, "r", "org:dellan-vorst", vorst + "~sport"},
		{"a report that shares a rare name with the party stories", shared, "r", vorst, vorst},
		{"a player of more reports than other stories", player, "r", vorst, vorst},
		{"a report that names him in its prose alone", prose, "r", vorst, vorst},
		{"a party story that lists people", listed, "r", vorst, vorst},
		{"a story that names a club's town", town, "r", vorst, vorst},
	}
}
