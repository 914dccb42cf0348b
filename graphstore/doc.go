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
//	for i, n := range g.Nodes() { ... } // sorted by ID
//	for i, e := range g.Edges() { ... } // sorted by Source, Target
//
// The graph is the same whatever order the documents are added in. [Graph.Add]
// is [Graph.AddArticle] of what [Count] sums from a document: per entity, its
// names, type, mention counts and sentences ([EntityCount]). A store keeps
// those counts and gives them back to AddArticle, so the graph of a store is
// the graph of the same documents.
//
// An entity the recognizer was unsure of in its article
// ([EntityCount].Unsure, from extract.WithMinConfidence) is linked and
// counted like any other; after corpus linking, a node all of whose
// entities, in every article, are unsure is left out with its edges and
// relations ([Graph.UnsureNodes] counts them), and every other node is
// whole: a name the recognizer was sure of once keeps all its articles.
//
// # Relations
//
// A document's relations (extract.Doc.Relations: "the United States has
// accused North Korea") are kept per article with their sentences
// ([Relation], [ArticleCounts].Relations, [Graph.AddCounts]) and summed on
// the edge between their ends, after corpus linking ([Edge].Relations: a
// [LinkRelation] per predicate, direction and polarity, with its
// [Statement]s as evidence; negated ones apart). [Graph.Relations] and
// [Querier] Relations list those of an entity or of two.
//
// Adding is for one goroutine; once it is done, any number of goroutines may
// read the graph at once. Reads do not change it: the first read after an
// Add computes the nodes and edges once, and the later ones share them.
//
// # Layout
//
// [Graph.Layout] computes, once for a graph, each node's community
// (Louvain), PageRank, degree and weighted degree and, when asked, a
// ForceAtlas2 position, with package [github.com/nergraph/nergraph/graphstore/layout]:
// seeded, so the same graph gives the same numbers whatever GOMAXPROCS is.
// The exporters write it as node attributes.
//
// # Corpus linking
//
// Nodes are made of the articles' entities after corpus linking, which
// links by rules that ask for evidence ([LinkRule]): a short name that its
// article left alone ("Reagan", "D. Beckham", "IFC", "Newcastle") to the one
// full name of another article it fits, when the article's context (what
// else it names, weighted by rarity) agrees with the full name's articles;
// two spellings of a person ("Gorbachov", "Gorbachev") or a name with and
// without a middle initial, when their articles name the same things; a
// shorter name of an organization into the longer one articles use it for;
// one name under several types. Short names are linked in their own
// article's context, so "Brown" can be Gordon Brown in one article and Wes
// Brown in the next. A lone surname of a team sheet or a sports story, or a
// lone first name, needs evidence beyond other people's surnames (every
// Smith shares "Smith"), and a team sheet's surname that links to no one is
// a node of the articles that share its team ([RuleLineup]), not of every
// article's lone "Jones", nor one with the stories of another kind that
// name the surname (a party story's "Mr Jones"). A lone "Francis" is not
// a Lewis-Francis: a double-barrelled surname is written whole. A town's
// name typed an organization in a story that is no sports story is the
// town, not its club ([RuleClubTown]), and a
// facility named by generic words ("Olympic Stadium") is one node of each
// town its articles set it in ([RuleFacilityTown]). A person's full name
// that a few sports stories list in a team sheet, and more stories of
// other kinds give, sharing nothing rare with them, is a player's node in
// those sports stories ([RuleKindSplit]). [Graph.CanonicalIn] gives the node of an article's
// entity, [Graph.LinkEntities] an article's entities as nodes (what
// "extract --link" writes), and [Graph.Links] every link with its rule.
// [Graph.Curate] applies a user's alias rules and exclusions to a graph
// after the fact.
//
// # Storing
//
// A [Store] keeps the counts of every article of a corpus that grows batch by
// batch, and gives back the graph of all of them or of a time window. Its
// backends live in their own packages, which register with [Register], and a
// program opens a store by the --db value that names it:
//
//	import _ "github.com/nergraph/nergraph/graphstore/sqlite" // plain paths
//
//	st, err := graphstore.Open(ctx, "graph.db", graphstore.OpenOptions{Create: true})
//	res, err := st.AddBatch(ctx, batch)        // []ArticleCounts, all or none; known articles skipped
//	g, err := st.Graph(ctx, since, until)      // the Graph that Add makes of the same articles
//
// Package graphstore/storetest checks that a backend keeps the contract.
//
// # Querying
//
// [Graph.Lookup] finds an entity by id, label or alias; [Graph.Neighbors],
// [Graph.Path], [Graph.Top], [Graph.ArticlesOf] and [Graph.Relations] answer the questions of
// "nergraph query" on a graph in memory. [Store.Querier] answers the same
// questions from the store's cache of its graph, which [Store.Refresh] brings
// up to date, without loading the graph.
package graphstore
