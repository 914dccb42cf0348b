package graphstore_test

import (
	"reflect"
	"testing"

	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestTalliesMakeTheGraph sums articles into the exported tallies, as a
// store that updates its cache does, and wants the graph's own links and
// nodes.
func TestTalliesMakeTheGraph(t *testing.T) {
	docs := testdocs.Random(400, 21)
	g := graphstore.New()
	var arts []graphstore.ArticleCounts
	for _, d := range docs {
		if g.Add(d) {
			arts = append(arts, graphstore.Count(d))
		}
	}
	l := graphstore.LinkCorpus(arts)
	linked := 0
	for i, a := range arts {
		for _, e := range a.Entities {
			want := g.CanonicalIn(a.Info.ID, e.ID)
			if got := l.To(i, e.ID); got != want {
				t.Errorf("LinkCorpus: %s in %s → %s, graph says %s", e.ID, a.Info.ID, got, want)
			}
			if want != e.ID {
				linked++
			}
		}
	}
	if linked == 0 {
		t.Fatal("the corpus links nothing; the test needs links")
	}
	nodes := map[string]*graphstore.NodeTally{}
	for i, a := range arts {
		for _, e := range graphstore.MergeLinked(a.Entities, func(id string) string { return l.To(i, id) }) {
			if nodes[e.ID] == nil {
				nodes[e.ID] = &graphstore.NodeTally{ID: e.ID}
			}
			nodes[e.ID].Add(e, a.Info.Date)
		}
	}
	if len(nodes) != g.NumNodes() {
		t.Errorf("%d node tallies, graph has %d nodes", len(nodes), g.NumNodes())
	}
	for _, want := range g.Nodes() {
		tl := nodes[want.ID]
		if tl == nil {
			t.Errorf("no tally of node %s", want.ID)
			continue
		}
		if got := tl.Node(); !reflect.DeepEqual(got, want) {
			t.Errorf("node %s:\ngot  %+v\nwant %+v", want.ID, got, want)
		}
	}
}
