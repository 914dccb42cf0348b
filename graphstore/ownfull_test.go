package graphstore

import (
	"fmt"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestOwnNamesElsewhere checks that a surname its article left to the
// corpus because the article names two people of that surname is not
// linked to a namesake of other articles whom the article does not name,
// however much context the article shares with the namesake's.
func TestOwnNamesElsewhere(t *testing.T) {
	for _, tt := range ownNamesCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// ownNamesCases are TestOwnNamesElsewhere's corpora: filler, two articles
// of Bruce Zorbin, and article b with the short name and its own full
// names.
func ownNamesCases() []nodeCase {
	p := func(id, name string) extract.Entity { return ent(id, name, extract.Person, false) }
	o := func(id string) extract.Entity { return ent(id, id[4:], extract.Org, false) }
	var filler []*extract.Doc // make the context below rare, as in a real corpus
	for i := range 30 {
		filler = append(filler, doc(fmt.Sprintf("z%02d", i), o(fmt.Sprintf("org:filler-%d", i)), o("org:common")))
	}
	short := ent("person:zorbin", "Zorbin", extract.Person, true)
	bruce := p("person:bruce-zorbin", "Bruce Zorbin")
	studio, show := o("org:quarbin-studios"), o("org:lemmo-tonight")
	var cases []nodeCase
	for _, c := range []struct {
		name string
		own  []extract.Entity // the full names article b gives beside the short name
		want string
	}{
		{"two of the article's own", []extract.Entity{p("person:frederick-zorbin", "Frederick Zorbin"), p("person:freddie-zorbin", "Freddie Zorbin")}, "person:zorbin"},
		{"none of the article's own", nil, "person:bruce-zorbin"},
		{"one of the article's own", []extract.Entity{p("person:frederick-zorbin", "Frederick Zorbin")}, "person:bruce-zorbin"},
	} {
		docs := []*extract.Doc{doc("a", bruce, studio, show), doc("c", bruce, studio, show),
			doc("b", append([]extract.Entity{short, studio, show}, c.own...)...)}
		cases = append(cases, nodeCase{c.name, append(slices.Clone(filler), docs...), "b", "person:zorbin", c.want})
	}
	return cases
}
