package sqlite

import (
	"context"
	"database/sql"
	"strings"
)

// SchemaVersion is the version of the store schema this package writes. A
// store with a higher version was written by a newer nergraph and is refused.
const SchemaVersion = 9

// migrations[v] takes a store from schema version v to v+1. Version 0 is an
// empty file. Each step runs in the transaction that records its version, so a
// crash mid-migration leaves the store at the old version; migrateData[v], if
// any, runs in the same transaction after the SQL. To change the schema,
// append a step and bump SchemaVersion; never edit a released step.
//
// The schema, for analysts who query the store with SQL:
//
//   - schema_version(version): one row, the schema version.
//   - articles: one row per ingested article. seq is the ingest order; id and
//     hash (hex SHA-256 of the cleaned text) are each unique, which is what
//     makes ingest idempotent. date is RFC 3339 as read (NULL when unknown);
//     utc is the same instant as fixed-width UTC text, indexed, for ranges.
//     ingested is when the batch that added it committed. mentions_sum and
//     relations_sum are the checksums of its mention and relation rows, sum
//     the checksum of the row (version 4; see sum.go).
//   - mentions: one row per (article, entity) with what that article says
//     about the entity: the name, type and ISO code it gave, whether the name
//     was partial (a lone surname), the number of mentions and of mentions as
//     a news source, the sentence indexes as a JSON array and the surface
//     names with their counts as a JSON object; unsure (version 6) is 1 when
//     the recognizer was unsure of the entity in the article
//     (--min-confidence): a node all of whose rows are unsure is no node,
//     in the cache too (version 7). Exports are rebuilt from
//     these rows, so they equal what build makes from the same articles.
//   - entities: per entity id, totals over all articles (mentions, articles,
//     sources) and first_seen/last_seen (UTC, NULL when no dated article).
//     name/type/iso are as first seen.
//   - aliases: per entity id and surface name, the number of mentions.
//   - edges: per pair of entity ids (source < target), the number of articles
//     (weight) and sentences that mention both.
//   - relations (version 3): one row per relation an article states in one
//     sentence: subject, predicate and object (raw entity ids, as in
//     mentions; a symmetric relation has subject < object), the flags
//     negated, reciprocal (symmetric: either order is right; SYMMETRIC is a
//     word reserved by SQL) and role, the sentence's index, the words that
//     state it (text) and the sentence itself (evidence, white space made
//     single spaces). n numbers the article's relations from 0. Articles
//     ingested before version 3 have none: ingest them again into a new
//     store to get them.
//   - store_sums(name, rows, sum): the number of rows of a table and the sum
//     of their checksums mod 2^32; one row, 'articles' (version 4).
//
// The cache of the linked graph, which query answers from while it is fresh
// and which ingest updates after adding articles (version 4; versions 2 and
// 3 had an older form of it, rewritten whole by every refresh):
//
//   - graph_state: one row while there is a cache: the articles it holds
//     (articles, and max_seq, the last of them: the store only ever appends
//     articles, so these identify them), its number of nodes and the sum of
//     their rank_sum, and the number the next new node gets; rules
//     (version 9) is the version of the linking and typing rules the cache
//     was computed with (graphstore.CacheRules; 0: unknown, an older
//     nergraph's). A cache of other rules is not read, and the next
//     refresh computes it from nothing.
//   - graph_nodes: the nodes as export writes them, with a number (num, for
//     the edges), degree, first and last as RFC 3339 and aliases as a JSON
//     array of {"Name", "Count"}; rank_sum is the checksum of the id, type,
//     articles and mentions alone, what "top" reads of every node.
//   - graph_names(key, id): lower-cased id, label and aliases → node id, for
//     look-ups.
//   - graph_edges: the edges, compactly: source and target are node numbers,
//     source that of the node whose id sorts first; articles is a JSON array
//     of articles.seq in ingest order. NPMI is not kept: every new article
//     changes it, so readers compute it from the weight, the articles of the
//     two nodes and graph_state.articles. The view graph_links shows the
//     edges with ids, NPMI and article ids.
//   - graph_canonical(raw, id): raw entity ids that the graph links to
//     another node id. The relations of a link are not kept in the cache:
//     readers read the relation rows of the articles of its nodes and link
//     their ends through graph_canonical, so they follow every relinking.
//   - graph_article_links(article, raw, id) (version 5): the raw ids that
//     corpus linking links in one article's own context (a surname to the
//     full name the article's context fits, see [graphstore.LinkCorpus]) to
//     a node other than graph_canonical gives: readers of an article's
//     entities and relations look here first.
//   - node_tallies(id, tally): per node, the running sums its label, type
//     and counts are voted from (JSON). With them and the links above a
//     refresh recomputes only the nodes whose raw ids changed node and adds
//     the new articles to the others.
//
// Version 4 kept link_tallies(id, articles, tally), per raw id what the
// corpus linking of its time needed; version 5 links each short name in
// its article's context, which per-id sums cannot decide, so it drops them
// and empties the cache, which the next refresh computes anew.
//
// Every cache row has a sum column: its checksum, checked when it is read.
//
//   - totals_pending(first, last) (version 8): the articles, numbered from
//     first to last, whose counts entities, aliases and edges do not hold
//     yet. An ingest writes those totals once at its end (and when they
//     grow large) rather than with every batch; the rows here are the
//     batches committed since, which the next ingest adds should this one
//     be killed. Empty once an ingest has ended.
//
// entities, aliases and edges hold raw per-article counts, before the graph
// links partial names across articles ("Putin" in one article to "Vladimir
// Putin" in another) and merges their counts; the graph that export and query
// show is computed from mentions and may therefore merge some entity ids.
//
// The history: version 1 was the first release; 2 added the cache; 3 the
// relations; 4 the checksums and the cache that a refresh updates; 5 the
// links in articles' own contexts; 6 the mentions' unsure flag; 7 a cache
// that leaves out the nodes all of whose entities are unsure, as the graph
// does (node_tallies count a node's unsure articles); 8 the
// totals written once an ingest (totals_pending); 9 the rules of the
// cache (graph_state.rules). (A
// development build wrote a version 3 with the checksums and without the
// relations; [Store.Open] for writing recognizes it by its tables and takes
// it to version 4, see migrateDev3.)
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
` + strings.Join(cacheIndexesV2, ";\n") + ";\n",
	2: `
