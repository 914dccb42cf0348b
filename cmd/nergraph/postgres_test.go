package main

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/nergraph/nergraph/internal/testenv"
)

// pgTarget returns the URL of a PostgreSQL store in a new schema, dropped
// when the test ends.
func pgTarget(t *testing.T) string {
	t.Helper()
	base := testenv.Postgres(t)
	schema := fmt.Sprintf("cmd_%d", time.Now().UnixNano())
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("schema", schema)
	u.RawQuery = q.Encode()
	t.Cleanup(func() {
		if conn, err := pgx.Connect(context.Background(), base); err == nil {
			conn.Exec(context.Background(), `DROP SCHEMA IF EXISTS `+schema+` CASCADE`)
			conn.Close(context.Background())
		}
	})
	return u.String()
}

// TestPostgresEqualsBuildAndSQLite ingests the sample articles and a
// generated corpus into PostgreSQL with three concurrent ingests, one per
// --shard, and wants the exports build and the SQLite store give, byte for
// byte, and the same query answers as the SQLite store.
func TestPostgresEqualsBuildAndSQLite(t *testing.T) {
	pg := pgTarget(t)
	dir := t.TempDir()
	corpus := genCorpus(t, dir, 60)
	inputs := []string{sampleDir, corpus}
	var wg sync.WaitGroup
	errs := make([]string, 3)
	for i := range 3 {
		wg.Go(func() {
			args := append([]string{"ingest", "-q", "--db", pg, "--batch", "7", "--shard", fmt.Sprintf("%d/3", i+1), "--refresh=false"}, inputs...)
			if code, _, stderr := run(t, "", args...); code != 0 {
				errs[i] = fmt.Sprintf("shard %d/3: exit %d: %s", i+1, code, stderr)
			}
		})
	}
	wg.Wait()
	for _, e := range errs {
		if e != "" {
			t.Fatal(e)
		}
	}
	// A last ingest of everything adds nothing and refreshes the cache.
	_, stderr := mustRun(t, append([]string{"ingest", "--db", pg}, inputs...)...)
	if !strings.Contains(stderr, "added 0 articles") {
		t.Errorf("a fourth ingest of the same inputs added articles:\n%s", stderr)
	}
	db := filepath.Join(dir, "graph.db")
	mustRun(t, append([]string{"ingest", "-q", "--db", db}, inputs...)...)

	for _, args := range [][]string{{"-f", "json"}, {"-f", "gexf"}, {"-f", "json", "--since", "2024-03-01", "--until", "2024-06-30"}} {
		fromPG, _ := mustRun(t, append([]string{"export", "--db", pg}, args...)...)
		fromSQLite, _ := mustRun(t, append([]string{"export", "--db", db}, args...)...)
		built := fromSQLite // build has no window
		if !strings.Contains(strings.Join(args, " "), "since") {
			built, _ = mustRun(t, append(append([]string{"build", "-q"}, inputs...), args...)...)
		}
		if fromPG != built || fromSQLite != built {
			t.Errorf("export %v: PostgreSQL %d bytes, SQLite %d, build %d; want the same bytes", args, len(fromPG), len(fromSQLite), len(built))
		}
	}

	// Query answers, from each store's cache.
	top, _ := mustRun(t, "query", "--db", db, "--json", "top", "-n", "8")
	var questions [][]string
	for _, typ := range []string{"", "PERSON", "COUNTRY", "ORG"} {
		questions = append(questions, []string{"top", "--type", typ, "-n", "5"})
	}
	for _, name := range []string{"Putin", "Vladimir Putin", "merkel", "Germany", "NATO", "Nobody"} {
		questions = append(questions, []string{"entity", name}, []string{"neighbors", name, "-n", "4"})
	}
	questions = append(questions, []string{"path", "Angela Merkel", "Xi Jinping"}, []string{"path", "Olaf Scholz", "Brazil"},
		[]string{"articles", "Germany", "Russia"})
	for _, q := range questions {
		for _, asJSON := range []bool{false, true} {
			args := []string{"query", "--db"}
			tail := q
			if asJSON {
				tail = append([]string{"--json"}, q...)
			}
			c1, o1, e1 := run(t, "", append(append(args, pg), tail...)...)
			c2, o2, e2 := run(t, "", append(append(args, db), tail...)...)
			if c1 != c2 || o1 != o2 || strings.ReplaceAll(e1, pg, db) != e2 {
				t.Errorf("query %v: PostgreSQL exit %d\n%s%s\nSQLite exit %d\n%s%s", tail, c1, o1, e1, c2, o2, e2)
			}
		}
	}
	if !strings.Contains(top, "id") {
		t.Errorf("top: %s", top)
	}
}

// TestPostgresReadOnly: export and query never create a store, and say so.
func TestPostgresReadOnly(t *testing.T) {
	pg := pgTarget(t)
	for _, args := range [][]string{{"export", "--db", pg, "-f", "json"}, {"query", "--db", pg, "top"}} {
		code, _, stderr := run(t, "", args...)
		if code != 1 || !strings.Contains(stderr, "store does not exist") {
			t.Errorf("%v on an empty schema: exit %d, %s; want 1 and 'store does not exist'", args[0], code, stderr)
		}
	}
	code, _, stderr := run(t, "", "ingest", "--db", pg, "--shard", "4/3", sampleDir)
	if code != 2 || !strings.Contains(stderr, "--shard") {
		t.Errorf("ingest --shard 4/3: exit %d, %s; want a usage error", code, stderr)
	}
}
