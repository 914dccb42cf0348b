package layout

import (
	"context"
	"math"
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
// settle it, bounded by a quarter of the finest level's budget.
func coarseIterations(n, e int) int {
	cost := float64(n)*math.Log2(float64(max(n, 2))) + float64(e)
	return min(max(int(2e7/cost), 50), 500)
}
