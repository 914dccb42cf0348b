package layout

import (
	"context"
	"errors"
	"math"
	"runtime"
	"testing"
)

// meanDist is the mean distance between the nodes of a and those of b
// (pairs of distinct nodes).
func meanDist(p []Point, a, b []int) float64 {
	var sum float64
	var n int
	for _, i := range a {
		for _, j := range b {
			if i != j {
				sum += math.Hypot(p[i].X-p[j].X, p[i].Y-p[j].Y)
				n++
			}
		}
	}
	return sum / float64(n)
}

func span(lo, hi int) []int {
	s := make([]int, 0, hi-lo)
	for i := lo; i < hi; i++ {
		s = append(s, i)
	}
	return s
}

// checkPoints fails the test unless p has n finite points inside the box,
// rounded to 0.01.
func checkPoints(t *testing.T, p []Point, n int, extent float64) {
	t.Helper()
	if len(p) != n {
		t.Fatalf("%d points for %d nodes", len(p), n)
	}
	for i, q := range p {
		for _, v := range []float64{q.X, q.Y} {
			if math.IsNaN(v) || math.Abs(v) > extent {
				t.Fatalf("point %d = %v outside [-%v, %v]", i, q, extent, extent)
			}
			if r := v * 100; math.Abs(r-math.Round(r)) > 1e-6 {
				t.Fatalf("point %d = %v not rounded to 0.01", i, q)
			}
			if v == 0 && math.Signbit(v) {
				t.Fatalf("point %d = %v has a negative zero", i, q)
			}
		}
	}
}

func TestForceAtlas2TwoCliques(t *testing.T) {
	g := cliques(2, 8, Edge{0, 8, 1})
	variants := map[string]Options{
		"default":        {},
		"linlog":         {LinLog: true},
		"strong gravity": {StrongGravity: true},
		"dissuade hubs":  {DissuadeHubs: true},
		"ignore weights": {IgnoreWeights: true},
		"single level":   {SingleLevel: true},
		"no packing":     {NoPacking: true},
		"exact":          {Theta: 1e-9},
	}
	for _, name := range []string{"default", "linlog", "strong gravity", "dissuade hubs", "ignore weights", "single level", "no packing", "exact"} {
		o := variants[name]
		o.Seed = 5
		p, err := ForceAtlas2(context.Background(), g, o)
		if err != nil {
			t.Fatal(err)
		}
		checkPoints(t, p, g.N, 1000)
		a, b := span(0, 8), span(8, 16)
		within := (meanDist(p, a, a) + meanDist(p, b, b)) / 2
		between := meanDist(p, a, b)
		if within*2 > between {
			t.Errorf("%s: mean distance within a clique %.1f, between %.1f: want the cliques apart", name, within, between)
		}
	}
}

