package export

import (
	"bufio"
	"encoding/json"
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
//	            "aliases": [{"name", "count"}], "first", "last"}],
//	 "links": [{"source", "target", "weight", "sentences", "npmi", "articles": [ids]}]}
//
// Empty iso, first and last are left out. Nodes are sorted by id, links by
// source and target, one line each.
type JSON struct{}

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
}

// newJSONLink is the JSON form of an edge, shared with Cytoscape JSON.
func newJSONLink(e graphstore.Edge) jsonLink {
	return jsonLink{Source: e.Source, Target: e.Target, Weight: e.Weight, Sentences: e.Sentences, NPMI: e.NPMI, Articles: nonNil(e.Articles)}
}

// Write writes g to w. It does not close w and returns the first write error.
func (JSON) Write(w io.Writer, g *graphstore.Graph) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	// Written piecewise so that each node and link is one line: diffable,
	// and greppable, yet still one JSON document.
	bw.WriteString(`{"directed": false, "multigraph": false, "graph": `)
	meta := jsonMeta{Name: "nergraph", Articles: []jsonArticle{}}
	for _, a := range g.Articles() {
		meta.Articles = append(meta.Articles, jsonArticle{ID: a.ID, Title: a.Title, Date: formatTime(a.Date), Source: a.Source, URL: a.URL})
	}
	if err := enc.Encode(meta); err != nil {
		return err
	}
	bw.WriteString(`, "nodes": [`)
	for i, n := range g.Nodes() {
		if i > 0 {
			bw.WriteString(",")
		}
		jn := jsonNode{ID: n.ID, Label: n.Label, Type: string(n.Type), ISO: n.ISO, Mentions: n.Mentions,
			Articles: n.Articles, Sources: n.Sources, Aliases: []jsonAlias{}, First: formatTime(n.First), Last: formatTime(n.Last)}
		for _, a := range n.Aliases {
			jn.Aliases = append(jn.Aliases, jsonAlias{Name: a.Name, Count: a.Count})
		}
		if err := enc.Encode(jn); err != nil {
			return err
		}
	}
	bw.WriteString(`], "links": [`)
	for i, e := range g.Edges() {
		if i > 0 {
			bw.WriteString(",")
		}
		if err := enc.Encode(newJSONLink(e)); err != nil {
			return err
		}
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}