CREATE TABLE relations (
	article   INTEGER NOT NULL REFERENCES articles (seq),
	n         INTEGER NOT NULL,
	subject   TEXT NOT NULL,
	predicate TEXT NOT NULL,
	object    TEXT NOT NULL,
	negated   INTEGER NOT NULL,
	reciprocal INTEGER NOT NULL,
	role      INTEGER NOT NULL,
	sentence  INTEGER NOT NULL,
	text      TEXT NOT NULL,
	evidence  TEXT NOT NULL,
	PRIMARY KEY (article, n)
) WITHOUT ROWID;
CREATE INDEX relations_subject ON relations (subject);
CREATE INDEX relations_object ON relations (object);
`,
	3: `
ALTER TABLE articles ADD COLUMN mentions_sum INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN relations_sum INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN sum INTEGER NOT NULL DEFAULT 0;
CREATE TABLE store_sums (name TEXT PRIMARY KEY, rows INTEGER NOT NULL, sum INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO store_sums (name, rows, sum) VALUES ('articles', 0, 0);
DROP VIEW graph_links;
DROP TABLE graph_state;
DROP TABLE graph_nodes;
DROP TABLE graph_names;
DROP TABLE graph_edges;
DROP TABLE graph_canonical;
CREATE TABLE graph_state (
	articles INTEGER NOT NULL,
	max_seq  INTEGER NOT NULL,
	nodes    INTEGER NOT NULL,
	node_sum INTEGER NOT NULL,
	next_num INTEGER NOT NULL,
	sum      INTEGER NOT NULL
);
CREATE TABLE graph_nodes (
	id       TEXT PRIMARY KEY,
	num      INTEGER NOT NULL UNIQUE,
	label    TEXT NOT NULL,
	type     TEXT NOT NULL,
	iso      TEXT NOT NULL,
	mentions INTEGER NOT NULL,
	articles INTEGER NOT NULL,
	sources  INTEGER NOT NULL,
	degree   INTEGER NOT NULL,
	first    TEXT,
	last     TEXT,
	aliases  TEXT NOT NULL,
	rank_sum INTEGER NOT NULL,
	sum      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE graph_names (key TEXT NOT NULL, id TEXT NOT NULL, sum INTEGER NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE graph_edges (
	source       INTEGER NOT NULL,
	target       INTEGER NOT NULL,
	weight       INTEGER NOT NULL,
	sentences    INTEGER NOT NULL,
	articles_sum INTEGER NOT NULL,
	sum          INTEGER NOT NULL,
	articles     TEXT NOT NULL,
	PRIMARY KEY (source, target)
) WITHOUT ROWID;
CREATE INDEX graph_edges_target ON graph_edges (target, weight, sentences, articles_sum, sum);
CREATE TABLE graph_canonical (raw TEXT PRIMARY KEY, id TEXT NOT NULL, sum INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX graph_canonical_id ON graph_canonical (id);
CREATE TABLE link_tallies (id TEXT PRIMARY KEY, articles INTEGER NOT NULL, tally BLOB NOT NULL, sum INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE node_tallies (id TEXT PRIMARY KEY, tally TEXT NOT NULL, sum INTEGER NOT NULL) WITHOUT ROWID;
CREATE VIEW graph_links AS
	SELECT s.id AS source, t.id AS target, e.weight, e.sentences,
		CASE WHEN g.articles = 0 THEN -1.0
			WHEN e.weight >= g.articles THEN 1.0
			ELSE round(ln(1.0 * e.weight * g.articles / (1.0 * s.articles * t.articles)) / -ln(1.0 * e.weight / g.articles), 6)
		END AS npmi,
		(SELECT json_group_array(id) FROM (SELECT a.id FROM json_each(e.articles) j JOIN articles a ON a.seq = j.value ORDER BY a.id)) AS articles
	FROM graph_edges e JOIN graph_nodes s ON s.num = e.source JOIN graph_nodes t ON t.num = e.target, graph_state g;
`,
	4: `
DROP TABLE link_tallies;
CREATE TABLE graph_article_links (article INTEGER NOT NULL, raw TEXT NOT NULL, id TEXT NOT NULL, sum INTEGER NOT NULL,
	PRIMARY KEY (article, raw)) WITHOUT ROWID;
CREATE INDEX graph_article_links_raw ON graph_article_links (raw);
CREATE INDEX graph_article_links_id ON graph_article_links (id);
DELETE FROM graph_state; DELETE FROM graph_nodes; DELETE FROM graph_names; DELETE FROM graph_edges;
DELETE FROM graph_canonical; DELETE FROM node_tallies;
`,
	5: `
ALTER TABLE mentions ADD COLUMN unsure INTEGER NOT NULL DEFAULT 0;
CREATE INDEX mentions_unsure ON mentions (article) WHERE unsure;
`,
	// Version 6's cache counted every node, the unsure too, and its
	// tallies do not say which articles were unsure: a store with unsure
	// rows has its cache emptied, for the next refresh to compute anew. A
	// store without (all its articles sure) keeps it: it is today's.
	6: `
CREATE TEMP TABLE migrate_unsure AS SELECT EXISTS (SELECT 1 FROM mentions WHERE unsure) AS any;
DELETE FROM graph_state WHERE (SELECT any FROM migrate_unsure);
DELETE FROM graph_nodes WHERE (SELECT any FROM migrate_unsure);
DELETE FROM graph_names WHERE (SELECT any FROM migrate_unsure);
DELETE FROM graph_edges WHERE (SELECT any FROM migrate_unsure);
DELETE FROM graph_canonical WHERE (SELECT any FROM migrate_unsure);
DELETE FROM graph_article_links WHERE (SELECT any FROM migrate_unsure);
DELETE FROM node_tallies WHERE (SELECT any FROM migrate_unsure);
DROP TABLE migrate_unsure;
`,
	// Version 8 writes the running totals once an ingest; totals_pending
	// keeps which articles they still lack.
	7: `
CREATE TABLE totals_pending (first INTEGER PRIMARY KEY, last INTEGER NOT NULL);
`,
	// Version 9 records the rules the cache was computed with; 0 is
	// unknown (an older nergraph's), which the next refresh recomputes
	// from nothing. The checksum of a row with rules 0 is that of
	// version 8, so the row stays as it was.
	8: `
ALTER TABLE graph_state ADD COLUMN rules INTEGER NOT NULL DEFAULT 0;
`,
}

// cacheIndexesV2 are the indexes of the cache of schema versions 2 and 3,
// which version 4 replaces.
var cacheIndexesV2 = []string{
	"CREATE INDEX graph_nodes_rank ON graph_nodes (articles DESC, mentions DESC, id)",
	"CREATE INDEX graph_nodes_id_key ON graph_nodes (id_key)",
	"CREATE INDEX graph_nodes_label_key ON graph_nodes (label_key)",
	"CREATE INDEX graph_edges_target ON graph_edges (target)",
	"CREATE INDEX graph_canonical_id ON graph_canonical (id)",
}

// cacheTables are the tables a refresh writes, emptied by a refresh that
// computes the cache from nothing.
var cacheTables = []string{"graph_state", "graph_nodes", "graph_names", "graph_edges", "graph_canonical",
	"graph_article_links", "node_tallies"}

// migrateData[v] runs after the SQL of migrations[v], in its transaction.
var migrateData = map[int]func(context.Context, *sql.Tx) error{
	3: sumArticles,
}

// sumArticles computes the checksums of the article, mention and relation
// rows of a store of schema version 3, which had none, and the sums of the
// articles table.
func sumArticles(ctx context.Context, tx *sql.Tx) error {
	rels, err := relationSums(ctx, tx)
	if err != nil {
		return err
	}
	st, err := tx.PrepareContext(ctx, `UPDATE articles SET mentions_sum = ?, relations_sum = ?, sum = ? WHERE seq = ?`)
	if err != nil {
		return err
	}
	defer st.Close()
	var all setSum
	var cur *articleRow
	var ms summer
	flush := func() error {
		if cur == nil {
			return nil
		}
		cur.mentionsSum = ms.sum()
		cur.relationsSum = relationsSum(cur.seq, nil)
		if rs, ok := rels[cur.seq]; ok {
			cur.relationsSum = rs
		}
		sum := cur.sum()
		all.add(sum)
		_, err := st.ExecContext(ctx, cur.mentionsSum, cur.relationsSum, sum, cur.seq)
		return err
	}
	err = eachRow(ctx, tx, `SELECT `+articleCols+`, 0, 0, 0, m.entity, m.name, m.type, m.iso, m.partial, m.mentions, m.sources,
		m.sentences, m.aliases FROM articles a LEFT JOIN mentions m ON m.article = a.seq ORDER BY a.seq, m.entity`, func(rows *sql.Rows) error {
		var a articleRow
		var zero int64
		var m mentionRow
		var entity, name, typ, iso, sentences, aliases sql.NullString
		var partial sql.NullBool
		var mentions, sources sql.NullInt64
		if err := scanArticle(rows, &a, &zero, &entity, &name, &typ, &iso, &partial, &mentions, &sources, &sentences, &aliases); err != nil {
			return err
		}
		if cur == nil || cur.seq != a.seq {
			if err := flush(); err != nil {
				return err
			}
			cur, ms = &a, summer{}
			ms.add(a.seq)
		}
		if entity.Valid {
			m = mentionRow{entity: entity.String, name: name.String, typ: typ.String, iso: iso.String, partial: partial.Bool,
				mentions: int(mentions.Int64), sources: int(sources.Int64), sentences: sentences.String, aliases: aliases.String}
			m.addTo(&ms)
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE store_sums SET rows = ?, sum = ? WHERE name = 'articles'`, all.rows, all.sum)
	return err
}

// relationSums computes the checksum of the relation rows of each article
// that has any, by article number, reading the table in key order.
func relationSums(ctx context.Context, tx *sql.Tx) (map[int64]int64, error) {
	out := map[int64]int64{}
	var cur int64 = -1
	var rows []relationRow
	flush := func() {
		if cur >= 0 {
			out[cur] = relationsSum(cur, rows)
		}
	}
	err := eachRow(ctx, tx, `SELECT r.article, `+relationCols+` FROM relations r ORDER BY r.article, r.n`, func(sc *sql.Rows) error {
		var seq int64
		r, err := scanRelation(sc, &seq)
		if err != nil {
			return err
		}
		if seq != cur {
			flush()
			cur, rows = seq, rows[:0]
		}
		rows = append(rows, r)
		return nil
	})
	flush()
	return out, err
}

// isDev3 reports whether a store of schema version 3 is one a development
// build wrote: with the checksums and the cache of version 4 but without
// the relations of version 3.
func isDev3(ctx context.Context, q rowQuerier) (bool, error) {
	var sums, rels int
	err := q.QueryRowContext(ctx, `SELECT count(*) FILTER (WHERE name = 'store_sums'), count(*) FILTER (WHERE name = 'relations')
		FROM sqlite_schema WHERE type = 'table'`).Scan(&sums, &rels)
	return sums == 1 && rels == 0, err
}

// migrateDev3 takes a store of the development build's version 3 (see
// isDev3) to version 4: it adds what version 3 added, the relations table
// (empty: that build kept none), and the checksum of each article's
// relation rows, which the checksum of its row covers. Its cache is of the
// form version 4 keeps, and stays.
func migrateDev3(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, migrations[2]+`
ALTER TABLE articles ADD COLUMN relations_sum INTEGER NOT NULL DEFAULT 0;`); err != nil {
		return err
	}
	return sumArticles(ctx, tx)
}
