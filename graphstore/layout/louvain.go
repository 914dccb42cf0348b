package layout

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
)

// LouvainOptions tunes [Louvain]. The zero value is ready to use.
type LouvainOptions struct {
	// Seed fixes the order in which nodes are visited: the same graph and
	// seed give the same communities.
	Seed int64
	// Resolution is γ in the modularity of Reichardt and Bornholdt: above 1
	// gives more, smaller communities; below 1 fewer, larger ones. 0 means 1.
	Resolution float64
}

// Partition is a division of the nodes into communities.
type Partition struct {
	// Community[i] is the community of node i. Communities are numbered by
	// size, largest first; equal sizes by their lowest node.
	Community []int
	// Sizes[c] is the number of nodes in community c.
	Sizes []int
	// Modularity is Newman's modularity Q of the partition (with the
	// resolution used), 0 for a graph without edges.
	Modularity float64
}

const (
	maxLouvainLevels = 64
	maxLouvainPasses = 64
	// minPassGain stops the local moving phase when a whole pass raised
	// modularity by less than this: the moves left are rounding-level.
	minPassGain = 1e-7
)

// Louvain finds communities by greedy modularity optimisation (Blondel,
// Guillaume, Lambiotte and Lefebvre 2008): nodes move, one at a time, to the
// neighbouring community that raises modularity most, until no move helps;
// then each community becomes one node and the process repeats on the
// smaller graph. Nodes are visited in a seeded random order, and ties keep a
// node where it is, else go to the neighbouring community met first, so the
// result is a function of the graph and the seed.
//
// Louvain can leave a community internally disconnected; each community
// found is therefore split into its connected parts at the end, which can
// only raise modularity. Nodes without edges are communities of their own.
//
// Louvain returns an error wrapping [ErrInvalidGraph] for an invalid graph,
// an error for a negative or non-finite resolution, and ctx.Err() when ctx is
// cancelled.
func Louvain(ctx context.Context, g Graph, o LouvainOptions) (Partition, error) {
	if err := o.check(); err != nil {
		return Partition{}, err
	}
	p, err := Prepare(g)
	if err != nil {
		return Partition{}, fmt.Errorf("louvain: %w", err)
	}
	return p.Louvain(ctx, o)
}

// check returns the error for a resolution that is not a positive number.
func (o LouvainOptions) check() error {
	if gamma := o.Resolution; gamma != 0 && (!(gamma > 0) || math.IsInf(gamma, 1)) {
		return fmt.Errorf("louvain: resolution %v is not a positive number", o.Resolution)
	}
	return nil
}

// Louvain is [Louvain] of the prepared graph.
func (p *Prepared) Louvain(ctx context.Context, o LouvainOptions) (Partition, error) {
	if err := o.check(); err != nil {
		return Partition{}, err
	}
	gamma := o.Resolution
	if gamma == 0 {
		gamma = 1
	}
	a := p.a
	w := p.weights()
	n := a.n
	membership := make([]int32, n)
	for i := range membership {
		membership[i] = int32(i)
	}
	lv := &louvainLevel{n: n, off: a.off, nbr: a.nbr, w: w, self: make([]float64, n)}
	r := newRNG(o.Seed, 1)
	for level := 0; level < maxLouvainLevels; level++ {
		if err := ctx.Err(); err != nil {
			return Partition{}, err
		}
		comm, count, err := lv.move(ctx, gamma, r.perm(lv.n))
		if err != nil {
			return Partition{}, err
		}
		for i, c := range membership {
			membership[i] = comm[c]
		}
		if count == lv.n {
			break
		}
		lv = lv.aggregate(comm, count)
	}
	community := splitDisconnected(a, membership)
	sizes := renumber(community)
	q := modularity(a, w, community, len(sizes), gamma)
	return Partition{Community: community, Sizes: sizes, Modularity: q}, nil
}

// louvainLevel is the graph of one level: nodes are the communities of the
// level below. self[i] is the weight inside node i counted from both ends
// (A_ii), so that k[i] = self[i] + Σ_j w_ij.
type louvainLevel struct {
	n    int
	off  []int
	nbr  []int32
	w    []float64
	self []float64
}

