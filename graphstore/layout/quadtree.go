package layout

// quadtree is the Barnes–Hut tree (Barnes and Hut 1986) over the node
// positions of one iteration: a cell far enough from a node acts on it as a
// single body at the cell's centre of mass.
//
// Cells live in one slice and refer to each other by index, so a rebuild
// reuses the memory of the previous iteration. Bodies are inserted in node
// order, which fixes every sum in the tree.
type quadtree struct {
	cells []qcell
	next  []int32 // next[b]: the body after b in its leaf (-1: none)
}

type qcell struct {
	mx, my float64 // centre of mass (a mass-weighted sum while building)
	mass   float64
	cx, cy float64 // geometric centre of the square
	half   float64 // half its side
	child  [4]int32
	body   int32 // cellEmpty, cellInner, or the first body of a leaf
}

const (
	cellEmpty = -1
	cellInner = -2
	// maxTreeDepth stops the subdivision of (nearly) coincident bodies: a
	// leaf this deep keeps a chain of bodies and they interact exactly.
	maxTreeDepth = 40
)

func (t *quadtree) newCell(cx, cy, half float64) int32 {
	t.cells = append(t.cells, qcell{cx: cx, cy: cy, half: half, child: [4]int32{-1, -1, -1, -1}, body: cellEmpty})
	return int32(len(t.cells) - 1)
}

func quadrant(c *qcell, x, y float64) int {
	q := 0
	if x >= c.cx {
		q |= 1
	}
	if y >= c.cy {
		q |= 2
	}
	return q
}

func (t *quadtree) child(c int32, q int) int32 {
	if ch := t.cells[c].child[q]; ch >= 0 {
		return ch
	}
	p := t.cells[c]
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

// build makes the tree of the given bodies.
func (t *quadtree) build(xs, ys, mass []float64) {
	t.cells = t.cells[:0]
	if cap(t.next) < len(xs) {
		t.next = make([]int32, len(xs))
	}
	t.next = t.next[:len(xs)]
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
			ch := t.child(c, quadrant(cell, xs[old], ys[old]))
			o := &t.cells[ch]
			o.body = old
			o.mass = mass[old]
			o.mx, o.my = mass[old]*xs[old], mass[old]*ys[old]
		}
		c = t.child(c, quadrant(&t.cells[c], x, y))
	}
}

// repulsion returns the repulsive force on body i (at x, y, mass m) from all
// others: k·m·m_j/d along the line between them, with cells of side s seen
// from distance d as one body when s/d < theta. stack is scratch space.
func (t *quadtree) repulsion(i int32, x, y, m, k, theta2 float64, xs, ys, mass []float64, stack []int32) (fx, fy float64, _ []int32) {
	if len(t.cells) == 0 {
		return 0, 0, stack
	}
	stack = append(stack[:0], 0)
	for len(stack) > 0 {
		c := &t.cells[stack[len(stack)-1]]
		stack = stack[:len(stack)-1]
		switch {
		case c.body >= 0:
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
				f := k * m * mass[b] / d2
				fx += dx * f
				fy += dy * f
			}
		case c.body == cellInner:
			dx, dy := x-c.mx, y-c.my
			d2 := dx*dx + dy*dy
			if s := 2 * c.half; s*s < theta2*d2 {
				f := k * m * c.mass / d2
				fx += dx * f
				fy += dy * f
				continue
			}
			for q := 3; q >= 0; q-- {
				if ch := c.child[q]; ch >= 0 {
					stack = append(stack, ch)
				}
			}
		}
	}
	return fx, fy, stack
}
