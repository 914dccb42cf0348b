package postgres

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/nergraph/nergraph/graphstore"
)

// SchemaVersion is the version of the store schema this package writes. A
// store with a higher version was written by a newer nergraph and is refused.
const SchemaVersion = 6

// migrations[v] takes a store from schema version v to v+1; version 0 is a
// schema with no tables. Each step runs in the transaction that records its
// version, so a crash mid-migration leaves the store at the old version. To
// change the schema, append a step and bump SchemaVersion; never edit a
// released step. docs/postgres.md describes the tables for users who query
// them.
var migrations = []string{
	0: `
CREATE TABLE schema_version (version integer NOT NULL);
INSERT INTO schema_version (version) VALUES (0);

-- Batches in the order they committed: num counts 1, 2, 3 ... without gaps,
-- because it is taken from batch_counter, whose one row each batch locks
-- from that moment until it commits.
CREATE TABLE batch_counter (last bigint NOT NULL);
INSERT INTO batch_counter (last) VALUES (0);
CREATE SEQUENCE batch_keys;
CREATE TABLE batches (
	key       bigint PRIMARY KEY,
	num       bigint NOT NULL UNIQUE,
	articles  integer NOT NULL,
	committed timestamptz NOT NULL
);

CREATE TABLE articles (
	seq       bigint PRIMARY KEY, -- batch key * 2^24 + position in the batch
	id        text NOT NULL UNIQUE,
	hash      text NOT NULL UNIQUE, -- hex SHA-256 of the cleaned text
	title     text NOT NULL,
	date      text,
	utc       timestamptz,
	source    text NOT NULL,
	url       text NOT NULL,
	tokens    integer NOT NULL,
	sentences integer NOT NULL
);
CREATE INDEX articles_utc ON articles (utc);

CREATE TABLE mentions (
	article   bigint NOT NULL,
	entity    text NOT NULL,
	name      text NOT NULL,
	type      text NOT NULL,
	iso       text NOT NULL,
	partial   boolean NOT NULL,
	mentions  integer NOT NULL,
	sources   integer NOT NULL,
	sentences integer[] NOT NULL,
	aliases   jsonb NOT NULL,
	PRIMARY KEY (article, entity)
);
CREATE INDEX mentions_entity ON mentions (entity);

CREATE TABLE entities (
	id         text PRIMARY KEY,
	name       text NOT NULL,
	type       text NOT NULL,
	iso        text NOT NULL,
	mentions   bigint NOT NULL,
	articles   bigint NOT NULL,
	sources    bigint NOT NULL,
	first_seen timestamptz,
	last_seen  timestamptz
);
CREATE TABLE aliases (
	entity text NOT NULL,
	name   text NOT NULL,
	count  bigint NOT NULL,
	PRIMARY KEY (entity, name)
);
CREATE INDEX aliases_name ON aliases (lower(name));
CREATE TABLE edges (
	source    text NOT NULL,
	target    text NOT NULL,
	weight    bigint NOT NULL,
	sentences bigint NOT NULL,
	PRIMARY KEY (source, target)
);
CREATE INDEX edges_target ON edges (target);

-- The cache of the linked graph, which query answers from.
CREATE TABLE graph_state (batch_num bigint NOT NULL, articles bigint NOT NULL);
INSERT INTO graph_state (batch_num, articles) VALUES (0, 0);
CREATE TABLE graph_nodes (
	id        text PRIMARY KEY,
	label     text NOT NULL,
	type      text NOT NULL,
	iso       text NOT NULL,
	mentions  bigint NOT NULL,
	articles  bigint NOT NULL,
	sources   bigint NOT NULL,
	degree    bigint NOT NULL,
	first     text,
	last      text,
	aliases   jsonb NOT NULL,
	id_key    text NOT NULL,
	label_key text NOT NULL,
	tally     jsonb NOT NULL -- the votes behind label, type and aliases
);
CREATE INDEX graph_nodes_rank ON graph_nodes (articles DESC, mentions DESC, id);
CREATE INDEX graph_nodes_id_key ON graph_nodes (id_key);
CREATE INDEX graph_nodes_label_key ON graph_nodes (label_key);
CREATE TABLE graph_names (key text NOT NULL, id text NOT NULL, PRIMARY KEY (key, id));
CREATE TABLE graph_edges (
	source    text NOT NULL,
	target    text NOT NULL,
	weight    bigint NOT NULL,
	sentences bigint NOT NULL,
	articles  bigint[] NOT NULL,
	PRIMARY KEY (source, target)
);
CREATE INDEX graph_edges_target ON graph_edges (target);
CREATE TABLE graph_canonical (raw text PRIMARY KEY, id text NOT NULL);
-- What corpus linking knows of each raw entity id, summed over its articles.
CREATE TABLE link_tallies (id text PRIMARY KEY, tally jsonb NOT NULL);
CREATE INDEX graph_canonical_id ON graph_canonical (id);
`,
	1: `
-- The relations between entities that articles state, one row per relation
-- and sentence, with raw entity ids as in mentions. Articles added before
-- version 2 have none.
CREATE TABLE relations (
	article   bigint NOT NULL,
	n         integer NOT NULL,
	subject   text NOT NULL,
	predicate text NOT NULL,
	object    text NOT NULL,
	negated   boolean NOT NULL,
	reciprocal boolean NOT NULL,
	role      boolean NOT NULL,
	sentence  integer NOT NULL,
	text      text NOT NULL,
	evidence  text NOT NULL,
	PRIMARY KEY (article, n)
);
CREATE INDEX relations_subject ON relations (subject);
CREATE INDEX relations_object ON relations (object);
`,
	2: `
-- Corpus linking decides each short name in its own article's context,
-- which per-id tallies cannot: the cache keeps, instead of link_tallies, the
-- raw ids an article links to another node than graph_canonical gives. The
-- cache of version 2 linked otherwise: it is emptied, and the next refresh
-- computes it from every article.
DROP TABLE link_tallies;
CREATE TABLE graph_article_links (article bigint NOT NULL, raw text NOT NULL, id text NOT NULL, PRIMARY KEY (article, raw));
CREATE INDEX graph_article_links_raw ON graph_article_links (raw);
CREATE INDEX graph_article_links_id ON graph_article_links (id);
DELETE FROM graph_nodes;
DELETE FROM graph_names;
DELETE FROM graph_edges;
DELETE FROM graph_canonical;
UPDATE graph_state SET batch_num = 0, articles = 0;
`,
	3: `
-- Whether the recognizer was unsure of the entity in the article
-- (--min-confidence): a node all of whose rows are unsure is no node. The
-- rows of older versions are all sure, so the cache stays.
ALTER TABLE mentions ADD COLUMN unsure boolean NOT NULL DEFAULT false;
CREATE INDEX mentions_unsure ON mentions (article) WHERE unsure;
`,
	4: `
-- The cache leaves out, as the graph does, the nodes all of whose entities
-- are unsure: their tallies (which count the unsure articles) wait here,
-- without a row in graph_nodes, names or edges, until an article's sure
-- entity makes them nodes. Version 4's cache counted them as nodes: a store
-- with unsure rows has its cache emptied, and the next refresh computes it
-- from every article; one without keeps it.
CREATE TABLE graph_unsure (id text PRIMARY KEY, tally jsonb NOT NULL);
CREATE TEMP TABLE migrate_unsure ON COMMIT DROP AS SELECT EXISTS (SELECT 1 FROM mentions WHERE unsure) AS found;
DELETE FROM graph_nodes WHERE (SELECT found FROM migrate_unsure);
DELETE FROM graph_names WHERE (SELECT found FROM migrate_unsure);
DELETE FROM graph_edges WHERE (SELECT found FROM migrate_unsure);
DELETE FROM graph_canonical WHERE (SELECT found FROM migrate_unsure);
DELETE FROM graph_article_links WHERE (SELECT found FROM migrate_unsure);
UPDATE graph_state SET batch_num = 0, articles = 0 WHERE (SELECT found FROM migrate_unsure);
`,
	5: `
-- The version of the linking and typing rules the cache was computed with
-- (graphstore.CacheRules); 0, the caches of older versions, is unknown. A
-- cache of other rules is not read, and the next refresh computes it from
-- every article.
ALTER TABLE graph_state ADD COLUMN rules integer NOT NULL DEFAULT 0;
`,
}

