package layout

import (
	"context"
	"math"
	"slices"
)

// faLevel is one level of the multilevel layout: a graph whose nodes are
// groups of the nodes of the level below.
type faLevel struct {
	a    *adjacency
	mass []float64 // repulsion mass: the sum of the masses of the group
	// parent[i] is the node of the next coarser level that holds node i of
	// this level (nil on the coarsest).
	parent []int32
}

const (
	// coarsenUntil stops coarsening when a level is this small: it is laid
	// out well from random positions in a few hundred cheap steps.
	coarsenUntil = 200
	// minShrink stops coarsening when a level would keep more than this
	// share of its nodes (graphs of many tiny components, stars).
	minShrink      = 0.8
	maxCoarseLevel = 12
)

// coarsen returns the levels of a, finest (a itself) first. Each coarser
// level merges the communities found by one local moving phase of Louvain,
// which groups nodes that a layout puts together anyway, so each level starts
// close to where it ends.
func coarsen(ctx context.Context, a *adjacency, mass []float64, seed int64) ([]*faLevel, error) {
	levels := []*faLevel{{a: a, mass: mass}}
	lv := &louvainLevel{n: a.n, off: a.off, nbr: a.nbr, w: a.w, self: make([]float64, a.n)}
	for k := 0; k < maxCoarseLevel && lv.n > coarsenUntil; k++ {
		r := newRNG(seed, 3+uint64(k))
		comm, count, err := lv.move(ctx, 1, r.perm(lv.n))
		if err != nil {
			return nil, err
		}
		if float64(count) > minShrink*float64(lv.n) {
			break
		}
		fine := levels[len(levels)-1]
		fine.parent = comm
		next := lv.aggregate(comm, count)
		mass := make([]float64, count)
		for i, c := range comm {
			mass[c] += fine.mass[i]
		}
		levels = append(levels, &faLevel{
			a:    &adjacency{n: next.n, off: next.off, nbr: next.nbr, w: next.w},
			mass: mass,
		})
		lv = next
	}
	return levels, nil
}

// prolong places the nodes of a finer level at their parents' positions,
// each scattered in a disc around its parent (drawn from the seed) so that
// no two coincide. A parent's disc has an area in proportion to its number of
// children, and an average parent's a radius of a quarter of the coarse
// layout's typical spacing (1 when that is zero, as for a single parent:
// rescale sets the real scale at the next step).
func prolong(coarse *faLevel, cx, cy []float64, parent []int32, seed int64, level int) (x, y []float64) {
	n := coarse.a.n
	var r2 float64
	for i := 0; i < n; i++ {
		r2 += cx[i]*cx[i] + cy[i]*cy[i]
	}
	spacing := math.Sqrt(r2/float64(n)) / math.Sqrt(float64(n))
	if !(spacing > 0) || math.IsInf(spacing, 0) {
		spacing = 1
	}
	children := make([]int, n)
	for _, p := range parent {
		children[p]++
	}
	mean := float64(len(parent)) / float64(n)
	r := newRNG(seed, 100+uint64(level))
	x, y = make([]float64, len(parent)), make([]float64, len(parent))
	for i, p := range parent {
		// A uniform point in the parent's disc.
		radius := 0.25 * spacing * math.Sqrt(float64(children[p])/mean)
		rad := math.Sqrt(r.float64()) * radius
		ang := 2 * math.Pi * r.float64()
		x[i] = cx[p] + rad*math.Cos(ang)
		y[i] = cy[p] + rad*math.Sin(ang)
	}
	return x, y
}

// coarseIterations is the number of steps on a coarse level: enough to
// settle it (at least 50, at most 300), within twice the finest level's
// budget of work per level.
func coarseIterations(n, e int) int {
	cost := float64(n)*math.Log2(float64(max(n, 2))) + float64(e)
	return min(max(int(1e7/cost), 50), 300)
}

// localityOrder returns the nodes of the finest level ordered so that the
// members of each group, at every level, are contiguous: the coarsest nodes
// in their order, each replaced by its children in index order, level by
// level down.
func localityOrder(levels []*faLevel) []int32 {
	top := len(levels) - 1
	order := make([]int32, levels[top].a.n)
	for i := range order {
		order[i] = int32(i)
	}
	for k := top - 1; k >= 0; k-- {
		parent := levels[k].parent
		// Children of each parent, in index order (counting sort).
		start := make([]int, levels[k+1].a.n+1)
		for _, p := range parent {
			start[p+1]++
		}
		for p := 1; p < len(start); p++ {
			start[p] += start[p-1]
		}
		children := make([]int32, len(parent))
		pos := slices.Clone(start[:len(start)-1])
		for i, p := range parent {
			children[pos[p]] = int32(i)
			pos[p]++
		}
		next := make([]int32, 0, len(parent))
		for _, p := range order {
			next = append(next, children[start[p]:start[p+1]]...)
		}
		order = next
	}
	return order
}

// permute returns the level with node k being node perm[k] of l.
func (l *faLevel) permute(perm []int32) *faLevel {
	n := l.a.n
	inv := make([]int32, n)
	for k, v := range perm {
		inv[v] = int32(k)
	}
	a := &adjacency{n: n, off: make([]int, n+1), nbr: make([]int32, 0, len(l.a.nbr)), w: make([]float64, 0, len(l.a.w))}
	p := &faLevel{a: a, mass: make([]float64, n), parent: make([]int32, n)}
	for k, v := range perm {
		for e := l.a.off[v]; e < l.a.off[v+1]; e++ {
			a.nbr = append(a.nbr, inv[l.a.nbr[e]])
			a.w = append(a.w, l.a.w[e])
		}
		a.off[k+1] = len(a.nbr)
		p.mass[k] = l.mass[v]
		p.parent[k] = l.parent[v]
	}
	return p
}
