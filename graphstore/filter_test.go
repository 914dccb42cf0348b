package graphstore_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// filterGraph builds: hub (person) linked to p1..p3 (people), o1 (org) and
// c1 (country); p1--p2 in two more articles; c1--c2 in one; lone (org)
// alone. Mentions add up over articles: hub 10, p1 and p2 3, lone 5.
func filterGraph(t *testing.T) *graphstore.Graph {
	t.Helper()
	e := func(id string, typ extract.Type, name string, mentions int) extract.Entity {
		en := extract.Entity{ID: id, Name: name, Type: typ}
		for range mentions {
			en.Mentions = append(en.Mentions, extract.Mention{Name: name})
		}
		return en
	}
	hub := e("person:hub", extract.Person, "Hub Man", 2)
	p1 := e("person:p1", extract.Person, "Pat One", 1)
	p2 := e("person:p2", extract.Person, "Pat Two", 1)
	p3 := e("person:p3", extract.Person, "Pat Three", 1)
	o1 := e("org:o1", extract.Org, "Org One", 1)
	c1 := e("country:C1", extract.Country, "Cland", 1)
	c2 := e("country:C2", extract.Country, "Dland", 1)
	lone := e("org:lone", extract.Org, "Lone", 5)
	docs := [][]extract.Entity{
		{hub, p1}, {hub, p2}, {hub, p3}, {hub, o1}, {hub, c1},
		{p1, p2}, {p1, p2}, {c1, c2}, {lone},
	}
	g := graphstore.New()
	for i, ents := range docs {
		g.Add(&extract.Doc{Article: extract.Article{ID: fmt.Sprint("a", i)}, Hash: fmt.Sprint(i), Entities: ents})
	}
	return g
}

func ids(g *graphstore.Graph) []string {
	var out []string
	for _, n := range g.Nodes() {
		out = append(out, n.ID)
	}
	return out
}

func edges(g *graphstore.Graph) []string {
	var out []string
	for _, e := range g.Edges() {
		out = append(out, e.Source+"--"+e.Target)
	}
	return out
}

func TestFilter(t *testing.T) {
	g := filterGraph(t)
	tests := []struct {
		name      string
		f         graphstore.Filter
		wantNodes []string
		wantEdges int
	}{
		{"zero keeps all, isolated too", graphstore.Filter{},
			[]string{"country:C1", "country:C2", "org:lone", "org:o1", "person:hub", "person:p1", "person:p2", "person:p3"}, 7},
		{"types", graphstore.Filter{Types: []extract.Type{extract.Person}},
			[]string{"person:hub", "person:p1", "person:p2", "person:p3"}, 4},
		{"types country", graphstore.Filter{Types: []extract.Type{extract.Country}},
			[]string{"country:C1", "country:C2"}, 1},
		{"min weight", graphstore.Filter{MinWeight: 2}, []string{"person:p1", "person:p2"}, 1},
		{"min mentions", graphstore.Filter{MinMentions: 3}, []string{"person:hub", "person:p1", "person:p2"}, 3},
		{"min mentions 1", graphstore.Filter{MinMentions: 1},
			[]string{"country:C1", "country:C2", "org:o1", "person:hub", "person:p1", "person:p2", "person:p3"}, 7},
		{"top 2", graphstore.Filter{Top: 2}, []string{"person:hub", "person:p1"}, 1},
		{"top 3", graphstore.Filter{Top: 3}, []string{"person:hub", "person:p1", "person:p2"}, 3},
		{"ego by id", graphstore.Filter{Ego: "country:C2"}, []string{"country:C1", "country:C2"}, 1},
		{"ego by name depth 2", graphstore.Filter{Ego: "Dland", Depth: 2},
			[]string{"country:C1", "country:C2", "person:hub"}, 2},
		{"ego ignoring case", graphstore.Filter{Ego: "pat three"}, []string{"person:hub", "person:p3"}, 1},
		{"ego and types", graphstore.Filter{Ego: "Hub Man", Types: []extract.Type{extract.Person, extract.Org}},
			[]string{"org:o1", "person:hub", "person:p1", "person:p2", "person:p3"}, 5},
		{"ego and top keeps the ego", graphstore.Filter{Ego: "person:p3", Depth: 2, Top: 2},
			[]string{"person:hub", "person:p3"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := g.Filter(tc.f)
			if err != nil {
				t.Fatalf("Filter(%+v): %v", tc.f, err)
			}
			if !slices.Equal(ids(got), tc.wantNodes) || got.NumEdges() != tc.wantEdges {
				t.Errorf("Filter(%+v) = nodes %v, edges %v; want nodes %v, %d edges", tc.f, ids(got), edges(got), tc.wantNodes, tc.wantEdges)
			}
			for _, e := range got.Edges() {
				if _, ok := got.Node(e.Source); !ok {
					t.Errorf("dangling edge %v", e)
				}
			}
		})
	}
	if g.NumNodes() != 8 {
		t.Errorf("Filter changed the graph: %v", ids(g))
	}
}

