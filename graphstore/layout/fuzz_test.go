package layout

import (
	"context"
	"errors"
	"math"
	"testing"
)

// fuzzWeights are the weights a fuzzed edge can have, odd ones included.
var fuzzWeights = []float64{1, 2.5, 0, -1, math.NaN(), math.Inf(1), math.Inf(-1), 1e308, 1e-320, math.MaxFloat64, 3, 0.001}

// fuzzGraph decodes data into a graph: the first byte gives N (0..47), then
// each three bytes an edge whose endpoints may fall outside [0, N).
func fuzzGraph(data []byte) (g Graph, valid bool) {
	if len(data) == 0 {
		return Graph{}, true
	}
	g.N = int(data[0]) % 48
	valid = true
	for k := 1; k+2 < len(data); k += 3 {
		a := int(data[k])%(g.N+2) - 1
		b := int(data[k+1])%(g.N+2) - 1
		if a < 0 || a >= g.N || b < 0 || b >= g.N {
			valid = false
		}
		g.Edges = append(g.Edges, Edge{a, b, fuzzWeights[int(data[k+2])%len(fuzzWeights)]})
	}
	return g, valid
}

func FuzzGraph(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{5, 1, 2, 0, 2, 3, 1, 3, 1, 4})
	f.Add([]byte{10, 1, 1, 0, 1, 2, 4, 2, 3, 5, 3, 4, 6, 4, 5, 7})
	f.Add([]byte{3, 0, 5, 0})
	f.Add([]byte{47, 1, 2, 8, 2, 3, 9, 3, 1, 9, 4, 5, 0, 10, 11, 0, 11, 12, 0, 12, 10, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		g, valid := fuzzGraph(data)
		ctx := context.Background()

		deg, weighted, err := Degree(g)
		if !valid {
			if !errors.Is(err, ErrInvalidGraph) {
				t.Fatalf("invalid graph %v: Degree error %v", g, err)
			}
			if _, err := ForceAtlas2(ctx, g, Options{}); !errors.Is(err, ErrInvalidGraph) {
				t.Fatalf("invalid graph: ForceAtlas2 error %v", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		for i := range deg {
			if deg[i] < 0 || deg[i] >= max(g.N, 1) || !(weighted[i] >= 0) || math.IsInf(weighted[i], 0) {
				t.Fatalf("node %d: degree %d, weighted %v", i, deg[i], weighted[i])
			}
		}

		pr, err := PageRank(ctx, g, DefaultDamping, DefaultTolerance)
		if err != nil {
			t.Fatal(err)
		}
		sum := 0.0
		for _, r := range pr {
			if !(r > 0) {
				t.Fatalf("rank %v", r)
			}
			sum += r
		}
		if g.N > 0 && math.Abs(sum-1) > 1e-9 {
			t.Fatalf("ranks sum to %v", sum)
		}

		p, err := Louvain(ctx, g, LouvainOptions{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, s := range p.Sizes {
			total += s
		}
		if len(p.Community) != g.N || total != g.N || !(p.Modularity >= -0.5 && p.Modularity <= 1) {
			t.Fatalf("partition %+v of %d nodes", p, g.N)
		}
		for _, c := range p.Community {
			if c < 0 || c >= len(p.Sizes) {
				t.Fatalf("community %d of %d", c, len(p.Sizes))
			}
		}
		connectedCommunities(t, g, p.Community)

		// The length picks the layout's switches, so that all of them meet
		// odd graphs.
		f := len(data)
		o := Options{Seed: 2, Iterations: 10, LinLog: f&1 != 0, StrongGravity: f&2 != 0, DissuadeHubs: f&4 != 0,
			NoPacking: f&8 != 0, SingleLevel: f&16 != 0, IgnoreWeights: f&32 != 0}
		pts, err := ForceAtlas2(ctx, g, o)
		if err != nil {
			t.Fatal(err)
		}
		checkPoints(t, pts, g.N, 1000)
		again, err := ForceAtlas2(ctx, g, o)
		if err != nil {
			t.Fatal(err)
		}
		for i := range pts {
			if pts[i] != again[i] {
				t.Fatalf("point %d: %v, then %v", i, pts[i], again[i])
			}
		}
	})
}