// move runs the local moving phase and returns each node's community,
// numbered 0..count-1 by first appearance in node order. The passes stay
// in this function, on its locals: they are the hot loop of Louvain, and
// moved to a method of their own they ran 1% more instructions.
func (l *louvainLevel) move(ctx context.Context, gamma float64, order []int32) ([]int32, int, error) {
	n := l.n
	k, m2 := l.degrees()
	comm := make([]int32, n)
	tot := make([]float64, n)
	for i := range comm {
		comm[i] = int32(i)
		tot[i] = k[i]
	}
	if m2 > 0 {
		links := make([]float64, n) // weight from the current node to community c
		stamp := make([]int, n)     // stamp[c] == visit when links[c] is live
		touched := make([]int32, 0, 64)
		visit := 0
		for pass := 0; pass < maxLouvainPasses; pass++ {
			if err := ctx.Err(); err != nil {
				return nil, 0, err
			}
			gain := 0.0
			for _, i := range order {
				visit++
				touched = touched[:0]
				for e := l.off[i]; e < l.off[i+1]; e++ {
					c := comm[l.nbr[e]]
					if stamp[c] != visit {
						stamp[c] = visit
						links[c] = 0
						touched = append(touched, c)
					}
					links[c] += l.w[e]
				}
				own := comm[i]
				tot[own] -= k[i]
				ki := k[i] * gamma / m2
				stay := -tot[own] * ki
				if stamp[own] == visit {
					stay += links[own]
				}
				best, bestGain := own, stay
				for _, c := range touched {
					if g := links[c] - tot[c]*ki; g > bestGain {
						best, bestGain = c, g
					}
				}
				tot[best] += k[i]
				if best != own {
					comm[i] = best
					gain += bestGain - stay
				}
			}
			// A move's gain in modularity is 2·(gain)/m2.
			if 2*gain/m2 < minPassGain {
				break
			}
		}
	}
	return comm, renumberFirst(comm), nil
}

// degrees returns each node's weighted degree k[i] (its self weight
// included) and their sum m2, twice the total weight.
func (l *louvainLevel) degrees() (k []float64, m2 float64) {
	k = make([]float64, l.n)
	for i := 0; i < l.n; i++ {
		s := l.self[i]
		for e := l.off[i]; e < l.off[i+1]; e++ {
			s += l.w[e]
		}
		k[i] = s
		m2 += s
	}
	return k, m2
}

// renumberFirst numbers the communities of comm 0..count-1 in order of
// first appearance, in place, and returns count.
func renumberFirst(comm []int32) int {
	id := make([]int32, len(comm))
	for i := range id {
		id[i] = -1
	}
	count := int32(0)
	for i := range comm {
		c := comm[i]
		if id[c] < 0 {
			id[c] = count
			count++
		}
		comm[i] = id[c]
	}
	return int(count)
}

// aggregate returns the graph whose nodes are the communities of l.
func (l *louvainLevel) aggregate(comm []int32, count int) *louvainLevel {
	// Members of each community, in node order (counting sort).
	mOff := make([]int, count+1)
	for _, c := range comm {
		mOff[c+1]++
	}
	for c := 0; c < count; c++ {
		mOff[c+1] += mOff[c]
	}
	members := make([]int32, l.n)
	pos := make([]int, count)
	copy(pos, mOff[:count])
	for i, c := range comm {
		members[pos[c]] = int32(i)
		pos[c]++
	}

	next := &louvainLevel{n: count, off: make([]int, count+1), self: make([]float64, count)}
	next.nbr = make([]int32, 0, len(l.nbr)/2)
	next.w = make([]float64, 0, len(l.nbr)/2)
	links := make([]float64, count)
	stamp := make([]int32, count)
	touched := make([]int32, 0, 64)
	for c := 0; c < count; c++ {
		touched = touched[:0]
		self := 0.0
		for _, i := range members[mOff[c]:mOff[c+1]] {
			self += l.self[i]
			for e := l.off[i]; e < l.off[i+1]; e++ {
				d := comm[l.nbr[e]]
				if int(d) == c {
					self += l.w[e]
					continue
				}
				if stamp[d] != int32(c)+1 {
					stamp[d] = int32(c) + 1
					links[d] = 0
					touched = append(touched, d)
				}
				links[d] += l.w[e]
			}
		}
		next.self[c] = self
		slices.Sort(touched)
		for _, d := range touched {
			next.nbr = append(next.nbr, d)
			next.w = append(next.w, links[d])
		}
		next.off[c+1] = len(next.nbr)
	}
	return next
}