func TestFilterErrors(t *testing.T) {
	g := filterGraph(t)
	tests := []struct {
		name string
		f    graphstore.Filter
		is   error
	}{
		{"unknown ego", graphstore.Filter{Ego: "Nobody"}, graphstore.ErrNoEntity},
		{"ambiguous ego", graphstore.Filter{Ego: "pat"}, graphstore.ErrNoEntity}, // no exact match: not found
		{"ego filtered out", graphstore.Filter{Ego: "Hub Man", Types: []extract.Type{extract.Org}}, nil},
		{"negative", graphstore.Filter{Top: -1}, nil},
	}
	for _, tc := range tests {
		_, err := g.Filter(tc.f)
		if err == nil || (tc.is != nil && !errors.Is(err, tc.is)) {
			t.Errorf("%s: Filter(%+v) = %v, want an error (%v)", tc.name, tc.f, err, tc.is)
		}
	}
}

func TestFilterAmbiguous(t *testing.T) {
	g, err := graphstore.NewView([]graphstore.Node{
		{ID: "country:JO", Label: "Jordan", Type: extract.Country},
		{ID: "person:jordan", Label: "Jordan", Type: extract.Person},
		{ID: "person:x", Label: "X", Type: extract.Person},
	}, []graphstore.Edge{{Source: "country:JO", Target: "person:x", Weight: 1}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ae *graphstore.AmbiguousError
	if _, err := g.Filter(graphstore.Filter{Ego: "Jordan"}); !errors.As(err, &ae) {
		t.Errorf("ambiguous ego Jordan: err = %v, want an AmbiguousError", err)
	}
	f, err := g.Filter(graphstore.Filter{Ego: "country:JO"})
	if err != nil || !slices.Equal(ids(f), []string{"country:JO", "person:x"}) {
		t.Errorf("ego by id = %v, %v", ids(f), err)
	}
}

func TestNewView(t *testing.T) {
	n := []graphstore.Node{{ID: "b"}, {ID: "a"}}
	tests := []struct {
		name  string
		nodes []graphstore.Node
		edges []graphstore.Edge
		ok    bool
	}{
		{"ok", n, []graphstore.Edge{{Source: "a", Target: "b"}}, true},
		{"duplicate node", append(n, graphstore.Node{ID: "a"}), nil, false},
		{"reversed edge", n, []graphstore.Edge{{Source: "b", Target: "a"}}, false},
		{"dangling edge", n, []graphstore.Edge{{Source: "a", Target: "c"}}, false},
		{"duplicate edge", n, []graphstore.Edge{{Source: "a", Target: "b"}, {Source: "a", Target: "b"}}, false},
	}
	for _, tc := range tests {
		g, err := graphstore.NewView(tc.nodes, tc.edges, nil)
		if (err == nil) != tc.ok {
			t.Errorf("%s: NewView error = %v, want ok=%v", tc.name, err, tc.ok)
			continue
		}
		if err == nil {
			if !slices.Equal(ids(g), []string{"a", "b"}) {
				t.Errorf("%s: nodes %v not sorted", tc.name, ids(g))
			}
			if g.Add(&extract.Doc{Article: extract.Article{ID: "x"}, Hash: "x"}) || g.NumNodes() != 2 {
				t.Errorf("%s: Add changed a view", tc.name)
			}
		}
	}
}

// TestEachArticle checks that EachArticle yields what Articles returns, in
// its order, on a graph whose articles came out of order and on a
// filter's view, and that it stops when asked.
func TestEachArticle(t *testing.T) {
	g := graphstore.New()
	for _, id := range []string{"c", "a", "d", "b"} {
		g.Add(&extract.Doc{Article: extract.Article{ID: id, Title: "T " + id}, Hash: "h" + id,
			Entities: []extract.Entity{
				{ID: "person:x", Name: "X", Type: extract.Person, Mentions: []extract.Mention{{Name: "X"}}},
				{ID: "person:y", Name: "Y", Type: extract.Person, Mentions: []extract.Mention{{Name: "Y"}}},
			}})
	}
	v, err := g.Filter(graphstore.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for name, gr := range map[string]*graphstore.Graph{"graph": g, "view": v} {
		got := slices.Collect(gr.EachArticle())
		if want := gr.Articles(); !slices.Equal(got, want) || len(got) != 4 {
			t.Errorf("%s: EachArticle = %v, want %v", name, got, want)
		}
		n := 0
		for range gr.EachArticle() {
			n++
			if n == 2 {
				break
			}
		}
		if n != 2 {
			t.Errorf("%s: %d articles after a break at 2", name, n)
		}
	}
}
