package layout

import (
	"context"
	"testing"
	"time"

	"github.com/nergraph/nergraph/internal/testenv"
)

// benchGraphs are synthetic graphs of the sizes that matter: a 5,000-node
// page and the whole Reuters+BBC+AG News graph (44,140 nodes, 500,000
// links). The real-* benchmarks use the previous release's graphs of AG News
// and Reuters+BBC+AG News when they are at hand (see baselineDir).
var benchGraphs = []struct {
	name string
	n, e int
}{
	{"5k-50k", 5000, 50000},
	{"44k-500k", 44000, 500000},
}

func BenchmarkForceAtlas2(b *testing.B) {
	for _, c := range benchGraphs {
		g := synthetic(c.n, c.e, 1)
		b.Run(c.name, func(b *testing.B) { benchLayout(b, g) })
	}
	b.Run("real-ag", func(b *testing.B) { benchLayout(b, realGraph(b, "ag.json")) })
	b.Run("real-rb+ag", func(b *testing.B) { benchLayout(b, realGraph(b, "ag.json", "rb.json")) })
}

func benchLayout(b *testing.B, g Graph) {
	c0 := testenv.CPUTime()
	for b.Loop() {
		if _, err := ForceAtlas2(context.Background(), g, Options{Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, c0)
	b.ReportMetric(float64(b.N)*float64(g.N)/b.Elapsed().Seconds(), "nodes/s")
}

func BenchmarkLouvain(b *testing.B) {
	for _, c := range benchGraphs {
		g := synthetic(c.n, c.e, 1)
		b.Run(c.name, func(b *testing.B) { benchLouvain(b, g) })
	}
	b.Run("real-ag", func(b *testing.B) { benchLouvain(b, realGraph(b, "ag.json")) })
	b.Run("real-rb+ag", func(b *testing.B) { benchLouvain(b, realGraph(b, "ag.json", "rb.json")) })
}

func benchLouvain(b *testing.B, g Graph) {
	var q float64
	c0 := testenv.CPUTime()
	for b.Loop() {
		p, err := Louvain(context.Background(), g, LouvainOptions{Seed: 1})
		if err != nil {
			b.Fatal(err)
		}
		q = p.Modularity
	}
	reportCPU(b, c0)
	b.ReportMetric(float64(b.N)*float64(len(g.Edges))/b.Elapsed().Seconds(), "edges/s")
	b.ReportMetric(q, "modularity")
}

func BenchmarkPageRank(b *testing.B) {
	for _, c := range benchGraphs {
		g := synthetic(c.n, c.e, 1)
		b.Run(c.name, func(b *testing.B) { benchPageRank(b, g) })
	}
	b.Run("real-ag", func(b *testing.B) { benchPageRank(b, realGraph(b, "ag.json")) })
	b.Run("real-rb+ag", func(b *testing.B) { benchPageRank(b, realGraph(b, "ag.json", "rb.json")) })
}

func benchPageRank(b *testing.B, g Graph) {
	c0 := testenv.CPUTime()
	for b.Loop() {
		if _, err := PageRank(context.Background(), g, DefaultDamping, DefaultTolerance); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, c0)
	b.ReportMetric(float64(b.N)*float64(len(g.Edges))/b.Elapsed().Seconds(), "edges/s")
}

// reportCPU reports the CPU seconds per operation since c0: on a machine
// shared with other work, a steadier figure than the wall time.
func reportCPU(b *testing.B, c0 time.Duration) {
	b.ReportMetric((testenv.CPUTime()-c0).Seconds()/float64(b.N), "cpu-s/op")
}
