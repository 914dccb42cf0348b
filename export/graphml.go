package export

import (
	"bufio"
	"io"
	"strconv"

	"github.com/nergraph/nergraph/graphstore"
)

func init() { register("graphml", GraphML{}, ".graphml") }

// GraphML writes the graph as GraphML (http://graphml.graphdrawing.org),
// which yEd, Gephi, networkx, igraph and Cytoscape read. Every attribute has
// a typed <key>: on nodes label, type, iso, mentions, articles, sources,
// aliases (a JSON array of names), first and last (dates), community,
// pagerank, degree, weighted_degree, the colour of the type as r, g and b,
// size (by mentions) and, when the graph is laid out (see [Positions]), x
// and y; on edges weight, sentences, npmi and articles (a JSON array of
// article ids), and for edges whose articles state relations between the
// two, predicate (the top one), predicates (a JSON array of them, the most
// stated first) and relations (a JSON array as in node-link [JSON]). Gephi's
// GraphML import reads x, y, r, g, b and size as the node's position, colour
// and size.
//
// Node ids are the entity ids where they are valid XML NMTOKENs, as the
// GraphML schema requires (person:vladimir-putin is); other characters are
// written as _xHHHH_, and the entity key always holds the id unchanged. All
// text is XML-escaped, so any name reads back unchanged.
//
// Layout, when set (see [Arrange]), is the layout written, which must be
// the graph's; when nil, Write computes the default one.
type GraphML struct {
	Layout *graphstore.Layout
}

func (gm GraphML) with(l *graphstore.Layout) Exporter { gm.Layout = l; return gm }
func (GraphML) autoPositions() bool                   { return true }

type graphmlKey struct {
	id, domain, name, typ string
}

var graphmlKeys = []graphmlKey{
	{"entity", "node", "entity", "string"},
	{"label", "node", "label", "string"},
	{"type", "node", "type", "string"},
	{"iso", "node", "iso", "string"},
	{"mentions", "node", "mentions", "int"},
	{"n_articles", "node", "articles", "int"},
	{"sources", "node", "sources", "int"},
	{"aliases", "node", "aliases", "string"},
	{"first", "node", "first", "string"},
	{"last", "node", "last", "string"},
	{"community", "node", "community", "int"},
	{"pagerank", "node", "pagerank", "double"},
	{"degree", "node", "degree", "int"},
	{"weighted_degree", "node", "weighted_degree", "int"},
	{"r", "node", "r", "int"},
	{"g", "node", "g", "int"},
	{"b", "node", "b", "int"},
	{"size", "node", "size", "double"},
	{"x", "node", "x", "double"}, // x and y only when laid out
	{"y", "node", "y", "double"},
	{"weight", "edge", "weight", "int"},
	{"sentences", "edge", "sentences", "int"},
	{"npmi", "edge", "npmi", "double"},
	{"e_articles", "edge", "articles", "string"},
	{"predicate", "edge", "predicate", "string"},
	{"predicates", "edge", "predicates", "string"},
	{"relations", "edge", "relations", "string"},
}

// Write writes g to w. It does not close w and returns the first write
// error, or before writing an error for a Layout of another graph.
func (gm GraphML) Write(w io.Writer, g *graphstore.Graph) error {
	l, err := layoutOf(gm, g, gm.Layout)
	if err != nil {
		return err
	}
	x := xmlWriter{bufio.NewWriter(w)}
	x.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphmlKeys {
		if (k.id == "x" || k.id == "y") && !l.Positioned {
			continue
		}
		x.WriteString("  <key")
		x.attr("id", k.id)
		x.attr("for", k.domain)
		x.attr("attr.name", k.name)
		x.attr("attr.type", k.typ)
		x.WriteString("/>\n")
	}
	x.WriteString(`  <graph id="nergraph" edgedefault="undirected">` + "\n")
	data := func(key, value string) {
		x.WriteString(`      <data key="`)
		x.WriteString(key)
		x.WriteString(`">`)
		x.esc(value)
		x.WriteString("</data>\n")
	}
	for i, n := range g.Nodes() {
		x.WriteString("    <node")
		x.attr("id", nmtoken(n.ID))
		x.WriteString(">\n")
		data("entity", n.ID)
		data("label", n.Label)
		data("type", string(n.Type))
		if n.ISO != "" {
			data("iso", n.ISO)
		}
		data("mentions", strconv.Itoa(n.Mentions))
		data("n_articles", strconv.Itoa(n.Articles))
		data("sources", strconv.Itoa(n.Sources))
		data("aliases", jsonList(aliasNames(n)))
		if !n.First.IsZero() {
			data("first", formatTime(n.First))
			data("last", formatTime(n.Last))
		}
		graphmlLayout(data, n, l, i)
		x.WriteString("    </node>\n")
	}
	for i, e := range g.Edges() {
		x.WriteString("    <edge")
		x.attr("id", "e"+strconv.Itoa(i+1))
		x.attr("source", nmtoken(e.Source))
		x.attr("target", nmtoken(e.Target))
		x.WriteString(">\n")
		data("weight", strconv.Itoa(e.Weight))
		data("sentences", strconv.Itoa(e.Sentences))
		data("npmi", ftoa(e.NPMI))
		data("e_articles", jsonList(e.Articles))
		if len(e.Relations) > 0 {
			data("predicate", topPredicate(e))
			data("predicates", jsonList(predicateList(e)))
			data("relations", relationsJSON(e))
		}
		x.WriteString("    </edge>\n")
	}
	x.WriteString("  </graph>\n</graphml>\n")
	return x.Flush()
}

// graphmlLayout writes node i's layout and drawing (colour, size and, when
// laid out, position) through data.
func graphmlLayout(data func(key, value string), n graphstore.Node, l *graphstore.Layout, i int) {
	data("community", strconv.Itoa(l.Community[i]))
	data("pagerank", ftoa(l.PageRank[i]))
	data("degree", strconv.Itoa(l.Degree[i]))
	data("weighted_degree", strconv.Itoa(l.WeightedDegree[i]))
	st := styleOf(n.Type)
	data("r", strconv.Itoa(int(st.r)))
	data("g", strconv.Itoa(int(st.g)))
	data("b", strconv.Itoa(int(st.b)))
	data("size", ftoa(nodeSize(n.Mentions)))
	if l.Positioned {
		data("x", ftoa(l.X[i]))
		data("y", ftoa(l.Y[i]))
	}
}
