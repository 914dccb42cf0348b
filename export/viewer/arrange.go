package viewer

import (
	"cmp"
	"math"
	"slices"
)

// Arrange fills in the layout and centrality of p's nodes from its links,
// for a caller that has none of its own: Degree, WeightedDegree, PageRank,
// Community and X, Y. It is the fallback, simple and fast (linear in the
// links, a few dozen rounds), not a force-directed layout:
//
//   - PageRank is weighted by link weight, damping 0.85.
//   - Communities come from weighted label propagation, numbered by size
//     (0 the largest).
//   - Each community is a disc of its nodes on a sunflower spiral, the most
//     connected in the middle; the discs lie on a larger spiral, the largest
//     in the middle, and the entities without links on the outside.
//
// The result depends only on p: the same page gives the same numbers.
// Links whose ends are out of range are ignored.
func Arrange(p *Page) {
	n := len(p.Nodes)
	if n == 0 {
		return
	}
	adj := newAdjacency(n, p.Links)
	for i := range p.Nodes {
		p.Nodes[i].Degree = adj.degree(i)
		p.Nodes[i].WeightedDegree = int(adj.strength[i])
	}
	pr := pageRank(adj, 0.85, 100, 1e-10)
	for i := range p.Nodes {
		p.Nodes[i].PageRank = roundSig(pr[i], 6)
	}
	comm := communities(adj)
	for i := range p.Nodes {
		p.Nodes[i].Community = comm[i]
	}
	xy := placeCommunities(adj, comm)
	for i := range p.Nodes {
		p.Nodes[i].X = math.Round(xy[i][0]*100) / 100
		p.Nodes[i].Y = math.Round(xy[i][1]*100) / 100
	}
}

// adjacency is the undirected weighted graph of the links in compressed
// rows: the neighbours of i are nbr[start[i]:start[i+1]].
type adjacency struct {
	start    []int
	nbr      []int
	w        []float64
	strength []float64 // sum of link weights at each node
}

func newAdjacency(n int, links []Link) *adjacency {
	a := &adjacency{start: make([]int, n+1), strength: make([]float64, n)}
	ok := func(l Link) bool {
		return l.Source >= 0 && l.Source < n && l.Target >= 0 && l.Target < n && l.Source != l.Target
	}
	for _, l := range links {
		if ok(l) {
			a.start[l.Source+1]++
			a.start[l.Target+1]++
		}
	}
	for i := range n {
		a.start[i+1] += a.start[i]
	}
	a.nbr = make([]int, a.start[n])
	a.w = make([]float64, a.start[n])
	fill := slices.Clone(a.start[:n])
	for _, l := range links {
		if !ok(l) {
			continue
		}
		w := float64(max(l.Weight, 1))
		for _, e := range [2][2]int{{l.Source, l.Target}, {l.Target, l.Source}} {
			a.nbr[fill[e[0]]] = e[1]
			a.w[fill[e[0]]] = w
			fill[e[0]]++
			a.strength[e[0]] += w
		}
	}
	return a
}

func (a *adjacency) degree(i int) int { return a.start[i+1] - a.start[i] }

// pageRank runs the power iteration until the L1 change is below tol or
// after rounds rounds. Nodes without links spread their rank evenly.
func pageRank(a *adjacency, damping float64, rounds int, tol float64) []float64 {
	n := len(a.strength)
	pr := make([]float64, n)
	next := make([]float64, n)
	for i := range pr {
		pr[i] = 1 / float64(n)
	}
	for range rounds {
		dangling := 0.0
		for i := range n {
			if a.strength[i] == 0 {
				dangling += pr[i]
			}
		}
		base := (1-damping)/float64(n) + damping*dangling/float64(n)
		for i := range next {
			next[i] = base
		}
		for i := range n {
			if a.strength[i] == 0 {
				continue
			}
			share := damping * pr[i] / a.strength[i]
			for k := a.start[i]; k < a.start[i+1]; k++ {
				next[a.nbr[k]] += share * a.w[k]
			}
		}
		diff := 0.0
		for i := range n {
			diff += math.Abs(next[i] - pr[i])
		}
		pr, next = next, pr
		if diff < tol {
			break
		}
	}
	return pr
}

// communities labels each node by weighted label propagation: in a fixed
// order (strongest nodes first), each node takes the label its neighbours'
// links weigh most, keeping its own on a tie and else the smallest. The
// labels are then renumbered by community size, largest first, ties by the
// smallest member.
func communities(a *adjacency) []int {
	n := len(a.strength)
	label := make([]int, n)
	order := make([]int, n)
	for i := range n {
		label[i], order[i] = i, i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(a.strength[y], a.strength[x]) })
	p := propagation{a: a, label: label, score: make([]float64, n)}
	for range 30 {
		changed := false
		for _, i := range order {
			changed = p.relabel(i) || changed
		}
		if !changed {
			break
		}
	}
	return renumber(label)
}

