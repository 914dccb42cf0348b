package export

import (
	"bufio"
	"encoding/json"
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
//	                       "sources", "aliases": [names], "first", "last", "color", "shape", "size"}}],
//	   "edges": [{"data": {"id", "source", "target", "weight", "sentences", "npmi", "articles": [ids],
//	                       "predicate", "relations": [...]}}]}}
//
// An edge's predicate and relations are those of node-link [JSON]: a style
// such as label: data(predicate) draws the top relation on the edge.
//
// value repeats id for networkx; name is the label. color, shape and size
// are ready for a Cytoscape.js style such as background-color: data(color).
type Cytoscape struct{}

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
}

type cyEdge struct {
	ID string `json:"id"`
	jsonLink
}

// Write writes g to w. It does not close w and returns the first write error.
func (Cytoscape) Write(w io.Writer, g *graphstore.Graph) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	bw.WriteString(`{"format_version": "1.0", "generated_by": "nergraph", "target_cytoscapejs_version": "~3.0",` + "\n" +
		` "data": {"name": "nergraph"}, "directed": false, "multigraph": false,` + "\n" +
		` "elements": {"nodes": [`)
	for i, n := range g.Nodes() {
		if i > 0 {
			bw.WriteString(",")
		}
		st := styleOf(n.Type)
		bw.WriteString(`{"data": `)
		if err := enc.Encode(cyNode{ID: n.ID, Value: n.ID, Name: n.Label, Type: string(n.Type), ISO: n.ISO,
			Mentions: n.Mentions, Articles: n.Articles, Sources: n.Sources, Aliases: nonNil(aliasNames(n)),
			First: formatTime(n.First), Last: formatTime(n.Last), Color: st.hex(), Shape: st.cyShape, Size: nodeSize(n.Mentions)}); err != nil {
			return err
		}
		bw.WriteString("}")
	}
	bw.WriteString("],\n \"edges\": [")
	for i, e := range g.Edges() {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString(`{"data": `)
		if err := enc.Encode(cyEdge{ID: "e" + strconv.Itoa(i+1), jsonLink: newJSONLink(e)}); err != nil {
			return err
		}
		bw.WriteString("}")
	}
	bw.WriteString("]}}\n")
	return bw.Flush()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
