package export

import (
	"bufio"
	"io"
	"strconv"
	"time"

	"github.com/nergraph/nergraph/graphstore"
)

func init() { register("gexf", GEXF{}, ".gexf") }

// GEXF writes the graph as GEXF 1.3 (http://gexf.net/1.3), Gephi's format,
// also read by Gephi Lite and sigma.js (graphology-gexf) and networkx 3.
//
// Node ids are the entity ids and labels their names. Nodes carry the
// attributes type, iso, mentions, articles, sources and aliases (a JSON
// array of names), a viz:color by type (as r, g, b, which every reader
// accepts) and a viz:size by mentions, so Gephi shows a readable picture at
// once. Edges carry weight (articles), sentences, npmi and articles (a JSON
// array of article ids). When articles have dates, the graph is dynamic:
// each node and edge has a start and an end, its first and last article
// date, so Gephi's timeline can play the graph over time. The graph's
// timeformat is "date"; the times are dates (2006-01-02) when every one is
// a UTC midnight, else UTC date-times (2006-01-02T15:04:05Z), which Gephi
// and networkx read under that timeformat too.
type GEXF struct{}

type gexfAttr struct{ id, typ string }

var (
	gexfNodeAttrs = []gexfAttr{{"type", "string"}, {"iso", "string"}, {"mentions", "integer"},
		{"articles", "integer"}, {"sources", "integer"}, {"aliases", "string"}}
	gexfEdgeAttrs = []gexfAttr{{"sentences", "integer"}, {"npmi", "double"}, {"articles", "string"}}
)

// span is the time from the first to the last article of an edge.
type span struct{ start, end time.Time }

// gexfSpans returns the span of each edge, from the dates of its articles,
// and every start and end of an edge or a node, zero ones included.
func gexfSpans(g *graphstore.Graph) ([]span, []time.Time) {
	dates := map[string]time.Time{}
	for _, a := range g.Articles() {
		if !a.Date.IsZero() {
			dates[a.ID] = a.Date
		}
	}
	spans := make([]span, g.NumEdges())
	var all []time.Time
	for i, e := range g.Edges() {
		for _, id := range e.Articles {
			d, ok := dates[id]
			if !ok {
				continue
			}
			if spans[i].start.IsZero() || d.Before(spans[i].start) {
				spans[i].start = d
			}
			if spans[i].end.IsZero() || d.After(spans[i].end) {
				spans[i].end = d
			}
		}
		all = append(all, spans[i].start, spans[i].end)
	}
	for _, n := range g.Nodes() {
		all = append(all, n.First, n.Last)
	}
	return spans, all
}

// Write writes g to w. It does not close w and returns the first write error.
func (GEXF) Write(w io.Writer, g *graphstore.Graph) error {
	spans, all := gexfSpans(g)
	// timeformat is "date" even when some times have a time of day, which
	// are then written as xsd:dateTime: the schema takes either for any
	// timeformat, Gephi parses both with one ISO parser, and networkx (3.6
	// and before) reads "date" as text but fails on "dateTime" (KeyError).
	gw := gexfWriter{x: xmlWriter{bufio.NewWriter(w)}, timeformat: "date", layout: time.DateOnly}
	if !dateOnly(all...) {
		gw.layout = time.RFC3339Nano
	}
	dynamic := false
	for _, t := range all {
		dynamic = dynamic || !t.IsZero()
	}
	gw.header(dynamic)
	gw.nodes(g)
	gw.edges(g, spans)
	gw.x.WriteString("  </graph>\n</gexf>\n")
	return gw.x.Flush()
}

// gexfWriter writes the parts of a GEXF file; like its bufio.Writer, it
// keeps the first error, which Flush returns.
type gexfWriter struct {
	x                  xmlWriter
	timeformat, layout string // of the start and end of a dynamic graph
}

