package export

import (
	"bufio"
	"io"
	"strconv"

	"github.com/nergraph/nergraph/graphstore"
)

func init() { register("cyjs", Cytoscape{}, ".cyjs") }

// Cytoscape writes the graph as Cytoscape JSON (.cyjs), which Cytoscape
// desktop imports (File → Import → Network from File) and Cytoscape.js loads
// with cy.json(data); networkx reads it with json_graph.cytoscape_graph:
//
//	{"format_version": "1.0", "generated_by": "nergraph", "target_cytoscapejs_version": "~3.0",
//	 "data": {"name": "nergraph"}, "directed": false, "multigraph": false,
//	 "elements": {
//	   "nodes": [{"data": {"id", "value", "name", "type", "iso", "mentions", "articles",
//	                       "sources", "aliases": [names], "first", "last", "color", "shape", "size",
//	                       "community", "pagerank", "degree", "weighted_degree"},
//	              "position": {"x", "y"}}],
//	   "edges": [{"data": {"id", "source", "target", "weight", "sentences", "npmi", "articles": [ids],
//	                       "predicate", "relations": [...]}}]}}
//
// An edge's predicate and relations are those of node-link [JSON]: a style
// such as label: data(predicate) draws the top relation on the edge.
//
// value repeats id for networkx; name is the label. color, shape and size
// are ready for a Cytoscape.js style such as background-color: data(color).
// position, when the graph is laid out (see [Positions]), is where
// Cytoscape desktop and cy.json place the node: the layout's x and y, with
// y negated because Cytoscape's y grows downwards, so that the drawing is
// the one Gephi and the page show.
//
// Layout, when set (see [Arrange]), is the layout written, which must be
// the graph's; when nil, Write computes the default one.
type Cytoscape struct {
	Layout *graphstore.Layout
}

type cyNode struct {
	ID       string   `json:"id"`
	Value    string   `json:"value"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	ISO      string   `json:"iso,omitempty"`
	Mentions int      `json:"mentions"`
	Articles int      `json:"articles"`
	Sources  int      `json:"sources"`
	Aliases  []string `json:"aliases"`
	First    string   `json:"first,omitempty"`
	Last     string   `json:"last,omitempty"`
	Color    string   `json:"color"`
	Shape    string   `json:"shape"`
	Size     float64  `json:"size"`
	nodeLayout
}

// cyElement is a node element: its data and, when laid out, its position.
type cyElement struct {
	Data     cyNode      `json:"data"`
	Position *cyPosition `json:"position,omitempty"`
}

type cyPosition struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

type cyEdge struct {
	ID string `json:"id"`
	jsonLink
}

func (c Cytoscape) with(l *graphstore.Layout) Exporter { c.Layout = l; return c }
func (Cytoscape) autoPositions() bool                  { return true }

// Write writes g to w. It does not close w and returns the first write
// error, or before writing an error for a Layout of another graph.
func (c Cytoscape) Write(w io.Writer, g *graphstore.Graph) error {
	l, err := layoutOf(c, g, c.Layout)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"format_version": "1.0", "generated_by": "nergraph", "target_cytoscapejs_version": "~3.0",` + "\n" +
		` "data": {"name": "nergraph"}, "directed": false, "multigraph": false,` + "\n" +
		` "elements": {"nodes": [`)
	if err := encodeAll(bw, g.Nodes(), ",", "", "", func(i int, n graphstore.Node) any {
		st := styleOf(n.Type)
		el := cyElement{Data: cyNode{ID: n.ID, Value: n.ID, Name: n.Label, Type: string(n.Type), ISO: n.ISO,
			Mentions: n.Mentions, Articles: n.Articles, Sources: n.Sources, Aliases: nonNil(aliasNames(n)),
			First: formatTime(n.First), Last: formatTime(n.Last), Color: st.hex(), Shape: st.cyShape, Size: nodeSize(n.Mentions),
			nodeLayout: nodeLayoutOf(l, i)}}
		el.Data.X, el.Data.Y = nil, nil // in position, not in data
		if l.Positioned {
			el.Position = &cyPosition{X: l.X[i], Y: flip(l.Y[i])}
		}
		return el
	}); err != nil {
		return err
	}
	bw.WriteString("],\n \"edges\": [")
	if err := encodeAll(bw, g.Edges(), ",", `{"data": `, "}", func(i int, e graphstore.Edge) any {
		return cyEdge{ID: "e" + strconv.Itoa(i+1), jsonLink: newJSONLink(e)}
	}); err != nil {
		return err
	}
	bw.WriteString("]}}\n")
	return bw.Flush()
}

// flip returns -y, never -0: a y for a drawing whose y grows downwards.
func flip(y float64) float64 {
	if y == 0 {
		return 0
	}
	return -y
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
