package graphstore

import (
	"reflect"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

func TestCurate(t *testing.T) {
	o := func(id, name string) extract.Entity { return ent(id, name, extract.Org, false) }
	g := New()
	for _, d := range []*extract.Doc{
		doc("a", ent("person:ronald-reagan", "Ronald Reagan", extract.Person, false), o("org:congress@US", "Congress (United States)")),
		// Two full names in one article: no corpus rule joins them.
		doc("b", ent("person:reagan", "Reagan", extract.Person, false), ent("person:nancy-reagan", "Nancy Reagan", extract.Person, false)),
		doc("c", ent("person:the-gipper", "The Gipper", extract.Person, false), o("org:fed", "Fed")),
	} {
		g.Add(d)
	}
	tests := []struct {
		name  string
		c     Curation
		nodes []string
		want  map[string]extract.Type // nodes to check the type of
	}{
		{"nothing", Curation{}, []string{"org:congress@US", "org:fed", "person:nancy-reagan", "person:reagan", "person:ronald-reagan", "person:the-gipper"}, nil},
		{"merge by name", Curation{Aliases: []extract.AliasRule{{Alias: "Reagan", Canonical: "Ronald Reagan"}}},
			[]string{"org:congress@US", "org:fed", "person:nancy-reagan", "person:ronald-reagan", "person:the-gipper"}, nil},
		{"merge into an id", Curation{Aliases: []extract.AliasRule{{Alias: "The Gipper", Canonical: "person:ronald-reagan"}}},
			[]string{"org:congress@US", "org:fed", "person:nancy-reagan", "person:reagan", "person:ronald-reagan"}, nil},
		{"rename to a new name", Curation{Aliases: []extract.AliasRule{{Alias: "Fed", Canonical: "Federal Reserve", Type: extract.Org}}},
			[]string{"org:congress@US", "org:federal-reserve", "person:nancy-reagan", "person:reagan", "person:ronald-reagan", "person:the-gipper"},
			map[string]extract.Type{"org:federal-reserve": extract.Org}},
		{"retype", Curation{Aliases: []extract.AliasRule{{Alias: "The Gipper", Canonical: "The Gipper", Type: extract.Misc}}},
			[]string{"misc:gipper", "org:congress@US", "org:fed", "person:nancy-reagan", "person:reagan", "person:ronald-reagan"},
			map[string]extract.Type{"misc:gipper": extract.Misc}},
		{"exclude by id and by name", Curation{Exclude: []string{"org:congress@US", "nancy reagan"}},
			[]string{"org:fed", "person:reagan", "person:ronald-reagan", "person:the-gipper"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cg, err := g.Curate(tt.c)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, n := range cg.Nodes() {
				got = append(got, n.ID)
				if want, ok := tt.want[n.ID]; ok && n.Type != want {
					t.Errorf("%s: type %s, want %s", n.ID, n.Type, want)
				}
			}
			if !slices.Equal(got, tt.nodes) {
				t.Errorf("nodes %v, want %v", got, tt.nodes)
			}
			if cg.Add(doc("z", ent("person:x", "X", extract.Person, false))) {
				t.Errorf("a curated graph took an article")
			}
		})
	}
	// Curating with nothing gives g's nodes and edges.
	cg, _ := g.Curate(Curation{})
	if !reflect.DeepEqual(edgesOf(cg), edgesOf(g)) || !reflect.DeepEqual(nodesOf(cg), nodesOf(g)) {
		t.Errorf("curating with nothing changed the edges")
	}
	if _, err := g.Curate(Curation{Aliases: []extract.AliasRule{{Alias: "Fed", Canonical: "person:fed", Type: extract.Org}}}); err == nil {
		t.Errorf("a rule whose id and type disagree was taken")
	}
}
