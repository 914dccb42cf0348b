package layout

import (
	"context"
	"fmt"
	"math"
)

// Options tunes [ForceAtlas2]. The zero value is ready to use: every zero
// field means the default given in its comment.
type Options struct {
	// Iterations is the number of steps on each connected component (on
	// its finest level). 0 chooses it from the component's size (see
	// [DefaultIterations]).
	Iterations int
	// Seed fixes the starting positions and the coarsening.
	Seed int64
	// Scaling is the repulsion constant kr: larger spreads the graph. 0
	// means 10 below 100 nodes and 2 from 100 on, as in Gephi.
	Scaling float64
	// Gravity is kg, the pull towards the centre that keeps disconnected
	// parts from drifting away. 0 means 1.
	Gravity float64
	// StrongGravity makes gravity grow with the distance from the centre.
	StrongGravity bool
	// LinLog uses the attraction log(1+d) instead of d, which shows
	// clusters more tightly (Noack's LinLog energy model).
	LinLog bool
	// DissuadeHubs divides a node's attraction by its degree+1 (scaled back
	// by the mean of that mass), pushing hubs to the centre of their
	// neighbours and authorities to the border.
	DissuadeHubs bool
	// IgnoreWeights makes every edge attract alike; by default attraction is
	// proportional to weight, divided by the mean weight so that only
	// relative weights matter.
	IgnoreWeights bool
	// Theta is the Barnes–Hut accuracy: a cell of side s at distance d acts
	// as one body when s/d < Theta. 0 means 1.2, as in Gephi; a very small
	// value gives the exact O(N²) sum.
	Theta float64
	// JitterTolerance is τ, how much swinging is tolerated when the global
	// speed is set: higher is faster and less precise. 0 means 1.
	JitterTolerance float64
	// Extent is the half-side of the box the result is scaled into: the
	// positions lie in [-Extent, Extent]. 0 means 1000; at most 1e15, beyond
	// which rounding to 0.01 means nothing.
	Extent float64
	// NoPacking lays all connected components out together, held near
	// each other by gravity alone as in the paper, instead of each on its own
	// and packed in rows (see the package doc).
	NoPacking bool
	// SingleLevel lays the graph out in one level, as the paper does,
	// instead of first laying out coarser graphs (see the package doc).
	SingleLevel bool
	// Workers bounds the goroutines computing forces (at most 256). 0 or
	// less means GOMAXPROCS. The result does not depend on it.
	Workers int
}

// DefaultIterations returns the number of steps [ForceAtlas2] takes on a
// connected component of n nodes and e edges when Options.Iterations is 0
// (the coarser levels of the multilevel layout have their own budget). It
// falls from 300 as a step's cost (about n·log₂n + e) grows, to 50 from
// about 5,000 nodes and 40,000 edges on, so that a layout takes a bounded
// time; starting from the coarser levels' layout, the finest level needs few
// steps. A component of n nodes takes at most 50+20n steps.
func DefaultIterations(n, e int) int {
	if n <= 1 {
		return 0
	}
	// The cost of a step is about n·log₂(n) tree visits plus e edges.
	cost := float64(n)*math.Log2(float64(n)) + float64(e)
	it := min(max(int(5e6/cost), 50), 300)
	// Small graphs settle quickly; components are laid out one by one, so
	// hundreds of tiny ones must not each take a thousand steps.
	return min(it, 50+20*n)
}

// ForceAtlas2 lays the graph out in the plane with ForceAtlas2 (Jacomy,
// Venturini, Heymann and Bastian 2014) and returns one point per node.
//
// Nodes repel each other in proportion to their degree+1 (Barnes–Hut
// approximated), edges attract their ends in proportion to weight and
// distance (or log distance with LinLog), and gravity pulls towards the
// centre. Each step moves each node by its own adaptive speed, slowed when its
// force swings, with the global speed set from the ratio of traction to
// swinging, as in the paper. Starting positions are drawn from the seed.
//
// At the end the layout is centred, scaled so that it just fits in
// [-Extent, Extent] on its longer axis, and rounded to 0.01, so that the
// numbers print as short, stable text. The result has the same bits for the
// same graph and options, whatever GOMAXPROCS or Workers is.
//
// ForceAtlas2 returns an error wrapping [ErrInvalidGraph] for an invalid
// graph, an error for a negative or non-finite option, and ctx.Err() when ctx
// is cancelled (checked at every step).
func ForceAtlas2(ctx context.Context, g Graph, o Options) ([]Point, error) {
	p, err := Prepare(g)
	if err != nil {
		return nil, fmt.Errorf("forceatlas2: %w", err)
	}
	return p.ForceAtlas2(ctx, o)
}

