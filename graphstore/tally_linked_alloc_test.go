package graphstore_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// TestTallyLinkedDistinctAllocs wants TallyLinked of an article that links
// no two entries to one node (nearly every article) to allocate nothing of
// its own: no map and no copy of an entry, only what each node's tally
// makes when it adds one (one allocation an entity), and the list of ids
// it sorts when they are more than its array on the stack holds, for a
// few entities and for more. Its result is MergeLinked's but the
// aliases, one of the ids linked elsewhere. It fails when every article
// goes through mergeLinked (18 allocations for 6 entities).
func TestTallyLinkedDistinctAllocs(t *testing.T) {
	for _, n := range []int{6, 20} {
		d := &extract.Doc{Article: extract.Article{ID: "a1", Title: "T"}}
		for i := range n {
			name := fmt.Sprintf("Firm%02d", (i*7)%n)
			d.Entities = append(d.Entities, extract.Entity{ID: "ORG:" + name, Name: name, Type: extract.Org,
				Mentions: []extract.Mention{{Text: name, Name: name, Sentence: i % 3}, {Text: name, Name: name, Sentence: 4}}})
		}
		la := graphstore.NewLinkArticle(graphstore.Count(d), graphstore.NewLinkKeys())
		tallies := map[string]*graphstore.NodeTally{}
		tally := func(id string) *graphstore.NodeTally {
			if tallies[id] == nil {
				tallies[id] = &graphstore.NodeTally{ID: id}
			}
			return tallies[id]
		}
		// One id linked to a node of another name, which sorts last.
		to := func(id string) string {
			if id == "ORG:Firm03" {
				return "ORG:Zeta Firm"
			}
			return id
		}
		date := time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)
		out := la.TallyLinked(nil, to, date, tally)
		want := la.MergeLinked(to)
		if len(out) != n || len(want) != n || out[n-1].ID != "ORG:Zeta Firm" {
			t.Fatalf("%d entities: TallyLinked gave %d, MergeLinked %d, the last %q", n, len(out), len(want), out[len(out)-1].ID)
		}
		for i := range want {
			w := want[i]
			w.Aliases = nil
			if fmt.Sprint(out[i]) != fmt.Sprint(w) {
				t.Fatalf("%d entities, #%d: TallyLinked gave %+v, MergeLinked %+v", n, i, out[i], w)
			}
		}
		allocs := testing.AllocsPerRun(20, func() { out = la.TallyLinked(out, to, date, tally) })
		if allocs > float64(n+1) {
			t.Errorf("%d entities: TallyLinked allocated %v times, want at most one an entity (the tallies') and a list", n, allocs)
		}
	}
}
