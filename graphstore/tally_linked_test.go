package graphstore_test

import (
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// TestTallyLinked wants TallyLinked to tally an article's linked entities
// as MergeLinked and NodeTally.Add of each do, and to give back the merged
// entities but their aliases, on articles whose raw ids link to other
// nodes, partial and unsure entities, and several entries of one node;
// each call given the result of the one before, whose room it reuses.
func TestTallyLinked(t *testing.T) {
	docs := testdocs.Random(300, 5)
	for i, d := range docs {
		c := *d
		c.Entities = slices.Clone(d.Entities)
		for j := range c.Entities {
			c.Entities[j].Unsure = (i+j)%4 == 0
		}
		if i%3 == 0 {
			// A short name, which linking takes to a longer one's node.
			c.Entities = append(c.Entities, extract.Entity{ID: "PERSON:Kim", Name: "Kim", Type: extract.Person, Partial: true,
				Mentions: []extract.Mention{{Text: "Kim", Name: "Kim", Sentence: 1}, {Text: "Mr Kim", Name: "Mr Kim", Sentence: 2}}})
		}
		docs[i] = &c
	}
	keys := graphstore.NewLinkKeys()
	var las []*graphstore.LinkArticle
	var dates []extract.Article
	for _, d := range docs {
		las = append(las, graphstore.NewLinkArticle(graphstore.Count(d), keys))
		dates = append(dates, d.Article)
	}
	l := graphstore.LinkArticles(las, keys)
	want, got := map[string]*graphstore.NodeTally{}, map[string]*graphstore.NodeTally{}
	tallyOf := func(m map[string]*graphstore.NodeTally) func(string) *graphstore.NodeTally {
		return func(id string) *graphstore.NodeTally {
			if m[id] == nil {
				m[id] = &graphstore.NodeTally{ID: id}
			}
			return m[id]
		}
	}
	moved, several := 0, 0
	var gotMerged []graphstore.EntityCount // reused from article to article, as a refresh does
	for i, la := range las {
		to := func(id string) string { return l.To(i, id) }
		merged := la.MergeLinked(to)
		for _, e := range merged {
			tallyOf(want)(e.ID).Add(e, dates[i].Date)
		}
		gotMerged = la.TallyLinked(gotMerged, to, dates[i].Date, tallyOf(got))
		for j := range merged {
			merged[j].Aliases = nil
		}
		if !reflect.DeepEqual(gotMerged, merged) {
			t.Fatalf("article %d: TallyLinked gave\n%+v\nwant\n%+v", i, gotMerged, merged)
		}
		n := 0
		for id := range la.EntityIDs() {
			n++
			if to(id) != id {
				moved++
			}
		}
		if n > len(merged) {
			several++
		}
	}
	if moved == 0 || several == 0 {
		t.Fatalf("raw ids linked to another node %d, articles with several entries of a node %d: the test wants both", moved, several)
	}
	if !maps.EqualFunc(got, want, func(a, b *graphstore.NodeTally) bool { return reflect.DeepEqual(a, b) }) {
		for _, id := range slices.Sorted(maps.Keys(want)) {
			if !reflect.DeepEqual(got[id], want[id]) {
				t.Fatalf("tally of %s:\n%+v\nwant\n%+v", id, got[id], want[id])
			}
		}
		t.Fatalf("%d tallies, want %d", len(got), len(want))
	}
}