// ForceAtlas2 is [ForceAtlas2] of the prepared graph.
func (p *Prepared) ForceAtlas2(ctx context.Context, o Options) ([]Point, error) {
	a := p.a
	if err := o.fill(a.n); err != nil {
		return nil, fmt.Errorf("forceatlas2: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Attraction weights are normalised once for the whole graph, so that
	// the components, laid out apart, share one scale.
	aw := attractionWeights(a, o.IgnoreWeights)
	fa := &adjacency{n: a.n, off: a.off, nbr: a.nbr, w: aw}
	if o.NoPacking {
		x, y, err := layoutPart(ctx, fa, degreeMass(a), o, o.Seed)
		if err != nil {
			return nil, err
		}
		return normalise(x, y, o.Extent), nil
	}
	comps := components(a)
	parts := make([]placed, len(comps))
	for c, members := range comps {
		if len(members) == 1 {
			parts[c] = placed{members: members, x: []float64{0}, y: []float64{0}}
			continue
		}
		sub := fa.subgraph(members)
		// Each component has its own stream of the seed.
		x, y, err := layoutPart(ctx, sub, degreeMass(sub), o, o.Seed+int64(c)*0x5851f42d4c957f2d)
		if err != nil {
			return nil, err
		}
		parts[c] = placed{members: members, x: x, y: y}
	}
	x, y := pack(parts, a.n, fa)
	return normalise(x, y, o.Extent), nil
}

// layoutPart lays out one connected graph (or, with NoPacking, the whole
// graph) and returns the positions, centred on the origin by gravity.
func layoutPart(ctx context.Context, a *adjacency, mass []float64, o Options, seed int64) (x, y []float64, err error) {
	n := a.n
	switch n {
	case 0:
		return nil, nil, nil
	case 1:
		return []float64{0}, []float64{0}, nil
	}
	iters := o.Iterations
	if iters == 0 {
		iters = DefaultIterations(n, a.edges())
	}
	levels := []*faLevel{{a: a, mass: mass}}
	if !o.SingleLevel {
		levels, err = coarsen(ctx, a, mass, seed)
		if err != nil {
			return nil, nil, err
		}
	}
	// Number the finest level's nodes group by group, so that most edges
	// join nearby indices and a step's memory accesses stay local; the
	// positions are put back in the caller's order at the end.
	var perm []int32
	if len(levels) > 1 {
		perm = localityOrder(levels)
		levels[0] = levels[0].permute(perm)
	}
	// Lay out the coarsest level from random positions, then each finer
	// level from the positions of its parents.
	top := levels[len(levels)-1]
	x, y = randomStart(top.a.n, seed)
	var s *fa2
	for k := len(levels) - 1; k >= 0; k-- {
		l := levels[k]
		if k < len(levels)-1 {
			x, y = prolong(levels[k+1], s.x, s.y, l.parent, seed, k)
		}
		s = newFA2(l.a, l.mass, x, y, o)
		it := iters
		if k > 0 {
			it = coarseIterations(l.a.n, l.a.edges())
		}
		for ; it > 0; it-- {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
			s.step()
		}
	}
	if perm == nil {
		return s.x, s.y, nil
	}
	x, y = make([]float64, n), make([]float64, n)
	for k, v := range perm {
		x[v], y[v] = s.x[k], s.y[k]
	}
	return x, y, nil
}

// attractionWeights returns the weight of each adjacency entry divided by
// the mean weight (all 1 with ignore), so that only relative weights matter.
func attractionWeights(a *adjacency, ignore bool) []float64 {
	aw := make([]float64, len(a.w))
	if ignore || len(a.w) == 0 {
		for k := range aw {
			aw[k] = 1
		}
		return aw
	}
	// Divide by the maximum first, so the sum cannot overflow.
	w := a.scaled()
	sum := 0.0
	for _, x := range w {
		sum += x
	}
	mean := sum / float64(len(w))
	for k, x := range w {
		aw[k] = x / mean
	}
	return aw
}

// randomStart returns positions drawn from the seed in a square whose area
// grows with the number of nodes, so the starting density does not depend
// on size (rescale sets the real scale at the first step).
func randomStart(n int, seed int64) (x, y []float64) {
	r := newRNG(seed, 2)
	side := 10 * math.Sqrt(float64(n))
	x, y = make([]float64, n), make([]float64, n)
	for i := 0; i < n; i++ {
		x[i] = (r.float64() - 0.5) * side
		y[i] = (r.float64() - 0.5) * side
	}
	return x, y
}

// degreeMass returns degree+1 for every node: ForceAtlas2's repulsion mass.
func degreeMass(a *adjacency) []float64 {
	m := make([]float64, a.n)
	for i := range m {
		m[i] = float64(a.off[i+1]-a.off[i]) + 1
	}
	return m
}

// fill replaces zero fields with defaults and checks the rest.
func (o *Options) fill(n int) error {
	if o.Iterations < 0 {
		return fmt.Errorf("negative iterations %d", o.Iterations)
	}
	if o.Scaling == 0 {
		o.Scaling = 2
		if n < 100 {
			o.Scaling = 10
		}
	}
	if o.Gravity == 0 {
		o.Gravity = 1
	}
	if o.Theta == 0 {
		o.Theta = 1.2
	}
	if o.JitterTolerance == 0 {
		o.JitterTolerance = 1
	}
	if o.Extent == 0 {
		o.Extent = 1000
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"scaling", o.Scaling}, {"gravity", o.Gravity}, {"theta", o.Theta}, {"jitter tolerance", o.JitterTolerance}, {"extent", o.Extent}} {
		if !(f.v > 0) || math.IsInf(f.v, 1) {
			return fmt.Errorf("%s %v is not a positive number", f.name, f.v)
		}
	}
	if o.Extent > maxExtent {
		return fmt.Errorf("extent %v above %v", o.Extent, maxExtent)
	}
	return nil
}

// fa2 is the state of one layout run.
type fa2 struct {
	a      *adjacency
	o      Options
	aw     []float64 // attraction weight of each adjacency entry
	mass   []float64 // degree+1
	x, y   []float64
	fx, fy []float64 // force of this step
	px, py []float64 // force of the previous step
	swing  []float64
	speed  float64
	tree   quadtree
	stacks [][]int32
	// attScale multiplies attraction: the mean mass with DissuadeHubs.
	attScale float64
	// virial is Σ over node pairs of kr·m_i·m_j (see rescale).
	virial float64
	// dbuf and cbuf hold edge lengths and coefficients for linLogScale.
	dbuf, cbuf []float64
	// steps counts the steps taken.
	steps int
	// maxStep caps a node's displacement in one step.
	maxStep float64
	ec      []float64 // per adjacency entry: attraction coefficient used by rescale
}

const (
	// ks and ksMax are the paper's node speed constant and the cap on a
	// node's displacement in one step.
	ks    = 0.1
	ksMax = 10.0
	// maxSpeedRise limits the growth of the global speed per step (the
	// paper's 50%).
	maxSpeedRise = 1.5
	// maxStepFraction is the cap on a step as a fraction of the layout's
	// root-mean-square radius.
	maxStepFraction = 0.01
	// maxExtent keeps extent·100 far from overflow in the final rounding.
	maxExtent = 1e15
)

// newFA2 starts a layout of a, whose weights are attraction weights, from the
// positions x, y (which it keeps and moves), with the given repulsion masses.
func newFA2(a *adjacency, mass, x, y []float64, o Options) *fa2 {
	n := a.n
	s := &fa2{a: a, o: o, speed: 1, attScale: 1, mass: mass, x: x, y: y, aw: a.w}
	if o.DissuadeHubs && n > 0 {
		sum := 0.0
		for _, m := range s.mass {
			sum += m
		}
		s.attScale = sum / float64(n)
	}
	// Σ_{i<j} m_i m_j = (M² − Σ m²)/2.
	var sumM, sumM2 float64
	for _, m := range s.mass {
		sumM += m
		sumM2 += m * m
	}
	s.virial = o.Scaling * (sumM*sumM - sumM2) / 2
	s.ec = make([]float64, len(a.w))
	for i := 0; i < n; i++ {
		for k := a.off[i]; k < a.off[i+1]; k++ {
			c := s.aw[k]
			if o.DissuadeHubs {
				c *= s.attScale * (1/s.mass[i] + 1/s.mass[a.nbr[k]]) / 2
			}
			s.ec[k] = c
		}
	}
	s.fx, s.fy = make([]float64, n), make([]float64, n)
	s.px, s.py = make([]float64, n), make([]float64, n)
	s.swing = make([]float64, n)
	return s
}

// step moves every node once.
func (s *fa2) step() {
	a, o := s.a, s.o
	n := a.n
	// Far from equilibrium the scale is off by a lot; once near, a
	// rescale every tenth step is enough, and spares the cost of LinLog's.
	if s.steps < 10 || s.steps%10 == 0 {
		s.rescale()
	}
	s.steps++
	s.tree.build(s.x, s.y, s.mass, o.Theta)
	order := s.tree.order
	w := workers(o.Workers)
	if len(s.stacks) < w {
		s.stacks = make([][]int32, w)
	}
	// Forces: each node's force depends only on positions and is summed in
	// a fixed order (tree, then its own edges), so splitting the nodes
	// among workers changes no bit.
	parallelForIndexed(w, n, func(worker, lo, hi int) {
		stack := s.stacks[worker]
		for _, i := range order[lo:hi] {
			xi, yi, mi := s.x[i], s.y[i], s.mass[i]
			var fx, fy float64
			fx, fy, stack = s.tree.repulsion(i, xi, yi, mi, o.Scaling, s.x, s.y, s.mass, stack)
			// Gravity.
			if d := math.Hypot(xi, yi); d > 0 {
				f := o.Gravity * mi / d
				if o.StrongGravity {
					f = o.Gravity * mi
				}
				fx -= xi * f
				fy -= yi * f
			}
			// Attraction along the node's own edges.
			var ax, ay float64
			for k := a.off[i]; k < a.off[i+1]; k++ {
				j := a.nbr[k]
				dx, dy := xi-s.x[j], yi-s.y[j]
				f := s.aw[k]
				if o.LinLog {
					d := math.Hypot(dx, dy)
					if d == 0 {
						continue
					}
					f *= math.Log1p(d) / d
				}
				ax += dx * f
				ay += dy * f
			}
			if o.DissuadeHubs {
				ax, ay = ax*s.attScale/mi, ay*s.attScale/mi
			}
			s.fx[i], s.fy[i] = fx-ax, fy-ay
		}
		s.stacks[worker] = stack
	})

	// Global swinging and traction, summed in node order.
	var swingG, tractG float64
	for i := 0; i < n; i++ {
		sw := math.Hypot(s.fx[i]-s.px[i], s.fy[i]-s.py[i])
		tr := math.Hypot(s.fx[i]+s.px[i], s.fy[i]+s.py[i]) / 2
		s.swing[i] = sw
		swingG += s.mass[i] * sw
		tractG += s.mass[i] * tr
	}
	if swingG > 0 && !math.IsInf(swingG, 0) && !math.IsNaN(tractG) {
		// Rise by at most 50% (the paper); fall by at most 10× per step,
		// so that one step of pure oscillation (no traction at all) cannot
		// set the speed to 0, from which it could never rise again.
		target := o.JitterTolerance * tractG / swingG
		s.speed = max(min(target, maxSpeedRise*s.speed), s.speed/10)
	}
	speed := s.speed
	// The paper caps a step at ksMax, in the units of Gephi's screen. Here
	// the scale is set by rescale and grows with the graph, so the cap grows
	// with the layout's radius too (1%), else a large graph untangles slowly.
	var r2 float64
	for i := 0; i < n; i++ {
		r2 += s.x[i]*s.x[i] + s.y[i]*s.y[i]
	}
	s.maxStep = max(ksMax, maxStepFraction*math.Sqrt(r2/float64(n)))
	parallelFor(w, n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			fx, fy := s.fx[i], s.fy[i]
			f := math.Hypot(fx, fy)
			if f == 0 || math.IsInf(f, 0) || math.IsNaN(f) {
				// A force that overflowed carries no usable direction.
				s.px[i], s.py[i] = 0, 0
				continue
			}
			v := ks * speed / (1 + speed*math.Sqrt(s.swing[i]))
			v = min(v, s.maxStep/f)
			s.x[i] += v * fx
			s.y[i] += v * fy
			s.px[i], s.py[i] = fx, fy
		}
	})
}

