package export

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/nergraph/nergraph/graphstore"
)

// Positions says when a written graph carries node positions. Communities
// and centrality are always written: they cost little. Positions cost more
// (a ForceAtlas2 layout, about 45 µs of CPU per node), so by default only
// the formats that people open in a viewer get them.
type Positions int

const (
	// PositionsAuto lays the graph out for the formats that Gephi,
	// Cytoscape and a browser open (gexf, graphml, cyjs and html) when it
	// has at most AutoPositionsMax nodes; html always, since the page
	// draws the positions. json, dot, csv and neo4j get none.
	PositionsAuto Positions = iota
	// PositionsOn lays the graph out for every format that has
	// attributes, whatever its size.
	PositionsOn
	// PositionsOff writes no positions. [Arrange] refuses it for html.
	PositionsOff
)

// AutoPositionsMax is the largest graph [PositionsAuto] lays out, in
// nodes: about 2.5 s of CPU for the layout at that size (some 50 µs a
// node; 2.2 s on the 39,060 entities of Reuters+BBC).
const AutoPositionsMax = 50_000

// ParsePositions reads "auto", "on" or "off".
func ParsePositions(s string) (Positions, error) {
	for p, name := range positionNames {
		if strings.EqualFold(s, name) {
			return Positions(p), nil
		}
	}
	return 0, fmt.Errorf("layout %q: want auto, on or off", s)
}

var positionNames = []string{"auto", "on", "off"}

// String returns "auto", "on" or "off".
func (p Positions) String() string {
	if p < 0 || int(p) >= len(positionNames) {
		return fmt.Sprintf("Positions(%d)", int(p))
	}
	return positionNames[p]
}

// ErrPagePositions is returned by [Arrange] when html is asked for no
// positions: the page is a drawing of them.
var ErrPagePositions = errors.New("html draws the layout: it needs positions")

// arranged is an exporter that writes a layout.
type arranged interface {
	Exporter
	// with returns the exporter with l as the layout it writes.
	with(l *graphstore.Layout) Exporter
	// autoPositions reports whether PositionsAuto lays the graph out for
	// the format (when the graph is small enough).
	autoPositions() bool
}

// Arrange returns ex ready to write g: with the layout of g computed once
// (communities, degree, weighted degree and PageRank, and positions when p
// says so for ex's format), honouring ctx. Writing g through the result
// writes that layout; writing another graph fails. Formats that write no
// layout (svg, png) come back unchanged.
//
// Skipped reports that p is [PositionsAuto], ex's format would be laid out
// and g has more than [AutoPositionsMax] nodes, so positions were left out.
// Arrange returns ctx.Err() when ctx is cancelled, and [ErrPagePositions]
// for html with [PositionsOff].
func Arrange(ctx context.Context, ex Exporter, g *graphstore.Graph, p Positions) (_ Exporter, skipped bool, err error) {
	a, ok := ex.(arranged)
	if !ok {
		return ex, false, nil
	}
	if _, page := ex.(HTML); page && p == PositionsOff {
		return nil, false, ErrPagePositions
	}
	positions, skipped := wantsPositions(a, p, g.NumNodes())
	l, err := g.Layout(ctx, graphstore.LayoutOptions{Positions: positions})
	if err != nil {
		return nil, false, err
	}
	return a.with(l), skipped, nil
}

// wantsPositions reports whether ex's format gets positions under p for a
// graph of n nodes, and whether auto left them out because of its size.
// The page always gets them: it is a drawing of them.
func wantsPositions(ex arranged, p Positions, n int) (positions, skipped bool) {
	_, page := ex.(HTML)
	switch {
	case page || p == PositionsOn:
		return true, false
	case p == PositionsAuto && ex.autoPositions():
		return n <= AutoPositionsMax, n > AutoPositionsMax
	}
	return false, false
}

// layoutOf returns the layout an exporter writes for g: its own, which
// must be g's, or, when it has none, the one [Arrange] gives it with
// [PositionsAuto] (computed without a context to cancel it).
func layoutOf(ex arranged, g *graphstore.Graph, l *graphstore.Layout) (*graphstore.Layout, error) {
	if l != nil {
		if !l.Of(g) {
			return nil, errors.New("export: the layout given is not of the graph written")
		}
		return l, nil
	}
	positions, _ := wantsPositions(ex, PositionsAuto, g.NumNodes())
	return g.Layout(context.Background(), graphstore.LayoutOptions{Positions: positions})
}
