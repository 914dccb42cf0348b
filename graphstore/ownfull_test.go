package graphstore

import (
	"fmt"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestOwnNamesElsewhere checks that a surname its article left to the
// corpus because the article names two people of that surname is not
// linked to a namesake of other articles whom the article does not name,
// however much context the article shares with the namesake's.
func TestOwnNamesElsewhere(t *testing.T) {
	p := func(id, name string) extract.Entity { return ent(id, name, extract.Person, false) }
	o := func(id string) extract.Entity { return ent(id, id[4:], extract.Org, false) }
	var filler []*extract.Doc // make the context below rare, as in a real corpus
	for i := range 30 {
		filler = append(filler, doc(fmt.Sprintf("z%02d", i), o(fmt.Sprintf("org:filler-%d", i)), o("org:common")))
	}
	short := ent("person:zorbin", "Zorbin", extract.Person, true)
	bruce := p("person:bruce-zorbin", "Bruce Zorbin")
	studio, show := o("org:quarbin-studios"), o("org:lemmo-tonight")
	tests := []struct {
		name string
		own  []extract.Entity // the full names article b gives beside the short name
		want string
	}{
		{"two of the article's own", []extract.Entity{p("person:frederick-zorbin", "Frederick Zorbin"), p("person:freddie-zorbin", "Freddie Zorbin")}, "person:zorbin"},
		{"none of the article's own", nil, "person:bruce-zorbin"},
		{"one of the article's own", []extract.Entity{p("person:frederick-zorbin", "Frederick Zorbin")}, "person:bruce-zorbin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			for _, d := range filler {
				g.Add(d)
			}
			for _, art := range []string{"a", "c"} {
				g.Add(doc(art, bruce, studio, show))
			}
			g.Add(doc("b", append([]extract.Entity{short, studio, show}, tt.own...)...))
			if got := g.CanonicalIn("b", "person:zorbin"); got != tt.want {
				t.Errorf("CanonicalIn(b, person:zorbin) = %q, want %q", got, tt.want)
			}
		})
	}
}
