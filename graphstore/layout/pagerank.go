package layout

import (
	"context"
	"fmt"
	"math"
)

// PageRank defaults.
const (
	DefaultDamping   = 0.85
	DefaultTolerance = 1e-9
	// maxPageRankIterations bounds the work; at damping 0.85 the L1 change
	// falls below 1e-9 in about 130 iterations.
	maxPageRankIterations = 1000
)

// PageRank returns the weighted PageRank of every node (Brin and Page 1998):
// a random walker follows an edge with probability damping, chosen in
// proportion to its weight, and jumps to a uniformly chosen node otherwise.
// A node without edges (dangling) hands its rank to all nodes evenly. The
// scores sum to 1.
//
// Power iteration stops when the L1 change of one step is below tol, or
// after 1,000 steps. damping must be in [0, 1) and tol positive (use
// [DefaultDamping] and [DefaultTolerance]); otherwise, and for an invalid
// graph, PageRank returns an error. It returns ctx.Err() if ctx is cancelled.
// The result has the same bits whatever GOMAXPROCS is.
func PageRank(ctx context.Context, g Graph, damping, tol float64) ([]float64, error) {
	if !(damping >= 0 && damping < 1) {
		return nil, fmt.Errorf("pagerank: damping %v outside [0, 1)", damping)
	}
	if !(tol > 0) {
		return nil, fmt.Errorf("pagerank: tolerance %v is not positive", tol)
	}
	p, err := Prepare(g)
	if err != nil {
		return nil, fmt.Errorf("pagerank: %w", err)
	}
	return p.PageRank(ctx, damping, tol)
}

// PageRank is [PageRank] of the prepared graph.
func (p *Prepared) PageRank(ctx context.Context, damping, tol float64) ([]float64, error) {
	if !(damping >= 0 && damping < 1) {
		return nil, fmt.Errorf("pagerank: damping %v outside [0, 1)", damping)
	}
	if !(tol > 0) {
		return nil, fmt.Errorf("pagerank: tolerance %v is not positive", tol)
	}
	a := p.a
	n := a.n
	if n == 0 {
		return []float64{}, nil
	}
	w := p.weights()
	// out[j] is the total weight leaving j. prob[k] is the chance of the
	// step along adjacency entry k, from its neighbour j to its row's node:
	// w/out[j], computed once, per entry, because rank/out[j] can overflow
	// when weights are tiny. A node whose weights are all zero after
	// scaling is dangling.
	out := make([]float64, n)
	for j := 0; j < n; j++ {
		for k := a.off[j]; k < a.off[j+1]; k++ {
			out[j] += w[k]
		}
	}
	prob := make([]float64, len(w))
	for i := 0; i < n; i++ {
		for k := a.off[i]; k < a.off[i+1]; k++ {
			if o := out[a.nbr[k]]; o > 0 {
				prob[k] = w[k] / o
			}
		}
	}
	rank := make([]float64, n)
	next := make([]float64, n)
	for i := range rank {
		rank[i] = 1 / float64(n)
	}
	nw := workers(0)
	for it := 0; it < maxPageRankIterations; it++ {
		if it%8 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		dangling := 0.0
		for j := 0; j < n; j++ {
			if !(out[j] > 0) {
				dangling += rank[j]
			}
		}
		base := (1-damping)/float64(n) + damping*dangling/float64(n)
		// Pull: each node sums over its own row in a fixed order, so
		// splitting the nodes among workers does not change any bit.
		parallelFor(nw, n, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				// The row as two slices of one length, so that the loop
				// checks one bound, not three; the sum runs in the
				// same order.
				ps := prob[a.off[i]:a.off[i+1]]
				nb := a.nbr[a.off[i]:a.off[i+1]]
				nb = nb[:len(ps)]
				s := 0.0
				for k, pk := range ps {
					s += pk * rank[nb[k]]
				}
				next[i] = base + damping*s
			}
		})
		// Renormalise to keep rounding from drifting the total, and
		// measure the change, in node order.
		total := 0.0
		for _, x := range next {
			total += x
		}
		diff := 0.0
		for i := range next {
			next[i] /= total
			diff += math.Abs(next[i] - rank[i])
		}
		rank, next = next, rank
		if diff < tol {
			break
		}
	}
	return rank, nil
}
