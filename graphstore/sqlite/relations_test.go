package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/graphstore/storetest"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// withoutRelations returns copies of docs without their relations, as a
// store of schema version 2, which had none, kept them.
func withoutRelations(docs []*extract.Doc) []*extract.Doc {
	out := make([]*extract.Doc, len(docs))
	for i, d := range docs {
		c := *d
		c.Relations = nil
		out[i] = &c
	}
	return out
}

// TestMigrateV2 opens a store written with schema version 2 (articles and a
// fresh cache, no relations table) and checks that it is migrated to
// version 3: its articles and cache kept, the graph what build makes of them
// without relations, and articles added after with their relations.
func TestMigrateV2(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v2.db")
	docs := testdocs.Random(120, 3)
	old, added := docs[:80], docs[80:]

	// A version 2 store: today's without the relations table, which is all
	// that version 3 added.
	s, err := Open(ctx, path, create)
	if err != nil {
		t.Fatal(err)
	}
	addAll(t, s, withoutRelations(old), 20)
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`DROP TABLE relations; UPDATE schema_version SET version = 2`); err != nil {
		t.Fatal(err)
	}
	if got, want := schemaOf(t, s.db), v2Schema(t); got != want {
		t.Fatalf("the store made to look like version 2 has the schema\n%s\nwant\n%s", got, want)
	}
	s.Close()

	s, err = Open(ctx, path, graphstore.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	if err := s.db.QueryRow(`SELECT version FROM schema_version`).Scan(&v); err != nil || v != 3 {
		t.Fatalf("version after Open = %d, %v; want 3", v, err)
	}
	if fresh, err := s.Fresh(ctx); err != nil || !fresh {
		t.Errorf("Fresh() = %v, %v after the migration; want the cache kept", fresh, err)
	}
	g, err := s.Graph(ctx, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	want := graphstore.New()
	for _, d := range withoutRelations(old) {
		want.Add(d)
	}
	storetest.SameGraph(t, g, want)

	addAll(t, s, added, 20)
	if _, err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	for _, d := range added {
		want.Add(d)
	}
	g, err = s.Graph(ctx, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.SameGraph(t, g, want)
	cq, cached, err := s.Querier(ctx, time.Time{}, time.Time{})
	if err != nil || !cached {
		t.Fatalf("Querier: cached %v, %v", cached, err)
	}
	storetest.SameAnswers(t, cq, graphstore.QuerierOf(want), want)
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM relations`).Scan(&n); err != nil || n == 0 {
		t.Errorf("%d relation rows, %v; want those of the articles added after the migration", n, err)
	}
}

// TestRelationRows checks the rows that hold an article's relations: one
// per statement, symmetric ones in id order, with the evidence sentence.
func TestRelationRows(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	d := testdocs.Doc("a1", "Kim and Putin exchanged letters. The US accused North Korea.", time.Time{},
		"PERSON:Putin", "PERSON:Kim", "COUNTRY:US", "COUNTRY:North Korea")
	d.Relations = []extract.Relation{
		{Subject: "PERSON:Putin", Predicate: "exchange letters", Object: "PERSON:Kim", Text: "exchanged letters",
			Sentence: 0, Start: 13, End: 30, SentenceStart: 0, SentenceEnd: 32, Symmetric: true},
		{Subject: "COUNTRY:US", Predicate: "accuse", Object: "COUNTRY:North Korea", Text: "accused",
			Sentence: 1, Start: 40, End: 47, SentenceStart: 33, SentenceEnd: 61, Negated: true},
	}
	if _, err := s.AddBatch(ctx, counts([]*extract.Doc{d})); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := eachRow(ctx, s.db, `SELECT n || ' ' || subject || ' ' || predicate || ' ' || object || ' ' || negated || reciprocal || role ||
		' ' || sentence || ' [' || text || '] ' || evidence FROM relations ORDER BY article, n`, func(rows *sql.Rows) error {
		var v string
		err := rows.Scan(&v)
		got = append(got, v)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"0 PERSON:Kim exchange letters PERSON:Putin 010 0 [exchanged letters] Kim and Putin exchanged letters.",
		"1 COUNTRY:US accuse COUNTRY:North Korea 100 1 [accused] The US accused North Korea.",
	}
	if len(got) != len(want) {
		t.Fatalf("rows:\n%q\nwant\n%q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

// schemaOf lists the tables, indexes and views of db with their SQL.
func schemaOf(t *testing.T, db *sql.DB) string {
	t.Helper()
	var b strings.Builder
	err := eachRow(context.Background(), db, `SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name`,
		func(rows *sql.Rows) error {
			var typ, name, q string
			err := rows.Scan(&typ, &name, &q)
			fmt.Fprintf(&b, "%s %s: %s\n", typ, name, strings.Join(strings.Fields(q), " "))
			return err
		})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// v2Schema is the schema that migrations 0 and 1 make.
func v2Schema(t *testing.T) string {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "v2.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for v := range 2 {
		if _, err := db.Exec(migrations[v]); err != nil {
			t.Fatal(err)
		}
	}
	return schemaOf(t, db)
}
