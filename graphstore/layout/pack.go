package layout

import (
	"cmp"
	"math"
	"slices"
)

// components returns the connected components of a, each as its nodes in
// increasing order, the largest first (ties: lowest node first).
func components(a *adjacency) [][]int32 {
	n := a.n
	comp := make([]int32, n)
	for i := range comp {
		comp[i] = -1
	}
	var comps [][]int32
	stack := make([]int32, 0, 64)
	for s := 0; s < n; s++ {
		if comp[s] >= 0 {
			continue
		}
		id := int32(len(comps))
		comp[s] = id
		members := []int32{int32(s)}
		stack = append(stack[:0], int32(s))
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for e := a.off[u]; e < a.off[u+1]; e++ {
				if v := a.nbr[e]; comp[v] < 0 {
					comp[v] = id
					members = append(members, v)
					stack = append(stack, v)
				}
			}
		}
		slices.Sort(members)
		comps = append(comps, members)
	}
	// Components were found in order of their lowest node; a stable sort by
	// size keeps that order among equals.
	slices.SortStableFunc(comps, func(p, q []int32) int { return cmp.Compare(len(q), len(p)) })
	return comps
}

// subgraph returns the graph induced by members (sorted, closed under
// adjacency), renumbered 0..len-1 in their order.
func (a *adjacency) subgraph(members []int32) *adjacency {
	local := make(map[int32]int32, len(members))
	for k, v := range members {
		local[v] = int32(k)
	}
	sub := &adjacency{n: len(members), off: make([]int, len(members)+1)}
	for k, v := range members {
		for e := a.off[v]; e < a.off[v+1]; e++ {
			sub.nbr = append(sub.nbr, local[a.nbr[e]])
			sub.w = append(sub.w, a.w[e])
		}
		sub.off[k+1] = len(sub.nbr)
	}
	return sub
}

// placed is one component's layout, in its own coordinates.
type placed struct {
	members []int32
	x, y    []float64
}

// pack places the components in rows, largest first (the shelf packing that
// Graphviz's pack also offers): each component's bounding box, with a gap,
// goes right of the previous one until the row
// is as wide as the square root of the total area (or the largest
// component), then a new row starts below. It returns positions for all n
// nodes. fa gives the edge lengths.
func pack(parts []placed, n int, fa *adjacency) (x, y []float64) {
	x, y = make([]float64, n), make([]float64, n)
	for _, p := range parts {
		for k, v := range p.members {
			x[v], y[v] = p.x[k], p.y[k]
		}
	}
	// The gap between boxes is one and a half times the mean spacing of
	// the nodes of the largest component, so that the many tiny components
	// of a co-mention graph sit about as densely as the nodes of the main
	// one, and do not dwarf it. Without such a component, the mean edge
	// length, else 1.
	gap := 0.0
	if len(parts) > 0 && len(parts[0].x) > 2 {
		p := parts[0]
		minX, maxX := slices.Min(p.x), slices.Max(p.x)
		minY, maxY := slices.Min(p.y), slices.Max(p.y)
		gap = 1.5 * math.Sqrt((maxX-minX)*(maxY-minY)/float64(len(p.x)))
	}
	if !(gap > 0) || math.IsInf(gap, 0) {
		gap = meanEdgeLength(fa, x, y)
	}
	if !(gap > 0) || math.IsInf(gap, 0) {
		gap = 1
	}

	type box struct{ minX, minY, w, h float64 }
	boxes := make([]box, len(parts))
	area, widest := 0.0, 0.0
	for c, p := range parts {
		b := box{minX: p.x[0], minY: p.y[0]}
		maxX, maxY := b.minX, b.minY
		for k := range p.x {
			b.minX, maxX = min(b.minX, p.x[k]), max(maxX, p.x[k])
			b.minY, maxY = min(b.minY, p.y[k]), max(maxY, p.y[k])
		}
		b.w, b.h = maxX-b.minX+gap, maxY-b.minY+gap
		boxes[c] = b
		area += b.w * b.h
		widest = max(widest, b.w)
	}
	rowWidth := max(widest, math.Sqrt(area))
	var cx, cy, rowH float64
	for c, p := range parts {
		b := boxes[c]
		if cx > 0 && cx+b.w > rowWidth {
			cx, cy, rowH = 0, cy+rowH, 0
		}
		// Shift the component so its box's corner is at (cx, cy); y grows
		// downwards row by row.
		dx, dy := cx-b.minX, cy-b.minY
		for _, v := range p.members {
			x[v] += dx
			y[v] += dy
		}
		cx += b.w
		rowH = max(rowH, b.h)
	}
	return x, y
}

// meanEdgeLength returns the mean length of the edges of fa at x, y (0 for
// none).
func meanEdgeLength(fa *adjacency, x, y []float64) float64 {
	var sum float64
	var count int
	for i := 0; i < fa.n; i++ {
		for e := fa.off[i]; e < fa.off[i+1]; e++ {
			if j := fa.nbr[e]; int(j) > i {
				sum += math.Hypot(x[i]-x[j], y[i]-y[j])
				count++
			}
		}
	}
	if count == 0 {
		return 0
	}
	return sum / float64(count)
}