// propagation is the state of label propagation: the labels, and a score
// per label that is zero between two nodes.
type propagation struct {
	a       *adjacency
	label   []int
	score   []float64
	touched []int
}

// relabel gives node i the label its neighbours' links weigh most, keeping
// its own when it ties for best, else the smallest of the best, and
// reports whether the label changed.
func (p *propagation) relabel(i int) bool {
	a := p.a
	p.touched = p.touched[:0]
	for k := a.start[i]; k < a.start[i+1]; k++ {
		l := p.label[a.nbr[k]]
		if p.score[l] == 0 {
			p.touched = append(p.touched, l)
		}
		p.score[l] += a.w[k]
	}
	if len(p.touched) == 0 {
		return false
	}
	bestScore := 0.0
	for _, l := range p.touched {
		bestScore = max(bestScore, p.score[l])
	}
	changed := false
	if p.score[p.label[i]] < bestScore {
		best := len(p.label)
		for _, l := range p.touched {
			if p.score[l] == bestScore {
				best = min(best, l)
			}
		}
		p.label[i] = best
		changed = true
	}
	for _, l := range p.touched {
		p.score[l] = 0
	}
	return changed
}

// renumber numbers the communities of label by size, largest first, ties
// by the smallest member.
func renumber(label []int) []int {
	n := len(label)
	size := make([]int, n)
	first := make([]int, n)
	for i := range first {
		first[i] = n
	}
	for i, l := range label {
		size[l]++
		first[l] = min(first[l], i)
	}
	var used []int
	for l := range n {
		if size[l] > 0 {
			used = append(used, l)
		}
	}
	slices.SortFunc(used, func(x, y int) int { return cmp.Or(cmp.Compare(size[y], size[x]), cmp.Compare(first[x], first[y])) })
	renum := make([]int, n)
	for k, l := range used {
		renum[l] = k
	}
	out := make([]int, n)
	for i, l := range label {
		out[i] = renum[l]
	}
	return out
}

// golden is the golden angle in radians: successive points of a sunflower
// spiral turn by it, which spreads them evenly at any count.
var golden = math.Pi * (3 - math.Sqrt(5))

// spacing is the distance between neighbouring nodes in layout units.
const spacing = 10.0

// placeCommunities lays each community out as a disc and the discs on a
// spiral (see [Arrange]). comm holds community numbers from 0 by size.
func placeCommunities(a *adjacency, comm []int) [][2]float64 {
	n := len(comm)
	// Groups: the communities of linked nodes, then one group of all the
	// nodes without links, drawn as one disc on the outside.
	ngroups := 0
	for i := range n {
		if a.degree(i) > 0 {
			ngroups = max(ngroups, comm[i]+1)
		}
	}
	groups := make([][]int, ngroups+1)
	for i := range n {
		g := ngroups
		if a.degree(i) > 0 {
			g = comm[i]
		}
		groups[g] = append(groups[g], i)
	}
	xy := make([][2]float64, n)
	// cum is the area, in squared spacing, of the discs placed so far;
	// centre the radius of the first disc.
	cum, centre := 0.0, 0.0
	placed := 0
	for _, members := range groups {
		if len(members) == 0 {
			continue
		}
		slices.SortStableFunc(members, func(x, y int) int { return cmp.Compare(a.strength[y], a.strength[x]) })
		radius := spacing * (math.Sqrt(float64(len(members))) + 1)
		var cx, cy float64
		if placed > 0 {
			// A sunflower whose points are discs of unequal size: the
			// distance from the middle grows with the area placed, and
			// never lets a disc reach into the first one.
			r := max(1.1*math.Sqrt(cum+radius*radius/2), centre+radius+spacing)
			angle := float64(placed) * golden
			cx, cy = r*math.Cos(angle), r*math.Sin(angle)
		} else {
			centre = radius
		}
		cum += (radius + spacing) * (radius + spacing)
		placed++
		for k, i := range members {
			r := spacing * math.Sqrt(float64(k)+0.5)
			angle := float64(k) * golden
			xy[i] = [2]float64{cx + r*math.Cos(angle), cy + r*math.Sin(angle)}
		}
	}
	return xy
}

// roundSig rounds x to digits significant digits, to keep the page small.
func roundSig(x float64, digits int) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	scale := math.Pow(10, float64(digits)-math.Ceil(math.Log10(math.Abs(x))))
	return math.Round(x*scale) / scale
}