// rescale scales the whole layout about the centre so that it satisfies the
// virial balance of its forces: at a force equilibrium Σ_i r_i·F_i = 0, and
// since a repulsion k·m_i·m_j/d times its distance d is the constant
// k·m_i·m_j, the repulsion side is fixed (the virial field), while attraction
// and gravity grow with the scale λ. Solving for λ puts the layout at its
// natural size in one step, which the paper's dynamics, whose steps are capped
// at ksMax, would take thousands of steps to reach on a large graph. It is
// our addition to ForceAtlas2; at equilibrium λ is 1 and it changes nothing.
func (s *fa2) rescale() {
	a, o := s.a, s.o
	n := a.n
	if n < 2 || s.virial <= 0 {
		return
	}
	// lengths of the edges (each once) and the gravity term, in node order.
	var att, grav float64
	s.dbuf, s.cbuf = s.dbuf[:0], s.cbuf[:0]
	for i := 0; i < n; i++ {
		xi, yi := s.x[i], s.y[i]
		for k := a.off[i]; k < a.off[i+1]; k++ {
			j := a.nbr[k]
			if int(j) <= i {
				continue
			}
			dx, dy := xi-s.x[j], yi-s.y[j]
			if o.LinLog {
				s.dbuf = append(s.dbuf, math.Hypot(dx, dy))
				s.cbuf = append(s.cbuf, s.ec[k])
			} else {
				att += s.ec[k] * (dx*dx + dy*dy)
			}
		}
		r := math.Hypot(xi, yi)
		if o.StrongGravity {
			grav += o.Gravity * s.mass[i] * r * r
		} else {
			grav += o.Gravity * s.mass[i] * r
		}
	}
	var lambda float64
	switch {
	case o.LinLog:
		lambda = s.linLogScale(grav)
	case o.StrongGravity:
		// (att + grav)·λ² = virial
		if att+grav <= 0 {
			return
		}
		lambda = math.Sqrt(s.virial / (att + grav))
	default:
		// att·λ² + grav·λ = virial
		if att <= 0 {
			if grav <= 0 {
				return
			}
			lambda = s.virial / grav
		} else {
			lambda = (-grav + math.Sqrt(grav*grav+4*att*s.virial)) / (2 * att)
		}
	}
	if !(lambda > 0) || math.IsInf(lambda, 0) {
		return
	}
	for i := 0; i < n; i++ {
		s.x[i] *= lambda
		s.y[i] *= lambda
	}
}

