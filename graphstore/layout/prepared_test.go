package layout

import (
	"context"
	"reflect"
	"runtime"
	"testing"
)

// TestPreparedSameAsFunctions checks that one Prepared graph, used for
// every computation in turn, gives what each function gives from the
// graph, and that no computation changes it for the next.
func TestPreparedSameAsFunctions(t *testing.T) {
	ctx := context.Background()
	for _, g := range []Graph{synthetic(300, 1200, 2), synthetic(50, 40, 3), {N: 4, Edges: []Edge{{0, 1, 2}, {1, 0, 1}, {2, 2, 5}, {2, 3, 0}}}, {}} {
		p, err := Prepare(g)
		if err != nil {
			t.Fatal(err)
		}
		if p.N() != g.N {
			t.Errorf("N() = %d, want %d", p.N(), g.N)
		}
		// Twice, so that the second round reads what the first left.
		for round := range 2 {
			deg, wdeg := p.Degree()
			wantDeg, wantW, err := Degree(g)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(deg, wantDeg) || !reflect.DeepEqual(wdeg, wantW) {
				t.Errorf("round %d: Degree differs: got %v %v, want %v %v", round, deg, wdeg, wantDeg, wantW)
			}
			gotL, err1 := p.Louvain(ctx, LouvainOptions{Seed: 7})
			wantL, err2 := Louvain(ctx, g, LouvainOptions{Seed: 7})
			if err1 != nil || err2 != nil || !reflect.DeepEqual(gotL, wantL) {
				t.Errorf("round %d: Louvain differs: got %+v (%v), want %+v (%v)", round, gotL, err1, wantL, err2)
			}
			gotR, err1 := p.PageRank(ctx, DefaultDamping, DefaultTolerance)
			wantR, err2 := PageRank(ctx, g, DefaultDamping, DefaultTolerance)
			if err1 != nil || err2 != nil || !reflect.DeepEqual(gotR, wantR) {
				t.Errorf("round %d: PageRank differs (%v, %v)", round, err1, err2)
			}
			gotP, err1 := p.ForceAtlas2(ctx, Options{Seed: 7})
			wantP, err2 := ForceAtlas2(ctx, g, Options{Seed: 7})
			if err1 != nil || err2 != nil || !reflect.DeepEqual(gotP, wantP) {
				t.Errorf("round %d: ForceAtlas2 differs (%v, %v)", round, err1, err2)
			}
		}
	}
}

func TestPreparedErrors(t *testing.T) {
	if _, err := Prepare(Graph{N: 2, Edges: []Edge{{0, 2, 1}}}); err == nil {
		t.Error("Prepare of an edge to node 2 of 2: no error")
	}
	p, err := Prepare(synthetic(20, 30, 1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Louvain(context.Background(), LouvainOptions{Resolution: -1}); err == nil {
		t.Error("Louvain with resolution -1: no error")
	}
	if _, err := p.PageRank(context.Background(), 1, DefaultTolerance); err == nil {
		t.Error("PageRank with damping 1: no error")
	}
}

// BenchmarkCentrality measures what a caller of Degree, Louvain and
// PageRank on one graph allocates, each from the graph or all from one
// Prepared graph: the bytes (B/op) are the point.
func BenchmarkCentrality(b *testing.B) {
	g := synthetic(44000, 500000, 1)
	ctx := context.Background()
	b.Run("functions", func(b *testing.B) {
		b.ReportAllocs()
		a0 := allocated()
		for b.Loop() {
			if _, _, err := Degree(g); err != nil {
				b.Fatal(err)
			}
			if _, err := Louvain(ctx, g, LouvainOptions{Seed: 1}); err != nil {
				b.Fatal(err)
			}
			if _, err := PageRank(ctx, g, DefaultDamping, DefaultTolerance); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(allocated()-a0)/float64(b.N)/1e6, "MB/op")
	})
	b.Run("prepared", func(b *testing.B) {
		b.ReportAllocs()
		a0 := allocated()
		for b.Loop() {
			p, err := Prepare(g)
			if err != nil {
				b.Fatal(err)
			}
			p.Degree()
			if _, err := p.Louvain(ctx, LouvainOptions{Seed: 1}); err != nil {
				b.Fatal(err)
			}
			if _, err := p.PageRank(ctx, DefaultDamping, DefaultTolerance); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(allocated()-a0)/float64(b.N)/1e6, "MB/op")
	})
}

// allocated returns the bytes allocated by the program so far.
func allocated() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.TotalAlloc
}
