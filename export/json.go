package export

import (
	"bufio"
	"bytes"
	"io"

	"github.com/nergraph/nergraph/graphstore"
)

func init() { register("json", JSON{}, ".json") }

// JSON writes the graph in the node-link form that D3 and networkx read as is
// (networkx: json_graph.node_link_graph(data, edges="links") in networkx 3.4
// and later, node_link_graph(data) before):
//
//	{"directed": false, "multigraph": false,
//	 "graph": {"name": "nergraph", "articles": [{"id", "title", "date", ...}]},
//	 "nodes": [{"id", "label", "type", "iso", "mentions", "articles", "sources",
//	            "aliases": [{"name", "count"}], "first", "last",
//	            "community", "pagerank", "degree", "weighted_degree", "x", "y"}],
//	 "links": [{"source", "target", "weight", "sentences", "npmi", "articles": [ids],
//	            "predicate", "relations": [{"predicate", "source", "target", "count",
//	                                        "articles": [ids], "negated", "symmetric", "role",
//	                                        "evidence": {"article", "sentence"}}]}]}
//
// A link's relations are what its articles say one entity did to the other
// ([graphstore.LinkRelation]), the most stated first, from source (subject)
// to target (object); predicate is the top one's ("not meet with" when only
// negated ones are stated). Both are left out of a link without relations,
// as are false flags. Empty iso, first and last are left out, and so are x
// and y when the graph is not laid out (see [Positions]: by default JSON is
// not). Nodes are sorted by id, links by source and target, one line each.
//
// Layout, when set (see [Arrange]), is the layout written, which must be
// the graph's; when nil, Write computes the default one.
type JSON struct {
	Layout *graphstore.Layout
}

type jsonMeta struct {
	Name     string        `json:"name"`
	Articles []jsonArticle `json:"articles"`
}

type jsonArticle struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
}

type jsonNode struct {
	ID       string      `json:"id"`
	Label    string      `json:"label"`
	Type     string      `json:"type"`
	ISO      string      `json:"iso,omitempty"`
	Mentions int         `json:"mentions"`
	Articles int         `json:"articles"`
	Sources  int         `json:"sources"`
	Aliases  []jsonAlias `json:"aliases"`
	First    string      `json:"first,omitempty"`
	Last     string      `json:"last,omitempty"`
	nodeLayout
}

// nodeLayout is the layout of a node as the JSON formats write it.
type nodeLayout struct {
	Community      int      `json:"community"`
	PageRank       float64  `json:"pagerank"`
	Degree         int      `json:"degree"`
	WeightedDegree int      `json:"weighted_degree"`
	X              *float64 `json:"x,omitempty"`
	Y              *float64 `json:"y,omitempty"`
}

// nodeLayoutOf is node i's part of l, with x and y when l has positions.
func nodeLayoutOf(l *graphstore.Layout, i int) nodeLayout {
	nl := nodeLayout{Community: l.Community[i], PageRank: l.PageRank[i], Degree: l.Degree[i], WeightedDegree: l.WeightedDegree[i]}
	if l.Positioned {
		nl.X, nl.Y = &l.X[i], &l.Y[i]
	}
	return nl
}

type jsonAlias struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

type jsonLink struct {
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Weight    int      `json:"weight"`
	Sentences int      `json:"sentences"`
	NPMI      float64  `json:"npmi"`
	Articles  []string `json:"articles"`
	Predicate string   `json:"predicate,omitempty"`
	// Relations are what the articles say one did to the other.
	Relations []jsonRelation `json:"relations,omitempty"`
}

// writeJSONMeta writes the graph's attributes as a json.Encoder writes a
// jsonMeta of every article, newline included, an article at a time: the
// encoder would hold the whole list and its encoding, as large as the
// output's nodes and links together (issue 15: 60 MB of a 16× AG News
// build's peak, in slices grown by doubling).
func writeJSONMeta(bw *bufio.Writer, g *graphstore.Graph) error {
	var buf bytes.Buffer
	enc := newEncoder(&buf)
	bw.WriteString(`{"name":"nergraph","articles":[`)
	sep := ""
	for a := range g.EachArticle() {
		buf.Reset()
		if err := enc.Encode(jsonArticle{ID: a.ID, Title: a.Title, Date: formatTime(a.Date), Source: a.Source, URL: a.URL}); err != nil {
			return err
		}
		bw.WriteString(sep)
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		sep = ","
	}
	_, err := bw.WriteString("]}\n")
	return err
}

// newJSONLink is the JSON form of an edge, shared with Cytoscape JSON.
func newJSONLink(e graphstore.Edge) jsonLink {
	return jsonLink{Source: e.Source, Target: e.Target, Weight: e.Weight, Sentences: e.Sentences, NPMI: e.NPMI, Articles: nonNil(e.Articles),
		Predicate: topPredicate(e), Relations: jsonRelations(e.Relations)}
}

func (j JSON) with(l *graphstore.Layout) Exporter { j.Layout = l; return j }
func (JSON) autoPositions() bool                  { return false }

// Write writes g to w. It does not close w and returns the first write
// error, or before writing an error for a Layout of another graph.
func (j JSON) Write(w io.Writer, g *graphstore.Graph) error {
	l, err := layoutOf(j, g, j.Layout)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	// Written piecewise so that each node and link is one line: diffable,
	// and greppable, yet still one JSON document.
	bw.WriteString(`{"directed": false, "multigraph": false, "graph": `)
	if err := writeJSONMeta(bw, g); err != nil {
		return err
	}
	bw.WriteString(`, "nodes": [`)
	if err := encodeAll(bw, g.Nodes(), ",", "", "", func(i int, n graphstore.Node) any {
		jn := jsonNode{ID: n.ID, Label: n.Label, Type: string(n.Type), ISO: n.ISO, Mentions: n.Mentions,
			Articles: n.Articles, Sources: n.Sources, Aliases: make([]jsonAlias, 0, len(n.Aliases)), First: formatTime(n.First),
			Last: formatTime(n.Last), nodeLayout: nodeLayoutOf(l, i)}
		for _, a := range n.Aliases {
			jn.Aliases = append(jn.Aliases, jsonAlias{Name: a.Name, Count: a.Count})
		}
		return jn
	}); err != nil {
		return err
	}
	bw.WriteString(`], "links": [`)
	if err := encodeAll(bw, g.Edges(), ",", "", "", func(_ int, e graphstore.Edge) any { return newJSONLink(e) }); err != nil {
		return err
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}
