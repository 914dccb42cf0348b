package layout

import (
	"errors"
	"fmt"
	"math"
	"sync"
)

// Graph is a weighted undirected graph on the nodes 0..N-1, in the caller's
// order. The functions of this package never modify it.
//
// How edges are read (the same in every function):
//   - an endpoint outside [0, N) makes the graph invalid: the function returns
//     an error wrapping [ErrInvalidGraph] that names the edge;
//   - a self-loop (A == B) is ignored: it says nothing about where a node goes
//     or which group it belongs to;
//   - an edge whose weight is not a positive finite number (zero, negative,
//     NaN, ±Inf) is ignored, as if absent;
//   - duplicate edges between the same pair, in either direction, are merged
//     into one edge whose weight is the sum of theirs.
type Graph struct {
	N     int
	Edges []Edge
}

// Edge joins nodes A and B with a weight (e.g. a co-mention count).
type Edge struct {
	A, B   int
	Weight float64
}

// Point is a position in the plane.
type Point struct {
	X, Y float64
}

// ErrInvalidGraph is wrapped by the error returned for a negative or too large
// N, or an edge whose endpoint is not a node.
var ErrInvalidGraph = errors.New("invalid graph")

// MaxNodes is the largest N accepted: node indices are held as int32 inside.
const MaxNodes = math.MaxInt32

// adjacency is the compressed sparse row form that every algorithm works on:
// the neighbours of node i are nbr[off[i]:off[i+1]], in increasing order, each
// pair once (duplicates merged), with the summed weights in w. It holds each
// undirected edge twice, once from each end.
type adjacency struct {
	n   int
	off []int
	nbr []int32
	w   []float64
}

func (a *adjacency) edges() int { return len(a.nbr) / 2 }

// build checks g and returns its adjacency.
//
// Rows come out sorted without a comparison sort: the directed entries are
// first bucketed by their target (keeping input order), then read target by
// target into buckets by source, so each source's row lists its targets in
// increasing order and duplicates sit side by side, in input order. The sum
// of duplicate weights is therefore fixed by the input alone.
func build(g Graph) (*adjacency, error) {
	if g.N < 0 || g.N > MaxNodes {
		return nil, fmt.Errorf("%w: %d nodes", ErrInvalidGraph, g.N)
	}
	n := g.N
	for i, e := range g.Edges {
		if e.A < 0 || e.A >= n || e.B < 0 || e.B >= n {
			return nil, fmt.Errorf("%w: edge %d (%d-%d): node outside [0,%d)", ErrInvalidGraph, i, e.A, e.B, n)
		}
	}
	keep := func(e Edge) bool {
		return e.A != e.B && e.Weight > 0 && !math.IsInf(e.Weight, 1)
	}

	// Pass 1: bucket directed entries by target.
	tOff := make([]int, n+1)
	m := 0
	for _, e := range g.Edges {
		if keep(e) {
			tOff[e.A+1]++
			tOff[e.B+1]++
			m += 2
		}
	}
	for i := 0; i < n; i++ {
		tOff[i+1] += tOff[i]
	}
	tSrc := make([]int32, m)
	tW := make([]float64, m)
	pos := make([]int, n)
	copy(pos, tOff[:n])
	for _, e := range g.Edges {
		if !keep(e) {
			continue
		}
		// entry A->B goes to bucket B, entry B->A to bucket A.
		tSrc[pos[e.B]], tW[pos[e.B]] = int32(e.A), e.Weight
		pos[e.B]++
		tSrc[pos[e.A]], tW[pos[e.A]] = int32(e.B), e.Weight
		pos[e.A]++
	}

	// Pass 2: read bucket by bucket (targets in increasing order) into rows by
	// source. The row sizes are the same as the bucket sizes (symmetry).
	off := make([]int, n+1)
	copy(off, tOff)
	nbr := make([]int32, m)
	w := make([]float64, m)
	copy(pos, off[:n])
	for t := 0; t < n; t++ {
		for k := tOff[t]; k < tOff[t+1]; k++ {
			s := tSrc[k]
			nbr[pos[s]], w[pos[s]] = int32(t), tW[k]
			pos[s]++
		}
	}

	// Merge duplicates in place, row by row.
	out := 0
	for i := 0; i < n; i++ {
		start := out
		for k := off[i]; k < off[i+1]; k++ {
			if out > start && nbr[out-1] == nbr[k] {
				w[out-1] += w[k]
				continue
			}
			nbr[out], w[out] = nbr[k], w[k]
			out++
		}
		off[i] = start
	}
	off[n] = out
	// A sum of duplicates can overflow to +Inf; clamp so that every weight
	// stays finite (the edge is then as heavy as a float64 can say).
	for k := 0; k < out; k++ {
		if w[k] > math.MaxFloat64 {
			w[k] = math.MaxFloat64
		}
	}
	return &adjacency{n: n, off: off, nbr: nbr[:out:out], w: w[:out:out]}, nil
}

// scaled returns the weights divided by the largest, so that sums over the
// whole graph stay finite whatever the input's scale. Communities and
// PageRank do not change when all weights are multiplied by a constant.
// Weights that underflow to zero are kept as zero and add nothing.
func (a *adjacency) scaled() []float64 {
	maxW := 0.0
	for _, x := range a.w {
		maxW = max(maxW, x)
	}
	s := make([]float64, len(a.w))
	if maxW == 0 {
		return s
	}
	for k, x := range a.w {
		s[k] = x / maxW
	}
	return s
}

// Degree returns, for every node, the number of distinct neighbours and the
// sum of the weights of its edges, after the rules of [Graph] (self-loops and
// non-positive weights ignored, duplicates merged). The only error is one
// wrapping [ErrInvalidGraph].
func Degree(g Graph) (deg []int, weighted []float64, err error) {
	p, err := Prepare(g)
	if err != nil {
		return nil, nil, err
	}
	deg, weighted = p.Degree()
	return deg, weighted, nil
}

// Prepared is a [Graph] checked and turned into the compressed form that
// every function of this package works on, for a caller that computes
// several of them on one graph: [Prepare] it once, rather than have each
// function build the same form again (on a large graph, the form of each
// costs as much memory as the edge list, at the moment the caller's graph
// is largest). A Prepared is read-only, so its methods may run at once.
type Prepared struct {
	a      *adjacency
	scaled []float64 // a's weights divided by the largest, made on first use
	once   sync.Once
}

// Prepare checks g, as every function of this package does, and returns it
// prepared. The only error is one wrapping [ErrInvalidGraph]. The Prepared
// does not refer to g's edges: the caller may drop them.
func Prepare(g Graph) (*Prepared, error) {
	a, err := build(g)
	if err != nil {
		return nil, err
	}
	return &Prepared{a: a}, nil
}

// N returns the number of nodes.
func (p *Prepared) N() int { return p.a.n }

// weights returns the scaled weights (see adjacency.scaled), shared by
// Louvain and PageRank.
func (p *Prepared) weights() []float64 {
	p.once.Do(func() { p.scaled = p.a.scaled() })
	return p.scaled
}

// Degree is [Degree] of the prepared graph.
func (p *Prepared) Degree() (deg []int, weighted []float64) {
	a := p.a
	deg = make([]int, a.n)
	weighted = make([]float64, a.n)
	for i := 0; i < a.n; i++ {
		deg[i] = a.off[i+1] - a.off[i]
		s := 0.0
		for k := a.off[i]; k < a.off[i+1]; k++ {
			s += a.w[k]
		}
		weighted[i] = min(s, math.MaxFloat64)
	}
	return deg, weighted
}
