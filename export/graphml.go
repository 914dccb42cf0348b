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
// aliases (a JSON array of names), first and last (dates); on edges weight,
// sentences, npmi and articles (a JSON array of article ids), and for edges
// whose articles state relations between the two, predicate (the top one),
// predicates (a JSON array of them, the most stated first) and relations (a
// JSON array as in node-link [JSON]).
//
// Node ids are the entity ids where they are valid XML NMTOKENs, as the
// GraphML schema requires (person:vladimir-putin is); other characters are
// written as _xHHHH_, and the entity key always holds the id unchanged. All
// text is XML-escaped, so any name reads back unchanged.
type GraphML struct{}

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
	{"weight", "edge", "weight", "int"},
	{"sentences", "edge", "sentences", "int"},
	{"npmi", "edge", "npmi", "double"},
	{"e_articles", "edge", "articles", "string"},
	{"predicate", "edge", "predicate", "string"},
	{"predicates", "edge", "predicates", "string"},
	{"relations", "edge", "relations", "string"},
}

// Write writes g to w. It does not close w and returns the first write error.
func (GraphML) Write(w io.Writer, g *graphstore.Graph) error {
	x := xmlWriter{bufio.NewWriter(w)}
	x.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphmlKeys {
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
	for _, n := range g.Nodes() {
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
