package layout

import (
	"context"
	"errors"
	"math"
	"slices"
	"testing"
)

// cliques returns k cliques of size s, clique c on nodes c·s..c·s+s-1, with
// the extra edges given.
func cliques(k, s int, extra ...Edge) Graph {
	g := Graph{N: k * s}
	for c := 0; c < k; c++ {
		for i := 0; i < s; i++ {
			for j := i + 1; j < s; j++ {
				g.Edges = append(g.Edges, Edge{c*s + i, c*s + j, 1})
			}
		}
	}
	g.Edges = append(g.Edges, extra...)
	return g
}

// ringOfCliques joins k cliques of size s in a ring by single edges.
func ringOfCliques(k, s int) Graph {
	var ring []Edge
	for c := 0; c < k; c++ {
		ring = append(ring, Edge{c * s, ((c+1)%k)*s + 1, 1})
	}
	return cliques(k, s, ring...)
}

func TestLouvainKnownCases(t *testing.T) {
	tests := []struct {
		name  string
		g     Graph
		sizes []int
		// group[i] is the expected community of node i up to renaming.
		group []int
	}{
		{"two cliques and a bridge", cliques(2, 5, Edge{4, 5, 1}), []int{5, 5},
			[]int{0, 0, 0, 0, 0, 1, 1, 1, 1, 1}},
		{"ring of 8 cliques", ringOfCliques(8, 4), []int{4, 4, 4, 4, 4, 4, 4, 4},
			[]int{0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7}},
		{"isolated nodes are their own", Graph{N: 5, Edges: []Edge{{1, 2, 1}}}, []int{2, 1, 1, 1},
			[]int{0, 1, 1, 2, 3}},
		{"no nodes", Graph{}, []int{}, []int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Louvain(context.Background(), tt.g, LouvainOptions{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(p.Sizes, tt.sizes) {
				t.Errorf("sizes = %v, want %v", p.Sizes, tt.sizes)
			}
			if !samePartition(p.Community, tt.group) {
				t.Errorf("communities = %v, want %v up to renaming", p.Community, tt.group)
			}
			q, err := Modularity(tt.g, p.Community, 1)
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(q-p.Modularity) > 1e-12 {
				t.Errorf("Modularity = %v, Louvain says %v", q, p.Modularity)
			}
		})
	}
}

// samePartition reports whether a and b group the nodes alike.
func samePartition(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	ab, ba := map[int]int{}, map[int]int{}
	for i := range a {
		if x, ok := ab[a[i]]; ok && x != b[i] {
			return false
		}
		if y, ok := ba[b[i]]; ok && y != a[i] {
			return false
		}
		ab[a[i]], ba[b[i]] = b[i], a[i]
	}
	return true
}

func TestModularityKnownValues(t *testing.T) {
	// Two triangles joined by one edge, split into the triangles:
	// m = 7; each triangle has in = 6 (3 edges counted twice), tot = 7.
	// Q = 2·(6/14 − (7/14)²) = 5/14.
	g := cliques(2, 3, Edge{2, 3, 1})
	q, err := Modularity(g, []int{0, 0, 0, 1, 1, 1}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if want := 5.0 / 14; math.Abs(q-want) > 1e-15 {
		t.Errorf("Q = %v, want %v", q, want)
	}
	// All in one community: Q = 1 − 1 = 0.
	if q, _ := Modularity(g, []int{7, 7, 7, 7, 7, 7}, 1); math.Abs(q) > 1e-15 {
		t.Errorf("one community: Q = %v, want 0", q)
	}
	if _, err := Modularity(g, []int{0, 0}, 1); err == nil {
		t.Error("wrong length gave no error")
	}
	if _, err := Modularity(g, []int{0, 0, 0, -1, 1, 1}, 1); err == nil {
		t.Error("negative label gave no error")
	}
	if q, err := Modularity(Graph{N: 2}, []int{0, 1}, 1); err != nil || q != 0 {
		t.Errorf("no edges: %v, %v; want 0", q, err)
	}
}

func TestLouvainNumbering(t *testing.T) {
	p, err := Louvain(context.Background(), synthetic(2000, 12000, 4), LouvainOptions{Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	first := make([]int, len(p.Sizes))
	for c := range first {
		first[c] = -1
	}
	count := make([]int, len(p.Sizes))
	for i, c := range p.Community {
		if c < 0 || c >= len(p.Sizes) {
			t.Fatalf("node %d in community %d of %d", i, c, len(p.Sizes))
		}
		if first[c] < 0 {
			first[c] = i
		}
		count[c]++
	}
	if !slices.Equal(count, p.Sizes) {
		t.Fatalf("Sizes = %v, counted %v", p.Sizes, count)
	}
	for c := 1; c < len(p.Sizes); c++ {
		if p.Sizes[c] > p.Sizes[c-1] || p.Sizes[c] == p.Sizes[c-1] && first[c] < first[c-1] {
			t.Fatalf("community %d (size %d, first %d) after %d (size %d, first %d)",
				c, p.Sizes[c], first[c], c-1, p.Sizes[c-1], first[c-1])
		}
	}
}

// connectedCommunities fails the test if a community is not connected.
func connectedCommunities(t *testing.T, g Graph, community []int) {
	t.Helper()
	a, err := build(g)
	if err != nil {
		t.Fatal(err)
	}
	m := make([]int32, len(community))
	for i, c := range community {
		m[i] = int32(c)
	}
	parts := splitDisconnected(a, m)
	renumber(parts)
	if !samePartition(parts, community) {
		t.Error("a community is not connected")
	}
}

func TestLouvainPlantedPartition(t *testing.T) {
	g := synthetic(3000, 30000, 9)
	p, err := Louvain(context.Background(), g, LouvainOptions{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	connectedCommunities(t, g, p.Community)
	// The generator puts 85% of the edges inside its groups; Louvain should
	// find a partition at least as good as the planted one.
	planted := make([]int, g.N)
	r := newRNG(9, 99)
	for start, id := 0, 0; start < g.N; id++ {
		end := min(start+10+r.intn(191), g.N)
		for i := start; i < end; i++ {
			planted[i] = id
		}
		start = end
	}
	qp, err := Modularity(g, planted, 1)
	if err != nil {
		t.Fatal(err)
	}
	if p.Modularity < qp-0.01 {
		t.Errorf("Louvain Q = %.4f, planted groups Q = %.4f", p.Modularity, qp)
	}
	t.Logf("Louvain Q = %.4f in %d communities; planted Q = %.4f", p.Modularity, len(p.Sizes), qp)
}

func TestLouvainDeterministicAndSeeded(t *testing.T) {
	g := synthetic(3000, 20000, 6)
	run := func(seed int64) Partition {
		p, err := Louvain(context.Background(), g, LouvainOptions{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	a, b := run(1), run(1)
	if !slices.Equal(a.Community, b.Community) || math.Float64bits(a.Modularity) != math.Float64bits(b.Modularity) {
		t.Error("two runs with the same seed differ")
	}
	// Another seed visits nodes in another order; it may find another
	// partition, but of about the same quality.
	c := run(2)
	if math.Abs(c.Modularity-a.Modularity) > 0.02 {
		t.Errorf("seed 1: Q = %v; seed 2: Q = %v", a.Modularity, c.Modularity)
	}
}

func TestLouvainResolution(t *testing.T) {
	g := ringOfCliques(16, 5)
	ctx := context.Background()
	coarse, err := Louvain(ctx, g, LouvainOptions{Seed: 1, Resolution: 0.05})
	if err != nil {
		t.Fatal(err)
	}
	fine, err := Louvain(ctx, g, LouvainOptions{Seed: 1, Resolution: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(coarse.Sizes) >= len(fine.Sizes) {
		t.Errorf("resolution 0.05 gave %d communities, 1 gave %d: want fewer", len(coarse.Sizes), len(fine.Sizes))
	}
	for _, r := range []float64{-1, math.NaN(), math.Inf(1)} {
		if _, err := Louvain(ctx, g, LouvainOptions{Resolution: r}); err == nil {
			t.Errorf("resolution %v gave no error", r)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Louvain(cancelled, g, LouvainOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: error %v, want context.Canceled", err)
	}
}

func TestLouvainRealGraphs(t *testing.T) {
	for _, files := range [][]string{{"ag.json"}, {"rb.json"}, {"ag.json", "rb.json"}} {
		t.Run(files[len(files)-1], func(t *testing.T) {
			if testing.Short() {
				t.Skip("real graphs skipped in -short mode")
			}
			g := realGraph(t, files...)
			p, err := Louvain(context.Background(), g, LouvainOptions{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			connectedCommunities(t, g, p.Community)
			// Co-mention graphs of news are modular; gonum's Louvain
			// finds Q ≈ 0.61 on AG News and 0.57 on Reuters+BBC.
			if p.Modularity < 0.5 {
				t.Errorf("Q = %.4f, want above 0.5", p.Modularity)
			}
			t.Logf("%v: %d nodes, %d edges: Q = %.4f, %d communities, largest %v",
				files, g.N, len(g.Edges), p.Modularity, len(p.Sizes), p.Sizes[:min(5, len(p.Sizes))])
		})
	}
}
