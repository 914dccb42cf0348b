package graphstore

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"sync"

	"github.com/nergraph/nergraph/graphstore/layout"
)

// Layout is where a graph's nodes go and what they are in its structure:
// a position, a community and centralities for each node, indexed like
// [Graph.Nodes] (node i is the i-th in id order). [Graph.Layout] computes
// it; the exporters write it as node attributes.
type Layout struct {
	// Positioned reports whether X and Y hold a force-directed layout
	// (ForceAtlas2); without it they are nil. Positions lie in
	// [-1000, 1000], rounded to 0.01, with y growing upwards.
	Positioned bool
	X, Y       []float64
	// Community numbers each node's community (Louvain), 0 the largest;
	// Communities is how many there are and Modularity their modularity.
	Community   []int
	Communities int
	Modularity  float64
	// PageRank is the weighted PageRank of each node (damping 0.85), the
	// scores summing to 1, rounded to 6 significant digits so that every
	// format prints the same short number.
	PageRank []float64
	// Degree counts each node's links; WeightedDegree sums their weights
	// (the articles behind them).
	Degree         []int
	WeightedDegree []int

	fin *finished // the state of the graph laid out
}

// LayoutOptions says what [Graph.Layout] computes. The zero value computes
// communities and centrality, not positions.
type LayoutOptions struct {
	// Positions asks for a ForceAtlas2 layout, about 45 µs of CPU per node
	// on the AG News graph; communities and centrality cost a tenth of it
	// and are always computed.
	Positions bool
	// Seed fixes the layout's starting positions and the order in which
	// Louvain visits the nodes.
	Seed int64
}

// Layout computes the layout of g: communities, degree, weighted degree and
// PageRank of every node, and positions when o asks. Links weigh as many as
// the articles behind them. The result depends only on g and o, never on
// GOMAXPROCS: the same graph and seed give the same numbers, bit for bit.
// Layout returns ctx.Err() when ctx is cancelled while it works.
func (g *Graph) Layout(ctx context.Context, o LayoutOptions) (*Layout, error) {
	fin := g.finished()
	lg := layout.Graph{N: len(fin.nodes), Edges: make([]layout.Edge, len(fin.edges))}
	for i, e := range fin.edges {
		lg.Edges[i] = layout.Edge{A: fin.index[e.Source], B: fin.index[e.Target], Weight: float64(e.Weight)}
	}
	// One prepared graph for every computation rather than one each (the
	// edge list is garbage once it is made): this runs when the graph is at
	// its largest.
	pg, err := layout.Prepare(lg)
	if err != nil {
		return nil, fmt.Errorf("layout: %w", err)
	}
	l := &Layout{fin: fin}
	deg, weighted := pg.Degree()
	l.Degree = deg
	l.WeightedDegree = make([]int, len(weighted))
	for i, w := range weighted {
		l.WeightedDegree[i] = int(w) // sums of article counts: whole numbers
	}
	// Louvain runs on one core: PageRank, which runs on every core, is
	// computed meanwhile. Each is deterministic on its own.
	var part layout.Partition
	var louvainErr error
	var wg sync.WaitGroup
	wg.Go(func() { part, louvainErr = pg.Louvain(ctx, layout.LouvainOptions{Seed: o.Seed}) })
	l.PageRank, err = pg.PageRank(ctx, layout.DefaultDamping, layout.DefaultTolerance)
	wg.Wait()
	if err = cmp.Or(louvainErr, err); err != nil {
		return nil, fmt.Errorf("layout: %w", err)
	}
	l.Community, l.Communities, l.Modularity = part.Community, len(part.Sizes), part.Modularity
	for i, r := range l.PageRank {
		l.PageRank[i] = roundSig(r, 6)
	}
	if !o.Positions {
		return l, nil
	}
	pts, err := pg.ForceAtlas2(ctx, layout.Options{Seed: o.Seed})
	if err != nil {
		return nil, fmt.Errorf("layout: %w", err)
	}
	l.Positioned = true
	l.X, l.Y = make([]float64, len(pts)), make([]float64, len(pts))
	for i, p := range pts {
		l.X[i], l.Y[i] = p.X, p.Y
	}
	return l, nil
}

// Of reports whether l is the layout of g as g is now: computed by
// g.Layout with no article added since.
func (l *Layout) Of(g *Graph) bool { return l != nil && l.fin == g.finished() }

// roundSig rounds x to digits significant digits.
func roundSig(x float64, digits int) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	scale := math.Pow(10, float64(digits)-math.Ceil(math.Log10(math.Abs(x))))
	return math.Round(x*scale) / scale
}
