//go:build unix

package graphstore_test

import (
	"context"
	"encoding/json"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/nergraph/nergraph/graphstore"
)

// BenchmarkLayout measures Graph.Layout with and without positions on the
// graph of a node-link JSON file that `nergraph build -f json` wrote, named
// by NERGRAPH_LAYOUT_JSON, else on a synthetic graph of 5,000 entities. It
// reports CPU milliseconds per layout (user and system, all threads) and
// microseconds of CPU per node, which the shared machine's load does not
// inflate as it does wall time:
//
//	nergraph build --columns label,title,text ../shared/data/agnews/test.csv -f json -o ag.json
//	NERGRAPH_LAYOUT_JSON=$PWD/ag.json go test -run '^$' -bench Layout -benchtime 5x ./graphstore
func BenchmarkLayout(b *testing.B) {
	g := benchLayoutGraph(b)
	for _, c := range []struct {
		name string
		o    graphstore.LayoutOptions
	}{{"communities+centrality", graphstore.LayoutOptions{}}, {"with-positions", graphstore.LayoutOptions{Positions: true}}} {
		b.Run(c.name, func(b *testing.B) {
			c0 := processCPU()
			for b.Loop() {
				if _, err := g.Layout(context.Background(), c.o); err != nil {
					b.Fatal(err)
				}
			}
			cpu := processCPU() - c0
			b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(cpu.Microseconds())/float64(b.N)/float64(max(g.NumNodes(), 1)), "cpu-µs/node")
			b.ReportMetric(float64(g.NumNodes()), "nodes")
		})
	}
}

// benchLayoutGraph reads the graph NERGRAPH_LAYOUT_JSON names, else makes
// a synthetic one.
func benchLayoutGraph(b *testing.B) *graphstore.Graph {
	path := os.Getenv("NERGRAPH_LAYOUT_JSON")
	if path == "" {
		return bigView(b, 5000)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	// Only what the layout reads: ids and weights.
	var d struct {
		Nodes []struct {
			ID string `json:"id"`
		} `json:"nodes"`
		Links []struct {
			Source string `json:"source"`
			Target string `json:"target"`
			Weight int    `json:"weight"`
		} `json:"links"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		b.Fatalf("%s: %v", path, err)
	}
	nodes := make([]graphstore.Node, len(d.Nodes))
	for i, n := range d.Nodes {
		nodes[i] = graphstore.Node{ID: n.ID}
	}
	edges := make([]graphstore.Edge, len(d.Links))
	for i, e := range d.Links {
		edges[i] = graphstore.Edge{Source: e.Source, Target: e.Target, Weight: e.Weight}
	}
	g, err := graphstore.NewView(nodes, edges, nil)
	if err != nil {
		b.Fatalf("%s: %v", path, err)
	}
	return g
}

// processCPU is the CPU time the process has used, user and system.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
