package postgres

import (
	"context"
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

// TestMigrateV1 opens a store written with schema version 1 (articles and a
// fresh cache, no relations table): export and query refuse it until
// ingest migrates it, which keeps its articles and cache; articles added
// after come with their relations.
func TestMigrateV1(t *testing.T) {
	ctx := context.Background()
	docs := testdocs.Random(120, 3)
	old, added := docs[:80], docs[80:]
	s, target := openNew(t)
	addAll(t, s, withoutRelations(old), 20)
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	// Version 1 is today's schema without the relations table, which is
	// all that version 2 added.
	conn := admin(t)
	schema := schemaOf(t, target)
	if _, err := conn.Exec(ctx, `DROP TABLE `+schema+`.relations; UPDATE `+schema+`.schema_version SET version = 1`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if got, want := pgSchema(t, schema), v1Schema(t); got != want {
		t.Fatalf("the store made to look like version 1 has the schema\n%s\nwant\n%s", got, want)
	}

	if _, err := Open(ctx, target, graphstore.OpenOptions{}); err == nil {
		t.Fatal("a version 1 store opened for reading without migration")
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
	if fresh, err := s.Fresh(ctx); err != nil || !fresh {
		t.Errorf("Fresh() = %v, %v after the migration; want the cache kept", fresh, err)
	}
	want := graphstore.New()
	for _, d := range withoutRelations(old) {
		want.Add(d)
	}
	g, err := s.Graph(ctx, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.SameGraph(t, g, want)

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
	cq, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
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

// v1Schema is the schema that migration 0 makes.
func v1Schema(t *testing.T) string {
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
	if _, err := tx.Exec(ctx, migrations[0]); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	return pgSchema(t, schema)
}
