package viewer_test

import (
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/nergraph/nergraph/export/viewer"
)

// cliques returns two cliques of k nodes joined by one link, and a node
// without links.
func cliques(k int) viewer.Page {
	var p viewer.Page
	for i := range 2*k + 1 {
		p.Nodes = append(p.Nodes, viewer.Node{ID: fmt.Sprint(i)})
	}
	for c := range 2 {
		for i := range k {
			for j := i + 1; j < k; j++ {
				p.Links = append(p.Links, viewer.Link{Source: c*k + i, Target: c*k + j, Weight: 2})
			}
		}
	}
	p.Links = append(p.Links, viewer.Link{Source: 0, Target: k, Weight: 1})
	return p
}

func TestArrange(t *testing.T) {
	const k = 6
	p := cliques(k)
	viewer.Arrange(&p)
	// Degrees and weighted degrees.
	for i, n := range p.Nodes {
		wantDeg, wantW := k-1, 2*(k-1)
		switch {
		case i == 0 || i == k:
			wantDeg, wantW = k, 2*(k-1)+1
		case i == 2*k:
			wantDeg, wantW = 0, 0
		}
		if n.Degree != wantDeg || n.WeightedDegree != wantW {
			t.Errorf("node %d: degree %d weighted %d, want %d %d", i, n.Degree, n.WeightedDegree, wantDeg, wantW)
		}
	}
	// Communities: one per clique, the lone node on its own.
	for c := range 2 {
		for i := range k {
			if p.Nodes[c*k+i].Community != p.Nodes[c*k].Community {
				t.Errorf("node %d in community %d, its clique in %d", c*k+i, p.Nodes[c*k+i].Community, p.Nodes[c*k].Community)
			}
		}
	}
	if a, b, c := p.Nodes[0].Community, p.Nodes[k].Community, p.Nodes[2*k].Community; a == b || a == c || b == c {
		t.Errorf("communities %d, %d, %d: want three", a, b, c)
	}
	// PageRank: a distribution; the bridge ends rank highest.
	sum := 0.0
	for _, n := range p.Nodes {
		sum += n.PageRank
	}
	if math.Abs(sum-1) > 1e-4 {
		t.Errorf("PageRank sums to %g", sum)
	}
	for i, n := range p.Nodes {
		if i != 0 && i != k && n.PageRank >= p.Nodes[0].PageRank {
			t.Errorf("node %d ranks %g, bridge end %g", i, n.PageRank, p.Nodes[0].PageRank)
		}
	}
	// Positions: distinct, and each clique closer together than apart.
	seen := map[[2]float64]bool{}
	for _, n := range p.Nodes {
		seen[[2]float64{n.X, n.Y}] = true
	}
	if len(seen) != len(p.Nodes) {
		t.Errorf("%d distinct positions for %d nodes", len(seen), len(p.Nodes))
	}
	dist := func(a, b int) float64 { return math.Hypot(p.Nodes[a].X-p.Nodes[b].X, p.Nodes[a].Y-p.Nodes[b].Y) }
	if inside, apart := dist(1, 2), dist(1, k+1); inside >= apart {
		t.Errorf("clique neighbours %g apart, across cliques %g", inside, apart)
	}
	// Deterministic.
	q := cliques(k)
	viewer.Arrange(&q)
	if !reflect.DeepEqual(p, q) {
		t.Error("a second Arrange gave different numbers")
	}
}

func TestArrangeEdgeCases(t *testing.T) {
	var empty viewer.Page
	viewer.Arrange(&empty) // no nodes: nothing to do, no panic
	one := viewer.Page{Nodes: []viewer.Node{{ID: "a"}}, Links: []viewer.Link{{Source: 0, Target: 7}, {Source: 0, Target: 0}}}
	viewer.Arrange(&one) // bad and self links are ignored
	if one.Nodes[0].Degree != 0 || one.Nodes[0].PageRank != 1 {
		t.Errorf("one node: %+v", one.Nodes[0])
	}
}

func BenchmarkArrange(b *testing.B) {
	p := synthPage(5000, 50000)
	for b.Loop() {
		viewer.Arrange(&p)
	}
	b.ReportMetric(float64(len(p.Links))/b.Elapsed().Seconds()*float64(b.N), "links/s")
}
