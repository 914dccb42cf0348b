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
// array of article ids) and, when the articles state relations between the
// two, predicate (the top one), predicates (a JSON array of them, the most
// stated first) and relations (a JSON array as in node-link [JSON]). When
// articles have dates, the graph is dynamic: each node and edge has a start
// and an end, its first and last article date, so Gephi's timeline can play
// the graph over time.
type GEXF struct{}

type gexfAttr struct{ id, typ string }

var (
	gexfNodeAttrs = []gexfAttr{{"type", "string"}, {"iso", "string"}, {"mentions", "integer"},
		{"articles", "integer"}, {"sources", "integer"}, {"aliases", "string"}}
	gexfEdgeAttrs = []gexfAttr{{"sentences", "integer"}, {"npmi", "double"}, {"articles", "string"},
		{"predicate", "string"}, {"predicates", "string"}, {"relations", "string"}}
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
	x := xmlWriter{bufio.NewWriter(w)}

	spans, all := gexfSpans(g)
	dynamic := false
	for _, t := range all {
		dynamic = dynamic || !t.IsZero()
	}
	timeformat, layout := "date", time.DateOnly
	if !dateOnly(all...) {
		timeformat, layout = "dateTime", time.RFC3339Nano
	}
	times := func(start, end time.Time) {
		if !start.IsZero() {
			x.attr("start", start.UTC().Format(layout))
			x.attr("end", end.UTC().Format(layout))
		}
	}

	x.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.WriteString(`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">` + "\n")
	x.WriteString("  <meta>\n    <creator>nergraph</creator>\n" +
		"    <description>Entities mentioned together in news articles; edge weight: articles that mention both</description>\n  </meta>\n")
	x.WriteString(`  <graph defaultedgetype="undirected"`)
	if dynamic {
		x.attr("mode", "dynamic")
		x.attr("timeformat", timeformat)
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
	attvalue := func(id, value string) {
		x.WriteString(`          <attvalue for="` + id + `"`)
		x.attr("value", value)
		x.WriteString("/>\n")
	}

	x.WriteString(`    <nodes count="` + strconv.Itoa(g.NumNodes()) + `">` + "\n")
	for _, n := range g.Nodes() {
		x.WriteString("      <node")
		x.attr("id", n.ID)
		x.attr("label", n.Label)
		times(n.First, n.Last)
		x.WriteString(">\n        <attvalues>\n")
		attvalue("type", string(n.Type))
		if n.ISO != "" {
			attvalue("iso", n.ISO)
		}
		attvalue("mentions", strconv.Itoa(n.Mentions))
		attvalue("articles", strconv.Itoa(n.Articles))
		attvalue("sources", strconv.Itoa(n.Sources))
		attvalue("aliases", jsonList(aliasNames(n)))
		x.WriteString("        </attvalues>\n")
		st := styleOf(n.Type)
		x.WriteString(`        <viz:color r="` + strconv.Itoa(int(st.r)) + `" g="` + strconv.Itoa(int(st.g)) + `" b="` + strconv.Itoa(int(st.b)) + `"/>` + "\n")
		x.WriteString(`        <viz:size value="` + ftoa(nodeSize(n.Mentions)) + `"/>` + "\n")
		x.WriteString("      </node>\n")
	}
	x.WriteString("    </nodes>\n")

	x.WriteString(`    <edges count="` + strconv.Itoa(g.NumEdges()) + `">` + "\n")
	for i, e := range g.Edges() {
		x.WriteString(`      <edge id="e` + strconv.Itoa(i+1) + `"`)
		x.attr("source", e.Source)
		x.attr("target", e.Target)
		x.attr("weight", strconv.Itoa(e.Weight))
		times(spans[i].start, spans[i].end)
		x.WriteString(">\n        <attvalues>\n")
		attvalue("sentences", strconv.Itoa(e.Sentences))
		attvalue("npmi", ftoa(e.NPMI))
		attvalue("articles", jsonList(e.Articles))
		if len(e.Relations) > 0 {
			attvalue("predicate", topPredicate(e))
			attvalue("predicates", jsonList(predicateList(e)))
			attvalue("relations", relationsJSON(e))
		}
		x.WriteString("        </attvalues>\n      </edge>\n")
	}
	x.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return x.Flush()
}