// tables are the tables of a store at SchemaVersion with their columns, in
// order. Open checks a store against them, so that a table dropped or
// changed by hand is reported rather than answered from.
var tables = map[string]string{
	"schema_version":      "version",
	"batch_counter":       "last",
	"batches":             "key num articles committed",
	"articles":            "seq id hash title date utc source url tokens sentences",
	"mentions":            "article entity name type iso partial mentions sources sentences aliases unsure",
	"entities":            "id name type iso mentions articles sources first_seen last_seen",
	"aliases":             "entity name count",
	"edges":               "source target weight sentences",
	"graph_state":         "batch_num articles rules",
	"graph_nodes":         "id label type iso mentions articles sources degree first last aliases id_key label_key tally",
	"graph_names":         "key id",
	"graph_edges":         "source target weight sentences articles",
	"graph_canonical":     "raw id",
	"graph_article_links": "article raw id",
	"graph_unsure":        "id tally",
	"relations":           "article n subject predicate object negated reciprocal role sentence text evidence",
}

// prepare checks that the schema holds a store this package can use,
// creating or migrating it when create is set, and points the pool's
// connections at it.
func (s *Store) prepare(ctx context.Context, schema string, create bool) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	v, err := version(ctx, conn.Conn(), schema)
	if err != nil {
		return err
	}
	switch {
	case v > SchemaVersion:
		return fmt.Errorf("%w: schema version %d, this nergraph knows up to %d; upgrade nergraph", graphstore.ErrNewerSchema, v, SchemaVersion)
	case v < 0 && !create:
		return fmt.Errorf("%w: no store in schema %s (ingest creates one)", graphstore.ErrNotExist, schema)
	case v < SchemaVersion && !create:
		return fmt.Errorf("the store has schema version %d and this nergraph writes %d: run nergraph ingest on it once to migrate it", v, SchemaVersion)
	case v < SchemaVersion:
		if err := s.migrate(ctx, conn.Conn(), schema); err != nil {
			return err
		}
	}
	if err := checkTables(ctx, conn.Conn(), schema); err != nil {
		return err
	}
	return nil
}

