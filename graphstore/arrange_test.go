package graphstore_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"runtime"
	"strconv"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// cliqueView returns two cliques of k people (weight 2 inside) joined by one
// link of weight 1 between their first members, and one country with no
// link. Nodes sort as a00..a{k-1}, b00..b{k-1}, country:lone.
func cliqueView(t testing.TB, k int) *graphstore.Graph {
	t.Helper()
	var nodes []graphstore.Node
	var edges []graphstore.Edge
	for _, c := range []string{"a", "b"} {
		for i := range k {
			nodes = append(nodes, graphstore.Node{ID: fmt.Sprintf("%s%02d", c, i), Type: extract.Person, Mentions: 1})
			for j := i + 1; j < k; j++ {
				edges = append(edges, graphstore.Edge{Source: fmt.Sprintf("%s%02d", c, i), Target: fmt.Sprintf("%s%02d", c, j), Weight: 2})
			}
		}
	}
	nodes = append(nodes, graphstore.Node{ID: "country:lone", Type: extract.Country, Mentions: 1})
	edges = append(edges, graphstore.Edge{Source: "a00", Target: "b00", Weight: 1})
	g, err := graphstore.NewView(nodes, edges, nil)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestLayout(t *testing.T) {
	const k = 6
	g := cliqueView(t, k)
	l, err := g.Layout(context.Background(), graphstore.LayoutOptions{Positions: true, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	n := g.NumNodes()
	for name, got := range map[string]int{"X": len(l.X), "Y": len(l.Y), "Community": len(l.Community),
		"PageRank": len(l.PageRank), "Degree": len(l.Degree), "WeightedDegree": len(l.WeightedDegree)} {
		if got != n {
			t.Fatalf("len(%s) = %d, want %d", name, got, n)
		}
	}
	lone := 2 * k
	for i := range n {
		wantDeg, wantW := k-1, 2*(k-1)
		switch i {
		case 0, k:
			wantDeg, wantW = k, 2*(k-1)+1
		case lone:
			wantDeg, wantW = 0, 0
		}
		if l.Degree[i] != wantDeg || l.WeightedDegree[i] != wantW {
			t.Errorf("node %d: degree %d, weighted %d; want %d, %d", i, l.Degree[i], l.WeightedDegree[i], wantDeg, wantW)
		}
	}
	// One community per clique and one for the lone node, numbered by size.
	if l.Communities != 3 || l.Community[lone] != 2 {
		t.Errorf("%d communities, lone node in %d; want 3, 2", l.Communities, l.Community[lone])
	}
	for i := range 2 * k {
		if l.Community[i] != l.Community[i/k*k] || l.Community[i] == l.Community[(1-i/k)*k] {
			t.Errorf("node %d in community %d: communities %v", i, l.Community[i], l.Community)
		}
	}
	if !(l.Modularity > 0.3) {
		t.Errorf("modularity %g, want > 0.3", l.Modularity)
	}
	sum := 0.0
	for i, r := range l.PageRank {
		sum += r
		if i != 0 && i != k && r >= l.PageRank[0] {
			t.Errorf("node %d ranks %g, at least the bridge's end %g", i, r, l.PageRank[0])
		}
		if v, _ := strconv.ParseFloat(fmt.Sprintf("%.6g", r), 64); v != r {
			t.Errorf("pagerank %v not rounded to 6 digits", r)
		}
	}
	if math.Abs(sum-1) > 1e-5 {
		t.Errorf("PageRank sums to %g", sum)
	}
	// Positions: in the box, distinct, each clique tighter than the gap
	// between the cliques.
	seen := map[[2]float64]bool{}
	for i := range n {
		if math.Abs(l.X[i]) > 1000 || math.Abs(l.Y[i]) > 1000 {
			t.Errorf("node %d at (%g, %g), outside ±1000", i, l.X[i], l.Y[i])
		}
		seen[[2]float64{l.X[i], l.Y[i]}] = true
	}
	if !l.Positioned || len(seen) != n {
		t.Errorf("Positioned %v, %d distinct positions for %d nodes", l.Positioned, len(seen), n)
	}
	dist := func(a, b int) float64 { return math.Hypot(l.X[a]-l.X[b], l.Y[a]-l.Y[b]) }
	if inside, apart := dist(1, 2), dist(1, k+1); inside >= apart {
		t.Errorf("clique members %g apart, cliques %g apart", inside, apart)
	}
}

func TestLayoutWithoutPositions(t *testing.T) {
	g := cliqueView(t, 4)
	l, err := g.Layout(context.Background(), graphstore.LayoutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if l.Positioned || l.X != nil || l.Y != nil {
		t.Errorf("Positioned %v, X %v, Y %v; want no positions", l.Positioned, l.X, l.Y)
	}
	with, err := g.Layout(context.Background(), graphstore.LayoutOptions{Positions: true})
	if err != nil {
		t.Fatal(err)
	}
	// Positions are an addition: the rest is the same either way.
	with.Positioned, with.X, with.Y = false, nil, nil
	if !reflect.DeepEqual(l, with) {
		t.Errorf("communities or centrality change with positions:\n%+v\n%+v", l, with)
	}
}

func TestLayoutEmptyAndCancelled(t *testing.T) {
	l, err := graphstore.New().Layout(context.Background(), graphstore.LayoutOptions{Positions: true})
	if err != nil || len(l.X) != 0 || l.Communities != 0 {
		t.Errorf("empty graph: %+v, %v", l, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := cliqueView(t, 4).Layout(ctx, graphstore.LayoutOptions{Positions: true}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}
}

func TestLayoutOf(t *testing.T) {
	g := graphstore.New()
	g.Add(&extract.Doc{Article: extract.Article{ID: "1"}, Hash: "1", Entities: []extract.Entity{
		{ID: "person:a", Name: "A", Type: extract.Person, Mentions: []extract.Mention{{Name: "A"}}},
		{ID: "person:b", Name: "B", Type: extract.Person, Mentions: []extract.Mention{{Name: "B"}}}}})
	l, err := g.Layout(context.Background(), graphstore.LayoutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !l.Of(g) || l.Of(cliqueView(t, 2)) || (*graphstore.Layout)(nil).Of(g) {
		t.Errorf("Of: own graph %v, other graph %v, nil %v; want true, false, false", l.Of(g), l.Of(cliqueView(t, 2)), (*graphstore.Layout)(nil).Of(g))
	}
	g.Add(&extract.Doc{Article: extract.Article{ID: "2"}, Hash: "2", Entities: []extract.Entity{
		{ID: "person:c", Name: "C", Type: extract.Person, Mentions: []extract.Mention{{Name: "C"}}}}})
	if l.Of(g) {
		t.Error("Of is true after an article was added")
	}
}

// bigView is a graph large enough (over 2,048 nodes) for the layout to
// split its work among goroutines: rings of 40 people, each joined to the
// next ring, and hubs linked across.
func bigView(t testing.TB, n int) *graphstore.Graph {
	t.Helper()
	nodes := make([]graphstore.Node, n)
	id := func(i int) string { return fmt.Sprintf("person:%05d", i) }
	var edges []graphstore.Edge
	link := func(a, b, w int) {
		if a > b {
			a, b = b, a
		}
		edges = append(edges, graphstore.Edge{Source: id(a), Target: id(b), Weight: w})
	}
	for i := range n {
		nodes[i] = graphstore.Node{ID: id(i), Type: extract.Person, Mentions: 1}
		ring := i / 40 * 40
		if next := ring + (i+1)%40; next < n && next != i {
			link(i, next, 1+i%3)
		}
		if i%40 == 0 && i+40 < n {
			link(i, i+40, 1)
		}
		if i%97 == 0 && i > 0 {
			link(0, i, 2)
		}
	}
	g, err := graphstore.NewView(nodes, edges, nil)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestLayoutDeterministic lays the same graph out under 1 and 4
// threads: every number must be the same.
func TestLayoutDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out a graph of 2,100 nodes twice (-short)")
	}
	g := bigView(t, 2100)
	var first *graphstore.Layout
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 4} {
		runtime.GOMAXPROCS(procs)
		l, err := g.Layout(context.Background(), graphstore.LayoutOptions{Positions: true, Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = l
			continue
		}
		if !reflect.DeepEqual(l, first) {
			t.Errorf("GOMAXPROCS=%d gives another layout than GOMAXPROCS=1", procs)
		}
	}
}
