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
//
// # Storing
//
// A [Store] keeps the per-article results in an SQLite file that grows with
// every run (the schema is documented at [SchemaVersion]'s migrations in
// store_schema.go and in the README):
//
//	st, err := graphstore.Open("graph.db")    // created when absent
//	res, err := st.AddBatch(docs)              // one transaction; known articles skipped
//	g, err := st.Graph(since, until)           // the Graph that Add makes of the same articles
//
// # Querying
//
// [Graph.Lookup] finds an entity by id, label or alias; [Graph.Neighbors],
// [Graph.Path], [Graph.Top] and [Graph.ArticlesOf] answer the questions of
// "nergraph query" on a graph in memory. [Store.Querier] answers the same
// questions from the store's cache of its graph, which [Store.Refresh] brings
// up to date, without loading the graph.
package graphstore
