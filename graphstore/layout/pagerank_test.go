package layout

import (
	"context"
	"errors"
	"math"
	"runtime"
	"testing"
)

// densePageRank is a plain reference: power iteration on the dense
// transition matrix, written independently of PageRank's sparse pull.
func densePageRank(g Graph, d float64) []float64 {
	n := g.N
	w := make([][]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
	}
	for _, e := range g.Edges {
		if e.A != e.B && e.Weight > 0 && !math.IsInf(e.Weight, 1) {
			w[e.A][e.B] += e.Weight
			w[e.B][e.A] += e.Weight
		}
	}
	out := make([]float64, n)
	for i := range w {
		for j := range w[i] {
			out[i] += w[i][j]
		}
	}
	p := make([]float64, n)
	for i := range p {
		p[i] = 1 / float64(n)
	}
	for it := 0; it < 2000; it++ {
		q := make([]float64, n)
		for j := 0; j < n; j++ {
			for i := 0; i < n; i++ {
				if out[j] == 0 {
					q[i] += d * p[j] / float64(n)
				} else {
					q[i] += d * p[j] * w[j][i] / out[j]
				}
			}
		}
		for i := range q {
			q[i] += (1 - d) / float64(n)
		}
		p = q
	}
	return p
}

func TestPageRankMatchesDense(t *testing.T) {
	graphs := map[string]Graph{
		"star":          star(6),
		"path":          {N: 4, Edges: []Edge{{0, 1, 1}, {1, 2, 1}, {2, 3, 1}}},
		"weighted":      {N: 4, Edges: []Edge{{0, 1, 5}, {1, 2, 1}, {2, 0, 2}, {2, 3, 0.5}}},
		"with isolated": {N: 5, Edges: []Edge{{0, 1, 1}, {1, 2, 3}}},
		"synthetic":     synthetic(60, 200, 5),
	}
	for _, name := range []string{"star", "path", "weighted", "with isolated", "synthetic"} {
		g := graphs[name]
		got, err := PageRank(context.Background(), g, DefaultDamping, 1e-13)
		if err != nil {
			t.Fatal(err)
		}
		want := densePageRank(g, DefaultDamping)
		sum := 0.0
		for i := range got {
			sum += got[i]
			if math.Abs(got[i]-want[i]) > 1e-9 {
				t.Errorf("%s: rank[%d] = %.12f, want %.12f", name, i, got[i], want[i])
			}
		}
		if math.Abs(sum-1) > 1e-12 {
			t.Errorf("%s: ranks sum to %v, want 1", name, sum)
		}
	}
}

func star(n int) Graph {
	g := Graph{N: n}
	for i := 1; i < n; i++ {
		g.Edges = append(g.Edges, Edge{0, i, 1})
	}
	return g
}

func TestPageRankStarCentre(t *testing.T) {
	got, err := PageRank(context.Background(), star(10), DefaultDamping, DefaultTolerance)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < 10; i++ {
		if got[0] <= got[i] {
			t.Errorf("centre %v not above leaf %d: %v", got[0], i, got[i])
		}
		if got[i] != got[1] {
			t.Errorf("leaves differ: %v, %v", got[1], got[i])
		}
	}
}

func TestPageRankEdgeCases(t *testing.T) {
	ctx := context.Background()
	if got, err := PageRank(ctx, Graph{}, DefaultDamping, DefaultTolerance); err != nil || len(got) != 0 {
		t.Errorf("empty graph: %v, %v", got, err)
	}
	// No edges: every node dangling, the ranks are uniform.
	got, err := PageRank(ctx, Graph{N: 4}, DefaultDamping, DefaultTolerance)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range got {
		if r != 0.25 {
			t.Errorf("no edges: %v, want all 0.25", got)
			break
		}
	}
	for _, c := range []struct{ d, tol float64 }{{-0.1, 1e-9}, {1, 1e-9}, {math.NaN(), 1e-9}, {0.85, 0}, {0.85, math.NaN()}, {0.85, -1}} {
		if _, err := PageRank(ctx, star(3), c.d, c.tol); err == nil {
			t.Errorf("PageRank(damping %v, tol %v) gave no error", c.d, c.tol)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := PageRank(cancelled, star(3), DefaultDamping, DefaultTolerance); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: error %v, want context.Canceled", err)
	}
}

func TestPageRankDeterministic(t *testing.T) {
	g := synthetic(5000, 30000, 2) // large enough to run in parallel
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var runs [][]float64
	for _, procs := range []int{1, 2, 4} {
		runtime.GOMAXPROCS(procs)
		r, err := PageRank(context.Background(), g, DefaultDamping, DefaultTolerance)
		if err != nil {
			t.Fatal(err)
		}
		runs = append(runs, r)
	}
	for k := 1; k < len(runs); k++ {
		for i := range runs[0] {
			if math.Float64bits(runs[0][i]) != math.Float64bits(runs[k][i]) {
				t.Fatalf("run %d: rank[%d] = %v, first run %v", k, i, runs[k][i], runs[0][i])
			}
		}
	}
}
