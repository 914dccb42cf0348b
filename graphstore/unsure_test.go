package graphstore

import (
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// unsure returns e marked unsure, as extract.WithMinConfidence marks it.
func unsure(e extract.Entity) extract.Entity {
	e.Unsure = true
	return e
}

// TestUnsureNodes checks the per-node confidence rule: a node is left out,
// with its edges and relations, only when every entity linked to it, in
// every article, is unsure; a node with one sure entity keeps all its
// articles, whichever side of a corpus link the sure one is on; a curated
// graph keeps the rule. With the rule off (the flags ignored), every case
// but the first fails.
func TestUnsureNodes(t *testing.T) {
	putin := ent("person:vladimir-putin", "Vladimir Putin", extract.Person, false)
	short := ent("person:putin", "Putin", extract.Person, true)
	fizz := ent("location:blue-fizz", "Blue Fizz", extract.Location, false)
	acme := ent("org:acme", "Acme", extract.Org, false)
	tests := []struct {
		name    string
		docs    []*extract.Doc
		want    map[string]int // node id → articles; every node of the graph
		edges   int
		dropped int
	}{
		{"all sure", []*extract.Doc{doc("a", fizz, acme), doc("b", fizz)},
			map[string]int{"location:blue-fizz": 2, "org:acme": 1}, 1, 0},
		{"unsure in its only article", []*extract.Doc{doc("a", unsure(fizz), acme), doc("b", acme)},
			map[string]int{"org:acme": 2}, 0, 1},
		{"unsure in every article", []*extract.Doc{doc("a", unsure(fizz), acme), doc("b", unsure(fizz))},
			map[string]int{"org:acme": 1}, 0, 1},
		{"sure in one article keeps both", []*extract.Doc{doc("a", unsure(fizz), acme), doc("b", fizz)},
			map[string]int{"location:blue-fizz": 2, "org:acme": 1}, 1, 0},
		{"an unsure surname linked to a sure full name", []*extract.Doc{doc("a", putin), doc("b", unsure(short), acme)},
			map[string]int{"person:vladimir-putin": 2, "org:acme": 1}, 1, 0},
		{"a sure surname linked to an unsure full name", []*extract.Doc{doc("a", unsure(putin)), doc("b", short, acme)},
			map[string]int{"person:vladimir-putin": 2, "org:acme": 1}, 1, 0},
		{"both unsure, linked", []*extract.Doc{doc("a", unsure(putin)), doc("b", unsure(short), acme)},
			map[string]int{"org:acme": 1}, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			for _, d := range tt.docs {
				g.Add(d)
			}
			got := map[string]int{}
			for _, n := range g.Nodes() {
				got[n.ID] = n.Articles
			}
			if !mapsEqual(got, tt.want) || g.NumEdges() != tt.edges || g.UnsureNodes() != tt.dropped {
				t.Errorf("nodes %v, %d edges, %d left out; want %v, %d, %d", got, g.NumEdges(), g.UnsureNodes(), tt.want, tt.edges, tt.dropped)
			}
			for _, e := range g.Edges() {
				if _, ok := tt.want[e.Source]; !ok {
					t.Errorf("edge %s -- %s of a node left out", e.Source, e.Target)
				}
				if _, ok := tt.want[e.Target]; !ok {
					t.Errorf("edge %s -- %s of a node left out", e.Source, e.Target)
				}
			}
			c, err := g.Curate(Curation{Exclude: []string{"nobody"}})
			if err != nil {
				t.Fatal(err)
			}
			if ids := slices.Collect(func(yield func(string) bool) {
				for _, n := range c.Nodes() {
					if !yield(n.ID) {
						return
					}
				}
			}); len(ids) != len(tt.want) {
				t.Errorf("curated: nodes %v; want those of %v", ids, tt.want)
			}
		})
	}
}

// TestUnsureRelations checks that a relation with an end left out as
// unsure is on no edge.
func TestUnsureRelations(t *testing.T) {
	d := doc("a", unsure(ent("org:acme", "Acme", extract.Org, false)), ent("org:zeta", "Zeta", extract.Org, false),
		ent("person:jo-mave", "Jo Mave", extract.Person, false))
	d.Relations = []extract.Relation{
		{Subject: "org:acme", Predicate: "buy", Object: "org:zeta"},
		{Subject: "person:jo-mave", Predicate: "lead", Object: "org:zeta"},
	}
	g := New()
	g.Add(d)
	var preds []string
	for _, e := range g.Edges() {
		for _, r := range e.Relations {
			preds = append(preds, e.Source+" "+r.Predicate+" "+e.Target)
		}
	}
	if len(preds) != 1 || g.UnsureNodes() != 1 {
		t.Errorf("relations %q, %d nodes left out; want only Jo Mave's, 1", preds, g.UnsureNodes())
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
