package layout

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"
)

// synthetic returns a deterministic graph of n nodes and about e edges that
// looks like a co-mention graph: groups of 10 to 200 nodes, most edges inside
// a group, a skew towards low-numbered nodes (hubs), small integer weights.
func synthetic(n, e int, seed int64) Graph {
	r := newRNG(seed, 99)
	group := make([]int, n)    // first node of each node's group
	groupEnd := make([]int, n) // one past its last
	for start := 0; start < n; {
		size := 10 + r.intn(191)
		end := min(start+size, n)
		for i := start; i < end; i++ {
			group[i], groupEnd[i] = start, end
		}
		start = end
	}
	skewed := func(lo, hi int) int { // more often near lo
		u := r.float64()
		return lo + int(u*u*float64(hi-lo))
	}
	g := Graph{N: n, Edges: make([]Edge, 0, e)}
	for len(g.Edges) < e && n > 1 {
		a := r.intn(n)
		var b int
		if r.float64() < 0.85 {
			b = skewed(group[a], groupEnd[a])
		} else {
			b = skewed(0, n)
		}
		if a == b {
			continue
		}
		w := 1.0
		for r.float64() < 0.3 {
			w++
		}
		g.Edges = append(g.Edges, Edge{a, b, w})
	}
	return g
}

// baselineDir is where the previous release's graph outputs live:
// $NERGRAPH_BASELINE, else ../baseline beside the repository root.
func baselineDir() string {
	if d := os.Getenv("NERGRAPH_BASELINE"); d != "" {
		return d
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	// file is <root>/graphstore/layout/helpers_test.go
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "baseline")
}

var realGraphs sync.Map // file names joined → Graph

// realGraph builds the co-mention graph of the node-link JSON files (nodes
// sorted by id, link weights summed over the files), skipping the test or
// benchmark when one is missing. The files are outputs of a previous release,
// not part of the repository, so their absence is never a failure.
func realGraph(tb testing.TB, names ...string) Graph {
	tb.Helper()
	key := fmt.Sprint(names)
	if g, ok := realGraphs.Load(key); ok {
		return g.(Graph)
	}
	type link struct {
		Source, Target string
		Weight         float64
	}
	var ids []string
	var links []link
	for _, name := range names {
		path := filepath.Join(baselineDir(), name)
		f, err := os.Open(path)
		if err != nil {
			tb.Skipf("baseline graph not available: %v", err)
		}
		var d struct {
			Nodes []struct{ ID string }
			Links []link
		}
		err = json.NewDecoder(f).Decode(&d)
		f.Close()
		if err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		for _, nd := range d.Nodes {
			ids = append(ids, nd.ID)
		}
		links = append(links, d.Links...)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		index[id] = i
	}
	g := Graph{N: len(ids), Edges: make([]Edge, 0, len(links))}
	for _, l := range links {
		a, okA := index[l.Source]
		b, okB := index[l.Target]
		if !okA || !okB {
			tb.Fatalf("link %s-%s names an unknown node", l.Source, l.Target)
		}
		g.Edges = append(g.Edges, Edge{a, b, l.Weight})
	}
	realGraphs.Store(key, g)
	return g
}

// edgeToRandomRatio is the mean length of the edges divided by the mean
// distance between random pairs of nodes: well below 1 when a layout puts
// neighbours together.
func edgeToRandomRatio(g Graph, p []Point) float64 {
	dist := func(a, b int) float64 { return math.Hypot(p[a].X-p[b].X, p[a].Y-p[b].Y) }
	var edgeSum float64
	var edges int
	for _, e := range g.Edges {
		if e.A != e.B {
			edgeSum += dist(e.A, e.B)
			edges++
		}
	}
	r := newRNG(7, 7)
	var randSum float64
	const pairs = 20000
	for k := 0; k < pairs; k++ {
		randSum += dist(r.intn(g.N), r.intn(g.N))
	}
	return (edgeSum / float64(edges)) / (randSum / pairs)
}
