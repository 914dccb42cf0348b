// Package graphstore accumulates extracted documents into an entity
// co-occurrence graph: one node per canonical entity, one undirected edge per
// pair of entities mentioned in the same article, with the articles as
// provenance.
//
// # Building
//
//	g := graphstore.New()
//	for _, doc := range docs {
//		g.Add(doc) // false for an article whose cleaned text was seen before
//	}
//	for _, n := range g.Nodes() { ... } // sorted by ID
//	for _, e := range g.Edges() { ... } // sorted by Source, Target
//
// The graph is the same whatever order the documents are added in.
package graphstore
