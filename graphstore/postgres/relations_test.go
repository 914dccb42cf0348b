package postgres

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/graphstore/storetest"
	"github.com/nergraph/nergraph/internal/testdocs"
)

func withoutRelations(docs []*extract.Doc) []*extract.Doc {
	out := make([]*extract.Doc, len(docs))
	for i, d := range docs {
		c := *d
		c.Relations = nil
		out[i] = &c
	}
	return out
}

// TestMigrateV1 opens stores written with schema versions 1 (articles and
// a cache, no relations table) and 2 (the cache with link tallies): export
// and query refuse them until ingest migrates them, which keeps their
// articles and empties their cache (linked by per-id tallies, which version
// 3 replaces with links in articles' own contexts), which a refresh
// computes again; articles added after come with their relations. And
// version 3 (today's without the mentions' unsure flag), which the
// migration to version 4 takes with its cache, fresh: its rows are all
// sure.
//
// Version 4 (today's without graph_unsure) keeps its cache too when no row is
// unsure; with unsure rows its cache counted their nodes, so the migration
// to version 5 empties it, and the next refresh leaves them out. Version 5
// is today's without the rules of the cache (graph_state.rules): every
// cache kept is of unknown rules, which the next refresh computes anew.
func TestMigrateV1(t *testing.T) {
	for _, version := range []int{1, 2, 3, 4, 5} {
		t.Run(fmt.Sprint("v", version), func(t *testing.T) { testMigrate(t, version, false) })
	}
	t.Run("v4-unsure", func(t *testing.T) { testMigrate(t, 4, true) })
}

func testMigrate(t *testing.T, version int, unsure bool) {
	ctx := context.Background()
	docs := testdocs.Random(120, 3)
	if unsure {
		docs = testdocs.UnsureCopies(docs)
	}
	old, added := docs[:80], docs[80:]
	kept := old
	if version == 1 {
		kept = withoutRelations(old)
	}
	s, target := openNew(t)
	addAll(t, s, kept, 20)
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	// Version 2 is today's schema with link tallies instead of the links in
	// articles' own contexts; version 1, version 2 without the relations
	// table, which is all that version 2 added.
	conn := admin(t)
	schema := schemaOf(t, target)
	// No version before 6 recorded the rules of its cache.
	down := `ALTER TABLE ` + schema + `.graph_state DROP COLUMN rules;`
	if version < 5 {
		down += `DROP TABLE ` + schema + `.graph_unsure;`
	}
	if version < 4 {
		down += `DROP INDEX ` + schema + `.mentions_unsure; ALTER TABLE ` + schema + `.mentions DROP COLUMN unsure;`
	}
	if version < 3 {
		down += `DROP TABLE ` + schema + `.graph_article_links;
		CREATE TABLE ` + schema + `.link_tallies (id text PRIMARY KEY, tally jsonb NOT NULL);`
	}
	if version == 1 {
		down += `DROP TABLE ` + schema + `.relations;`
	}
	if _, err := conn.Exec(ctx, down+fmt.Sprintf(`UPDATE %s.schema_version SET version = %d`, schema, version)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if got, want := pgSchema(t, schema), oldSchema(t, version); got != want {
		t.Fatalf("the store made to look like version %d has the schema\n%s\nwant\n%s", version, got, want)
	}

	if _, err := Open(ctx, target, graphstore.OpenOptions{}); err == nil {
		t.Fatalf("a version %d store opened for reading without migration", version)
	}
	s, err := Open(ctx, target, create)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	if err := conn.QueryRow(ctx, `SELECT version FROM `+schema+`.schema_version`).Scan(&v); err != nil || v != SchemaVersion {
		t.Fatalf("version after Open = %d, %v; want %d", v, err, SchemaVersion)
	}
	// The cache of today's form (version 3 and later, without unsure rows)
	// is kept, but its rules are unknown: it is not fresh, and the next
	// refresh computes it from every article.
	if fresh, err := s.Fresh(ctx); err != nil || fresh {
		t.Errorf("Fresh() = %v, %v after the migration; want false (the cache emptied or of unknown rules)", fresh, err)
	}
	if rules, has, err := s.CacheRulesOf(ctx); err != nil || has != (version >= 3 && !unsure) || rules != 0 {
		t.Errorf("CacheRulesOf() = %d, %v, %v after the migration; want 0 (unknown), %v", rules, has, err, version >= 3 && !unsure)
	}
	want := graphstore.New()
	for _, d := range kept {
		want.Add(d)
	}
	g, err := s.Graph(ctx, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.SameGraph(t, g, want)
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	cq, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier after the migration: cached %v, %v", cached, err)
	}
	storetest.SameAnswers(t, cq, graphstore.QuerierOf(want), want)

	addAll(t, s, added, 20)
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	for _, d := range added {
		want.Add(d)
	}
	if g, err = s.Graph(ctx, time.Time{}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	storetest.SameGraph(t, g, want)
	cq, cached, err = s.Querier(ctx, time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier: cached %v, %v", cached, err)
	}
	storetest.SameAnswers(t, cq, graphstore.QuerierOf(want), want)
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM `+schema+`.relations`).Scan(&n); err != nil || n == 0 {
		t.Errorf("%d relation rows, %v; want those of the articles added after the migration", n, err)
	}
}

// pgSchema lists the columns and indexes of the tables of a schema.
func pgSchema(t *testing.T, schema string) string {
	t.Helper()
	conn := admin(t)
	rows, err := conn.Query(context.Background(), `SELECT table_name || '.' || column_name || ' ' || data_type
		FROM information_schema.columns WHERE table_schema = $1
		UNION ALL SELECT replace(indexdef, $1 || '.', '') FROM pg_indexes WHERE schemaname = $1 ORDER BY 1`, schema)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}

// oldSchema is the schema that the migrations up to version makes.
func oldSchema(t *testing.T, version int) string {
	t.Helper()
	ctx := context.Background()
	conn := admin(t)
	schema := schemaOf(t, freshTarget(t))
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `CREATE SCHEMA `+schema+`; SET LOCAL search_path TO `+schema); err != nil {
		t.Fatal(err)
	}
	for _, step := range migrations[:version] {
		if _, err := tx.Exec(ctx, step); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	return pgSchema(t, schema)
}