// splitDisconnected returns a labelling in which every community of
// membership is cut into its connected parts in a (labels are the lowest
// node of each part, renumbered later).
func splitDisconnected(a *adjacency, membership []int32) []int {
	n := a.n
	label := make([]int, n)
	for i := range label {
		label[i] = -1
	}
	queue := make([]int32, 0, 64)
	for s := 0; s < n; s++ {
		if label[s] >= 0 {
			continue
		}
		label[s] = s
		queue = append(queue[:0], int32(s))
		for len(queue) > 0 {
			u := queue[len(queue)-1]
			queue = queue[:len(queue)-1]
			for e := a.off[u]; e < a.off[u+1]; e++ {
				v := a.nbr[e]
				if label[v] < 0 && membership[v] == membership[s] {
					label[v] = s
					queue = append(queue, v)
				}
			}
		}
	}
	return label
}

// renumber relabels communities by size, largest first, ties by lowest
// node, and returns the sizes. Labels on input are any ints in [0, len).
func renumber(label []int) []int {
	n := len(label)
	size := make([]int, n)
	first := make([]int, n)
	for i := range first {
		first[i] = -1
	}
	var labels []int
	for i, c := range label {
		if first[c] < 0 {
			first[c] = i
			labels = append(labels, c)
		}
		size[c]++
	}
	slices.SortFunc(labels, func(x, y int) int {
		if c := cmp.Compare(size[y], size[x]); c != 0 {
			return c
		}
		return cmp.Compare(first[x], first[y])
	})
	id := make([]int, n)
	sizes := make([]int, len(labels))
	for k, c := range labels {
		id[c] = k
		sizes[k] = size[c]
	}
	for i, c := range label {
		label[i] = id[c]
	}
	return sizes
}

// modularity returns Q = Σ_c [ in_c/2m − γ (tot_c/2m)² ] over weights w.
func modularity(a *adjacency, w []float64, community []int, count int, gamma float64) float64 {
	in := make([]float64, count)
	tot := make([]float64, count)
	m2 := 0.0
	for i := 0; i < a.n; i++ {
		c := community[i]
		for e := a.off[i]; e < a.off[i+1]; e++ {
			tot[c] += w[e]
			m2 += w[e]
			if community[a.nbr[e]] == c {
				in[c] += w[e]
			}
		}
	}
	if m2 == 0 {
		return 0
	}
	q := 0.0
	for c := 0; c < count; c++ {
		q += in[c]/m2 - gamma*(tot[c]/m2)*(tot[c]/m2)
	}
	return q
}

// Modularity returns Newman's modularity of the given communities on g, with
// resolution γ (0 means 1): Q = Σ_c [ in_c/2m − γ (tot_c/2m)² ], where in_c
// is the weight of edges inside c counted from both ends and tot_c the sum of
// the weighted degrees in c. Community labels may be any non-negative ints.
// It returns 0 for a graph without edges, and an error for an invalid graph,
// a community slice of the wrong length or a negative label.
func Modularity(g Graph, community []int, resolution float64) (float64, error) {
	a, err := build(g)
	if err != nil {
		return 0, fmt.Errorf("modularity: %w", err)
	}
	if len(community) != a.n {
		return 0, fmt.Errorf("modularity: %d labels for %d nodes", len(community), a.n)
	}
	gamma := resolution
	if gamma == 0 {
		gamma = 1
	}
	if !(gamma > 0) || math.IsInf(gamma, 1) {
		return 0, fmt.Errorf("modularity: resolution %v is not a positive number", resolution)
	}
	// Labels are compacted so that a large label costs no memory.
	index := make(map[int]int)
	compact := make([]int, a.n)
	for i, c := range community {
		if c < 0 {
			return 0, fmt.Errorf("modularity: node %d has negative community %d", i, c)
		}
		k, ok := index[c]
		if !ok {
			k = len(index)
			index[c] = k
		}
		compact[i] = k
	}
	return modularity(a, a.scaled(), compact, len(index), gamma), nil
}