// times writes the start and end attributes of a node or an edge, when it
// has dates.
func (gw gexfWriter) times(start, end time.Time) {
	if !start.IsZero() {
		gw.x.attr("start", start.UTC().Format(gw.layout))
		gw.x.attr("end", end.UTC().Format(gw.layout))
	}
}

// attvalue writes one attribute value of a node or an edge.
func (gw gexfWriter) attvalue(id, value string) {
	gw.x.WriteString(`          <attvalue for="` + id + `"`)
	gw.x.attr("value", value)
	gw.x.WriteString("/>\n")
}

// header writes everything before the nodes: the XML declaration, the
// meta element, the graph element and the attribute declarations.
func (gw gexfWriter) header(dynamic bool) {
	x := gw.x
	x.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.WriteString(`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">` + "\n")
	x.WriteString("  <meta>\n    <creator>nergraph</creator>\n" +
		"    <description>Entities mentioned together in news articles; edge weight: articles that mention both</description>\n  </meta>\n")
	x.WriteString(`  <graph defaultedgetype="undirected"`)
	if dynamic {
		x.attr("mode", "dynamic")
		x.attr("timeformat", gw.timeformat)
	}
	x.WriteString(">\n")
	for _, class := range []struct {
		name  string
		attrs []gexfAttr
	}{{"node", gexfNodeAttrs}, {"edge", gexfEdgeAttrs}} {
		x.WriteString(`    <attributes class="` + class.name + `" mode="static">` + "\n")
		for _, a := range class.attrs {
			x.WriteString(`      <attribute id="` + a.id + `" title="` + a.id + `" type="` + a.typ + `"/>` + "\n")
		}
		x.WriteString("    </attributes>\n")
	}
}

// nodes writes the nodes element.
func (gw gexfWriter) nodes(g *graphstore.Graph) {
	x := gw.x
	x.WriteString(`    <nodes count="` + strconv.Itoa(g.NumNodes()) + `">` + "\n")
	for _, n := range g.Nodes() {
		x.WriteString("      <node")
		x.attr("id", n.ID)
		x.attr("label", n.Label)
		gw.times(n.First, n.Last)
		x.WriteString(">\n        <attvalues>\n")
		gw.attvalue("type", string(n.Type))
		if n.ISO != "" {
			gw.attvalue("iso", n.ISO)
		}
		gw.attvalue("mentions", strconv.Itoa(n.Mentions))
		gw.attvalue("articles", strconv.Itoa(n.Articles))
		gw.attvalue("sources", strconv.Itoa(n.Sources))
		gw.attvalue("aliases", jsonList(aliasNames(n)))
		x.WriteString("        </attvalues>\n")
		st := styleOf(n.Type)
		x.WriteString(`        <viz:color r="` + strconv.Itoa(int(st.r)) + `" g="` + strconv.Itoa(int(st.g)) + `" b="` + strconv.Itoa(int(st.b)) + `"/>` + "\n")
		x.WriteString(`        <viz:size value="` + ftoa(nodeSize(n.Mentions)) + `"/>` + "\n")
		x.WriteString("      </node>\n")
	}
	x.WriteString("    </nodes>\n")
}

// edges writes the edges element; spans are the edges' times.
func (gw gexfWriter) edges(g *graphstore.Graph, spans []span) {
	x := gw.x
	x.WriteString(`    <edges count="` + strconv.Itoa(g.NumEdges()) + `">` + "\n")
	for i, e := range g.Edges() {
		x.WriteString(`      <edge id="e` + strconv.Itoa(i+1) + `"`)
		x.attr("source", e.Source)
		x.attr("target", e.Target)
		x.attr("weight", strconv.Itoa(e.Weight))
		gw.times(spans[i].start, spans[i].end)
		x.WriteString(">\n        <attvalues>\n")
		gw.attvalue("sentences", strconv.Itoa(e.Sentences))
		gw.attvalue("npmi", ftoa(e.NPMI))
		gw.attvalue("articles", jsonList(e.Articles))
		x.WriteString("        </attvalues>\n      </edge>\n")
	}
	x.WriteString("    </edges>\n")
}
