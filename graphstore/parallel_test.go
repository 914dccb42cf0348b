package graphstore

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// bigCounts makes articles enough for finalize's lists to be made on
// several goroutines: n articles of up to 12 of 3,000 people each, every
// entity in a sentence or two, some with a relation between two of them.
// Article ids are not in the order of the articles.
func bigCounts(n int) []ArticleCounts {
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]ArticleCounts, n)
	for i := range out {
		info := ArticleInfo{ID: fmt.Sprintf("a%d", (i*7919)%n), Hash: fmt.Sprintf("h%d", i)}
		k := 2 + r.IntN(11)
		seen := map[int]bool{}
		var ents []EntityCount
		for len(ents) < k {
			p := r.IntN(3000)
			if seen[p] {
				continue
			}
			seen[p] = true
			name := fmt.Sprintf("Person %d", p)
			ents = append(ents, EntityCount{ID: fmt.Sprintf("person:p%04d", p), Name: name, Type: extract.Person,
				Mentions: 1 + r.IntN(3), Aliases: map[string]int{name: 1}, Sentences: []int{r.IntN(3), 3 + r.IntN(3)}})
		}
		slices.SortFunc(ents, func(a, b EntityCount) int { return cmp.Compare(a.ID, b.ID) })
		a := ArticleCounts{Info: info, Entities: ents}
		if i%3 == 0 {
			a.Relations = []Relation{{Subject: ents[0].ID, Predicate: "meet", Object: ents[1].ID, Sentence: 1, Text: "met"}}
		}
		out[i] = a
	}
	return out
}

// TestFinalizeParallel checks that the nodes and edges made on several
// goroutines are those made on one, and that each edge holds the articles
// that name both its ends, sorted by id.
func TestFinalizeParallel(t *testing.T) {
	arts := bigCounts(1500)
	finish := func(procs int) *finished {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		g := New()
		for _, a := range arts {
			if !g.AddCounts(a) {
				t.Fatalf("article %s not added", a.Info.ID)
			}
		}
		return g.finished()
	}
	one, four := finish(1), finish(4)
	if len(one.edges) < 4*4096 || len(one.nodes) < 2*1024 {
		t.Fatalf("%d nodes and %d edges: too few for more than one goroutine", len(one.nodes), len(one.edges))
	}
	if !reflect.DeepEqual(one.nodes, four.nodes) {
		t.Error("nodes made on 4 goroutines differ from those made on 1")
	}
	if !reflect.DeepEqual(one.edges, four.edges) {
		t.Error("edges made on 4 goroutines differ from those made on 1")
	}
	// Each edge's articles, counted here the plain way.
	want := map[[2]string][]string{}
	for _, a := range arts {
		for i, x := range a.Entities {
			for _, y := range a.Entities[i+1:] {
				k := [2]string{x.ID, y.ID}
				want[k] = append(want[k], a.Info.ID)
			}
		}
	}
	if len(want) != len(four.edges) {
		t.Errorf("%d edges, want %d", len(four.edges), len(want))
	}
	relations := 0
	for i, e := range four.edges {
		if i > 0 && cmp.Or(cmp.Compare(four.edges[i-1].Source, e.Source), cmp.Compare(four.edges[i-1].Target, e.Target)) >= 0 {
			t.Fatalf("edge %d (%s, %s) is not after the one before", i, e.Source, e.Target)
		}
		w := want[[2]string{e.Source, e.Target}]
		slices.Sort(w)
		if !slices.Equal(e.Articles, w) || e.Weight != len(w) {
			t.Fatalf("edge %s -- %s: articles %v (weight %d), want %v", e.Source, e.Target, e.Articles, e.Weight, w)
		}
		relations += len(e.Relations)
	}
	if relations == 0 {
		t.Error("no edge has a relation")
	}
}
