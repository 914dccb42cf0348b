package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/nergraph/nergraph/graphstore"
)

func init() { register("dot", DOT{}, ".dot", ".gv") }

// DOT writes the graph in Graphviz's DOT language as an undirected graph with
// each edge once. Nodes get short ids (n1, n2, ... in the order of their
// entity ids) so no name can break the syntax; the entity id is the node's id
// attribute and its name the label. Nodes are shaped and coloured by type and
// sized by mentions, edges drawn wider for more articles. The graph asks for
// the sfdp layout, which stays readable for a few hundred nodes.
//
// Extra attributes carry the data: type, iso, mentions, articles, sources,
// aliases (a JSON array), first and last on nodes; weight, sentences, npmi and
// articles (a JSON array of article ids) on edges. Every string is written as
// a Graphviz escString: backslash, quote, newline and carriage return are
// escaped, so the label shows the name and [UnescapeDOT] gives it back.
// Characters that SVG (XML) cannot hold, such as control characters and
// U+FFFE, become U+FFFD.
type DOT struct{}

// Write writes g to w. It does not close w and returns the first write error.
func (DOT) Write(w io.Writer, g *graphstore.Graph) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// nergraph: %d entities, %d links\n", g.NumNodes(), g.NumEdges())
	bw.WriteString("graph nergraph {\n")
	bw.WriteString("\tgraph [layout=sfdp, overlap=prism, outputorder=edgesfirst, splines=false, fontname=\"Helvetica\"];\n")
	bw.WriteString("\tnode [style=filled, fontname=\"Helvetica\", penwidth=0.5];\n")
	bw.WriteString("\tedge [color=\"#66666680\"];\n")
	short := make(map[string]string, g.NumNodes())
	for i, n := range g.Nodes() {
		id := dotID(i)
		short[n.ID] = id
		st := styleOf(n.Type)
		fmt.Fprintf(bw, "\t%s [id=%s, label=%s, shape=%s, fillcolor=%q, fontsize=%s, type=%s",
			id, dotQuote(n.ID), dotQuote(n.Label), st.shape, st.hex(), ftoa(nodeSize(n.Mentions)), dotQuote(string(n.Type)))
		if n.ISO != "" {
			fmt.Fprintf(bw, ", iso=%s", dotQuote(n.ISO))
		}
		fmt.Fprintf(bw, ", mentions=%d, articles=%d, sources=%d, aliases=%s", n.Mentions, n.Articles, n.Sources, dotQuote(jsonList(aliasNames(n))))
		if !n.First.IsZero() {
			fmt.Fprintf(bw, ", first=%s, last=%s", dotQuote(formatTime(n.First)), dotQuote(formatTime(n.Last)))
		}
		bw.WriteString("];\n")
	}
	for _, e := range g.Edges() {
		fmt.Fprintf(bw, "\t%s -- %s [weight=%d, penwidth=%s, sentences=%d, npmi=%s, articles=%s];\n",
			short[e.Source], short[e.Target], e.Weight, ftoa(penWidth(e.Weight)), e.Sentences, ftoa(e.NPMI), dotQuote(jsonList(e.Articles)))
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// dotID is the DOT id of the i-th node of a graph, in the order of
// Graph.Nodes.
func dotID(i int) string { return "n" + strconv.Itoa(i+1) }

// dotQuote returns s as a quoted DOT string holding a Graphviz escString
// that displays as s. Characters XML forbids become U+FFFD, as they would
// in GEXF or GraphML: Graphviz copies labels into SVG as they are, and one
// such character makes the whole picture invalid.
func dotQuote(s string) string {
	s = xmlClean(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// UnescapeDOT returns the string that an attribute value written by [DOT]
// stands for, given the value as Graphviz parsed it (with \" already
// unquoted, as "dot -Tjson" prints it).
func UnescapeDOT(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
