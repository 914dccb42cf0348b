// Package export writes a [graphstore.Graph] in the formats people and
// analysts' tools read. Each format is a small [Exporter] in a file of its own,
// looked up by name with [Lookup] or by file extension with [ForPath].
//
// Every exporter writes the same bytes for the same graph, escapes names for
// its format, never closes the writer and returns the first write error.
//
// # Formats
//
//   - dot ([DOT]): Graphviz; nodes shaped and coloured by type, edges wider
//     for more articles, laid out with sfdp.
//   - json ([JSON]): node-link JSON for D3 and networkx (with "links").
//   - gexf ([GEXF]): GEXF 1.3 for Gephi, Gephi Lite and sigma.js, with
//     colours, sizes and, when articles are dated, a timeline.
//   - graphml ([GraphML]): typed keys for yEd, Gephi, networkx, igraph and
//     Cytoscape.
//   - cyjs ([Cytoscape]): Cytoscape desktop and Cytoscape.js.
//   - csv and neo4j ([CSV]): nodes.csv and edges.csv with neo4j-admin import
//     headers; csv guards spreadsheet formulas, neo4j keeps cells exact.
//     These are a [DirExporter]: several files.
//   - svg and png ([Render]): pictures drawn by Graphviz, which must be
//     installed, with a title and a legend of the types drawn.
//   - html ([HTML]): one interactive page that opens offline (package
//     viewer).
//
// [About] says what a graph shows (its corpus, filters and ego) to the
// formats that print it, the page and the pictures; [Describe] hands it to
// an exporter looked up by name.
//
// Nodes carry the entity's id, name (label), type, ISO code, mentions,
// articles, sources and aliases; edges carry weight (articles that mention
// both), sentences, npmi and the ids of the articles, wherever the format
// can hold them. Formats whose values are single strings hold lists as JSON
// arrays.
//
// # Names
//
// Any name round-trips: quotes, backslashes, &, <, ]]>, commas, newlines and
// formula-like names come back byte for byte from the readers of each
// format (Graphviz, networkx, graphology-gexf, Cytoscape.js, Python's csv),
// which the tests run. The exceptions are what a format cannot hold: XML and
// Graphviz's SVG have no place for control characters other than tab,
// newline and carriage return (they become U+FFFD), and Neo4j splits array
// elements on ';'.
package export
