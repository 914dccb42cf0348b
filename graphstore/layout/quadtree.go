package layout

// quadtree is the Barnes–Hut tree (Barnes and Hut 1986) over the node
// positions of one iteration: a cell far enough from a node acts on it as a
// single body at the cell's centre of mass.
//
// Cells live in one slice and refer to each other by index, so a rebuild
// reuses the memory of the previous iteration; what the force walk reads is
// kept apart from what only the build needs, to keep the walk's data small.
// Bodies are inserted in node order, which fixes every sum in the tree.
type quadtree struct {
	cells []qcell
	geom  []qgeom
	next  []int32 // next[b]: the body after b in its leaf (-1: none)
	order []int32 // the bodies in depth-first order: near each other in space
}

type qcell struct {
	mx, my float64 // centre of mass (a mass-weighted sum while building)
	mass   float64
	far    float64 // (side/θ)²: the cell acts as one body beyond this squared distance
	child  [4]int32
	body   int32 // cellEmpty, cellInner, or the first body of a leaf
}

type qgeom struct {
	cx, cy float64 // centre of the square
	half   float64 // half its side
}

const (
	cellEmpty = -1
	cellInner = -2
	// maxTreeDepth stops the subdivision of (nearly) coincident bodies: a
	// leaf this deep keeps a chain of bodies and they interact exactly.
	maxTreeDepth = 40
)

func (t *quadtree) newCell(cx, cy, half float64) int32 {
	t.cells = append(t.cells, qcell{child: [4]int32{-1, -1, -1, -1}, body: cellEmpty})
	t.geom = append(t.geom, qgeom{cx: cx, cy: cy, half: half})
	return int32(len(t.cells) - 1)
}

func (t *quadtree) quadrant(c int32, x, y float64) int {
	g := &t.geom[c]
	q := 0
	if x >= g.cx {
		q |= 1
	}
	if y >= g.cy {
		q |= 2
	}
	return q
}

func (t *quadtree) child(c int32, q int) int32 {
	if ch := t.cells[c].child[q]; ch >= 0 {
		return ch
	}
	p := t.geom[c]
	h := p.half / 2
	cx, cy := p.cx-h, p.cy-h
	if q&1 != 0 {
		cx = p.cx + h
	}
	if q&2 != 0 {
		cy = p.cy + h
	}
	ch := t.newCell(cx, cy, h)
	t.cells[c].child[q] = ch
	return ch
}

// build makes the tree of the given bodies for the accuracy theta.
func (t *quadtree) build(xs, ys, mass []float64, theta float64) {
	t.cells, t.geom = t.cells[:0], t.geom[:0]
	if cap(t.next) < len(xs) {
		t.next = make([]int32, len(xs))
	}
	t.next = t.next[:len(xs)]
	t.order = t.order[:0]
	if len(xs) == 0 {
		return
	}
	minX, maxX, minY, maxY := xs[0], xs[0], ys[0], ys[0]
	for i := range xs {
		minX, maxX = min(minX, xs[i]), max(maxX, xs[i])
		minY, maxY = min(minY, ys[i]), max(maxY, ys[i])
	}
	half := max(maxX-minX, maxY-minY)/2*(1+1e-9) + 1e-12
	t.newCell((minX+maxX)/2, (minY+maxY)/2, half)
	for b := range xs {
		t.insert(int32(b), xs[b], ys[b], mass[b], xs, ys, mass)
	}
	for c := range t.cells {
		cell := &t.cells[c]
		if cell.mass > 0 {
			cell.mx /= cell.mass
			cell.my /= cell.mass
		}
		s := 2 * t.geom[c].half / theta
		cell.far = s * s
	}
	// Depth-first order of the bodies, for the force walk's locality.
	stack := []int32{0}
	for len(stack) > 0 {
		c := &t.cells[stack[len(stack)-1]]
		stack = stack[:len(stack)-1]
		if c.body >= 0 {
			for b := c.body; b >= 0; b = t.next[b] {
				t.order = append(t.order, b)
			}
			continue
		}
		for q := 3; q >= 0; q-- {
			if ch := c.child[q]; ch >= 0 {
				stack = append(stack, ch)
			}
		}
	}
}

func (t *quadtree) insert(b int32, x, y, m float64, xs, ys, mass []float64) {
	c := int32(0)
	for depth := 0; ; depth++ {
		cell := &t.cells[c]
		cell.mass += m
		cell.mx += m * x
		cell.my += m * y
		switch cell.body {
		case cellEmpty:
			cell.body = b
			t.next[b] = -1
			return
		case cellInner:
		default:
			if depth >= maxTreeDepth {
				t.next[b] = cell.body
				cell.body = b
				return
			}
			// Split the leaf: its one body moves down a level.
			old := cell.body
			cell.body = cellInner
			ch := t.child(c, t.quadrant(c, xs[old], ys[old]))
			o := &t.cells[ch]
			o.body = old
			t.next[old] = -1
			o.mass = mass[old]
			o.mx, o.my = mass[old]*xs[old], mass[old]*ys[old]
		}
		c = t.child(c, t.quadrant(c, x, y))
	}
}

// repulsion returns the repulsive force on body i (at x, y, mass m) from all
// others: k·m·m_j/d along the line between them, with a cell taken as one
// body when seen from beyond its far distance. stack is scratch space.
func (t *quadtree) repulsion(i int32, x, y, m, k float64, xs, ys, mass []float64, stack []int32) (fx, fy float64, _ []int32) {
	if len(t.cells) == 0 {
		return 0, 0, stack
	}
	km := k * m
	stack = append(stack[:0], 0)
	for len(stack) > 0 {
		c := &t.cells[stack[len(stack)-1]]
		stack = stack[:len(stack)-1]
		if c.body == cellInner {
			dx, dy := x-c.mx, y-c.my
			d2 := dx*dx + dy*dy
			if c.far < d2 {
				f := km * c.mass / d2
				fx += dx * f
				fy += dy * f
				continue
			}
			for q := 3; q >= 0; q-- {
				if ch := c.child[q]; ch >= 0 {
					stack = append(stack, ch)
				}
			}
			continue
		}
		for b := c.body; b >= 0; b = t.next[b] {
			if b == i {
				continue
			}
			dx, dy := x-xs[b], y-ys[b]
			d2 := dx*dx + dy*dy
			if d2 < 1e-18 {
				// Coincident bodies: push apart along x, the lower
				// index to the left, so that they can separate.
				dx, dy, d2 = 1e-9, 0, 1e-18
				if i < b {
					dx = -1e-9
				}
			}
			f := km * mass[b] / d2
			fx += dx * f
			fy += dy * f
		}
	}
	return fx, fy, stack
}
