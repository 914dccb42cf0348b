package sqlite

import "strings"

// SchemaVersion is the version of the store schema this package writes. A
// store with a higher version was written by a newer nergraph and is refused.
const SchemaVersion = 3

// migrations[v] takes a store from schema version v to v+1. Version 0 is an
// empty file. Each step runs in the transaction that records its version, so a
// crash mid-migration leaves the store at the old version. To change the
// schema, append a step and bump SchemaVersion; never edit a released step.
//
// The schema, for analysts who query the store with SQL:
//
//   - schema_version(version): one row, the schema version.
//   - articles: one row per ingested article. seq is the ingest order; id and
//     hash (hex SHA-256 of the cleaned text) are each unique, which is what
//     makes ingest idempotent. date is RFC 3339 as read (NULL when unknown);
//     utc is the same instant as fixed-width UTC text, indexed, for ranges.
//     ingested is when the batch that added it committed.
//   - mentions: one row per (article, entity) with what that article says
//     about the entity: the name, type and ISO code it gave, whether the name
//     was partial (a lone surname), the number of mentions and of mentions as
//     a news source, the sentence indexes as a JSON array and the surface
//     names with their counts as a JSON object. Exports are rebuilt from
//     these rows, so they equal what build makes from the same articles.
//   - entities: per entity id, totals over all articles (mentions, articles,
//     sources) and first_seen/last_seen (UTC, NULL when no dated article).
//     name/type/iso are as first seen.
//   - aliases: per entity id and surface name, the number of mentions.
//   - edges: per pair of entity ids (source < target), the number of articles
//     (weight) and sentences that mention both.
//
// Version 2 adds a cache of the linked graph, which query answers from
// while it is fresh, and which ingest refreshes after adding articles:
//
//   - graph_state(articles, max_seq): the articles the cache was computed
//     from (the store only ever appends articles, so these identify them);
//     no row when there is no cache.
//   - graph_nodes: the nodes as export writes them, with a number (num, in
//     id order), degree, first and last as RFC 3339, aliases as a JSON array,
//     and lower-cased id and label for look-ups.
//   - graph_names(key, id): lower-cased alias → node id, for look-ups.
//   - graph_edges: the edges as export writes them, compactly: source and
//     target are node numbers, articles a JSON array of articles.seq, in
//     article id order. The view graph_links shows them with ids.
//   - graph_canonical(raw, id): raw entity ids that the graph links to
//     another node id in every article.
//   - graph_node_articles(num, article): the articles (seq) of each node
//     (num), after corpus linking, which links some short names in one
//     article's context only (schema 3; migrating to it empties the cache,
//     which the next refresh makes again).
//
// entities, aliases and edges hold raw per-article counts, before the graph
// links partial names across articles ("Putin" in one article to "Vladimir
// Putin" in another) and merges their counts; the graph that export and query
// show is computed from mentions and may therefore merge some entity ids.
var migrations = []string{
	0: `
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (0);
CREATE TABLE articles (
	seq       INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	hash      TEXT NOT NULL UNIQUE,
	title     TEXT NOT NULL,
	date      TEXT,
	utc       TEXT,
	source    TEXT NOT NULL,
	url       TEXT NOT NULL,
	tokens    INTEGER NOT NULL,
	sentences INTEGER NOT NULL,
	ingested  TEXT NOT NULL
);
CREATE INDEX articles_utc ON articles (utc);
CREATE TABLE mentions (
	article   INTEGER NOT NULL REFERENCES articles (seq),
	entity    TEXT NOT NULL,
	name      TEXT NOT NULL,
	type      TEXT NOT NULL,
	iso       TEXT NOT NULL,
	partial   INTEGER NOT NULL,
	mentions  INTEGER NOT NULL,
	sources   INTEGER NOT NULL,
	sentences TEXT NOT NULL,
	aliases   TEXT NOT NULL,
	PRIMARY KEY (article, entity)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions (entity);
CREATE TABLE entities (
	id         TEXT PRIMARY KEY,
	name       TEXT NOT NULL,
	type       TEXT NOT NULL,
	iso        TEXT NOT NULL,
	mentions   INTEGER NOT NULL,
	articles   INTEGER NOT NULL,
	sources    INTEGER NOT NULL,
	first_seen TEXT,
	last_seen  TEXT
) WITHOUT ROWID;
CREATE TABLE aliases (
	entity TEXT NOT NULL,
	name   TEXT NOT NULL,
	count  INTEGER NOT NULL,
	PRIMARY KEY (entity, name)
) WITHOUT ROWID;
CREATE INDEX aliases_name ON aliases (name COLLATE NOCASE);
CREATE TABLE edges (
	source    TEXT NOT NULL,
	target    TEXT NOT NULL,
	weight    INTEGER NOT NULL,
	sentences INTEGER NOT NULL,
	PRIMARY KEY (source, target)
) WITHOUT ROWID;
`,
	1: `
CREATE TABLE graph_state (articles INTEGER NOT NULL, max_seq INTEGER NOT NULL);
CREATE TABLE graph_nodes (
	id        TEXT PRIMARY KEY,
	num       INTEGER NOT NULL UNIQUE,
	label     TEXT NOT NULL,
	type      TEXT NOT NULL,
	iso       TEXT NOT NULL,
	mentions  INTEGER NOT NULL,
	articles  INTEGER NOT NULL,
	sources   INTEGER NOT NULL,
	degree    INTEGER NOT NULL,
	first     TEXT,
	last      TEXT,
	aliases   TEXT NOT NULL,
	id_key    TEXT NOT NULL,
	label_key TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE graph_names (key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE graph_edges (
	source    INTEGER NOT NULL,
	target    INTEGER NOT NULL,
	weight    INTEGER NOT NULL,
	sentences INTEGER NOT NULL,
	npmi      REAL NOT NULL,
	articles  TEXT NOT NULL,
	PRIMARY KEY (source, target)
) WITHOUT ROWID;
CREATE TABLE graph_canonical (raw TEXT PRIMARY KEY, id TEXT NOT NULL) WITHOUT ROWID;
CREATE VIEW graph_links AS
	SELECT s.id AS source, t.id AS target, e.weight, e.sentences, e.npmi,
		(SELECT json_group_array(a.id) FROM json_each(e.articles) j JOIN articles a ON a.seq = j.value) AS articles
	FROM graph_edges e JOIN graph_nodes s ON s.num = e.source JOIN graph_nodes t ON t.num = e.target;
` + strings.Join(cacheIndexes, ";\n") + ";\n",
	2: `
CREATE TABLE graph_node_articles (num INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (num, article)) WITHOUT ROWID;
DELETE FROM graph_state;
`,
}

// cacheIndexes are the indexes of the graph cache. [Store.Refresh] drops them
// while it rewrites the cache and creates them again after, which is faster
// than updating them row by row.
var cacheIndexes = []string{
	"CREATE INDEX graph_nodes_rank ON graph_nodes (articles DESC, mentions DESC, id)",
	"CREATE INDEX graph_nodes_id_key ON graph_nodes (id_key)",
	"CREATE INDEX graph_nodes_label_key ON graph_nodes (label_key)",
	"CREATE INDEX graph_edges_target ON graph_edges (target)",
	"CREATE INDEX graph_canonical_id ON graph_canonical (id)",
}
