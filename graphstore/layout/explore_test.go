package layout

import (
	"context"
	"os"
	"testing"
	"time"
)

func TestExplore(t *testing.T) {
	if os.Getenv("EXPLORE") == "" {
		t.Skip()
	}
	for _, c := range []struct {
		name string
		g    func() Graph
	}{
		{"syn5k", func() Graph { return synthetic(5000, 50000, 1) }},
		{"ag", func() Graph { return realGraph(t, "ag.json") }},
		{"syn44k", func() Graph { return synthetic(44000, 500000, 1) }},
		{"rb+ag", func() Graph { return realGraph(t, "ag.json", "rb.json") }},
	} {
		g := c.g()
		ctx := context.Background()
		t0 := time.Now()
		part, err := Louvain(ctx, g, LouvainOptions{Seed: 1})
		t1 := time.Now()
		pr, err2 := PageRank(ctx, g, DefaultDamping, DefaultTolerance)
		t2 := time.Now()
		pts, err3 := ForceAtlas2(ctx, g, Options{Seed: 1})
		t3 := time.Now()
		if err != nil || err2 != nil || err3 != nil {
			t.Fatal(err, err2, err3)
		}
		_ = pr
		t.Logf("%s n=%d e=%d louvain %v (Q=%.4f, %d comms, largest %d) pagerank %v fa2 %v (%d it) ratio=%.3f",
			c.name, g.N, len(g.Edges), t1.Sub(t0), part.Modularity, len(part.Sizes), part.Sizes[0], t2.Sub(t1), t3.Sub(t2),
			DefaultIterations(g.N, len(g.Edges)), edgeToRandomRatio(g, pts))
	}
}