// version returns the schema version of the store in schema: -1 when there
// is no such schema or it holds nothing, and ErrNotStore when it holds
// relations but no schema_version table.
func version(ctx context.Context, conn *pgx.Conn, schema string) (int, error) {
	var rels []string
	rows, err := conn.Query(ctx, `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.relname`, schema)
	if err != nil {
		return 0, err
	}
	if rels, err = pgx.CollectRows(rows, pgx.RowTo[string]); err != nil {
		return 0, err
	}
	if len(rels) == 0 {
		return -1, nil
	}
	if !slices.Contains(rels, "schema_version") {
		if len(rels) > 5 {
			rels = append(rels[:5], "...")
		}
		return 0, fmt.Errorf("%w: schema %s holds other tables (%s)", graphstore.ErrNotStore, schema, strings.Join(rels, ", "))
	}
	var vs []int
	rows, err = conn.Query(ctx, `SELECT version FROM `+pgx.Identifier{schema, "schema_version"}.Sanitize())
	if err == nil {
		vs, err = pgx.CollectRows(rows, pgx.RowTo[int])
	}
	if err != nil {
		return 0, fmt.Errorf("%w: read schema version: %w", graphstore.ErrNotStore, err)
	}
	if len(vs) != 1 {
		return 0, fmt.Errorf("%w: damaged: schema_version has %d rows, want 1", graphstore.ErrNotStore, len(vs))
	}
	return vs[0], nil
}

// migrate takes the store up to SchemaVersion, one step per transaction.
// An advisory lock keeps two processes from migrating (or creating) the
// same store at once; the second finds the work done.
func (s *Store) migrate(ctx context.Context, conn *pgx.Conn, schema string) error {
	for {
		done, err := migrateOnce(ctx, conn, schema)
		if err != nil || done {
			return err
		}
	}
}

func migrateOnce(ctx context.Context, conn *pgx.Conn, schema string) (done bool, err error) {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return false, err
	}
	// Undo what did not commit (after Commit, Rollback only returns
	// ErrTxClosed). Its error is not the one to report: that is the error
	// of the step that failed, and a rollback that fails closes conn,
	// which its next use reports.
	defer func() { _ = tx.Rollback(ctx) }()
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('nergraph migrate ' || $1))`, schema); err != nil {
		return false, err
	}
	v, err := version(ctx, conn, schema)
	if err != nil || v >= SchemaVersion {
		return true, err
	}
	if v < 0 {
		if _, err := tx.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{schema}.Sanitize()); err != nil {
			return false, fmt.Errorf("create schema %s: %w", schema, err)
		}
		v = 0
	}
	if _, err := tx.Exec(ctx, `SET LOCAL search_path TO `+pgx.Identifier{schema}.Sanitize()); err != nil {
		return false, err
	}
	if _, err := tx.Exec(ctx, migrations[v]); err != nil {
		return false, fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
	}
	if _, err := tx.Exec(ctx, `UPDATE schema_version SET version = $1`, v+1); err != nil {
		return false, fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
	}
	return false, tx.Commit(ctx)
}

// querier runs statements: a connection or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// checkTables compares the store's tables and columns with [tables] and
// names what is missing or different.
func checkTables(ctx context.Context, conn querier, schema string) error {
	rows, err := conn.Query(ctx, `SELECT table_name, string_agg(column_name, ' ' ORDER BY ordinal_position)
		FROM information_schema.columns WHERE table_schema = $1 GROUP BY table_name`, schema)
	if err != nil {
		return err
	}
	have := map[string]string{}
	var t, cols string
	_, err = pgx.ForEachRow(rows, []any{&t, &cols}, func() error { have[t] = cols; return nil })
	if err != nil {
		return err
	}
	var problems []string
	for _, name := range sortedKeys(tables) {
		got, ok := have[name]
		switch {
		case !ok:
			problems = append(problems, "table "+name+" is missing")
		case got != tables[name]:
			problems = append(problems, fmt.Sprintf("table %s has columns (%s), want (%s)", name, got, tables[name]))
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: damaged: %s", graphstore.ErrNotStore, strings.Join(problems, "; "))
	}
	var nv, nc, ng int
	err = conn.QueryRow(ctx, fmt.Sprintf(`SELECT (SELECT count(*) FROM %[1]s.schema_version), (SELECT count(*) FROM %[1]s.batch_counter),
		(SELECT count(*) FROM %[1]s.graph_state)`, pgx.Identifier{schema}.Sanitize())).Scan(&nv, &nc, &ng)
	if err != nil {
		return err
	}
	if nv != 1 || nc != 1 || ng != 1 {
		return fmt.Errorf("%w: damaged: schema_version, batch_counter and graph_state have %d, %d and %d rows, want one each",
			graphstore.ErrNotStore, nv, nc, ng)
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
