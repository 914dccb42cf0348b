package graphstore_test

import (
	"maps"
	"reflect"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
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

// TestNodeLeavesTally wants NodeTally.Node to leave the tally as it was:
// Node reads the tally's own maps, uncopied, and a tally is added to and
// asked again after (a cache refreshed batch by batch). Aliases whose
// counts tie, and a label that is also an alias, are what the vote sorts.
func TestNodeLeavesTally(t *testing.T) {
	var tally graphstore.NodeTally
	tally.ID = "PERSON:Ada Quill"
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for i, names := range [][]string{{"Ada Quill", "Quill"}, {"A. Quill", "Ada Quill"}, {"Quill", "Ms Quill"}} {
		e := graphstore.EntityCount{ID: tally.ID, Name: names[0], Type: extract.Person, Mentions: 2, Sources: 1,
			Sentences: []int{0, i}, Aliases: map[string]int{names[0]: 1, names[1]: 1}}
		tally.Add(e, day.AddDate(0, 0, i))
		before := tally
		before.Labels, before.Aliases = maps.Clone(tally.Labels), maps.Clone(tally.Aliases)
		before.Types = maps.Clone(tally.Types)
		first := tally.Node()
		if !reflect.DeepEqual(tally, before) {
			t.Fatalf("after article %d, Node changed the tally:\n%+v\nwant\n%+v", i, tally, before)
		}
		if again := tally.Node(); !reflect.DeepEqual(again, first) {
			t.Fatalf("after article %d, Node gave\n%+v\nthen\n%+v", i, first, again)
		}
		if len(first.Aliases) != len(tally.Aliases) {
			t.Fatalf("after article %d, node has %d aliases, tally %d", i, len(first.Aliases), len(tally.Aliases))
		}
	}
}
