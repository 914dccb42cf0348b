package export

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// typeOrder and typeNames are the legend's entries, in the order and with
// the words of the page's legend.
var (
	typeOrder = []extract.Type{extract.Person, extract.Org, extract.Country, extract.Location, extract.Misc}
	typeNames = map[extract.Type]string{extract.Person: "People", extract.Org: "Organizations",
		extract.Country: "Countries", extract.Location: "Places", extract.Misc: "Other names"}
)

// source returns the DOT that [Render] lays out: g's [DOT] form, and with
// About.Ego the centre marked (class "ego", a thick black outline) and
// every entity sized by the articles it shares with the centre, those not
// linked to it smallest.
func (r Render) source(g *graphstore.Graph) ([]byte, error) {
	var b bytes.Buffer
	if err := (DOT{}).Write(&b, g); err != nil {
		return nil, err
	}
	if r.Ego == "" {
		return b.Bytes(), nil
	}
	centre, err := g.Lookup(r.Ego)
	if err != nil {
		return nil, fmt.Errorf("%s: ego: %w", r.Format, err)
	}
	shared := map[string]int{}
	most := 1
	for _, e := range g.Edges() {
		if e.Source == centre.ID || e.Target == centre.ID {
			shared[e.Other(centre.ID)] = e.Weight
			most = max(most, e.Weight)
		}
	}
	body, ok := bytes.CutSuffix(b.Bytes(), []byte("}\n"))
	if !ok {
		return nil, errors.New("dot: graph not closed") // DOT.Write always closes it
	}
	var out bytes.Buffer
	out.Write(body)
	// A node stated again takes the new attributes: the sizes of the ego
	// view override those by mentions.
	out.WriteString("\t// sized by the articles shared with the centre\n")
	for i, n := range g.Nodes() {
		if n.ID == centre.ID {
			fmt.Fprintf(&out, "\t%s [class=ego, fontsize=%s, penwidth=5, color=\"#000000\"];\n", dotID(i), ftoa(nodeSize(most)+6))
			continue
		}
		size := 8.0 // further than one link
		if w := shared[n.ID]; w > 0 {
			size = nodeSize(w)
		}
		fmt.Fprintf(&out, "\t%s [fontsize=%s];\n", dotID(i), ftoa(size))
	}
	out.WriteString("}\n")
	return out.Bytes(), nil
}

// box is a Graphviz bounding box, in points: lower left and upper right.
type box struct{ llx, lly, urx, ury float64 }

var bbAttr = regexp.MustCompile(`\bbb="([^"]*)"`)

// boundingBox reads the bounding box of the root graph from Graphviz's
// -Tdot output, which states it first.
func boundingBox(laid []byte) (box, error) {
	m := bbAttr.FindSubmatch(laid)
	if m == nil {
		return box{}, errors.New("no bounding box in the layout")
	}
	f := strings.Split(string(m[1]), ",")
	if len(f) != 4 {
		return box{}, fmt.Errorf("bounding box %q: want 4 numbers", m[1])
	}
	var v [4]float64
	for i, s := range f {
		x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return box{}, fmt.Errorf("bounding box %q: not numbers", m[1])
		}
		v[i] = x
	}
	return box{v[0], v[1], v[2], v[3]}, nil
}

// legendItem is one line of the legend: a node drawn in a shape, or text.
type legendItem struct {
	id, label string
	attrs     string // the node's other DOT attributes
	fontsize  float64
}

// legendItems lists the lines of the legend of g at scale s: a heading, the
// types of g's entities in the page's order (others after, sorted), the
// centre's mark with About.Ego, and what sizes and widths mean.
func (r Render) legendItems(g *graphstore.Graph, s float64) []legendItem {
	seen := map[extract.Type]bool{}
	for _, n := range g.Nodes() {
		seen[n.Type] = true
	}
	if len(seen) == 0 {
		return nil
	}
	types := slices.DeleteFunc(slices.Clone(typeOrder), func(t extract.Type) bool { return !seen[t] })
	var others []extract.Type
	for t := range seen {
		if !slices.Contains(typeOrder, t) {
			others = append(others, t)
		}
	}
	slices.Sort(others)
	types = append(types, others...)
	shape := fmt.Sprintf("fixedsize=true, width=%s, height=%s", ftoa(round2(1.6*s)), ftoa(round2(0.42*s)))
	items := []legendItem{{id: "legend:heading", label: "Types", attrs: "shape=plaintext, style=solid", fontsize: 16 * s}}
	for _, t := range types {
		st := styleOf(t)
		name := typeNames[t]
		if name == "" {
			name = string(t)
		}
		items = append(items, legendItem{id: "legend:" + string(t), label: name, fontsize: 13 * s,
			attrs: fmt.Sprintf("shape=%s, style=filled, fillcolor=%q, %s", st.shape, st.hex(), shape)})
	}
	size := "size: mentions"
	if r.Ego != "" {
		if c, err := g.Lookup(r.Ego); err == nil {
			items = append(items, legendItem{id: "legend:ego", label: "centre", fontsize: 13 * s,
				attrs: fmt.Sprintf(`shape=ellipse, style=filled, fillcolor="#FFFFFF", penwidth=5, color="#000000", %s`, shape)})
			size = "size: articles with " + c.Label
		}
	}
	items = append(items, legendItem{id: "legend:size", label: size + "\nline width: articles", attrs: "shape=plaintext, style=solid", fontsize: 12 * s})
	return items
}

// withLegend returns the laid-out DOT with the title and the legend added,
// the legend in a column right of the drawing, everything sized for the
// drawing's size, and the layout engine set to neato, which with -n2 draws
// the nodes and edges where they are.
func (r Render) withLegend(laid []byte, g *graphstore.Graph) ([]byte, error) {
	bb, err := boundingBox(laid)
	if err != nil {
		return nil, err
	}
	body, ok := bytes.CutSuffix(bytes.TrimRight(laid, " \t\r\n"), []byte("}"))
	if !ok {
		return nil, errors.New("layout not closed with }")
	}
	// Fonts grow with the drawing, so the legend and the title read at the
	// size the whole picture is shown.
	s := min(max(math.Max(bb.urx-bb.llx, bb.ury-bb.lly)/1000, 1), 8)
	var b bytes.Buffer
	b.Write(body)
	title := r.title() + "\n" + r.subtitle(g)
	fmt.Fprintf(&b, "\tgraph [layout=neato, label=%s, labelloc=t, fontsize=%s];\n", dotQuote(title), ftoa(round2(20*s)))
	x := bb.urx + 60*s + 0.8*72*s // the column's centre: a gap, then half a shape
	y := bb.ury - 20*s
	for _, it := range r.legendItems(g, s) {
		lines := strings.Count(it.label, "\n") + 1
		y -= it.fontsize * 1.3 * float64(lines) / 2
		fmt.Fprintf(&b, "\t%s [class=legend, label=%s, %s, fontsize=%s, pos=\"%s,%s!\"];\n",
			dotQuote(it.id), dotQuote(it.label), it.attrs, ftoa(round2(it.fontsize)), ftoa(round2(x)), ftoa(round2(y)))
		y -= it.fontsize*1.3*float64(lines)/2 + 14*s
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}