func TestForceAtlas2Quality(t *testing.T) {
	g := synthetic(1500, 8000, 11)
	p, err := ForceAtlas2(context.Background(), g, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	checkPoints(t, p, g.N, 1000)
	if r := edgeToRandomRatio(g, p); r > 0.5 {
		t.Errorf("mean edge length / mean random distance = %.3f, want below 0.5", r)
	}
}

func TestForceAtlas2Deterministic(t *testing.T) {
	// Over 2,048 nodes, so that forces are computed in parallel.
	g := synthetic(3000, 15000, 8)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	o := Options{Seed: 3, Iterations: 20}
	var runs [][]Point
	for _, c := range []struct{ procs, workers int }{{1, 0}, {2, 0}, {2, 3}, {4, 7}} {
		runtime.GOMAXPROCS(c.procs)
		o.Workers = c.workers
		p, err := ForceAtlas2(context.Background(), g, o)
		if err != nil {
			t.Fatal(err)
		}
		runs = append(runs, p)
	}
	for k := 1; k < len(runs); k++ {
		for i := range runs[0] {
			a, b := runs[0][i], runs[k][i]
			if math.Float64bits(a.X) != math.Float64bits(b.X) || math.Float64bits(a.Y) != math.Float64bits(b.Y) {
				t.Fatalf("run %d: point %d = %v, first run %v", k, i, b, a)
			}
		}
	}
	// Another seed gives another layout.
	o.Seed = 4
	p, err := ForceAtlas2(context.Background(), g, o)
	if err != nil {
		t.Fatal(err)
	}
	same := 0
	for i := range p {
		if p[i] == runs[0][i] {
			same++
		}
	}
	if same == len(p) {
		t.Error("seeds 3 and 4 give the same layout")
	}
}

func TestForceAtlas2SmallGraphs(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		g    Graph
	}{
		{"no nodes", Graph{}},
		{"one node", Graph{N: 1}},
		{"one edge", Graph{N: 2, Edges: []Edge{{0, 1, 1}}}},
		{"no edges", Graph{N: 7}},
		{"only bad edges", Graph{N: 3, Edges: []Edge{{0, 0, 1}, {0, 1, math.NaN()}, {1, 2, -2}}}},
		{"star", star(30)},
		{"huge and tiny weights", Graph{N: 4, Edges: []Edge{{0, 1, 1e300}, {1, 2, 1e-300}, {2, 3, 1}, {3, 0, math.MaxFloat64}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ForceAtlas2(ctx, tt.g, Options{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			checkPoints(t, p, tt.g.N, 1000)
			// Nodes without edges are laid out in rows: never on top of
			// each other.
			seen := map[Point]int{}
			for i, q := range p {
				if j, ok := seen[q]; ok && tt.g.N <= 7 {
					t.Errorf("nodes %d and %d both at %v", j, i, q)
				}
				seen[q] = i
			}
		})
	}
	p, err := ForceAtlas2(ctx, Graph{N: 1}, Options{})
	if err != nil || p[0] != (Point{}) {
		t.Errorf("one node: %v, %v; want the origin", p, err)
	}
	p, err = ForceAtlas2(ctx, star(5), Options{Extent: 10})
	if err != nil {
		t.Fatal(err)
	}
	checkPoints(t, p, 5, 10)
	// A huge worker count is bounded, not allocated.
	p, err = ForceAtlas2(ctx, star(5), Options{Workers: 1 << 40})
	if err != nil {
		t.Fatal(err)
	}
	checkPoints(t, p, 5, 1000)
}

func TestForceAtlas2Options(t *testing.T) {
	ctx := context.Background()
	for _, o := range []Options{
		{Iterations: -1}, {Scaling: -1}, {Gravity: math.NaN()}, {Theta: math.Inf(1)},
		{JitterTolerance: -0.5}, {Extent: -10}, {Extent: 1e300},
	} {
		if _, err := ForceAtlas2(ctx, star(4), o); err == nil {
			t.Errorf("options %+v gave no error", o)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := ForceAtlas2(cancelled, star(4), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: error %v, want context.Canceled", err)
	}
}

func TestForceAtlas2CancelledMidway(t *testing.T) {
	g := synthetic(3000, 15000, 1)
	ctx, cancel := context.WithCancel(context.Background())
	steps := 0
	// Cancel from inside the run: the first call to the context after a
	// few steps sees it cancelled.
	cctx := &countingCtx{Context: ctx, after: 5, cancel: cancel, n: &steps}
	if _, err := ForceAtlas2(cctx, g, Options{Iterations: 1000}); !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if steps > 10 {
		t.Errorf("ran %d context checks after cancelling at 5", steps)
	}
}

type countingCtx struct {
	context.Context
	after  int
	cancel func()
	n      *int
}

func (c *countingCtx) Err() error {
	*c.n++
	if *c.n == c.after {
		c.cancel()
	}
	return c.Context.Err()
}

func TestForceAtlas2RealGraph(t *testing.T) {
	if testing.Short() {
		t.Skip("real graphs skipped in -short mode")
	}
	g := realGraph(t, "ag.json")
	p, err := ForceAtlas2(context.Background(), g, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	checkPoints(t, p, g.N, 1000)
	r := edgeToRandomRatio(g, p)
	if r > 0.3 {
		t.Errorf("AG News: mean edge length / mean random distance = %.3f, want below 0.3", r)
	}
	t.Logf("AG News (%d nodes): mean edge length / mean random distance = %.3f", g.N, r)
}

func TestForceAtlas2BigStar(t *testing.T) {
	// Louvain merges a star into one group, so the coarsest level has a
	// single node: the leaves must still start apart, and the hub end up
	// among them.
	g := star(3000)
	p, err := ForceAtlas2(context.Background(), g, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	checkPoints(t, p, g.N, 1000)
	var mx, my float64
	for _, q := range p[1:] {
		mx += q.X / float64(len(p)-1)
		my += q.Y / float64(len(p)-1)
	}
	if d := math.Hypot(p[0].X-mx, p[0].Y-my); d > 100 {
		t.Errorf("hub at %v, %.0f from the leaves' centre (%.0f, %.0f)", p[0], d, mx, my)
	}
	seen := map[Point]bool{}
	for _, q := range p {
		seen[q] = true
	}
	if len(seen) < len(p)*99/100 {
		t.Errorf("only %d distinct points of %d", len(seen), len(p))
	}
}