// linLogScale solves Σ_e c_e·λd_e·log(1+λd_e) + G(λ) = virial for λ, over
// the edge lengths and coefficients in s.dbuf, s.cbuf, by Newton's method.
// grav is G(1). The left side is increasing and convex in λ and negative at
// 0, so Newton's iterates pass the root at most once and then fall to it.
func (s *fa2) linLogScale(grav float64) float64 {
	strong := s.o.StrongGravity
	l := 1.0
	for it := 0; it < 50; it++ {
		v, dv := grav*l, grav
		if strong {
			v, dv = grav*l*l, 2*grav*l
		}
		for e, d := range s.dbuf {
			x := l * d
			lg := math.Log1p(x)
			v += s.cbuf[e] * x * lg
			dv += s.cbuf[e] * d * (lg + x/(1+x))
		}
		v -= s.virial
		if !(dv > 0) {
			return 1
		}
		next := l - v/dv
		if next <= 0 {
			next = l / 2
		}
		if math.Abs(next-l) <= 1e-9*l {
			return next
		}
		l = next
	}
	return l
}

// normalise centres and scales the layout into [-extent, extent] and rounds
// it.
func normalise(x, y []float64, extent float64) []Point {
	n := len(x)
	p := make([]Point, n)
	if n == 0 {
		return p
	}
	minX, maxX, minY, maxY := x[0], x[0], y[0], y[0]
	for i := 0; i < n; i++ {
		minX, maxX = min(minX, x[i]), max(maxX, x[i])
		minY, maxY = min(minY, y[i]), max(maxY, y[i])
	}
	cx, cy := (minX+maxX)/2, (minY+maxY)/2
	span := max(maxX-minX, maxY-minY) / 2
	scale := 0.0
	if span > 0 && !math.IsInf(span, 0) {
		scale = extent / span
	}
	for i := 0; i < n; i++ {
		p[i] = Point{X: round2((x[i] - cx) * scale), Y: round2((y[i] - cy) * scale)}
	}
	return p
}

// round2 rounds to 0.01 and turns -0 into 0, so that the text is stable.
func round2(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	r := math.Round(v*100) / 100
	if r == 0 {
		return 0
	}
	return r
}
